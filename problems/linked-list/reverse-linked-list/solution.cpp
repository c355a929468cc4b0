// Time:  O(n)
// Space: O(1)

class Solution {
 public:
  ListNode* reverseList(ListNode* head) {
    ListNode* reversed = nullptr;  // invariant: nodes before `head`, already reversed
    while (head) {
      ListNode* rest = head->next;
      head->next = reversed;
      reversed = head;
      head = rest;
    }
    return reversed;
  }
};
