// Brute force: write both numbers as decimal strings (most significant digit
// first), add the strings the school way, and spell the sum back, ones digit
// first, on the input's own nodes (the sum never has more digits than the two
// lists have nodes together).
// Time:  O(m + n)
// Space: O(m + n)

class Solution {
 public:
  ListNode* addTwoNumbers(ListNode* l1, ListNode* l2) {
    string a = number(l1), b = number(l2);
    string sum;
    int carry = 0;
    for (size_t i = 0; i < max(a.size(), b.size()) || carry; ++i) {
      int d = carry;
      if (i < a.size()) d += a[a.size() - 1 - i] - '0';
      if (i < b.size()) d += b[b.size() - 1 - i] - '0';
      sum.insert(sum.begin(), static_cast<char>('0' + d % 10));
      carry = d / 10;
    }
    vector<ListNode*> nodes;
    for (ListNode* p = l1; p; p = p->next) nodes.push_back(p);
    for (ListNode* p = l2; p; p = p->next) nodes.push_back(p);
    ListNode* head = nullptr;
    for (size_t i = 0; i < sum.size(); ++i) {  // most significant digit first, built from the back
      ListNode* node = nodes[sum.size() - 1 - i];
      node->val = sum[i] - '0';
      node->next = head;
      head = node;
    }
    return head;
  }

 private:
  static string number(ListNode* head) {
    string s;
    for (ListNode* p = head; p; p = p->next) s.insert(s.begin(), static_cast<char>('0' + p->val));
    return s.empty() ? "0" : s;
  }
};
