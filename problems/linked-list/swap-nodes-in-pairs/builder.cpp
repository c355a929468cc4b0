// A case gives the list as LeetCode does, and the method receives it as usual. What
// the builder adds is the check that nodes moved rather than values: it remembers
// each node's value, and reads the answer back with every returned node carrying
// the value it had before the call. A solution that swapped values returns the
// nodes in their old order, which then reads as the list it was given. A node that
// is not one of the list's is read as it is; a returned cycle is left for kata to
// report.

struct Builder {
  unordered_map<ListNode*, int> before;  // each node's value before the call

  tuple<ListNode*> arguments(ListNode* head) {
    for (ListNode* p = head; p; p = p->next) before[p] = p->val;
    return {head};
  }

  ListNode* answer(ListNode* got) {
    unordered_set<ListNode*> seen;
    for (ListNode* p = got; p && seen.insert(p).second; p = p->next)
      if (auto it = before.find(p); it != before.end()) p->val = it->second;
    return got;
  }
};
