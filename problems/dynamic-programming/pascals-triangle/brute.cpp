// Brute force: each number on its own, as the binomial coefficient C(r, k) (row r,
// position k, both from 0), by the product formula
//   C(r, k) = (r / 1) * ((r - 1) / 2) * ... * ((r - k + 1) / k),
// multiplied and divided step by step in 64-bit integers (each partial product is
// itself a binomial coefficient, so every division is exact). No row reads another.
// Time:  O(numRows^3)
// Space: O(1) beyond the returned rows

class Solution {
 public:
  vector<vector<int>> generate(int numRows) {
    vector<vector<int>> rows;
    for (int r = 0; r < numRows; ++r) {
      vector<int> row;
      for (int k = 0; k <= r; ++k) row.push_back(static_cast<int>(choose(r, k)));
      rows.push_back(row);
    }
    return rows;
  }

 private:
  static long long choose(long long r, long long k) {
    long long value = 1;
    for (long long i = 1; i <= k; ++i) value = value * (r - i + 1) / i;
    return value;
  }
};
