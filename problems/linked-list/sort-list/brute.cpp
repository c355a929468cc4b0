// Brute force: put the nodes in an array, sort the array by value with the
// library, and link the nodes up again in that order.
// Time:  O(n log n)
// Space: O(n)

class Solution {
 public:
  ListNode* sortList(ListNode* head) {
    vector<ListNode*> nodes;
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
