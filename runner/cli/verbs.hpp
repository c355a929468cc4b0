// The verbs of the kata command, one source file each: setup_<verb>() registers
// the verb's flags on the app and what it runs; the work lives in the libraries.
#pragma once

#include <CLI/CLI.hpp>

#include "context.hpp"

namespace kata::cli {

void setup_list(CLI::App& app, Context& ctx);
void setup_show(CLI::App& app, Context& ctx);
void setup_test(CLI::App& app, Context& ctx);
void setup_daily(CLI::App& app, Context& ctx);
void setup_selftest(CLI::App& app, Context& ctx);
void setup_run(CLI::App& app, Context& ctx);
// Practising one's own attempts.
void setup_start(CLI::App& app, Context& ctx);
void setup_stress(CLI::App& app, Context& ctx);
// The practice habit: the log, stats, calendar, report and notes.
void setup_log(CLI::App& app, Context& ctx);
void setup_stats(CLI::App& app, Context& ctx);
void setup_calendar(CLI::App& app, Context& ctx);
void setup_report(CLI::App& app, Context& ctx);
void setup_note(CLI::App& app, Context& ctx);

}  // namespace kata::cli
