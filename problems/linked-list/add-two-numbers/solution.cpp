// Time:  O(max(m, n))
// Space: O(1)
// Invariant: dummy.next..tail holds, ones digit first, the digits of the sum of
//   the columns read so far, carry is what those columns pass on, and l1, l2
//   sit at each list's next unread digit.

class Solution {
 public:
  ListNode* addTwoNumbers(ListNode* l1, ListNode* l2) {
    // Column addition from the ones digit up, with a carry of 0 or 1. Digit i
    // of the sum is written into l1's i-th node, or l2's where l1 is shorter. A
    // final carry needs one node more than the longer list has, and l2's first
    // node is free for it: it never holds a digit, because l1 has a node in
    // column 0. So the sum is made of the input's own nodes and nothing is
    // allocated; making new nodes, as most solutions do, is just as right.
    if (!l1) return l2;
    if (!l2) return l1;
    ListNode* spare = l2;
    ListNode dummy;
    ListNode* tail = &dummy;
    int carry = 0;
    while (l1 || l2) {
      int sum = carry + (l1 ? l1->val : 0) + (l2 ? l2->val : 0);
      ListNode* digit = l1 ? l1 : l2;
      if (l1) l1 = l1->next;  // step past before `digit` is relinked
      if (l2) l2 = l2->next;
      digit->val = sum % 10;
      carry = sum / 10;
      tail->next = digit;
      tail = digit;
    }
    if (carry) {
      spare->val = carry;
      tail->next = spare;
      tail = spare;
    }
    tail->next = nullptr;
    return dummy.next;
  }
};
