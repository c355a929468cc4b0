// Time:  O(n)
// Space: O(1) besides the copy
// Invariant: after the first loop each original p is followed by its copy, so
//   p->random->next is the copy of p->random; the last loop keeps
//   dummy.next..tail the unwoven copies, originals relinked.

// Weave the copy into the original: after each node goes its copy (A A' B
// B' ...). Then a copy's random is its original's random's next node,
// found without a map. Last, unweave the two lists, putting the
// original's next pointers back.
class Solution {
 public:
  Node* copyRandomList(Node* head) {
    for (Node* p = head; p; p = p->next->next) {
      Node* c = new Node(p->val);
      c->next = p->next;
      p->next = c;
    }
    for (Node* p = head; p; p = p->next->next)
      p->next->random = p->random ? p->random->next : nullptr;
    Node dummy(0);
    Node* tail = &dummy;
    for (Node* p = head; p; p = p->next) {
      tail->next = p->next;
      tail = tail->next;
      p->next = tail->next;  // the original's own next again
    }
    return dummy.next;
  }
};
