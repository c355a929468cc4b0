// Brute force: the first node of A that is also a node of B (compared by address).
// Time:  O(m * n)
// Space: O(1)

class Solution {
 public:
  ListNode* getIntersectionNode(ListNode* headA, ListNode* headB) {
    for (ListNode* p = headA; p; p = p->next)
      for (ListNode* q = headB; q; q = q->next)
        if (p == q) return p;
    return nullptr;
  }
};
