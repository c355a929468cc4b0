// Brute force: put the nodes in an array, drop the one at index size - n and
// link the others up again in order.
// Time:  O(sz)
// Space: O(sz)

class Solution {
 public:
  ListNode* removeNthFromEnd(ListNode* head, int n) {
    vector<ListNode*> nodes;
    for (ListNode* p = head; p; p = p->next) nodes.push_back(p);
    nodes.erase(nodes.begin() + (static_cast<int>(nodes.size()) - n));
    ListNode* first = nullptr;
    for (auto it = nodes.rbegin(); it != nodes.rend(); ++it) {
      (*it)->next = first;
      first = *it;
    }
    return first;
  }
};
