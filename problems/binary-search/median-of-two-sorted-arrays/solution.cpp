// Time:  O(log(min(m, n)))
// Space: O(1)
// Invariant: a_at(i) >= b_at(half - i - 1) fails for every i < lo and holds at
//   i = hi, so the first i where it holds, the cut giving the left half i
//   values of a, is in [lo, hi].

// The median splits the m + n values into a left half of half = (m + n + 1) / 2
// values and the rest. Let a be the shorter array and b the other one. If the
// left half takes the i smallest values of a, it takes the half - i smallest of
// b, and the split is right iff a[i - 1] <= b[half - i] and b[half - i - 1] <=
// a[i] (a missing neighbour counts as -infinity on the left, +infinity on the
// right). "a[i] >= b[half - i - 1]" is false, false, ..., then true as i grows:
// i is the first i where it holds (first_true's shape from
// patterns/include/kata/patterns/binary_search.hpp), and at that i the other
// condition holds too. The median is then read off the four values at the cuts.
class Solution {
 public:
  double findMedianSortedArrays(vector<int>& nums1, vector<int>& nums2) {
    const vector<int>& a = nums1.size() <= nums2.size() ? nums1 : nums2;
    const vector<int>& b = nums1.size() <= nums2.size() ? nums2 : nums1;
    const int m = static_cast<int>(a.size()), n = static_cast<int>(b.size());
    // the left half's size; m <= n, so 0 <= half - i <= n
    const int half = (m + n + 1) / 2;
    const long long low = LLONG_MIN, high = LLONG_MAX;
    auto a_at = [&](int i) {
      return i < 0 ? low : i >= m ? high : static_cast<long long>(a[i]);
    };
    auto b_at = [&](int j) {
      return j < 0 ? low : j >= n ? high : static_cast<long long>(b[j]);
    };
    // the answer i is in [lo, hi]; at i = m the predicate holds (a[m] = +inf)
    int lo = 0, hi = m;
    while (lo < hi) {
      const int i = lo + (hi - lo) / 2;
      if (a_at(i) >= b_at(half - i - 1)) {
        hi = i;
      } else {
        lo = i + 1;  // a[i] belongs in the left half too: take more of a
      }
    }
    const int i = lo, j = half - lo;
    // the largest value of the left half
    const long long left = max(a_at(i - 1), b_at(j - 1));
    if ((m + n) % 2 == 1) return static_cast<double>(left);
    // the smallest value of the right half
    const long long right = min(a_at(i), b_at(j));
    return (static_cast<double>(left) + static_cast<double>(right)) / 2.0;
  }
};
