// Time:  O(N log k), N nodes in all
// Space: O(1)
// Invariant: before the round with step, each lists[i] with i a multiple of
//   step holds the sorted merge of the original lists i .. i + step - 1; merge
//   keeps dummy.next..tail sorted and <= all nodes left.

// Merge by halving, as merge sort does: the round with step s merges lists[i]
// with lists[i + s] for i = 0, 2s, 4s, ..., so after it lists[i] holds the
// merge of the 2s lists starting at i. There are ceil(log2 k) rounds and each
// walks every node at most once, and merging in place needs no memory beyond a
// few pointers. (A min-heap of the k heads is the other classic answer: also
// O(N log k), with O(k) memory.)
class Solution {
 public:
  ListNode* mergeKLists(vector<ListNode*>& lists) {
    size_t k = lists.size();
    if (k == 0) return nullptr;
    for (size_t step = 1; step < k; step *= 2)
      for (size_t i = 0; i + step < k; i += 2 * step)
        lists[i] = merge(lists[i], lists[i + step]);
    return lists[0];
  }

 private:
  static ListNode* merge(ListNode* a, ListNode* b) {
    ListNode dummy;
    ListNode* tail = &dummy;
    while (a && b) {
      ListNode*& smaller = b->val < a->val ? b : a;
      tail->next = smaller;
      tail = smaller;
      smaller = smaller->next;
    }
    tail->next = a ? a : b;
    return dummy.next;
  }
};
