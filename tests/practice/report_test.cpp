// The HTML report (report.hpp): its content, and that a real browser draws it.
#include <catch2/catch.hpp>

#include <sys/wait.h>
#if KATA_HAVE_ZLIB
#include <zlib.h>  // uncompress: the PNG's pixels
#endif

#include <algorithm>
#include <cstdint>
#include <cstdlib>  // std::system
#include <set>

#include <kata/practice/report.hpp>

#include "practice_fixtures.hpp"

using namespace kata::practice;
using namespace kata::practice::test;

namespace {

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

std::vector<Record> sample_log(Day today) {
  std::vector<Record> log;
  for (int back = 200; back >= 0; back -= 3) {
    Day d = today - std::chrono::days{back};
    log.push_back(attempt(back % 2 ? "bs-easy" : "lru", d, back % 5 ? "AC" : "WA", 300 + back));
    if (back % 7 == 0) log.push_back(attempt("tp-easy", d, "AC", 120));
  }
  for (int i = 0; i < 6; ++i) log.push_back(attempt("lru", today - std::chrono::days{10}, "WA"));
  log.push_back(attempt("<script>alert(1)</script>", today, "AC"));
  log.back().pattern = "a&b";
  return log;
}

#if KATA_HAVE_ZLIB
// The distinct colours of an 8-bit RGB or RGBA, non-interlaced PNG; empty when it
// is some other kind or broken.
std::set<std::uint32_t> png_colours(const std::string& png) {
  std::set<std::uint32_t> colours;
  if (png.size() < 8 || png.compare(0, 8, "\x89PNG\r\n\x1a\n") != 0) return colours;
  auto be32 = [&](std::size_t at) {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(png[at])) << 24 |
           static_cast<std::uint32_t>(static_cast<unsigned char>(png[at + 1])) << 16 |
           static_cast<std::uint32_t>(static_cast<unsigned char>(png[at + 2])) << 8 |
           static_cast<unsigned char>(png[at + 3]);
  };
  std::uint32_t width = 0, height = 0;
  int channels = 0;
  std::string idat;
  for (std::size_t at = 8; at + 8 <= png.size();) {
    std::uint32_t len = be32(at);
    std::string type = png.substr(at + 4, 4);
    if (at + 12 + len > png.size()) return colours;
    if (type == "IHDR") {
      width = be32(at + 8);
      height = be32(at + 12);
      int depth = png[at + 16], colour_type = png[at + 17], interlace = png[at + 20];
      if (depth != 8 || interlace != 0 || (colour_type != 2 && colour_type != 6)) return colours;
      channels = colour_type == 2 ? 3 : 4;
    } else if (type == "IDAT") {
      idat += png.substr(at + 8, len);
    }
    at += 12 + len;
  }
  if (!channels || !width || !height) return colours;
  const std::size_t stride = width * channels;
  std::vector<unsigned char> raw((stride + 1) * height);
  uLongf size = raw.size();
  if (uncompress(raw.data(), &size, reinterpret_cast<const Bytef*>(idat.data()), idat.size()) != Z_OK ||
      size != raw.size())
    return colours;
  // Undo the per-row filters (PNG spec, section 9).
  std::vector<unsigned char> prev(stride, 0), row(stride);
  for (std::uint32_t y = 0; y < height; ++y) {
    const unsigned char* in = &raw[y * (stride + 1)];
    for (std::size_t x = 0; x < stride; ++x) {
      int a = x >= static_cast<std::size_t>(channels) ? row[x - channels] : 0;
      int b = prev[x];
      int c = x >= static_cast<std::size_t>(channels) ? prev[x - channels] : 0;
      int v = in[1 + x];
      switch (in[0]) {
        case 1: v += a; break;
        case 2: v += b; break;
        case 3: v += (a + b) / 2; break;
        case 4: {
          int p = a + b - c, pa = std::abs(p - a), pb = std::abs(p - b), pc = std::abs(p - c);
          v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
          break;
        }
        default: break;
      }
      row[x] = static_cast<unsigned char>(v);
    }
    for (std::size_t x = 0; x < stride; x += channels)
      colours.insert(static_cast<std::uint32_t>(row[x]) << 16 | row[x + 1] << 8 | row[x + 2]);
    std::swap(prev, row);
  }
  return colours;
}
#endif

}  // namespace

TEST_CASE("The report is one page with its charts inline and nothing fetched", "[report]") {
  const auto catalog = small_catalog();
  const Day today = day("2026-03-11");
  const auto log = sample_log(today);
  std::string html = render_report(log, catalog, today, {"log.jsonl:7: skipped: not JSON <b>"});

  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(count(html, "<svg ") == 3);  // heatmap, mastery, forecast
  // One heatmap cell for each day of the 52 weeks up to today, and a tooltip each.
  CHECK(count(html, "attempts</title></rect>") + count(html, "attempt</title></rect>") == 51 * 7 + 3);
  // Nothing from the network: no scripts, no links out, no external resources.
  CHECK(html.find("http") == std::string::npos);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("src=") == std::string::npos);
  CHECK(html.find("<link") == std::string::npos);
  CHECK_THAT(html, Catch::Contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
  CHECK_THAT(html, Catch::Contains("a&amp;b"));
  CHECK_THAT(html, Catch::Contains("not JSON &lt;b&gt;"));
  for (const char* section : {"The last 52 weeks", "Mastery per pattern", "Reviews in the next 30 days",
                              "Recent attempts", "binary-search", "two-pointers"})
    CHECK_THAT(html, Catch::Contains(section));
  CHECK(count(html, "<tr><td>2026-") == 20);  // the 20 most recent attempts
  // The same inputs, the same page.
  CHECK(render_report(log, catalog, today) == render_report(log, catalog, today));
}

TEST_CASE("An empty log still makes a whole report", "[report]") {
  std::string html = render_report({}, small_catalog(), day("2026-03-11"));
  CHECK_THAT(html, Catch::Contains("no attempts yet"));
  CHECK_THAT(html, Catch::EndsWith("</html>\n"));
}

// Its own ctest entry (practice_report_chromium): slow, and needs Chromium.
TEST_CASE("The report renders in headless Chromium", "[.chromium]") {
  const std::filesystem::path chromium = "/usr/bin/chromium";
  if (!std::filesystem::exists(chromium)) {
    WARN("skipped: " << chromium << " is not installed (apt-get install chromium to run this test)");
    return;
  }
  TempDir dir;
  const Day today = day("2026-03-11");
  write_file(dir / "report.html", render_report(sample_log(today), small_catalog(), today));
  const auto png = dir / "shot.png";
  std::string cmd = "timeout 120 " + chromium.string() +
                    " --headless --no-sandbox --disable-gpu --no-first-run"
                    " --disable-background-networking --disable-component-update --disable-sync"
                    " --user-data-dir=" + (dir / "profile").string() +
                    " --screenshot=" + png.string() + " --window-size=1200,1400 file://" +
                    (dir / "report.html").string() + " >" + (dir / "chromium.log").string() + " 2>&1";
  int status = std::system(cmd.c_str());
  INFO("chromium said:\n" << slurp(dir / "chromium.log"));
  REQUIRE(WIFEXITED(status));
  REQUIRE(WEXITSTATUS(status) == 0);
  REQUIRE(std::filesystem::exists(png));
  const std::string shot = slurp(png);
  CHECK(shot.size() > 10000);
#if KATA_HAVE_ZLIB
  auto colours = png_colours(shot);
  INFO("distinct colours: " << colours.size());
  // Text, five heatmap shades, blue and green bars, purple forecast bars.
  CHECK(colours.size() >= 8);
  CHECK(colours.count(0x216e39));  // the darkest heatmap green
  CHECK(colours.count(0x0969da));  // the mastery bar
#else
  WARN("zlib is not installed: the screenshot's colours were not checked, only its size");
#endif
}

TEST_CASE("The report shows each problem's last bench against its stated cost",
          "[report][bench]") {
  auto catalog = small_catalog();
  const Day D = day("2026-03-10");
  auto bench = [&](const std::string& fitted, bool reference) {
    Record r;
    r.event = Event::bench;
    r.time = format_day(D) + "T12:30:00+08:00";
    r.problem = "bs-easy";
    r.fitted = fitted;
    r.stated = "n";
    r.reference = reference;
    return r;
  };
  CHECK_THAT(render_report({attempt("bs-easy", D, "AC")}, catalog, D),
             !Catch::Contains("kata bench"));
  const std::string html =
      render_report({attempt("bs-easy", D, "AC"), bench("n", true), bench("n²", false)}, catalog, D);
  CHECK_THAT(html, Catch::Contains("How solutions grow (kata bench)"));
  CHECK_THAT(html, Catch::Contains("<td>your attempt</td><td class=\"fail\">n²</td><td>n</td>"));
}
