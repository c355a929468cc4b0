// Time:  O(n)
// Space: O(1)
// Invariant: every node from dummy.next up to prev has been swapped within
//   its pair and is final, and prev->next leads the untouched nodes in
//   their original order.

class Solution {
 public:
  ListNode* swapPairs(ListNode* head) {
    // `prev` is the node before the next pair (at first a placeholder
    // before the head). Invariant: dummy.next..prev is finished; prev->next
    // is the rest, as it came.
    ListNode dummy(0, head);
    ListNode* prev = &dummy;
    while (prev->next && prev->next->next) {
      ListNode* a = prev->next;
      ListNode* b = a->next;
      a->next = b->next;  // a goes second, pointing at the rest
      b->next = a;
      prev->next = b;  // b comes first
      prev = a;
    }
    return dummy.next;
  }
};
