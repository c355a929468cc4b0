// Time:  O(n)
// Space: O(1)
// Invariant: the chain from dummy.next to before holds every group handled so
//   far, each full group reversed, and before->next leads the remaining nodes
//   in their original order.

class Solution {
 public:
  ListNode* reverseKGroup(ListNode* head, int k) {
    // `before` is the node ahead of the next group (at first a placeholder
    // before the head). Invariant: dummy.next..before is finished, and
    // before->next starts the rest of the list as it came.
    ListNode dummy(0, head);
    ListNode* before = &dummy;
    while (true) {
      ListNode* last = before;  // walk k nodes ahead: is the group full?
      for (int i = 0; i < k && last; ++i) last = last->next;
      if (!last) break;  // fewer than k nodes left: they keep their order
      ListNode* first = before->next;
      ListNode* after = last->next;
      // Reverse first..last; the reversed group's tail
      // (old `first`) points at `after`.
      ListNode* done = after;
      for (ListNode* cur = first; cur != after;) {
        ListNode* next = cur->next;
        cur->next = done;
        done = cur;
        cur = next;
      }
      before->next = last;  // the group's old last node now leads it
      before = first;
    }
    return dummy.next;
  }
};
