// Brute force: find each query in nums2, then walk right to the first larger value.
// Time:  O(n1 * n2)
// Space: O(1) besides the answer

class Solution {
 public:
  vector<int> nextGreaterElement(vector<int>& nums1, vector<int>& nums2) {
    vector<int> answer;
    for (int x : nums1) {
      int found = -1;
      size_t at = 0;
      while (nums2[at] != x) ++at;
      for (size_t j = at + 1; j < nums2.size(); ++j) {
        if (nums2[j] > x) {
          found = nums2[j];
          break;
        }
      }
      answer.push_back(found);
    }
    return answer;
  }
};
