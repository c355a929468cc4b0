// Time:  O(n)
// Space: O(1)
// Invariant: reversed is the reversed list of exactly the nodes already
//   passed and head starts the untouched rest, so between them the two chains
//   hold every node once.

class Solution {
 public:
  ListNode* reverseList(ListNode* head) {
    // invariant: nodes before `head`, already reversed
    ListNode* reversed = nullptr;
    while (head) {
      ListNode* rest = head->next;
      head->next = reversed;
      reversed = head;
      head = rest;
    }
    return reversed;
  }
};
