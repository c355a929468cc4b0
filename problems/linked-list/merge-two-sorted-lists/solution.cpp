// Time:  O(m + n)
// Space: O(1)
// Invariant: the nodes from dummy.next to tail are a sorted chain of
//   everything taken so far, and each of them is no larger than any node still
//   left in list1 or list2.

class Solution {
 public:
  ListNode* mergeTwoLists(ListNode* list1, ListNode* list2) {
    // `dummy` stands before the result, so the first node is appended like any
    // other. Invariant: dummy.next..tail is the merged list of every node taken
    // so far, and each of those is <= every node still in list1 and list2.
    ListNode dummy;
    ListNode* tail = &dummy;
    while (list1 && list2) {
      // ties: list1 first
      ListNode*& smaller = list2->val < list1->val ? list2 : list1;
      tail->next = smaller;
      tail = smaller;
      smaller = smaller->next;
    }
    tail->next = list1 ? list1 : list2;  // the rest is sorted and no smaller
    return dummy.next;
  }
};
