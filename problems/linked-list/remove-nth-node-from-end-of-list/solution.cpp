// Time:  O(sz)
// Space: O(1)
// Invariant: ahead is always exactly n + 1 nodes past behind (counting from
//   dummy), so when ahead falls off the list behind is the node just before
//   the n-th from the end.

class Solution {
 public:
  ListNode* removeNthFromEnd(ListNode* head, int n) {
    // `dummy` stands before the head, so removing the head needs no
    // special case. `ahead` starts n + 1 nodes in front of `behind`; when
    // `ahead` has fallen off the end, `behind` is the node just before
    // the n-th from the end.
    ListNode dummy(0, head);
    ListNode* ahead = &dummy;
    ListNode* behind = &dummy;
    for (int i = 0; i <= n; ++i) ahead = ahead->next;
    while (ahead) {
      ahead = ahead->next;
      behind = behind->next;
    }
    // unlinked, not deleted: kata owns the node
    behind->next = behind->next->next;
    return dummy.next;
  }
};
