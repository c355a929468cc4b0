// kata note: open a problem's note (notes/SLUG.md) in $EDITOR, made from a
// template the first time (see kata/practice/notes.hpp).
#include <cstdlib>  // std::getenv, std::system
#include <stdexcept>

#include <sys/wait.h>  // WIFEXITED

#include <fmt/format.h>

#include <kata/practice/notes.hpp>

#include "verbs.hpp"

namespace kata::cli {
namespace {

struct NoteOptions {
  std::string slug;
  bool no_edit = false;
};

// 'it'\''s' quoting, so any path survives the shell.
std::string shell_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

int run_note(const NoteOptions& o, Context& ctx) {
  const auto* p = ctx.problem_or_suggest(o.slug);
  if (!p) return kUsage;
  const auto home = judge::default_home();
  const auto path = practice::note_path(home, p->meta.slug);
  bool created = false;
  try {
    created = practice::ensure_note(*p, home);
  } catch (const std::exception& e) {
    fmt::print(stderr, "kata: {}\n", e.what());
    return kFailed;
  }
  fmt::print("{}{}\n", path.string(), created ? " (new, from the template)" : "");
  if (o.no_edit) return kOk;
  const char* editor = std::getenv("VISUAL");
  if (!editor || !*editor) editor = std::getenv("EDITOR");
  if (!editor || !*editor) {
    fmt::print(stderr, "kata: set $EDITOR (or $VISUAL) to open notes; the path is above\n");
    return kOk;
  }
  std::fflush(stdout);
  // The editor may carry its own flags ("code --wait"), so the shell splits it.
  int status = std::system((std::string(editor) + " " + shell_quote(path.string())).c_str());
  if (status == -1 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    fmt::print(stderr, "kata: the editor \"{}\" did not finish cleanly\n", editor);
    return kFailed;
  }
  return kOk;
}

}  // namespace

Verb note_verb() {
  auto o = std::make_shared<NoteOptions>();
  Verb v("note", "Open a problem's note in $EDITOR (notes/SLUG.md)");
  slug_argument(v, &o->slug);
  v.flag("--no-edit", &o->no_edit, "Create the note if needed and print its path only");
  v.run = [o](Context& ctx) { return run_note(*o, ctx); };
  return v;
}

}  // namespace kata::cli
