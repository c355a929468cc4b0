// Time:  O(n log n)
// Space: O(1)
// Invariant: when the pass for width starts, the list after dummy is a series
//   of sorted runs of width nodes (the last may be shorter); in the pass,
//   dummy.next..tail is the part merged into 2 * width runs.

// Bottom-up merge sort. Before the pass for `width`, the list is a chain of
// sorted runs of `width` nodes (the last may be shorter); the pass merges each
// pair of neighbouring runs, so afterwards the runs are 2 * width long. No
// recursion, so the only extra memory is a few pointers.
class Solution {
 public:
  ListNode* sortList(ListNode* head) {
    int n = 0;
    for (ListNode* p = head; p; p = p->next) ++n;
    ListNode dummy(0, head);
    for (int width = 1; width < n; width *= 2) {
      ListNode* tail = &dummy;  // last node of the part this pass has merged
      ListNode* rest = dummy.next;
      while (rest) {
        ListNode* left = rest;
        ListNode* right = cut(left, width);
        rest = cut(right, width);
        tail = merge(left, right, tail);
      }
    }
    return dummy.next;
  }

 private:
  // Ends the list after its first `count` nodes; returns what followed them.
  static ListNode* cut(ListNode* head, int count) {
    for (int i = 1; head && i < count; ++i) head = head->next;
    if (!head) return nullptr;
    ListNode* rest = head->next;
    head->next = nullptr;
    return rest;
  }

  // Appends the merge of the sorted runs a and b after `tail`; returns the last
  // node appended.
  static ListNode* merge(ListNode* a, ListNode* b, ListNode* tail) {
    while (a && b) {
      ListNode*& smaller = b->val < a->val ? b : a;
      tail->next = smaller;
      tail = smaller;
      smaller = smaller->next;
    }
    tail->next = a ? a : b;
    while (tail->next) tail = tail->next;
    return tail;
  }
};
