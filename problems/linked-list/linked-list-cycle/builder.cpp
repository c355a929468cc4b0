// A case gives what LeetCode shows: the list's values and `pos`, the index of the
// node the last node links back to (-1: the list ends). hasCycle() sees only the
// head, so the builder closes the loop; the answer is hasCycle's own true or false.

struct Builder {
  tuple<ListNode*> arguments(ListNode* head, int pos) {
    vector<ListNode*> nodes;
    for (ListNode* p = head; p; p = p->next) nodes.push_back(p);
    int n = static_cast<int>(nodes.size());
    if (pos < -1 || pos >= n)
      throw invalid_argument("pos is " + to_string(pos) + " but the list has " + to_string(n) +
                             " node" + (n == 1 ? "" : "s") + " (use -1 for no cycle)");
    if (pos >= 0) nodes.back()->next = nodes[static_cast<size_t>(pos)];
    return {head};
  }
};
