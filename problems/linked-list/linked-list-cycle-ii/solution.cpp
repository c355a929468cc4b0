// Time:  O(n)
// Space: O(1)
// Invariant: fast has made twice slow's steps, so where they meet slow's step
//   count is a multiple of the cycle length; then slow stays that far ahead of
//   from_head, so they first meet at the cycle's entrance.

class Solution {
 public:
  ListNode* detectCycle(ListNode* head) {
    // Floyd: the fast pointer gains one node per step, so inside a cycle it
    // catches the slow one. If the cycle starts a nodes in and they meet b
    // nodes past its start, then 2(a + b) = a + b + kL, so a = kL - b: a
    // pointer from the head and one from the meeting point reach the
    // cycle's start together.
    ListNode* slow = head;
    ListNode* fast = head;
    while (fast && fast->next) {
      slow = slow->next;
      fast = fast->next->next;
      if (slow == fast) {
        ListNode* from_head = head;
        while (from_head != slow) {
          from_head = from_head->next;
          slow = slow->next;
        }
        return from_head;
      }
    }
    return nullptr;
  }
};
