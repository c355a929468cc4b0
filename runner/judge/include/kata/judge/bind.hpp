// Binding a LeetCode-style class to the judge: the one way a solution is called.
//
// A reference, a brute force and an attempt are the same thing to the judge: a
// class whose method maps a case's arguments to an answer. Each is bound here, by
// the same templates, into a type-erased Entry:
//
//   kata::bind::function<&Solution::searchInsert>({"nums", "target"})
//   kata::bind::function_built<&Solution::detectCycle, Builder>({"head", "pos"})
//   kata::bind::design<LRUCache, int>("LRUCache", {kata::bind::method<&LRUCache::get>("get"), ...})
//
// and called by one driver, kata::judge::call() (invoke.hpp): in kata's process for
// references and brute forces (their modules, references.hpp), inside the sandboxed
// runner for attempts (attempt.hpp). Each call is timed by the calling thread's CPU
// clock (cpu_clock.hpp; a design's many calls by the monotonic clock, capped by the
// case's CPU time) and nothing else is: decoding the case and encoding the answer
// are not the solution's cost. So a case's time means the same in every verb.
//
// This header names no JSON type, which keeps an attempt's unit cheap to compile.
// Values cross into the prebuilt library (libkata_judge.a) as opaque handles, and
// every conversion is a function template declared here and explicitly instantiated
// there (invoke.cpp), once, for a closed set of types: the scalars LeetCode uses,
// optional<int> (a number or null), ListNode*, TreeNode*, and vectors of them up to
// three deep (a type a problem declares itself is read and written by its builder).
// The compiler never weighs a set of overloads in the solution's unit (that alone
// cost more than the rest of it); a type outside the set is a link error naming
// decode<T> or encode<T>.
//
// Errors travel as exceptions thrown by the library (kata::judge::InputError for an
// input that does not fit); the solution's own exceptions pass through untouched.
#pragma once

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include <kata/judge/cpu_clock.hpp>
#include <kata/nodes.hpp>

namespace kata::bind {

struct Value;  // a JSON value owned by the driver (really a kata::judge::Json)
struct Out;    // a JSON value to fill in
struct Arena;  // the case's ListNode / TreeNode owner (really a kata::judge::NodeArena)

// The i-th element of an argument list (the driver has checked the arity).
const Value* element(const Value* list, std::size_t i);
// Reports the case's input as not fitting (a kata::judge::InputError: the case is ERR).
[[noreturn]] void input_error(const char* message);

// Conversions and names, one specialization per supported type, each explicitly
// instantiated in libkata_judge.a and only declared here.
template <class T>
void decode(const Value* v, Arena* arena, const char* name, T& out);
template <class T>
void encode(const T& v, Out* out);
template <class T>
std::string type_name();  // as problem.json writes it: "vector<int>", "ListNode*"

// The closed set: these scalars (optional<int> is a number or null), and vectors of
// them up to three deep.
#define KATA_BIND_SCALAR_TYPES(X)                                                           \
  X(int)                                                                                    \
  X(long) X(long long) X(unsigned) X(unsigned long) X(unsigned long long) X(bool) X(double) \
      X(char) X(std::string) X(ListNode*) X(TreeNode*) X(std::optional<int>)

// A function problem's method, type-erased. run() decodes the arguments, builds a
// fresh object, calls the method (charging only the call), encodes the answer and
// then the arguments listed in `report` (the answer of a void method, arguments that
// must come back unmodified).
struct Function {
  int arity = 0;                    // the case's values: the method's, or its builder's arguments()
  bool built = false;               // an input builder makes the method's arguments (no `report`)
  std::vector<std::string> names;   // the case's values, for messages
  std::string returns;              // the method's signature as problem.json spells it
  std::vector<std::string> params;  //   ("const vector<int>&"), to check problem.json by
  std::vector<std::string> inputs;  // built: the types the builder's arguments() takes
  double (*run)(const Value* args, Arena* arena, const std::vector<std::string>& names, Out* answer,
                const int* report, int nreport, Out* const* after) = nullptr;
};

// A design problem's class: its constructor and named methods.
struct Method {
  std::string name;
  int arity = 0;
  double (*call)(void* obj, const Value* args, Arena* arena, Out* answer) = nullptr;
};
struct Design {
  std::string class_name;
  int ctor_arity = 0;
  void* (*construct)(const Value* args, Arena* arena, double* seconds) = nullptr;
  void (*destroy)(void* obj) = nullptr;
  std::vector<Method> methods;
};

// What a problem's code is bound as: exactly one of the two.
struct Entry {
  const Function* function = nullptr;
  const Design* design = nullptr;
};

namespace detail {

template <class T>
struct method_traits;
template <class C, class R, class... A>
struct method_traits<R (C::*)(A...)> {
  using cls = C;
  using ret = R;
  using params = std::tuple<A...>;                     // as declared
  using args = std::tuple<std::remove_cvref_t<A>...>;  // what a case decodes into
  static constexpr int arity = sizeof...(A);
};
template <class C, class R, class... A>
struct method_traits<R (C::*)(A...) const> : method_traits<R (C::*)(A...)> {};

// The name of a type for signatures and messages. A type a problem declares itself
// (its definitions.hpp: Copy List with Random Pointer's Node) is outside the closed
// set and names itself with a function found by argument-dependent lookup:
//   inline std::string kata_type_name(Node**) { return "Node*"; }
template <class T>
std::string bare_name() {
  if constexpr (requires(T* p) { kata_type_name(p); })
    return kata_type_name(static_cast<T*>(nullptr));
  else
    return type_name<T>();
}

template <class P>
std::string param_name() {
  std::string s = bare_name<std::remove_cvref_t<P>>();
  if constexpr (std::is_const_v<std::remove_reference_t<P>>) s = "const " + s;
  if constexpr (std::is_lvalue_reference_v<P>) s += "&";
  return s;
}

template <class... P>
std::vector<std::string> param_names(std::tuple<P...>*) {
  return {param_name<P>()...};
}

template <class R>
std::string return_name() {
  if constexpr (std::is_void_v<R>)
    return "void";
  else
    return param_name<R>();
}

template <class Tuple, std::size_t... I>
void decode_all([[maybe_unused]] const Value* args, [[maybe_unused]] Arena* arena,
                [[maybe_unused]] const std::vector<std::string>& names, Tuple& t,
                std::index_sequence<I...>) {
  (decode<std::tuple_element_t<I, Tuple>>(
       element(args, I), arena, I < names.size() ? names[I].c_str() : "argument", std::get<I>(t)),
   ...);
}

template <class Tuple, std::size_t... I>
void encode_one(const Tuple& t, int which, Out* out, std::index_sequence<I...>) {
  ((static_cast<int>(I) == which ? (encode<std::tuple_element_t<I, Tuple>>(std::get<I>(t), out), 0)
                                 : 0),
   ...);
}

// Calls obj.*M with the decoded tuple; encodes the result into `answer` unless void.
// Timer is judge::CallTimer, or judge::SpanTimer for a design's many calls (cpu_clock.hpp).
template <auto M, class Timer, class C, class Tuple>
double call(C& obj, Tuple& t, Out* answer) {
  using R = typename method_traits<decltype(M)>::ret;
  Timer timer;
  if constexpr (std::is_void_v<R>) {
    std::apply([&](auto&... a) { (obj.*M)(a...); }, t);
    return timer.seconds();
  } else {
    auto&& r = std::apply([&](auto&... a) -> decltype(auto) { return (obj.*M)(a...); }, t);
    double spent = timer.seconds();
    encode<std::remove_cvref_t<R>>(r, answer);
    return spent;
  }
}

template <auto M>
double run_function(const Value* args, Arena* arena, const std::vector<std::string>& names,
                    Out* answer, const int* report, int nreport, Out* const* after) {
  using T = method_traits<decltype(M)>;
  using Seq = std::make_index_sequence<std::tuple_size_v<typename T::args>>;
  typename T::args t;
  decode_all(args, arena, names, t, Seq{});
  typename T::cls solution;  // a fresh object per case, as LeetCode does
  double spent = call<M, judge::CallTimer>(solution, t, answer);
  for (int k = 0; k < nreport; ++k) encode_one(t, report[k], after[k], Seq{});
  return spent;
}

// A problem's input builder (function_built): decode the case's values as
// B::arguments() takes them, let it make the method's arguments, call, and read the
// answer through B::answer() when B has one.
template <auto M, class B>
double run_built(const Value* args, Arena* arena, const std::vector<std::string>& names,
                 Out* answer, const int*, int, Out* const*) {
  using In = typename method_traits<decltype(&B::arguments)>::args;
  In in;
  decode_all(args, arena, names, in, std::make_index_sequence<std::tuple_size_v<In>>{});
  B builder;  // one per case, like the solution
  auto t = [&] {
    try {
      return std::apply([&](auto&... a) { return builder.arguments(a...); }, in);
    } catch (const std::invalid_argument& e) {  // the builder's word for "this input is wrong"
      input_error(e.what());
    }
  }();
  typename method_traits<decltype(M)>::cls solution;
  judge::CallTimer timer;
  auto&& r = std::apply([&](auto&... a) -> decltype(auto) { return (solution.*M)(a...); }, t);
  double spent = timer.seconds();
  if constexpr (requires { builder.answer(r); }) {
    auto a = builder.answer(r);
    encode<std::remove_cvref_t<decltype(a)>>(a, answer);
  } else {
    encode<std::remove_cvref_t<decltype(r)>>(r, answer);
  }
  return spent;
}

template <class C, class... A>
void* construct(const Value* args, Arena* arena, double* seconds) {
  std::tuple<std::remove_cvref_t<A>...> t;
  decode_all(args, arena, {}, t, std::index_sequence_for<A...>{});
  judge::SpanTimer timer;
  C* obj = std::apply([](auto&... a) { return new C(a...); }, t);
  *seconds += timer.seconds();
  return obj;
}

template <class C>
void destroy(void* obj) {
  delete static_cast<C*>(obj);
}

template <auto M>
double call_method(void* obj, const Value* args, Arena* arena, Out* answer) {
  using T = method_traits<decltype(M)>;
  typename T::args t;
  decode_all(args, arena, {}, t, std::make_index_sequence<std::tuple_size_v<typename T::args>>{});
  return call<M, judge::SpanTimer>(*static_cast<typename T::cls*>(obj), t, answer);
}

}  // namespace detail

// function<&Solution::searchInsert>({"nums", "target"}): the names are the method's
// parameters as problem.json names them, for messages about a case's values.
template <auto M>
Function function(std::vector<std::string> names) {
  using T = detail::method_traits<decltype(M)>;
  Function f;
  f.arity = T::arity;
  f.names = std::move(names);
  f.returns = detail::return_name<typename T::ret>();
  f.params = detail::param_names(static_cast<typename T::params*>(nullptr));
  f.run = &detail::run_function<M>;
  return f;
}

// function_built<&Solution::detectCycle, Builder>({"head", "pos"}), for a problem
// whose cases cannot spell the method's arguments directly (a list with a cycle at
// `pos`, two lists that share a tail). The problem's builder.cpp declares
//   struct Builder {
//     tuple<method's argument types...> arguments(the case's values...);
//     T answer(method's return value);   // optional: the case's view of the answer
//   };
// arguments() throws std::invalid_argument for values that do not fit (`pos` past the
// end): that case is an ERR, as any input that does not fit. The names are the case's
// values (problem.json's "input").
template <auto M, class B>
Function function_built(std::vector<std::string> names) {
  using T = detail::method_traits<decltype(M)>;
  using In = detail::method_traits<decltype(&B::arguments)>;
  static_assert(!std::is_void_v<typename T::ret>,
                "a problem with an input builder reads the return value");
  Function f;
  f.arity = In::arity;
  f.built = true;
  f.names = std::move(names);
  f.returns = detail::return_name<typename T::ret>();
  f.params = detail::param_names(static_cast<typename T::params*>(nullptr));
  f.inputs = detail::param_names(static_cast<typename In::params*>(nullptr));
  f.run = &detail::run_built<M, B>;
  return f;
}

// design<LRUCache, int>("LRUCache", {method<&LRUCache::get>("get"), ...}): the
// constructor's parameter types, then the methods a case may call by name.
template <auto M>
Method method(std::string name) {
  return Method{std::move(name), detail::method_traits<decltype(M)>::arity,
                &detail::call_method<M>};
}

template <class C, class... A>
Design design(std::string class_name, std::vector<Method> methods) {
  Design d;
  d.class_name = std::move(class_name);
  d.ctor_arity = sizeof...(A);
  d.construct = &detail::construct<C, A...>;
  d.destroy = &detail::destroy<C>;
  d.methods = std::move(methods);
  return d;
}

}  // namespace kata::bind
