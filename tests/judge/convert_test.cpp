// JSON <-> C++ conversion, both ways, and its errors.
#include <catch2/catch.hpp>

#include <kata/judge/convert.hpp>

using namespace kata::judge;
using Catch::Matchers::Contains;

namespace {

template <class T>
T decode(const Json& j, NodeArena& arena) {
  return Codec<T>::decode(j, arena, Where{nullptr, "x", 0});
}
template <class T>
T decode(const Json& j) {
  NodeArena arena;
  return decode<T>(j, arena);
}
template <class T>
std::string decode_error(const Json& j) {
  try {
    decode<T>(j);
  } catch (const InputError& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("Scalars convert both ways", "[convert]") {
  CHECK(decode<int>(Json(-7)) == -7);
  CHECK(Codec<int>::encode(42) == Json(42));
  CHECK(decode<long long>(Json(9000000000LL)) == 9000000000LL);
  CHECK(Codec<long long>::encode(-9000000000LL) == Json(-9000000000LL));
  CHECK(decode<double>(Json(2.5)) == 2.5);
  CHECK(decode<double>(Json(3)) == 3.0);  // an integer is a fine double
  CHECK(Codec<double>::encode(0.125) == Json(0.125));
  CHECK(decode<bool>(Json(true)) == true);
  CHECK(Codec<bool>::encode(false) == Json(false));
  CHECK(decode<char>(Json("a")) == 'a');
  CHECK(Codec<char>::encode('z') == Json("z"));
  CHECK(decode<std::string>(Json("hi there")) == "hi there");
  CHECK(Codec<std::string>::encode("") == Json(""));
  CHECK(decode<unsigned>(Json(4294967295LL)) == 4294967295u);
}

TEST_CASE("Integers are range-checked for their type", "[convert]") {
  CHECK(decode<int>(Json(2147483647)) == 2147483647);
  CHECK(decode<int>(Json(-2147483648LL)) == -2147483647 - 1);
  CHECK_THAT(decode_error<int>(Json(2147483648LL)), Contains("out of range for int"));
  CHECK_THAT(decode_error<int>(Json(-2147483649LL)), Contains("out of range for int"));
  CHECK_THAT(decode_error<unsigned>(Json(-1)), Contains("out of range"));
  CHECK_THAT(decode_error<long long>(Json(18446744073709551615ULL)), Contains("out of range"));
}

TEST_CASE("A value of the wrong kind is an error that names where it is", "[convert]") {
  CHECK_THAT(decode_error<int>(Json("7")), Contains("x: expected an integer"));
  CHECK_THAT(decode_error<int>(Json(1.5)), Contains("expected an integer"));
  CHECK_THAT(decode_error<bool>(Json(1)), Contains("expected true or false"));
  CHECK_THAT(decode_error<char>(Json("ab")), Contains("one-character string"));
  CHECK_THAT(decode_error<std::string>(Json(3)), Contains("expected a string"));
  CHECK_THAT(decode_error<std::vector<int>>(Json(3)), Contains("expected an array"));
  CHECK_THAT(decode_error<std::vector<std::vector<int>>>(Json::parse("[[1],[2,\"3\"]]")),
             Contains("x[1][1]: expected an integer"));
}

TEST_CASE("Nested vectors convert both ways", "[convert]") {
  Json grid = Json::parse(R"([[1,2],[],[3]])");
  auto v = decode<std::vector<std::vector<int>>>(grid);
  REQUIRE(v.size() == 3);
  CHECK(v[0] == std::vector<int>{1, 2});
  CHECK(v[1].empty());
  CHECK(Codec<std::vector<std::vector<int>>>::encode(v) == grid);
  Json board = Json::parse(R"([["A","B"],["C","D"]])");
  auto b = decode<std::vector<std::vector<char>>>(board);
  CHECK(b[1][0] == 'C');
  CHECK(Codec<std::vector<std::vector<char>>>::encode(b) == board);
  Json words = Json::parse(R"(["hot","dot"])");
  CHECK(Codec<std::vector<std::string>>::encode(decode<std::vector<std::string>>(words)) == words);
  Json flags = Json::parse("[true,false]");
  CHECK(Codec<std::vector<bool>>::encode(decode<std::vector<bool>>(flags)) == flags);
}

TEST_CASE("An optional value is a value or null", "[convert]") {
  // Copy List with Random Pointer's [[7,null],[13,0]].
  Json rows = Json::parse(R"([[7,null],[13,0]])");
  auto v = decode<std::vector<std::vector<std::optional<int>>>>(rows);
  REQUIRE(v.size() == 2);
  CHECK(v[0][0] == 7);
  CHECK_FALSE(v[0][1].has_value());
  CHECK(v[1][1] == 0);
  CHECK(Codec<std::vector<std::vector<std::optional<int>>>>::encode(v) == rows);
  CHECK(Codec<std::vector<std::vector<std::optional<int>>>>::name() ==
        "vector<vector<optional<int>>>");
  CHECK_THAT(decode_error<std::optional<int>>(Json("seven")), Contains("x"));
}

TEST_CASE("Linked lists are JSON arrays", "[convert]") {
  NodeArena arena;
  ListNode* head = decode<ListNode*>(Json::parse("[1,2,3]"), arena);
  REQUIRE(head);
  CHECK(head->val == 1);
  CHECK(head->next->next->val == 3);
  CHECK(head->next->next->next == nullptr);
  CHECK(Codec<ListNode*>::encode(head) == Json::parse("[1,2,3]"));
  CHECK(decode<ListNode*>(Json::array(), arena) == nullptr);
  CHECK(Codec<ListNode*>::encode(nullptr) == Json::array());
  CHECK_THAT(decode_error<ListNode*>(Json::parse("[1,\"a\"]")), Contains("x[1]"));
}

TEST_CASE("A returned list with a cycle is reported, not followed forever", "[convert]") {
  NodeArena arena;
  ListNode* head = decode<ListNode*>(Json::parse("[1,2,3]"), arena);
  head->next->next->next = head->next;
  CHECK_THROWS_AS(Codec<ListNode*>::encode(head), OutputError);
}

TEST_CASE("Trees use LeetCode's level order with null", "[convert]") {
  NodeArena arena;
  Json text = Json::parse("[3,9,20,null,null,15,7]");
  TreeNode* root = decode<TreeNode*>(text, arena);
  REQUIRE(root);
  CHECK(root->val == 3);
  CHECK(root->left->val == 9);
  CHECK(root->left->left == nullptr);
  CHECK(root->right->left->val == 15);
  CHECK(root->right->right->val == 7);
  CHECK(Codec<TreeNode*>::encode(root) == text);
  // A lopsided tree: nulls only where a child is missing, none trailing.
  Json chain = Json::parse("[1,null,2,null,3]");
  CHECK(Codec<TreeNode*>::encode(decode<TreeNode*>(chain, arena)) == chain);
  CHECK(decode<TreeNode*>(Json::array(), arena) == nullptr);
  CHECK(decode<TreeNode*>(Json::parse("[null]"), arena) == nullptr);
  CHECK(Codec<TreeNode*>::encode(nullptr) == Json::array());
  CHECK_THAT(decode_error<TreeNode*>(Json::parse("[1,null,null,2]")), Contains("no parent"));
}

TEST_CASE("Type names are spelled as in a LeetCode signature", "[convert]") {
  CHECK(param_type_name<std::vector<int>&>() == "vector<int>&");
  CHECK(param_type_name<const std::string&>() == "const string&");
  CHECK(param_type_name<std::vector<std::vector<char>>&>() == "vector<vector<char>>&");
  CHECK(param_type_name<TreeNode*>() == "TreeNode*");
  CHECK(param_type_name<long long>() == "long long");
  CHECK(return_type_name<void>() == "void");
}
