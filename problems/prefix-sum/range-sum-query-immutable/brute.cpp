// Brute force: keep the array and add up the range on every call.
// Time:  O(right - left + 1) per sumRange
// Space: O(n)

class NumArray {
 public:
  explicit NumArray(vector<int>& nums) : nums_(nums) {}

  int sumRange(int left, int right) {
    int sum = 0;
    for (int i = left; i <= right; ++i) sum += nums_[i];
    return sum;
  }

 private:
  vector<int> nums_;
};
