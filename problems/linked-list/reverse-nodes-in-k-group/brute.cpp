// Brute force: put the nodes in an array, reverse every full block of k entries
// with std::reverse and link the nodes up again in the array's order.
// Time:  O(n)
// Space: O(n)

class Solution {
 public:
  ListNode* reverseKGroup(ListNode* head, int k) {
    vector<ListNode*> nodes;
    for (ListNode* p = head; p; p = p->next) nodes.push_back(p);
    size_t step = static_cast<size_t>(k);
    for (size_t i = 0; i + step <= nodes.size(); i += step)
      reverse(nodes.begin() + static_cast<ptrdiff_t>(i), nodes.begin() + static_cast<ptrdiff_t>(i + step));
    ListNode* first = nullptr;
    for (auto it = nodes.rbegin(); it != nodes.rend(); ++it) {
      (*it)->next = first;
      first = *it;
    }
    return first;
  }
};
