// How kata's process uses memory. Called first thing in main().
#pragma once

namespace kata::cli {

// glibc malloc settings for a short-lived process that allocates a lot; for
// `kata run`, huge pages for malloc's heaps (which may start the process once
// more, with the same arguments, through /proc/self/exe).
void tune_memory(int argc, char** argv);

}  // namespace kata::cli
