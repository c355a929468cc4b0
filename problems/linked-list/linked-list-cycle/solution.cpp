// Time:  O(n)
// Space: O(1)
// Invariant: fast has always taken twice as many steps as slow; on a list that
//   ends fast reaches the end first, and in a cycle the gap from fast to slow
//   shrinks by exactly one node per step.

class Solution {
 public:
  bool hasCycle(ListNode* head) {
    // Floyd: fast takes two steps for each of slow's. A list that ends lets
    // fast fall off first; inside a loop fast gains one node per step on slow,
    // so it cannot jump over it and the two meet within one lap.
    ListNode* slow = head;
    ListNode* fast = head;
    while (fast && fast->next) {
      slow = slow->next;
      fast = fast->next->next;
      if (slow == fast) return true;
    }
    return false;
  }
};
