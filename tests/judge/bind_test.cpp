// Binding classes to the judge and the one driver: methods, in-place answers, builders, design
// classes.
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <stdexcept>
#include <unordered_map>

#include <kata/judge/invoke.hpp>

using namespace kata::judge;
using Catch::Matchers::Contains;

namespace {

struct Adder {
  int add(int a, int b) { return a + b; }
  void sortColors(std::vector<int>& nums) { std::sort(nums.begin(), nums.end()); }
  ListNode* middle(ListNode* head) {
    ListNode *slow = head, *fast = head;
    while (fast && fast->next) slow = slow->next, fast = fast->next->next;
    return slow;
  }
  double half(const std::vector<int>& v) const { return v.empty() ? 0 : v[0] / 2.0; }
};

struct Counter {
  explicit Counter(int start) : n(start) {}
  int next() { return ++n; }
  void reset(int to) { n = to; }
  std::vector<std::string> hello(const std::string& who, int times) {
    return std::vector<std::string>(static_cast<std::size_t>(times), "hi " + who);
  }
  int n;
};

// The node two lists share, found by remembering list a's nodes (Intersection of
// Two Linked Lists): its cases cannot spell shared nodes, so a builder makes them.
struct Shared {
  ListNode* find(ListNode* a, ListNode* b) {
    std::vector<ListNode*> seen;
    for (; a; a = a->next) seen.push_back(a);
    for (; b; b = b->next)
      if (std::find(seen.begin(), seen.end(), b) != seen.end()) return b;
    return nullptr;
  }
};

// A case gives list a, the nodes only b has, and the index in a where b joins it
// (a's length: b never joins). The answer is the shared node's index in a, -1 for none.
struct JoinBuilder {
  std::vector<ListNode*> a_nodes;
  std::tuple<ListNode*, ListNode*> arguments(ListNode* a, ListNode* b_own, int join) {
    for (ListNode* p = a; p; p = p->next) a_nodes.push_back(p);
    if (join < 0 || join > static_cast<int>(a_nodes.size()))
      throw std::invalid_argument("join must be within list a");
    ListNode* joined = join < static_cast<int>(a_nodes.size()) ? a_nodes[join] : nullptr;
    if (!b_own) return {a, joined};
    ListNode* tail = b_own;
    while (tail->next) tail = tail->next;
    tail->next = joined;
    return {a, b_own};
  }
  int answer(ListNode* got) const {
    auto it = std::find(a_nodes.begin(), a_nodes.end(), got);
    return it == a_nodes.end() ? -1 : static_cast<int>(it - a_nodes.begin());
  }
};

// Without answer(): the method's return value is the case's answer as it is.
struct PlainJoinBuilder {
  std::tuple<ListNode*, ListNode*> arguments(ListNode* a, ListNode* b, int) { return {a, b}; }
};

}  // namespace

TEST_CASE("An input builder makes the method's arguments and reads its answer", "[bind][builder]") {
  auto shared =
      invoker(kata::bind::function_built<&Shared::find, JoinBuilder>({"a", "b_own", "join"}));
  CHECK(shared(Json::parse("[[4,1,8,4,5], [5,6,1], 2]"), {}).answer == 2);
  CHECK(shared(Json::parse("[[1,1,1], [1], 0]"), {}).answer == 0);  // equal values, node by node
  CHECK(shared(Json::parse("[[2,6,4], [1,5], 3]"), {}).answer == -1);
  CHECK(shared(Json::parse("[[3], [], 0]"), {}).answer == 0);  // b is a's own tail
  auto plain =
      invoker(kata::bind::function_built<&Shared::find, PlainJoinBuilder>({"a", "b", "join"}));
  CHECK(plain(Json::parse("[[1,2], [3,4], 0]"), {}).answer == Json::array());  // nullptr: []
  auto bound = kata::bind::function_built<&Shared::find, JoinBuilder>({"a", "b_own", "join"});
  CHECK(bound.inputs == std::vector<std::string>{"ListNode*", "ListNode*", "int"});
  CHECK(bound.params == std::vector<std::string>{"ListNode*", "ListNode*"});
}

TEST_CASE("A builder's complaints and a wrong count of values are input errors",
          "[bind][builder]") {
  auto shared =
      invoker(kata::bind::function_built<&Shared::find, JoinBuilder>({"a", "b_own", "join"}));
  CHECK_THROWS_AS(shared(Json::parse("[[1,2], [3], 5]"), {}), InputError);
  CHECK_THROWS_WITH(shared(Json::parse("[[1,2], [3], 5]"), {}),
                    Contains("join must be within list a"));
  CHECK_THROWS_WITH(shared(Json::parse("[[1,2], [3]]"), {}),
                    Contains("takes 3 arguments, the case gives 2"));
  CHECK_THROWS_WITH(shared(Json::parse("[[1,2], [3], \"x\"]"), {}),
                    Contains("join: expected an integer"));
  CallOptions report;
  report.report_args = {0};
  CHECK_THROWS_AS(shared(Json::parse("[[1,2], [3], 0]"), report), InputError);
}

TEST_CASE("A method is called with decoded arguments and its result encoded", "[bind]") {
  auto add = invoker(kata::bind::function<&Adder::add>({"a", "b"}));
  CHECK(add(Json::parse("[2, 3]"), {}).answer == 5);
  auto mid = invoker(kata::bind::function<&Adder::middle>({"head"}));
  CHECK(mid(Json::parse("[[1,2,3,4,5]]"), {}).answer == Json::parse("[3,4,5]"));
  auto half = invoker(kata::bind::function<&Adder::half>({"v"}));
  CHECK(half(Json::parse("[[3]]"), {}).answer == 1.5);
}

TEST_CASE("A void method's answer is read from the argument it modifies", "[bind]") {
  auto sort = invoker(kata::bind::function<&Adder::sortColors>({"nums"}));
  CallOptions opts;
  opts.report_args = {0};
  Outcome out = sort(Json::parse("[[2,0,1]]"), opts);
  CHECK(out.answer.is_null());
  REQUIRE(out.args_after.size() == 1);
  CHECK(out.args_after[0] == Json::parse("[0,1,2]"));
}

TEST_CASE("Arguments that do not fit are input errors naming the parameter", "[bind]") {
  auto add = invoker(kata::bind::function<&Adder::add>({"a", "b"}));
  CHECK_THROWS_WITH(add(Json::parse("[1]"), {}), Contains("takes 2 arguments, the case gives 1"));
  CHECK_THROWS_WITH(add(Json::parse("[1, \"2\"]"), {}), Contains("b: expected an integer"));
  CHECK_THROWS_WITH(add(Json::parse("[1, 3000000000]"), {}), Contains("out of range for int"));
  CHECK_THROWS_AS(add(Json::parse("{}"), {}), InputError);
}

TEST_CASE("The signature is deduced from the method", "[bind]") {
  auto s = kata::bind::function<&Adder::add>({"a", "b"});
  CHECK(s.returns == "int");
  CHECK(s.params == std::vector<std::string>{"int", "int"});
  auto h = kata::bind::function<&Adder::half>({"v"});
  CHECK(h.returns == "double");
  CHECK(h.params == std::vector<std::string>{"const vector<int>&"});
  CHECK(kata::bind::function<&Adder::sortColors>({"nums"}).returns == "void");
  CHECK(kata::bind::function<&Adder::sortColors>({"nums"}).params ==
        std::vector<std::string>{"vector<int>&"});
}

TEST_CASE("A design class runs LeetCode's two lists of calls", "[bind][design]") {
  auto counter = invoker(kata::bind::design<Counter, int>(
      "Counter",
      {kata::bind::method<&Counter::next>("next"), kata::bind::method<&Counter::reset>("reset"),
       kata::bind::method<&Counter::hello>("hello")}));
  Json input = Json::parse(
      R"([["Counter","next","next","reset","next","hello"],[[5],[],[],[0],[],["ann",2]]])");
  CHECK(counter(input, {}).answer == Json::parse(R"([null,6,7,null,1,["hi ann","hi ann"]])"));
  CHECK_THROWS_WITH(counter(Json::parse(R"([["Counter","jump"],[[1],[]]])"), {}),
                    Contains("Counter has no method \"jump\""));
  CHECK_THROWS_WITH(counter(Json::parse(R"([["Other"],[[1]]])"), {}),
                    Contains("first call must be the constructor \"Counter\""));
  CHECK_THROWS_WITH(counter(Json::parse(R"([["Counter","next"],[[1]]])"), {}),
                    Contains("names 2 calls but gives 1"));
  CHECK_THROWS_WITH(counter(Json::parse(R"([["Counter","reset"],[[1],["x"]]])"), {}),
                    Contains("call 1"));
}

TEST_CASE("A design call with the wrong count of arguments names the call", "[bind][design]") {
  auto counter = invoker(
      kata::bind::design<Counter, int>("Counter", {kata::bind::method<&Counter::reset>("reset")}));
  CHECK_THROWS_WITH(counter(Json::parse(R"([["Counter"],[[]]])"), {}),
                    Contains("Counter(): takes 1 argument, the case gives 0"));
  CHECK_THROWS_WITH(counter(Json::parse(R"([["Counter","reset"],[[1],[1,2]]])"), {}),
                    Contains("call 1 reset(): takes 1 argument, the case gives 2"));
}

TEST_CASE("Only the calls are timed, on the calling thread's CPU clock", "[bind]") {
  struct Spinner {
    long spin(int ms) {
      auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
      long n = 0;
      while (std::chrono::steady_clock::now() < until) ++n;
      return n > 0 ? 1 : 0;
    }
  };
  auto spin = invoker(kata::bind::function<&Spinner::spin>({"ms"}));
  double zero = spin(Json::parse("[0]"), {}).seconds;
  double busy = spin(Json::parse("[30]"), {}).seconds;
  CHECK(zero < busy);
  CHECK(busy > 0);
}
