// Verbs (verb.hpp) turned into one CLI11 parser.
#include "command_line.hpp"

#include <map>

#include <fmt/core.h>
#include <CLI/CLI.hpp>

#include <kata/judge/text.hpp>

namespace kata::cli {
namespace {

// Help in 80 columns: CLI11 puts names in a column of 30 and indents the lines of
// a description that has line breaks, so descriptions are broken at 50 columns.
constexpr std::size_t kNameColumn = 30;
std::string help_text(const std::string& text) {
  std::string wrapped = judge::wrap(text, 80 - kNameColumn);
  if (!wrapped.empty()) wrapped.pop_back();  // CLI11 ends the line itself
  return wrapped;
}

void print_verbs(const std::vector<Verb>& verbs) {
  fmt::print(
      "kata: daily algorithm practice, pattern by pattern.\n\nUsage: kata <verb> [options]\n\n");
  for (const auto& v : verbs)
    fmt::print("  {:<10} {}", v.name, judge::wrap(v.help, 80 - 13, std::string(13, ' ')));
  fmt::print("\n`kata <verb> --help` tells more about each.\n");
}

CLI::Option* add_arg(CLI::App& sub, const Arg& a) {
  CLI::Option* opt = std::visit(
      [&](auto* target) -> CLI::Option* {
        using T = std::remove_pointer_t<decltype(target)>;
        if constexpr (std::is_same_v<T, bool>)
          return sub.add_flag(a.names, *target, help_text(a.help));
        else
          return sub.add_option(a.names, *target, help_text(a.help));
      },
      a.target);
  if (a.required) opt->required();
  if (a.range) opt->check(CLI::Range(a.range->first, a.range->second));
  if (a.existing_file) opt->check(CLI::ExistingFile);
  if (a.check)
    opt->check(CLI::Validator([check = a.check](std::string& value) { return check(value); },
                              a.check_name));
  return opt;
}

}  // namespace

Parsed parse_command_line(const std::vector<Verb>& verbs, int argc, const char* const* argv) {
  CLI::App app{"kata: daily algorithm practice, pattern by pattern", "kata"};
  app.set_help_all_flag("--help-all", "Every verb's options");
  app.get_formatter()->column_width(kNameColumn);
  std::map<const CLI::App*, const Verb*> by_app;
  std::string color = "auto";
  for (const auto& v : verbs) {
    CLI::App* sub = app.add_subcommand(v.name, help_text(v.help));
    by_app[sub] = &v;
    sub->add_option("--color", color,
                    help_text("Colour: auto (on a terminal, without NO_COLOR), always, never"))
        ->check(CLI::IsMember({"auto", "always", "never"}));
    std::map<std::string, CLI::Option*> options;
    for (const auto& a : v.args) options[a.names] = add_arg(*sub, a);
    for (const auto& a : v.args)
      for (const auto& other : a.excludes) options.at(a.names)->excludes(options.at(other));
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {  // --help and --help-all too, with exit code 0
    return Parsed{nullptr, app.exit(e) == 0 ? 0 : 2};
  }
  auto chosen = app.get_subcommands();
  if (chosen.empty()) {
    print_verbs(verbs);
    return Parsed{};
  }
  return Parsed{by_app.at(chosen.front()), 0,
                color == "always"  ? judge::ColorMode::always
                : color == "never" ? judge::ColorMode::never
                                   : judge::ColorMode::automatic};
}

}  // namespace kata::cli
