// Widths, wrapping and Markdown for a terminal (text.hpp).
#include "kata/judge/text.hpp"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace kata::judge {
namespace {

// The next code point of UTF-8 text at `at` (advanced past it); a malformed
// byte reads as itself, one column wide.
std::uint32_t next_code_point(std::string_view s, std::size_t& at) {
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  const unsigned char c = byte(at);
  const int extra = c < 0x80             ? 0
                    : (c & 0xE0) == 0xC0 ? 1
                    : (c & 0xF0) == 0xE0 ? 2
                    : (c & 0xF8) == 0xF0 ? 3
                                         : -1;
  if (extra <= 0) {
    ++at;
    return c;
  }
  std::uint32_t cp = c & (0x3F >> extra);
  for (int k = 1; k <= extra; ++k) {
    if (at + k >= s.size() || (byte(at + k) & 0xC0) != 0x80) {
      ++at;
      return c;
    }
    cp = (cp << 6) | (byte(at + k) & 0x3F);
  }
  at += 1 + static_cast<std::size_t>(extra);
  return cp;
}

bool is_wide(std::uint32_t cp) {
  return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) ||
         (cp >= 0x3041 && cp <= 0x33FF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
         (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF) ||
         (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
         (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
         (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F) ||
         (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD);
}

bool is_combining(std::uint32_t cp) {
  return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x200B && cp <= 0x200F) ||
         (cp >= 0xFE00 && cp <= 0xFE0F);
}

// The words of a line: split at spaces, but a `code span` is one word.
std::vector<std::string> words_of(std::string_view line) {
  std::vector<std::string> words;
  std::string word;
  bool in_code = false;
  for (char c : line) {
    if (c == '`') in_code = !in_code;
    if (c == ' ' && !in_code) {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
    } else {
      word += c;
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

std::vector<std::string_view> lines_of(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t from = 0;
  while (from < text.size()) {
    std::size_t end = text.find('\n', from);
    if (end == std::string_view::npos) end = text.size();
    lines.push_back(text.substr(from, end - from));
    from = end + 1;
  }
  return lines;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

// "- ", "* ", "12. ": the marker a list item starts with, or 0.
std::size_t list_marker(std::string_view line) {
  if (line.size() >= 2 && (line[0] == '-' || line[0] == '*') && line[1] == ' ') return 2;
  std::size_t i = 0;
  while (i < line.size() && i < 3 && line[i] >= '0' && line[i] <= '9') ++i;
  if (i > 0 && i + 1 < line.size() && line[i] == '.' && line[i + 1] == ' ') return i + 2;
  return 0;
}

// [text](address) becomes text; the addresses are collected to be shown after.
std::string unlink(std::string_view text, std::vector<std::string>& addresses) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] == '[') {
      std::size_t close = text.find("](", i);
      std::size_t end = close == std::string_view::npos ? close : text.find(')', close);
      if (close != std::string_view::npos && end != std::string_view::npos &&
          text.substr(i + 1, close - i - 1).find('[') == std::string_view::npos) {
        out += text.substr(i + 1, close - i - 1);
        addresses.emplace_back(text.substr(close + 2, end - close - 2));
        i = end + 1;
        continue;
      }
    }
    out += text[i++];
  }
  return out;
}

std::vector<std::string> table_cells(std::string_view row) {
  row = trim(row);
  if (!row.empty() && row.front() == '|') row.remove_prefix(1);
  if (!row.empty() && row.back() == '|') row.remove_suffix(1);
  std::vector<std::string> cells;
  bool in_code = false;
  std::string cell;
  for (char c : row) {
    if (c == '`') in_code = !in_code;
    if (c == '|' && !in_code) {
      cells.emplace_back(trim(cell));
      cell.clear();
    } else {
      cell += c;
    }
  }
  cells.emplace_back(trim(cell));
  return cells;
}

bool is_rule_row(const std::vector<std::string>& cells) {
  for (const auto& c : cells)
    if (c.find_first_not_of("-: ") != std::string::npos) return false;
  return true;
}

// A table: as written when it fits, else one block per row, each cell under
// its column's name.
std::string fit_table(const std::vector<std::string_view>& rows, std::size_t width) {
  std::string out;
  bool fits = true;
  for (auto r : rows) fits = fits && display_width(r) <= width;
  if (fits) {
    for (auto r : rows) out += std::string(r) + "\n";
    return out;
  }
  std::vector<std::vector<std::string>> cells;
  for (auto r : rows) cells.push_back(table_cells(r));
  const std::vector<std::string>& header = cells.front();
  for (std::size_t i = 1; i < cells.size(); ++i) {
    if (is_rule_row(cells[i])) continue;
    for (std::size_t k = 0; k < cells[i].size(); ++k) {
      std::string name = k < header.size() && !header[k].empty() ? header[k] + ": " : "";
      out += wrap((k == 0 ? "- " : "  ") + name + cells[i][k], width, "    ");
    }
  }
  return out;
}

}  // namespace

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for (std::size_t at = 0; at < text.size();) {
    if (text[at] == '\033' && at + 1 < text.size() && text[at + 1] == '[') {
      at += 2;
      while (at < text.size() && !(text[at] >= '@' && text[at] <= '~')) ++at;
      ++at;
      continue;
    }
    std::uint32_t cp = next_code_point(text, at);
    if (is_combining(cp)) continue;
    width += is_wide(cp) ? 2 : 1;
  }
  return width;
}

std::string clip(std::string_view text, std::size_t width) {
  if (display_width(text) <= width) return std::string(text);
  if (width == 0) return "";
  std::string out;
  std::size_t used = 0;
  for (std::size_t at = 0; at < text.size();) {
    std::size_t from = at;
    std::uint32_t cp = next_code_point(text, at);
    std::size_t w = is_combining(cp) ? 0 : is_wide(cp) ? 2 : 1;
    if (used + w > width - 1) break;
    out += text.substr(from, at - from);
    used += w;
  }
  return out + "…";
}

std::string wrap(std::string_view text, std::size_t width, std::string_view hang) {
  std::string out;
  for (std::string_view line : lines_of(text)) {
    // A line's own indent is kept; the lines it is broken into hang under `hang`.
    const std::size_t indent = std::min(line.find_first_not_of(' '), line.size());
    out.append(indent, ' ');
    std::size_t column = indent;
    bool first = true;
    for (const std::string& word : words_of(line)) {
      std::size_t w = display_width(word);
      if (!first && column + 1 + w > width) {
        out += '\n';
        out += hang;
        column = display_width(hang);
      } else if (!first) {
        out += ' ';
        ++column;
      }
      out += word;
      column += w;
      first = false;
    }
    out += '\n';
  }
  return out;
}

std::string break_at_commas(std::string_view code, std::size_t width) {
  std::string out;
  for (std::string_view line : lines_of(code)) {
    // Continuation lines line up after the '(' when every piece fits there,
    // else they are indented four past the line's own indent.
    const std::size_t open = line.find('(');
    const std::size_t indent = std::min(line.find_first_not_of(' '), line.size());
    std::size_t widest = 0;  // of the pieces after the first, which may start a line
    const std::size_t first_comma = line.find(", ");
    for (std::size_t at = first_comma == std::string_view::npos ? line.size() : first_comma + 2;
         at < line.size();) {
      const std::size_t comma = line.find(", ", at);
      const std::size_t end = comma == std::string_view::npos ? line.size() : comma + 1;
      widest = std::max(widest, display_width(line.substr(at, end - at)));
      at = comma == std::string_view::npos ? line.size() : comma + 2;
    }
    const bool aligned = open != std::string_view::npos && open + 1 + widest <= width;
    const std::string hang(aligned ? open + 1 : indent + 4, ' ');
    std::string current;
    std::size_t from = 0;
    while (from < line.size()) {
      std::size_t comma = line.find(", ", from);
      std::string_view piece = line.substr(
          from, comma == std::string_view::npos ? std::string_view::npos : comma + 1 - from);
      if (!current.empty() && display_width(current) + 1 + display_width(piece) > width &&
          current.find_first_not_of(' ') != std::string::npos) {
        out += current + "\n";
        current = hang;
      } else if (!current.empty() && from > 0) {
        current += ' ';
      }
      current += piece;
      from = comma == std::string_view::npos ? line.size() : comma + 2;
    }
    out += current + "\n";
  }
  return out;
}

std::string fit_markdown(std::string_view markdown, std::size_t width) {
  const std::vector<std::string_view> lines = lines_of(markdown);
  std::string out;
  std::string paragraph;  // the words of the paragraph or list item being gathered
  std::string hang;       // its continuation indent
  std::vector<std::string> addresses;
  auto flush = [&] {
    if (paragraph.empty()) return;
    std::string text = unlink(paragraph, addresses);
    out += wrap(text, width, hang);
    for (const auto& a : addresses) out += hang + "  " + a + "\n";
    paragraph.clear();
    hang.clear();
    addresses.clear();
  };
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string_view line = lines[i];
    std::string_view t = trim(line);
    if (t.substr(0, 3) == "```") {  // a code block, as written
      flush();
      out += std::string(line) + "\n";
      for (++i; i < lines.size(); ++i) {
        out += std::string(lines[i]) + "\n";
        if (trim(lines[i]).substr(0, 3) == "```") break;
      }
      continue;
    }
    if (t.empty()) {
      flush();
      out += "\n";
      continue;
    }
    if (t.front() == '|') {
      flush();
      std::vector<std::string_view> rows;
      for (; i < lines.size() && !trim(lines[i]).empty() && trim(lines[i]).front() == '|'; ++i)
        rows.push_back(lines[i]);
      --i;
      out += fit_table(rows, width);
      continue;
    }
    if (t.front() == '#') {
      flush();
      out += wrap(t, width);
      continue;
    }
    const std::size_t indent = line.find_first_not_of(' ');
    if (std::size_t marker = list_marker(t)) {
      flush();
      hang = std::string(indent + marker, ' ');
      paragraph = std::string(line.substr(0, indent)) + std::string(t);
      continue;
    }
    if (!paragraph.empty()) paragraph += ' ';
    paragraph += paragraph.empty() ? std::string(line) : std::string(t);
  }
  flush();
  return out;
}

}  // namespace kata::judge
