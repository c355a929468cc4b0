// Brute force: gather the nodes of every list, sort them by value with the library
// and link them up in that order.
// Time:  O(N log N), N nodes in all
// Space: O(N)

class Solution {
 public:
  ListNode* mergeKLists(vector<ListNode*>& lists) {
    vector<ListNode*> nodes;
    for (ListNode* head : lists)
      for (ListNode* p = head; p; p = p->next) nodes.push_back(p);
    stable_sort(nodes.begin(), nodes.end(),
                [](const ListNode* a, const ListNode* b) { return a->val < b->val; });
    ListNode* first = nullptr;
    for (auto it = nodes.rbegin(); it != nodes.rend(); ++it) {
      (*it)->next = first;
      first = *it;
    }
    return first;
  }
};
