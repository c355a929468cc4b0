// A case gives the list as LeetCode writes it: one [val, random_index] pair per node,
// front to back, random_index null when the node's random pointer is null. The
// builder makes the nodes (and owns them), and reads the answer back the same way,
// with what a checker needs to tell a deep copy from a shallow one:
//   [val, random_index]        a node of the copy; random_index is a position in
//                              the copy, -1 when the pointer leaves the copy
//   [val, random_index, k]     the same, but the node IS the input's node k
//   []  (a last, empty row)    the input list was changed by the call
// The input's nodes are the builder's and it frees them; the copy's are the
// solution's and are left alone, as LeetCode leaves them (a solution may keep its
// nodes in an array of its own, which must not be deleted one by one).

struct Builder {
  vector<Node*> input;  // front to back
  vector<pair<int, int>> before;  // each input node's val and random index, as given

  ~Builder() {
    for (Node* p : input) delete p;
  }

  tuple<Node*> arguments(const vector<vector<optional<int>>>& rows) {
    for (size_t i = 0; i < rows.size(); ++i) {
      const auto& row = rows[i];
      if (row.size() != 2 || !row[0])
        throw invalid_argument("node " + to_string(i) + " must be [val, random_index]");
      input.push_back(new Node(*row[0]));
      if (i > 0) input[i - 1]->next = input[i];
    }
    for (size_t i = 0; i < rows.size(); ++i) {
      const optional<int>& r = rows[i][1];
      int n = static_cast<int>(rows.size());
      if (r && (*r < 0 || *r >= n))
        throw invalid_argument("node " + to_string(i) + "'s random_index is " + to_string(*r) +
                               " but the list has " + to_string(n) + " nodes");
      if (r) input[i]->random = input[static_cast<size_t>(*r)];
      before.emplace_back(input[i]->val, r ? *r : -1);
    }
    return {input.empty() ? nullptr : input.front()};
  }

  vector<vector<optional<int>>> answer(Node* head) {
    // The copy's nodes in order; a `next` that comes back to a node stops the walk.
    vector<Node*> copy;
    unordered_map<Node*, int> position;
    for (Node* p = head; p && !position.count(p); p = p->next) {
      position[p] = static_cast<int>(copy.size());
      copy.push_back(p);
    }
    unordered_map<Node*, int> original;
    for (size_t i = 0; i < input.size(); ++i) original[input[i]] = static_cast<int>(i);
    vector<vector<optional<int>>> rows;
    for (Node* p : copy) {
      vector<optional<int>> row{p->val, nullopt};
      if (p->random) {
        auto it = position.find(p->random);
        row[1] = it == position.end() ? -1 : it->second;
      }
      if (auto it = original.find(p); it != original.end()) row.push_back(it->second);
      rows.push_back(row);
    }
    if (changed()) rows.push_back({});
    return rows;
  }

 private:
  bool changed() const {
    unordered_map<Node*, int> index;
    for (size_t i = 0; i < input.size(); ++i) index[input[i]] = static_cast<int>(i);
    for (size_t i = 0; i < input.size(); ++i) {
      const Node* p = input[i];
      Node* want_next = i + 1 < input.size() ? input[i + 1] : nullptr;
      int random = -1;
      if (p->random) {
        auto it = index.find(p->random);
        if (it == index.end()) return true;
        random = it->second;
      }
      if (p->val != before[i].first || p->next != want_next || random != before[i].second)
        return true;
    }
    return false;
  }
};
