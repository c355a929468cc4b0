// Conversion helpers that need no template: integers, lists, trees, messages.
#include "kata/judge/convert.hpp"

#include <deque>

namespace kata::judge::detail {

std::string describe(const Json& v) {
  switch (v.type()) {
    case Json::value_t::null:
      return "null";
    case Json::value_t::boolean:
      return v.get<bool>() ? "true" : "false";
    case Json::value_t::string:
      return "the string " + dump_short(v, 40);
    case Json::value_t::array:
      return "an array of " + std::to_string(v.size());
    case Json::value_t::object:
      return "an object";
    case Json::value_t::number_float:
      return "the number " + json_to_text(v);
    default:
      return "the integer " + json_to_text(v);
  }
}

void fail(const Where& at, const std::string& wanted, const Json& got) {
  throw InputError(at.str() + ": expected " + wanted + ", got " + describe(got));
}

std::int64_t decode_integer(const Json& j, const Where& at, std::int64_t lo, std::int64_t hi,
                            const char* type) {
  if (j.is_number_unsigned()) {
    auto u = j.get<std::uint64_t>();
    if (u > static_cast<std::uint64_t>(hi))
      throw InputError(at.str() + ": " + json_to_text(j) + " is out of range for " + type);
    return static_cast<std::int64_t>(u);
  }
  if (!j.is_number_integer()) fail(at, std::string("an integer (") + type + ")", j);
  auto v = j.get<std::int64_t>();
  if (v < lo || v > hi)
    throw InputError(at.str() + ": " + json_to_text(j) + " is out of range for " + type);
  return v;
}

ListNode* decode_list(const Json& j, NodeArena& arena, const Where& at) {
  if (j.is_null()) return nullptr;
  if (!j.is_array()) fail(at, "an array (a linked list)", j);
  ListNode dummy;
  ListNode* tail = &dummy;
  for (std::size_t i = 0; i < j.size(); ++i) {
    Where child{&at, nullptr, i};
    int v = static_cast<int>(decode_integer(j[i], child, INT32_MIN, INT32_MAX, "int"));
    tail->next = arena.list_node(v);
    tail = tail->next;
  }
  return dummy.next;
}

TreeNode* decode_tree(const Json& j, NodeArena& arena, const Where& at) {
  if (j.is_null()) return nullptr;
  if (!j.is_array()) fail(at, "an array (a tree in level order)", j);
  if (j.empty() || j[0].is_null()) return nullptr;
  auto node_at = [&](std::size_t i) {
    Where child{&at, nullptr, i};
    return arena.tree_node(
        static_cast<int>(decode_integer(j[i], child, INT32_MIN, INT32_MAX, "int")));
  };
  TreeNode* root = node_at(0);
  std::deque<TreeNode*> parents{root};
  std::size_t i = 1;
  while (i < j.size()) {
    if (parents.empty())
      throw InputError(at.str() + "[" + std::to_string(i) +
                       "]: this value has no parent in level order (too many nulls before it)");
    TreeNode* parent = parents.front();
    parents.pop_front();
    for (TreeNode** slot : {&parent->left, &parent->right}) {
      if (i >= j.size()) break;
      if (!j[i].is_null()) {
        *slot = node_at(i);
        parents.push_back(*slot);
      }
      ++i;
    }
  }
  return root;
}

Json encode_list(const ListNode* head) {
  Json out = Json::array();
  std::unordered_set<const ListNode*> seen;
  for (const ListNode* p = head; p; p = p->next) {
    if (!seen.insert(p).second)
      throw OutputError("the returned list has a cycle (after " + std::to_string(out.size()) +
                        " nodes)");
    out.push_back(p->val);
  }
  return out;
}

Json encode_tree(const TreeNode* root) {
  Json out = Json::array();
  if (!root) return out;
  std::unordered_set<const TreeNode*> seen;
  std::deque<const TreeNode*> level{root};
  while (!level.empty()) {
    const TreeNode* n = level.front();
    level.pop_front();
    if (!n) {
      out.push_back(nullptr);
      continue;
    }
    if (!seen.insert(n).second)
      throw OutputError("the returned tree reaches one node twice (a cycle or a shared node)");
    out.push_back(n->val);
    level.push_back(n->left);
    level.push_back(n->right);
  }
  while (!out.empty() && out.back().is_null()) out.erase(out.end() - 1);
  return out;
}

}  // namespace kata::judge::detail
