// Brute force: put the nodes in an array, swap the array's entries pair by pair
// and link the nodes up again in the array's order.
// Time:  O(n)
// Space: O(n)

class Solution {
 public:
  ListNode* swapPairs(ListNode* head) {
    vector<ListNode*> nodes;
    for (ListNode* p = head; p; p = p->next) nodes.push_back(p);
    for (size_t i = 0; i + 1 < nodes.size(); i += 2) swap(nodes[i], nodes[i + 1]);
    ListNode* first = nullptr;
    for (auto it = nodes.rbegin(); it != nodes.rend(); ++it) {
      (*it)->next = first;
      first = *it;
    }
    return first;
  }
};
