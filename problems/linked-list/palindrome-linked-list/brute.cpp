// Brute force: copy the values out and compare them with their own reverse.
// Time:  O(n)
// Space: O(n)

class Solution {
 public:
  bool isPalindrome(ListNode* head) {
    vector<int> values;
    for (ListNode* p = head; p; p = p->next) values.push_back(p->val);
    return equal(values.begin(), values.end(), values.rbegin());
  }
};
