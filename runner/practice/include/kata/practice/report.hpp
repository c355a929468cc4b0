// The progress report: one self-contained HTML page.
//
// No network: no scripts, fonts, images or style sheets from elsewhere; the
// charts are inline SVG and the style is one <style> block, so the file can be
// mailed, archived or opened offline. Sections, top to bottom:
//   1. a summary line: streaks, solved / in catalog, attempts, reviews due
//   2. the heatmap of the last 52 weeks (calendar.hpp's grid and shades)
//   3. per-pattern mastery: solved / in catalog and mean recall as bars, then the
//      numbers of `kata stats`
//   4. each study list's progress against its whole length (stats.hpp's ListStats)
//   5. the review forecast for the next 30 days (stats.hpp's review_forecast)
//   6. the 20 most recent attempts
//   7. the mock interviews, if any (interview.hpp's report of each)
//   8. each problem's last bench, if any (kata bench): how it grows, against the
//      stated cost
//   9. the log lines that were skipped, if any
// All text from the log is HTML-escaped.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <kata/judge/catalog.hpp>
#include <kata/practice/day.hpp>
#include <kata/practice/log.hpp>

namespace kata::practice {

std::string render_report(const std::vector<Record>& records, const judge::Catalog& catalog,
                          Day today, const std::vector<std::string>& skipped_lines = {});

// &, <, >, " and ' as entities.
std::string html_escape(std::string_view text);

}  // namespace kata::practice
