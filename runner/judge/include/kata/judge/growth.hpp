// How a solution's time grows with n, read from timings at growing sizes (kata bench).
//
// The bench times a solution at about eight sizes n, each a constant factor larger
// than the one before, several times at each. fit() takes the median of each size's
// repetitions (one slow run, an interrupt or a cache miss, moves it little) and drops
// sizes whose median is under a floor (2 µs): below it a time is mostly the timer.
// It keeps the upper part of what is left, the largest 60% of the sizes and never
// fewer than min_sizes, because at small n a fixed cost per call (reading the input,
// allocating) hides the growth.
//
// It then compares models rather than rounding an exponent. On a log-log scale the
// model t = c·f(n) is the curve ln f(n) shifted by ln c, so for each class f the best
// c leaves residuals ln t − ln f(n) − their mean, and the class's score is their
// standard deviation: how far the times stray from that shape. The class with the
// smallest score wins. This is what tells n from n log n: over n = 10³..10⁵ the
// slope of n log n is about 1.1, which rounding would call n, but no model's slope is
// free, so times growing like n log n stray from the model n by a steady tilt that
// the model n log n does not have. For 2ⁿ, ln f(n) is n·ln 2.
//
// A fixed cost per call also bends the curve at the bottom of the kept range, so each
// class is also tried as t = a + c·f(n) (a and c by least squares on relative error,
// scored like the plain model with one fewer degree of freedom), and its score is the
// better of the two. The variant counts only when a and c are positive, a is at most
// c·f(n) at the largest size (there the work must be at least half the time; else a
// large a and a tiny c would fit flat timings for every class), and a is at most the
// least median measured at any size, dropped ones included, plus 10% for noise: every
// call pays the overhead. That last limit matters. Without it, n log n plus a made-up
// overhead imitates plain n well enough to be picked over it now and then.
//
// How much noise to allow is judged from the repetitions themselves: half the
// differences between two repetitions at one size are below 0.954 σ for normal noise,
// and a median of R of them strays by about 1.25 σ/√R (`noise`, in ln t). fit() says it
// cannot tell, and why, rather than guess: with fewer than min_sizes usable sizes; when
// the best class's score or that noise is above max_noise (±28% in time by default; if
// a free power law n^k fits the medians but no class does, it says that instead); when
// the runner-up's score is within `margin` times the larger of the best's score and
// that noise, or the two classes' curves over the sizes used are less than 3 noises
// apart (both are then given: "n or n log n: too close to tell"); or when fewer than
// half the repetitions, each fitted on its own, pick either of those two classes.
// Single repetitions waver between neighbours like n and n log n even when their
// medians do not, so only a wider disagreement counts. `exponent` is the plain least
// squares slope of ln t on ln n, with its spread over the repetitions, for showing.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kata::judge::growth {

// The growth classes a fit can name, from slowest to fastest growing.
enum class Class { constant, log_n, n, n_log_n, n_squared, n_cubed, exponential };

std::string_view name(Class c);  // "1", "log n", "n", "n log n", "n²", "n³", "2ⁿ"
std::string big_o(Class c);      // "O(1)", "O(log n)", ..., "O(2ⁿ)"
int order(Class c);              // constant 0 < log_n 1 < ... < exponential 6

// A stated cost as a class: "O(n log n)", "O(n^2)", "O(n²)", "O(n*n)", "O(N)", "O(1)",
// "O(2^n)", "O(log(n))", spaces and case free; a sum is its fastest-growing term
// ("O(n + log n)" is n). nullopt for anything else: a second variable ("O(m·n)",
// "O(n + k)"), a shape with no class ("O(n² log n)", "O(√n)"), or text not understood.
std::optional<Class> parse_big_o(std::string_view text);

// Every repetition's time at one size, in seconds, in the order they were run.
struct Sample {
  double n = 0;
  std::vector<double> seconds;
};

struct FitOptions {
  double floor_seconds = 2e-6;  // sizes whose median is under this are timer noise: not used
  int min_sizes = 3;            // fewer usable sizes: cannot tell
  double max_noise = 0.25;      // the best class's score (sd of ln t), or the medians' noise,
                                // above this: cannot tell
  double margin = 1.25;         // the runner-up's score must exceed this times the larger
                                // of the best's score and the medians' noise
};

// Why a fit could not name a class.
enum class Doubt {
  none,
  too_few_sizes,         // no timings, or fewer than min_sizes usable sizes
  under_floor,           // as too_few_sizes, because times were under the floor
  too_noisy,             // the repetitions scatter, or no class fits, beyond max_noise
  between_classes,       // a power law n^k fits, but no class does (e.g. n⁴, n^1.5)
  too_close,             // `leading` and `runner_up` fit about equally well
  repetitions_disagree,  // the repetitions, fitted one by one, mostly pick other classes
};

struct Fit {
  std::optional<Class> best;       // the class, when it can be told; nullopt: see doubt/why
  std::optional<Class> leading;    // the best-scoring class, even when unsure (once scored)
  std::optional<Class> runner_up;  // the second best-scoring class (once scored)
  Doubt doubt = Doubt::none;
  // When best is nullopt, one short reason: "times under 2 µs at 8 of 8 sizes",
  // "too noisy (±40%)", "n or n log n: too close to tell".
  std::string why;
  double exponent = 0;       // slope of ln(median t) on ln n over the sizes used
  double exponent_low = 0;   // the least and the greatest of the same slope fitted
  double exponent_high = 0;  // on each repetition alone
  int sizes_used = 0;
  double noise = 0;              // how far a median may stray in ln t, from the repetitions
  int repetitions = 0;           // repetitions fitted one by one (those complete at every size)
  int repetitions_agreeing = 0;  // how many of them picked `leading`
  std::vector<std::pair<Class, double>> scores;  // every class's score, best first
};

Fit fit(const std::vector<Sample>& samples, const FitOptions& options = {});

// The middle value (the mean of the two middle ones for an even count); 0 when empty.
double median(std::vector<double> v);

// One solution's timings in a plot, drawn at each size's median with `mark`.
struct Series {
  std::string label;
  char mark = '*';
  std::vector<Sample> samples;
};

// A log-log plot for a terminal: `height` rows of points, time labelled on the left and
// n below, then a legend. Every line is at most `width` columns, labels included.
std::string plot_text(const std::vector<Series>& series, int width = 72, int height = 16);

// The same plot as a standalone SVG document (lines through each series' points).
std::string plot_svg(const std::vector<Series>& series, std::string_view title);

// A duration to three significant digits in the unit that fits it: "3.1 s", "412 ms",
// "37.5 µs", "850 ns" (trailing zeros dropped).
std::string format_seconds(double seconds);

// A size, short: "850", "1.5k", "128k", "1.05M", "2G" (three significant digits).
std::string format_count(double n);

}  // namespace kata::judge::growth
