// Brute force: remember every node seen; the first one met twice starts the cycle.
// Time:  O(n)
// Space: O(n)

class Solution {
 public:
  ListNode* detectCycle(ListNode* head) {
    unordered_set<ListNode*> seen;
    for (ListNode* p = head; p; p = p->next)
      if (!seen.insert(p).second) return p;
    return nullptr;
  }
};
