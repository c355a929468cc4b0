// JSON <-> C++ conversion, deduced from a solution method's parameter and return types.
//
// Codec<T> knows one C++ type: decode() turns a JSON argument into it, encode()
// turns a result back into JSON, and name() spells the type as LeetCode prints it
// (so a problem.json signature can be checked against the real method). Supported:
// int, long, long long, unsigned (uint32_t), double, bool, char (a one-character
// string), string, vector<T> of any of these, ListNode* (a JSON array) and
// TreeNode* (LeetCode's level order, `null` for a missing child).
//
// Nodes built from input belong to a NodeArena that frees them after the case, so
// a solution may rewire them freely (it must not delete them).
#pragma once

#include <cstdint>  // std::int64_t
#include <limits>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <unordered_set>
#include <vector>

#include <kata/judge/json.hpp>
#include <kata/nodes.hpp>

namespace kata::judge {

// The input does not fit the method's signature: an ERR for that case.
class InputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The solution returned something that cannot be turned into JSON (a list with a
// cycle, a tree with a shared node): a wrong answer.
class OutputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Where a value sits inside the input, rendered only when an error is reported:
// `nums[3]`, `grid[2][0]`.
struct Where {
  const Where* parent = nullptr;
  const char* name = nullptr;  // set on the root
  std::size_t index = 0;
  std::string str() const {
    return parent ? parent->str() + "[" + std::to_string(index) + "]" : std::string(name);
  }
};

// Owns the ListNode and TreeNode objects decoded for one case.
class NodeArena {
 public:
  ListNode* list_node(int v) {
    lists_.push_back(std::make_unique<ListNode>(v));
    return lists_.back().get();
  }
  TreeNode* tree_node(int v) {
    trees_.push_back(std::make_unique<TreeNode>(v));
    return trees_.back().get();
  }

 private:
  std::vector<std::unique_ptr<ListNode>> lists_;
  std::vector<std::unique_ptr<TreeNode>> trees_;
};

namespace detail {
std::string describe(const Json& v);  // "the string \"x\"", "an array of 3", ...
[[noreturn]] void fail(const Where& at, const std::string& wanted, const Json& got);
std::int64_t decode_integer(const Json& j, const Where& at, std::int64_t lo, std::int64_t hi,
                            const char* type);
ListNode* decode_list(const Json& j, NodeArena& arena, const Where& at);
TreeNode* decode_tree(const Json& j, NodeArena& arena, const Where& at);
Json encode_list(const ListNode* head);
Json encode_tree(const TreeNode* root);
}  // namespace detail

template <class T, class = void>
struct Codec;  // no codec for this type: the build fails here, naming T

template <class T>
struct Codec<T, std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool> &&
                                 !std::is_same_v<T, char>>> {
  static std::string name() {
    if constexpr (std::is_same_v<T, int>) return "int";
    else if constexpr (std::is_same_v<T, long>) return "long";
    else if constexpr (std::is_same_v<T, long long>) return "long long";
    else if constexpr (std::is_same_v<T, unsigned>) return "uint32_t";
    else if constexpr (std::is_same_v<T, unsigned long long> || std::is_same_v<T, unsigned long>)
      return "uint64_t";
    else return "integer";
  }
  static T decode(const Json& j, NodeArena&, const Where& at) {
    if constexpr (std::is_unsigned_v<T> && sizeof(T) == 8) {
      if (j.is_number_unsigned()) return j.get<T>();
      if (j.is_number_integer() && j.get<std::int64_t>() >= 0) return j.get<T>();
      detail::fail(at, "a non-negative integer", j);
    } else {
      return static_cast<T>(detail::decode_integer(j, at, std::numeric_limits<T>::min(),
                                                   std::numeric_limits<T>::max(), name().c_str()));
    }
  }
  static Json encode(T v) { return Json(v); }
};

template <>
struct Codec<bool> {
  static std::string name() { return "bool"; }
  static bool decode(const Json& j, NodeArena&, const Where& at) {
    if (!j.is_boolean()) detail::fail(at, "true or false", j);
    return j.get<bool>();
  }
  static Json encode(bool v) { return Json(v); }
};

template <>
struct Codec<double> {
  static std::string name() { return "double"; }
  static double decode(const Json& j, NodeArena&, const Where& at) {
    if (!j.is_number()) detail::fail(at, "a number", j);
    return j.get<double>();
  }
  static Json encode(double v) { return Json(v); }
};

template <>
struct Codec<char> {
  static std::string name() { return "char"; }
  static char decode(const Json& j, NodeArena&, const Where& at) {
    if (!j.is_string() || j.get_ref<const std::string&>().size() != 1)
      detail::fail(at, "a one-character string", j);
    return j.get_ref<const std::string&>()[0];
  }
  static Json encode(char v) { return Json(std::string(1, v)); }
};

template <>
struct Codec<std::string> {
  static std::string name() { return "string"; }
  static std::string decode(const Json& j, NodeArena&, const Where& at) {
    if (!j.is_string()) detail::fail(at, "a string", j);
    return j.get<std::string>();
  }
  static Json encode(const std::string& v) { return Json(v); }
};

template <class E>
struct Codec<std::vector<E>> {
  static std::string name() { return "vector<" + Codec<E>::name() + ">"; }
  static std::vector<E> decode(const Json& j, NodeArena& arena, const Where& at) {
    if (!j.is_array()) detail::fail(at, "an array", j);
    std::vector<E> out;
    out.reserve(j.size());
    for (std::size_t i = 0; i < j.size(); ++i) {
      Where child{&at, nullptr, i};
      out.push_back(Codec<E>::decode(j[i], arena, child));
    }
    return out;
  }
  static Json encode(const std::vector<E>& v) {
    Json out = Json::array();
    out.get_ref<Json::array_t&>().reserve(v.size());
    for (const auto& e : v) {
      if constexpr (std::is_same_v<E, bool>) out.push_back(Json(static_cast<bool>(e)));
      else out.push_back(Codec<E>::encode(e));
    }
    return out;
  }
};

// A value that may be JSON null (a random pointer's index in Copy List with Random
// Pointer's `[[7,null],[13,0]]`).
template <class T>
struct Codec<std::optional<T>> {
  static std::string name() { return "optional<" + Codec<T>::name() + ">"; }
  static std::optional<T> decode(const Json& j, NodeArena& arena, const Where& at) {
    if (j.is_null()) return std::nullopt;
    return Codec<T>::decode(j, arena, at);
  }
  static Json encode(const std::optional<T>& v) { return v ? Codec<T>::encode(*v) : Json(); }
};

template <>
struct Codec<ListNode*> {
  static std::string name() { return "ListNode*"; }
  static ListNode* decode(const Json& j, NodeArena& arena, const Where& at) {
    return detail::decode_list(j, arena, at);
  }
  static Json encode(const ListNode* v) { return detail::encode_list(v); }
};

template <>
struct Codec<TreeNode*> {
  static std::string name() { return "TreeNode*"; }
  static TreeNode* decode(const Json& j, NodeArena& arena, const Where& at) {
    return detail::decode_tree(j, arena, at);
  }
  static Json encode(const TreeNode* v) { return detail::encode_tree(v); }
};

// The spelling of a parameter type as written in a signature: `vector<int>&`,
// `const string&`, `int`.
template <class P>
std::string param_type_name() {
  using Bare = std::remove_cvref_t<P>;
  std::string s = Codec<Bare>::name();
  if constexpr (std::is_const_v<std::remove_reference_t<P>>) s = "const " + s;
  if constexpr (std::is_lvalue_reference_v<P>) s += "&";
  return s;
}

template <class R>
std::string return_type_name() {
  if constexpr (std::is_void_v<R>) return "void";
  else return param_type_name<R>();
}

}  // namespace kata::judge
