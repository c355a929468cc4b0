// Time:  O(n) for n jobs
// Space: O(n) for the results, O(workers + capacity) besides
// Invariant: each channel is closed once, by the one task that knows no send
//   can follow: `todo` by its only sender after the last job, `results` by
//   the task that waits for the group, which reaches zero only after every
//   worker's last send. The caller receives while the workers run, so a full
//   `results` never blocks them for good.

class Solution {
 public:
  ks::Task<vector<long long>> fanOutFanIn(
      vector<int> jobs, int workers, int capacity,
      function<ks::Task<long long>(int)> work) {
    ks::Channel<int> todo(static_cast<std::size_t>(capacity));
    ks::Channel<long long> results(static_cast<std::size_t>(capacity));
    auto group = std::make_shared<ks::WaitGroup>();
    group->add(workers);  // before any worker starts, so none can reach 0 early
    ks::go(produce(todo, std::move(jobs)));
    for (int w = 0; w < workers; ++w)
      ks::go(worker(todo, results, work, group));
    ks::go(close_when_done(results, group));
    vector<long long> out;
    while (auto r = co_await results.recv()) out.push_back(*r);
    co_return out;
  }

 private:
  static ks::Task<void> produce(ks::Channel<int> todo, vector<int> jobs) {
    for (int j : jobs) co_await todo.send(j);
    todo.close();  // the only sender: nothing can follow
  }

  static ks::Task<void> worker(ks::Channel<int> todo,
                               ks::Channel<long long> results,
                               function<ks::Task<long long>(int)> work,
                               std::shared_ptr<ks::WaitGroup> group) {
    while (auto j = co_await todo.recv())
      co_await results.send(co_await work(*j));
    group->done();
  }

  static ks::Task<void> close_when_done(ks::Channel<long long> results,
                                        std::shared_ptr<ks::WaitGroup> group) {
    co_await group->wait();
    results.close();  // every worker has sent its last result
  }
};
