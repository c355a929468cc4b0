// The catalog's own code, compiled on first use and loaded into kata.
//
// kata's build knows nothing of the problems: adding the 300th problem costs the
// build nothing, and `kata list`, `show`, `daily` and `start` never wait for a
// compiler. A verb that needs a problem's reference, brute force, generator or
// checker asks for it here:
//
//   reference_source()   the generated unit: the problem's files #included inside
//                        namespaces of their own, bound by the method and parameter
//                        names that problem.json gives (the C++ reader of
//                        problem.json is the only one), ending in
//                        `extern "C" kata_register_reference(Registry&)`.
//   build_reference()    compiles that unit into <build>/references/<slug>-<hash>.so
//                        with the attempts' compiler and a PCH of registry.hpp and the
//                        prelude (clang with -fpch-instantiate-templates: the JSON
//                        conversions every problem uses are instantiated once, in the
//                        PCH; made by kata the first time a module is compiled,
//                        not by the build), linked with libkata_judge.a (in a sanitizer build the
//                        judge's objects are instrumented and the problem's code is
//                        not: see runner/judge/CMakeLists.txt). The hash covers the
//                        unit, every problem file it includes, the flags, the PCH's
//                        path (named by all it is made from) and the library stamps: an edited solution.cpp is one compile of
//                        one problem, an unchanged one none. Output goes to a
//                        temporary name and is renamed into place, so concurrent
//                        kata processes never see half a module.
//   reference_for()      builds if needed, dlopen()s the module (never closed) and
//                        returns what it registered; thread-safe.
//   prepare_references() the same for many problems, compiling the missing modules
//                        on every core first (`kata run`, the catalog tests).
//   reference_workloads() what `kata run` judges: each problem's reference with its
//                        cases, ready for the run engine (run.hpp).
//
// A module that does not compile is a load error naming the compiler's first error
// (the problem's file and line), reported by whichever verb needed it.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include <kata/judge/problem.hpp>
#include <kata/judge/registry.hpp>
#include <kata/judge/run.hpp>

namespace kata::attempt {

// The judge's vocabulary, named here without its namespace.
using judge::Problem;
using judge::Reference;
using judge::Workload;

// The generated unit of a problem's module.
std::string reference_source(const Problem& p);

// Where the module compiler, its flags, PCH and libraries are (attempt_config.hpp);
// the cache is overridable by $KATA_REFERENCE_CACHE.
struct ModuleToolchain {
  std::string compiler;
  std::vector<std::string> flags;
  std::vector<std::string> include_dirs;
  std::vector<std::string> libraries;
  std::vector<std::string> link_flags;
  std::filesystem::path pch_header;         // the PCH's text (made on first use)
  std::filesystem::path pch_headers_stamp;  // newer when a header it includes changed
  std::filesystem::path cache_dir;
  static ModuleToolchain configured();
};

struct ModuleBuild {
  bool ok = false;
  bool cached = false;
  std::filesystem::path module;
  std::string error;  // the compiler's first error with its context, when !ok
};

// Compiles (or finds in the cache) the problem's module. Never throws for a problem
// that does not compile (that is !ok); throws std::runtime_error when the toolchain
// itself is broken (no PCH, no compiler).
ModuleBuild build_reference(const Problem& p,
                            const ModuleToolchain& tc = ModuleToolchain::configured());

// The problem's reference, built and loaded on first use; nullptr when it cannot
// be, with the reason in *error.
const Reference* reference_for(const Problem& p, std::string* error = nullptr);

// Builds the modules of all these problems that are not built yet, in parallel on
// `jobs` threads (0: one per core), then loads them all. `progress(done, total)` is
// called after each compile, from the compiling threads.
void prepare_references(const std::vector<const Problem*>& problems, std::size_t jobs = 0,
                        const std::function<void(std::size_t, std::size_t)>& progress = {});

// The chosen problems' references with their cases loaded, one Workload each, in
// order; `progress` as for prepare_references. A problem that cannot be loaded is a
// workload with errors: reported, not run. The case files are parsed on up to
// `threads` threads (the processors the run will use): on one thread, parsing is
// most of what a run does before its first case.
std::vector<Workload> reference_workloads(
    const std::vector<const Problem*>& chosen, std::size_t threads,
    const std::function<void(std::size_t, std::size_t)>& progress = {});

}  // namespace kata::attempt
