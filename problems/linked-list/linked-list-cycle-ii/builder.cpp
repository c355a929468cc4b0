// A case gives what LeetCode shows: the list's values and `pos`, the index of the
// node the last node links back to (-1: the list ends). detectCycle() sees only the
// head, so the builder closes the loop, and reads the answer back as an index: the
// returned node's position in the list, -1 for nullptr, -2 for a node that is not
// one of the list's.

struct Builder {
  vector<ListNode*> nodes;  // front to back, each once

  tuple<ListNode*> arguments(ListNode* head, int pos) {
    for (ListNode* p = head; p; p = p->next) nodes.push_back(p);
    int n = static_cast<int>(nodes.size());
    if (pos < -1 || pos >= n)
      throw invalid_argument("pos is " + to_string(pos) + " but the list has " + to_string(n) +
                             " node" + (n == 1 ? "" : "s") + " (use -1 for no cycle)");
    if (pos >= 0) nodes.back()->next = nodes[static_cast<size_t>(pos)];
    return {head};
  }

  int answer(ListNode* got) const {
    if (!got) return -1;
    auto it = find(nodes.begin(), nodes.end(), got);
    return it == nodes.end() ? -2 : static_cast<int>(it - nodes.begin());
  }
};
