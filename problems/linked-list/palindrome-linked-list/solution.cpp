// Time:  O(n)
// Space: O(1)
// Invariant: fast is always twice as far from head as slow, so slow stops at
//   the end of the first half; while comparing, p is the i-th node from head, q
//   the i-th from the end, and all earlier pairs matched.

class Solution {
 public:
  bool isPalindrome(ListNode* head) {
    if (!head) return true;
    // Fast moves two steps per slow step; when fast cannot go on, slow is the
    // last node of the first half (the middle node itself for an odd length).
    ListNode* slow = head;
    ListNode* fast = head;
    while (fast->next && fast->next->next) {
      slow = slow->next;
      fast = fast->next->next;
    }
    // Turn the second half around and walk it against the first half. For an
    // odd length the middle node stays in the first half and is never compared.
    ListNode* back = reverse(slow->next);
    bool same = true;
    for (ListNode *p = head, *q = back; q; p = p->next, q = q->next)
      if (p->val != q->val) {
        same = false;
        break;
      }
    slow->next = reverse(back);  // put the list back as it came
    return same;
  }

 private:
  static ListNode* reverse(ListNode* head) {
    ListNode* done = nullptr;
    while (head) {
      ListNode* rest = head->next;
      head->next = done;
      done = head;
      head = rest;
    }
    return done;
  }
};
