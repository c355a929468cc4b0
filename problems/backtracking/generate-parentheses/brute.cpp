// Brute force: write down all 2^(2n) strings of 2n brackets and keep those whose
// running balance never drops below zero and ends at zero.
// Time:  O(n * 4^n)
// Space: O(n) besides the output

class Solution {
 public:
  vector<string> generateParenthesis(int n) {
    vector<string> result;
    for (long long mask = 0; mask < (1LL << (2 * n)); ++mask) {
      string s;
      int balance = 0;
      bool ok = true;
      for (int i = 0; i < 2 * n; ++i) {
        bool open = (mask >> i) & 1;
        s += open ? '(' : ')';
        balance += open ? 1 : -1;
        if (balance < 0) ok = false;
      }
      if (ok && balance == 0) result.push_back(s);
    }
    return result;
  }
};
