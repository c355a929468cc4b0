// The driver behind every bound solution, and the binding's conversions (bind.hpp).
#include "kata/judge/invoke.hpp"

#include <algorithm>
#include <memory>

namespace kata::bind {

using judge::Json;

namespace {

const Json& json(const Value* v) {
  return *reinterpret_cast<const Json*>(v);
}
Json& json(Out* v) {
  return *reinterpret_cast<Json*>(v);
}
judge::NodeArena& arena_of(Arena* a) {
  return *reinterpret_cast<judge::NodeArena*>(a);
}

}  // namespace

const Value* element(const Value* list, std::size_t i) {
  return reinterpret_cast<const Value*>(&json(list)[i]);
}

void input_error(const char* message) {
  throw judge::InputError(message);
}

template <class T>
void decode(const Value* v, Arena* arena, const char* name, T& out) {
  out = judge::Codec<T>::decode(json(v), arena_of(arena), judge::Where{nullptr, name, 0});
}

template <class T>
void encode(const T& v, Out* out) {
  json(out) = judge::Codec<T>::encode(v);
}

template <class T>
std::string type_name() {
  return judge::Codec<T>::name();
}

#define KATA_BIND_INSTANTIATE(T)                                                   \
  template void decode<T>(const Value* v, Arena* arena, const char* name, T& out); \
  template void encode<T>(T const& v, Out* out);                                   \
  template std::string type_name<T>();
#define KATA_BIND_INSTANTIATE_NESTED(T)              \
  KATA_BIND_INSTANTIATE(T)                           \
  KATA_BIND_INSTANTIATE(std::vector<T>)              \
  KATA_BIND_INSTANTIATE(std::vector<std::vector<T>>) \
  KATA_BIND_INSTANTIATE(std::vector<std::vector<std::vector<T>>>)
KATA_BIND_SCALAR_TYPES(KATA_BIND_INSTANTIATE_NESTED)
#undef KATA_BIND_INSTANTIATE_NESTED
#undef KATA_BIND_INSTANTIATE

}  // namespace kata::bind

namespace kata::judge {

namespace {

const bind::Value* value(const Json& j) {
  return reinterpret_cast<const bind::Value*>(&j);
}
bind::Out* out(Json& j) {
  return reinterpret_cast<bind::Out*>(&j);
}

void check_arity(const Json& args, std::size_t n, const std::string& what) {
  if (!args.is_array())
    throw InputError(what + ": expected an array of arguments, got " + detail::describe(args));
  if (args.size() != n)
    throw InputError(what + ": takes " + std::to_string(n) + " argument" + (n == 1 ? "" : "s") +
                     ", the case gives " + std::to_string(args.size()));
}

Outcome call_function(const bind::Function& f, const Json& input, const CallOptions& opts,
                      bind::Arena* arena) {
  check_arity(input, static_cast<std::size_t>(f.arity), "the method");
  const std::vector<int>& report = opts.report_args;
  if (f.built && !report.empty())
    throw InputError("a problem with an input builder cannot report its arguments");
  for (int r : report)
    if (r < 0 || r >= f.arity)
      throw InputError("argument index " + std::to_string(r) + " out of range");
  Outcome o;
  o.args_after.resize(report.size());
  std::vector<bind::Out*> after;
  for (auto& j : o.args_after) after.push_back(out(j));
  o.seconds = f.run(value(input), arena, f.names, out(o.answer), report.data(),
                    static_cast<int>(report.size()), after.data());
  return o;
}

Outcome call_design(const bind::Design& d, const Json& input, bind::Arena* arena) {
  if (!input.is_array() || input.size() != 2 || !input[0].is_array() || !input[1].is_array())
    throw InputError("a design case's input is [[\"" + d.class_name +
                     "\", \"method\", ...], [[constructor args], [method args], ...]]");
  const Json& names = input[0];
  const Json& args = input[1];
  if (names.size() != args.size())
    throw InputError("the case names " + std::to_string(names.size()) + " calls but gives " +
                     std::to_string(args.size()) + " argument lists");
  if (names.empty() || names[0] != d.class_name)
    throw InputError("the first call must be the constructor \"" + d.class_name + "\"");
  check_arity(args[0], static_cast<std::size_t>(d.ctor_arity), d.class_name + "()");
  const double cpu_at_start = thread_cpu_seconds();
  Outcome o;
  o.answer = Json::array({nullptr});
  o.answer.get_ref<Json::array_t&>().reserve(names.size());
  void* obj = d.construct(value(args[0]), arena, &o.seconds);
  struct Owner {
    const bind::Design& d;
    void* obj;
    ~Owner() { d.destroy(obj); }
  } owner{d, obj};
  for (std::size_t i = 1; i < names.size(); ++i) {
    const bind::Method* m = nullptr;
    if (names[i].is_string())
      for (const auto& candidate : d.methods)
        if (candidate.name == names[i].get_ref<const std::string&>()) m = &candidate;
    if (!m)
      throw InputError("call " + std::to_string(i) + ": " + d.class_name + " has no method " +
                       json_to_text(names[i]));
    Json got;
    try {
      check_arity(args[i], static_cast<std::size_t>(m->arity), m->name + "()");
      o.seconds += m->call(obj, value(args[i]), arena, out(got));
    } catch (const InputError& e) {
      throw InputError("call " + std::to_string(i) + " " + e.what());
    }
    o.answer.push_back(std::move(got));
  }
  // The calls were timed by the monotonic clock (cpu_clock.hpp): never more than the
  // CPU time this thread used for the whole case.
  o.seconds = std::min(o.seconds, thread_cpu_seconds() - cpu_at_start);
  return o;
}

}  // namespace

Outcome call(const bind::Entry& entry, const Json& input, const CallOptions& opts) {
  NodeArena arena;  // outlives the calls and the encoding of their answers
  auto* a = reinterpret_cast<bind::Arena*>(&arena);
  if (entry.function) return call_function(*entry.function, input, opts, a);
  if (entry.design) {
    if (!opts.report_args.empty()) throw InputError("a design problem cannot report its arguments");
    return call_design(*entry.design, input, a);
  }
  throw std::logic_error("kata::judge::call: the entry binds nothing");
}

Invoker invoker(bind::Function f) {
  auto fn = std::make_shared<const bind::Function>(std::move(f));
  return [fn](const Json& input, const CallOptions& opts) {
    return call(bind::Entry{fn.get(), nullptr}, input, opts);
  };
}

Invoker invoker(bind::Design d) {
  auto design = std::make_shared<const bind::Design>(std::move(d));
  return [design](const Json& input, const CallOptions& opts) {
    return call(bind::Entry{nullptr, design.get()}, input, opts);
  };
}

}  // namespace kata::judge
