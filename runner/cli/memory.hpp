// How kata's process uses memory: glibc malloc settings, made once the verb is known.
//
// `kata run` judges whole patterns in one process, on every core, and wants
// transparent huge pages for malloc's heaps. glibc reads that setting
// (GLIBC_TUNABLES=glibc.malloc.hugetlb=1) only at start-up, so kata starts itself
// once more with it; the second start puts the caller's GLIBC_TUNABLES back, so
// that children (compilers, attempts) get the environment kata was given. The other
// verbs are short or spend their time in child processes, and start once.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kata::cli {

struct MemoryPlan {
  enum class Step {
    none,     // go on as started
    restart,  // exec kata again with GLIBC_TUNABLES = *tunables, the caller's value in `saved`
    restore,  // the second start: GLIBC_TUNABLES = *tunables, or unset when nullopt
  };
  Step step = Step::none;
  std::optional<std::string> tunables;
  std::string saved;  // restart: the caller's GLIBC_TUNABLES ("" when unset)
};

// What to do for `verb`, given GLIBC_TUNABLES and the value saved across a restart
// (each null when unset). Pure: tune_memory() carries it out.
MemoryPlan plan_memory(std::string_view verb, const char* tunables, const char* saved);

// Carries out the plan (a restart execs /proc/self/exe with argv and does not
// return unless the exec fails), then sets malloc's thresholds for a short-lived
// process that allocates a lot. Called once the command line is parsed.
void tune_memory(std::string_view verb, char** argv);

}  // namespace kata::cli
