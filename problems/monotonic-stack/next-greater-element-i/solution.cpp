// Time:  O(n1 + n2)
// Space: O(n2)
// Invariant: waiting holds the values of nums2 read so far that have met no
//   greater value yet, decreasing toward the top, and next_greater maps each
//   popped value to the first greater one after it.

// The shape of kata::patterns::next_greater (monotonic_stack.hpp), run over
// nums2; the values are distinct, so a value identifies its index.
class Solution {
 public:
  vector<int> nextGreaterElement(vector<int>& nums1, vector<int>& nums2) {
    // value -> the next greater value in nums2
    unordered_map<int, int> next_greater;
    // invariant: values along `waiting` decrease
    vector<int> waiting;
    for (int x : nums2) {
      while (!waiting.empty() && x > waiting.back()) {
        next_greater[waiting.back()] = x;
        waiting.pop_back();
      }
      waiting.push_back(x);
    }
    vector<int> answer;
    answer.reserve(nums1.size());
    for (int x : nums1) {
      auto it = next_greater.find(x);
      answer.push_back(it == next_greater.end() ? -1 : it->second);
    }
    return answer;
  }
};
