// Brute force: start from the sorted values and step through every arrangement
// in lexicographic order with next_permutation.
// Time:  O(n * n!)
// Space: O(1) besides the output

class Solution {
 public:
  vector<vector<int>> permute(vector<int>& nums) {
    vector<int> order = nums;
    sort(order.begin(), order.end());
    vector<vector<int>> result;
    do {
      result.push_back(order);
    } while (next_permutation(order.begin(), order.end()));
    return result;
  }
};
