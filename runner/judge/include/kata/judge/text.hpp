// Text for an 80-column terminal: widths, wrapping, and Markdown made to fit.
//
// Every verb's output fits 80 columns. What kata lays out itself (tables, help)
// is sized with display_width(); prose is broken with wrap(); a problem's
// statement, written in Markdown for a browser (long link lines, tables, lines
// of about 80), goes through fit_markdown(), which re-flows paragraphs and list
// items to the width, shows links as their text with the addresses on lines of
// their own, and turns a table too wide for the terminal into one block per row.
// Code blocks are left as written: breaking code would change it (the catalog's
// own statements keep their code within 80 columns, a test says so).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kata::judge {

// Columns a terminal gives the text: one per character (UTF-8 decoded), two for
// East Asian wide ones (CJK, fullwidth forms, most emoji), none for combining
// marks and for ANSI colour sequences.
std::size_t display_width(std::string_view text);

// The text cut to at most `width` columns, ending in "…" when it was cut.
std::string clip(std::string_view text, std::size_t width);

// Text broken into lines of at most `width` columns at spaces (a longer word, or
// a `code span` with spaces, stays whole); existing line breaks are kept. Every
// line but the first of each paragraph starts with `hang` (a list item's indent).
// Each line ends with '\n'.
std::string wrap(std::string_view text, std::size_t width = 80, std::string_view hang = "");

// Each line of code (a signature) that is wider than `width` broken after the
// commas that let it fit, the rest aligned after its first '(' (as clang-format
// would), or four past the line's indent when a piece would not fit there.
// Each line ends with '\n'.
std::string break_at_commas(std::string_view code, std::size_t width = 80);

// Markdown re-laid for a terminal of `width` columns (see above).
std::string fit_markdown(std::string_view markdown, std::size_t width = 80);

}  // namespace kata::judge
