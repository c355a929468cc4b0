// Brute force: copy the values out, then write them back in reverse order.
// Time:  O(n)
// Space: O(n)

class Solution {
 public:
  ListNode* reverseList(ListNode* head) {
    vector<int> values;
    for (ListNode* p = head; p; p = p->next) values.push_back(p->val);
    ListNode* p = head;
    for (auto it = values.rbegin(); it != values.rend(); ++it, p = p->next) p->val = *it;
    return head;
  }
};
