// Brute force: copy both arrays into one, sort it, and read the middle.
// Time:  O((m + n) log(m + n))
// Space: O(m + n)

class Solution {
 public:
  double findMedianSortedArrays(vector<int>& nums1, vector<int>& nums2) {
    vector<int> all(nums1);
    all.insert(all.end(), nums2.begin(), nums2.end());
    sort(all.begin(), all.end());
    const size_t t = all.size();
    if (t % 2 == 1) return all[t / 2];
    return (static_cast<double>(all[t / 2 - 1]) + all[t / 2]) / 2.0;
  }
};
