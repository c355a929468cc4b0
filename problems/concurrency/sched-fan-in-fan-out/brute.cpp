// Brute force: no channels and no other task. The calling task does every job
// itself, one after another: one call of work in flight, never more.
// Time:  O(n) for n jobs
// Space: O(n)

class Solution {
 public:
  ks::Task<vector<long long>> fanOutFanIn(
      vector<int> jobs, int workers, int capacity,
      function<ks::Task<long long>(int)> work) {
    (void)workers;
    (void)capacity;
    vector<long long> out;
    for (int j : jobs) out.push_back(co_await work(j));
    co_return out;
  }
};
