// Time:  O(m + n)
// Space: O(1)
// Invariant: p walks A then B and q walks B then A, always the same number of
//   steps; once both have switched lists they are equally far from the first
//   shared node (or nullptr), so the first p == q is it.

class Solution {
 public:
  ListNode* getIntersectionNode(ListNode* headA, ListNode* headB) {
    // Each pointer walks its own list and then the other one. Both have walked
    // (A's own part + B's own part + the shared part) when they reach the
    // shared node, so they arrive together; with no shared node both reach
    // nullptr together after m + n steps.
    ListNode* p = headA;
    ListNode* q = headB;
    while (p != q) {
      p = p ? p->next : headB;
      q = q ? q->next : headA;
    }
    return p;
  }
};
