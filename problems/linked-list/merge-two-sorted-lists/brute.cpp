// Brute force: gather every node of both lists, sort the nodes by value and link
// them up in that order.
// Time:  O((m + n) log(m + n))
// Space: O(m + n)

class Solution {
 public:
  ListNode* mergeTwoLists(ListNode* list1, ListNode* list2) {
    vector<ListNode*> nodes;
    for (ListNode* p = list1; p; p = p->next) nodes.push_back(p);
    for (ListNode* p = list2; p; p = p->next) nodes.push_back(p);
    stable_sort(nodes.begin(), nodes.end(),
                [](const ListNode* a, const ListNode* b) { return a->val < b->val; });
    ListNode* head = nullptr;
    for (auto it = nodes.rbegin(); it != nodes.rend(); ++it) {
      (*it)->next = head;
      head = *it;
    }
    return head;
  }
};
