// Binding a LeetCode-style class to the judge: "JSON arguments in, JSON answer out".
//
// A solution is anything that maps a case's `input` to an answer. bind_method()
// makes one from a member function pointer (`&Solution::searchInsert`): the
// parameter types decide how each JSON argument is decoded, a fresh Solution is
// built for every case (as LeetCode does), and the result, or for `void` methods
// the argument named by the problem, is encoded back. Design problems (LRU Cache)
// use Design<C>: a constructor and named methods of mixed signatures, driven by
// LeetCode's two lists, `[["LRUCache","put","get"], [[2],[1,1],[1]]]`.
//
// Only the call itself is timed, by the calling thread's CPU clock (cpu_clock.hpp,
// the same clock an attempt's runner uses); decoding and encoding are not the
// solution's cost.
#pragma once

#include <functional>
#include <map>
#include <stdexcept>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include <kata/judge/convert.hpp>
#include <kata/judge/cpu_clock.hpp>

namespace kata::judge {

// What the judge wants back besides the return value.
struct CallOptions {
  std::vector<int> report_args;  // arguments to encode again after the call, in this order
};

struct Outcome {
  Json answer;                 // the return value (null for void)
  std::vector<Json> args_after;  // aligned with CallOptions::report_args
  double seconds = 0;          // time spent inside the solution's calls
};

// Throws InputError when the input does not fit, OutputError for unencodable
// results, and lets the solution's own exceptions through.
using Invoker = std::function<Outcome(const Json& input, const CallOptions&)>;

// The method's signature as the judge sees it, for checks against problem.json.
struct Signature {
  std::string returns;
  std::vector<std::string> params;
};

namespace detail {

template <class T>
struct method_traits;
template <class C, class R, class... A>
struct method_traits<R (C::*)(A...)> {
  using cls = C;
  using ret = R;
  using args = std::tuple<A...>;
};
template <class C, class R, class... A>
struct method_traits<R (C::*)(A...) const> : method_traits<R (C::*)(A...)> {};

inline void check_arity(const Json& args, std::size_t n, const std::string& what) {
  if (!args.is_array())
    throw InputError(what + ": expected an array of arguments, got " + describe(args));
  if (args.size() != n)
    throw InputError(what + ": takes " + std::to_string(n) + " argument" + (n == 1 ? "" : "s") +
                     ", the case gives " + std::to_string(args.size()));
}

// Decodes a JSON array of arguments into a tuple of the (decayed) parameter types.
template <class... A, std::size_t... I>
std::tuple<std::remove_cvref_t<A>...> decode_args(const Json& args, NodeArena& arena,
                                                  const std::vector<std::string>& names,
                                                  std::index_sequence<I...>) {
  [[maybe_unused]] auto name = [&](std::size_t i) {
    return i < names.size() ? names[i] : "argument " + std::to_string(i + 1);
  };
  std::string n[sizeof...(A) + 1] = {name(I)...};
  return std::tuple<std::remove_cvref_t<A>...>{
      Codec<std::remove_cvref_t<A>>::decode(args[I], arena, Where{nullptr, n[I].c_str(), 0})...};
}

template <class Tuple, std::size_t... I>
Json encode_arg(const Tuple& t, int which, std::index_sequence<I...>) {
  Json out;
  ((static_cast<int>(I) == which
        ? (out = Codec<std::tuple_element_t<I, Tuple>>::encode(std::get<I>(t)), 0)
        : 0),
   ...);
  return out;
}

template <class R, class F>
Json timed_call(F&& f, double& seconds) {
  CallTimer timer;
  if constexpr (std::is_void_v<R>) {
    f();
    seconds += timer.seconds();
    return Json();
  } else {
    R r = f();
    seconds += timer.seconds();
    return Codec<std::remove_cvref_t<R>>::encode(r);
  }
}

}  // namespace detail

template <class M>
Signature signature_of(M) {
  using T = detail::method_traits<M>;
  Signature s;
  s.returns = return_type_name<typename T::ret>();
  [&]<class... A>(std::tuple<A...>*) {
    (s.params.push_back(param_type_name<A>()), ...);
  }(static_cast<typename T::args*>(nullptr));
  return s;
}

namespace detail {

// The method is a template argument, not a runtime value: calls are direct, and
// GCC 12 does not warn (-Warray-bounds) about a possibly virtual call on an empty class.
template <auto Method, class... A>
Invoker bind_args(std::vector<std::string> names, std::tuple<A...>*) {
  using C = typename method_traits<decltype(Method)>::cls;
  using R = typename method_traits<decltype(Method)>::ret;
  return [names = std::move(names)](const Json& input, const CallOptions& opts) {
    constexpr std::size_t n = sizeof...(A);
    check_arity(input, n, "the method");
    NodeArena arena;  // outlives the call and the encoding of its answer
    auto args = decode_args<A...>(input, arena, names, std::index_sequence_for<A...>{});
    Outcome out;
    C solution;
    out.answer = timed_call<R>(
        [&] { return std::apply([&](auto&... a) { return (solution.*Method)(a...); }, args); },
        out.seconds);
    for (int i : opts.report_args) {
      if (i < 0 || static_cast<std::size_t>(i) >= n)
        throw InputError("argument index " + std::to_string(i) + " out of range");
      out.args_after.push_back(encode_arg(args, i, std::index_sequence_for<A...>{}));
    }
    return out;
  };
}

template <class C, auto Method, class... A>
std::function<Json(C&, const Json&, NodeArena&, double&)> bind_design_method(std::string name,
                                                                           std::tuple<A...>*) {
  using R = typename method_traits<decltype(Method)>::ret;
  return [name](C& obj, const Json& args, NodeArena& arena, double& seconds) {
    check_arity(args, sizeof...(A), name + "()");
    auto t = decode_args<A...>(args, arena, {}, std::index_sequence_for<A...>{});
    return timed_call<R>([&] { return std::apply([&](auto&... a) { return (obj.*Method)(a...); }, t); },
                         seconds);
  };
}

}  // namespace detail

// bind_method<&Solution::searchInsert>({"nums", "target"}): `names` are the
// parameter names from problem.json, used in error messages.
template <auto Method>
Invoker bind_method(std::vector<std::string> names = {}) {
  using T = detail::method_traits<decltype(Method)>;
  return detail::bind_args<Method>(std::move(names), static_cast<typename T::args*>(nullptr));
}

namespace detail {

// A builder's answer() when it has one, else the method's return value as it is.
template <class B, class R>
Json built_answer(B& builder, R& result) {
  if constexpr (requires { builder.answer(result); }) {
    auto a = builder.answer(result);
    return Codec<std::remove_cvref_t<decltype(a)>>::encode(a);
  } else {
    return Codec<std::remove_cvref_t<R>>::encode(result);
  }
}

template <auto Method, class B, class... In>
Invoker bind_built_args(std::vector<std::string> names, std::tuple<In...>*) {
  using C = typename method_traits<decltype(Method)>::cls;
  using R = typename method_traits<decltype(Method)>::ret;
  static_assert(!std::is_void_v<R>, "a problem with an input builder reads the return value");
  return [names = std::move(names)](const Json& input, const CallOptions& opts) {
    check_arity(input, sizeof...(In), "the case");
    if (!opts.report_args.empty())
      throw InputError("a problem with an input builder cannot report its arguments");
    NodeArena arena;
    auto in = decode_args<In...>(input, arena, names, std::index_sequence_for<In...>{});
    B builder;  // one per case, like the Solution
    auto args = [&] {
      try {
        return std::apply([&](auto&... a) { return builder.arguments(a...); }, in);
      } catch (const std::invalid_argument& e) {  // the builder's word for "this input is wrong"
        throw InputError(e.what());
      }
    }();
    Outcome out;
    C solution;
    CallTimer timer;
    auto&& result = std::apply([&](auto&... a) -> decltype(auto) { return (solution.*Method)(a...); },
                               args);
    out.seconds += timer.seconds();
    out.answer = built_answer(builder, result);
    return out;
  };
}

}  // namespace detail

// A function problem whose cases do not spell the method's arguments directly (a
// list with a cycle at `pos`, two lists that share a tail): the problem's
// builder.cpp declares `struct Builder` with
//   tuple<method's argument types...> arguments(the case's input...);
//   T answer(method's return value);   // optional: the case's view of the answer
// arguments() throws std::invalid_argument for a case whose values do not fit
// (`pos` past the end): that case is an ERR, as any input that does not fit.
// The case's input is decoded as arguments()'s parameter types; `names` are the
// names problem.json gives them under "input".
template <auto Method, class B>
Invoker bind_built(std::vector<std::string> names = {}) {
  using In = typename detail::method_traits<decltype(&B::arguments)>::args;
  return detail::bind_built_args<Method, B>(std::move(names), static_cast<In*>(nullptr));
}

// The parameter types of a builder's arguments(), as problem.json writes them.
template <class B>
std::vector<std::string> builder_input_types() {
  using T = detail::method_traits<decltype(&B::arguments)>;
  std::vector<std::string> out;
  [&]<class... A>(std::tuple<A...>*) {
    (out.push_back(param_type_name<A>()), ...);
  }(static_cast<typename T::args*>(nullptr));
  return out;
}

// A design problem's class: `Design<LRUCache>("LRUCache").constructor<int>()
// .method<&LRUCache::get>("get")...invoker()`.
template <class C>
class Design {
 public:
  using Call = std::function<Json(C&, const Json& args, NodeArena&, double& seconds)>;

  explicit Design(std::string class_name) : class_name_(std::move(class_name)) {}

  template <class... A>
  Design& constructor() {
    construct_ = [](const Json& args, NodeArena& arena, const std::string& what) {
      detail::check_arity(args, sizeof...(A), what);
      auto t = detail::decode_args<A...>(args, arena, {}, std::index_sequence_for<A...>{});
      return std::apply([](auto&... a) { return std::make_unique<C>(a...); }, t);
    };
    return *this;
  }

  template <auto Method>
  Design& method(std::string name) {
    using T = detail::method_traits<decltype(Method)>;
    methods_[name] =
        detail::bind_design_method<C, Method>(name, static_cast<typename T::args*>(nullptr));
    return *this;
  }

  Invoker invoker() const {
    return [self = *this](const Json& input, const CallOptions&) { return self.run(input); };
  }

 private:
  Outcome run(const Json& input) const {
    if (!input.is_array() || input.size() != 2 || !input[0].is_array() || !input[1].is_array())
      throw InputError(
          "a design case's input is [[\"" + class_name_ +
          "\", \"method\", ...], [[constructor args], [method args], ...]]");
    const Json& names = input[0];
    const Json& args = input[1];
    if (names.size() != args.size())
      throw InputError("the case names " + std::to_string(names.size()) + " calls but gives " +
                       std::to_string(args.size()) + " argument lists");
    if (names.empty() || names[0] != class_name_)
      throw InputError("the first call must be the constructor \"" + class_name_ + "\"");
    NodeArena arena;
    Outcome out;
    out.answer = Json::array({nullptr});
    out.answer.get_ref<Json::array_t&>().reserve(names.size());
    CallTimer timer;
    std::unique_ptr<C> obj = construct_(args[0], arena, class_name_ + "()");
    out.seconds += timer.seconds();
    for (std::size_t i = 1; i < names.size(); ++i) {
      if (!names[i].is_string())
        throw InputError("call " + std::to_string(i) + ": the method name must be a string");
      auto it = methods_.find(names[i].get_ref<const std::string&>());
      if (it == methods_.end())
        throw InputError("call " + std::to_string(i) + ": " + class_name_ + " has no method " +
                         names[i].dump());
      try {
        out.answer.push_back(it->second(*obj, args[i], arena, out.seconds));
      } catch (const InputError& e) {
        throw InputError("call " + std::to_string(i) + " " + e.what());
      }
    }
    return out;
  }

  std::string class_name_;
  std::function<std::unique_ptr<C>(const Json&, NodeArena&, const std::string&)> construct_;
  std::map<std::string, Call> methods_;
};

}  // namespace kata::judge
