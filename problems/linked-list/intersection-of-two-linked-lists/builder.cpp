// A case gives what LeetCode shows: intersectVal (0: the lists do not meet), the
// values of list A and of list B, each written out in full, and skipA / skipB, how
// many nodes of each come before the shared part. The builder keeps list A, and
// makes list B's node just before skipB point into A at skipA, so the two really
// share their tails. The answer is read back as a position in list A: the index of
// the returned node, -1 for nullptr, -2 for a node that is not one of A's, and -3
// when the lists did not keep their structure (a node's next or value changed),
// which the statement forbids; checker.cpp says so in words.

struct Builder {
  vector<ListNode*> a;  // list A's nodes, front to back
  // Every node of both lists as built, with its next and value then.
  vector<tuple<ListNode*, ListNode*, int>> built;

  void remember(ListNode* head) {
    for (ListNode* p = head; p; p = p->next) built.emplace_back(p, p->next, p->val);
  }

  tuple<ListNode*, ListNode*> arguments(int intersectVal, ListNode* listA, ListNode* listB,
                                        int skipA, int skipB) {
    vector<ListNode*> b;
    for (ListNode* p = listA; p; p = p->next) a.push_back(p);
    for (ListNode* p = listB; p; p = p->next) b.push_back(p);
    int m = static_cast<int>(a.size()), n = static_cast<int>(b.size());
    if (intersectVal == 0) {
      if (skipA != m || skipB != n)
        throw invalid_argument("intersectVal is 0 (no intersection), so skipA must be " +
                               to_string(m) + " and skipB " + to_string(n));
      remember(listA);
      remember(listB);
      return {listA, listB};
    }
    if (skipA < 0 || skipA >= m || skipB < 0 || skipB >= n)
      throw invalid_argument("skipA must be in [0, " + to_string(m) + ") and skipB in [0, " +
                             to_string(n) + ")");
    if (m - skipA != n - skipB)
      throw invalid_argument("the shared parts differ in length: " + to_string(m - skipA) +
                             " nodes of A after skipA, " + to_string(n - skipB) + " of B after skipB");
    for (int i = 0; skipA + i < m; ++i)
      if (a[static_cast<size_t>(skipA + i)]->val != b[static_cast<size_t>(skipB + i)]->val)
        throw invalid_argument("the shared parts of A and B differ in their values");
    if (a[static_cast<size_t>(skipA)]->val != intersectVal)
      throw invalid_argument("intersectVal is " + to_string(intersectVal) + " but A's node at skipA is " +
                             to_string(a[static_cast<size_t>(skipA)]->val));
    ListNode* shared = a[static_cast<size_t>(skipA)];
    remember(listA);
    if (skipB == 0) return {listA, shared};
    b[static_cast<size_t>(skipB - 1)]->next = shared;  // B's own copy of the tail is dropped
    for (int i = 0; i < skipB; ++i)  // B's own nodes, before the shared part
      built.emplace_back(b[static_cast<size_t>(i)], b[static_cast<size_t>(i)]->next,
                         b[static_cast<size_t>(i)]->val);
    return {listA, listB};
  }

  int answer(ListNode* got) const {
    for (const auto& [node, next, val] : built)
      if (node->next != next || node->val != val) return -3;
    if (!got) return -1;
    auto it = find(a.begin(), a.end(), got);
    return it == a.end() ? -2 : static_cast<int>(it - a.begin());
  }
};
