// How kata runs a BoundedBlockingQueue (kata/judge/interleave.hpp): a case is
// LeetCode's: the numbers of producer and consumer threads, then the calls, the
// constructor's first. Each run makes the queue and starts the threads in an
// order the run's seed picks; producers share the enqueue calls (each takes the
// next one in the list's order), consumers the dequeue calls; size() is called
// once, after every thread has returned. Before each call and after it a thread
// may stall (up to 50 µs). Runs: 300 for a handful of calls, fewer for more
// (about 4000 calls a case, at least 20).
//
// The log of a run has, in one order, "+x" when enqueue(x) is called and "-x"
// when a dequeue has returned x. It is right when every dequeue returns a value
// that an enqueue was called with and that no other dequeue returned; with one
// producer, the values come out first in, first out (in the log's order with
// one consumer; as a whole with several); the queue never held more than its
// capacity; and size() is the enqueues less the dequeues. Capacity is checked
// by a balance: +1 as each enqueue returns, -1 as each dequeue is called. At
// any moment the queue holds at least that many (a finished enqueue's value is
// in it unless a dequeue already called took it), so a balance above the
// capacity proves an overfill, and a right queue never shows one.
//
// The answer, when every run was right: with one producer, the dequeued values
// in order and the final size ("dequeue returned 1,0,2; size() 2"); with
// several, the order of the enqueues is the scheduler's, so the values are not
// fixed either: "3 dequeues returned enqueued values; size() 1". Else the first
// wrong run: the rule it broke, the log up to it, its number and seed.

template <class BoundedBlockingQueue>
struct Harness {
  string run(int producers, int consumers, vector<string> calls,
             vector<vector<int>> args) {
    namespace il = kata::judge::interleave;
    if (producers < 1 || producers > 8 || consumers < 1 || consumers > 8)
      throw std::invalid_argument("producers and consumers must be in [1, 8]");
    if (calls.size() != args.size() || calls.empty() ||
        calls[0] != "BoundedBlockingQueue" || args[0].size() != 1 ||
        args[0][0] < 1 || args[0][0] > 30)
      throw std::invalid_argument(
          "calls must start with BoundedBlockingQueue(capacity), capacity in "
          "[1, 30], "
          "with one list of arguments for each call");
    const int capacity = args[0][0];
    auto values = std::make_shared<
        vector<int>>();  // the enqueue calls' elements, in order
    int dequeues = 0;
    for (std::size_t i = 1; i < calls.size(); ++i) {
      if (calls[i] == "enqueue" && args[i].size() == 1 && args[i][0] >= 0 &&
          args[i][0] <= 20)
        values->push_back(args[i][0]);
      else if (calls[i] == "dequeue" && args[i].empty())
        ++dequeues;
      else
        throw std::invalid_argument(
            "call " + std::to_string(i) + " (" + calls[i] +
            ") is neither enqueue(x), x in [0, 20], nor dequeue()");
    }
    const int enqueues = static_cast<int>(values->size());
    if (dequeues > enqueues || enqueues - dequeues > capacity)
      throw std::invalid_argument(
          "the dequeues must be at most the enqueues, and what is left must "
          "fit the capacity "
          "(otherwise a right queue blocks for good)");
    string answer;
    if (producers == 1) {
      for (int i = 0; i < dequeues; ++i)
        answer += (i ? "," : "") + std::to_string((*values)[i]);
      answer = dequeues ? "dequeue returned " + answer : "no dequeue";
    } else {
      answer = std::to_string(dequeues) +
               (dequeues == 1 ? " dequeue" : " dequeues") +
               " returned enqueued values";
    }
    answer += "; size() " + std::to_string(enqueues - dequeues);

    const int runs = std::clamp(4000 / static_cast<int>(calls.size()), 20, 300);
    il::Options options;
    options.max_stall = std::chrono::microseconds(50);
    options.quiet_limit = std::chrono::milliseconds(500);
    std::shared_ptr<BoundedBlockingQueue>
        queue;  // this run's, for size() at the end
    auto wrong = il::first_invalid_run(
        runs, 1188, options,
        [&](il::Run& run) {
          queue = std::make_shared<BoundedBlockingQueue>(capacity);
          // What the threads share, by value in each (a thread left blocked by a
          // stuck run may outlive this function).
          struct Shared {
            std::atomic<int> next_enqueue{0}, next_dequeue{0}, balance{0};
          };
          auto shared = std::make_shared<Shared>();
          vector<function<void()>> bodies;
          for (int t = 0; t < producers; ++t)
            bodies.push_back(
                [run, q = queue, shared, values, capacity]() mutable {
                  for (int i; (i = shared->next_enqueue.fetch_add(1)) <
                              static_cast<int>(values->size());) {
                    const int x = (*values)[static_cast<std::size_t>(i)];
                    run.point();
                    run.record("+" + std::to_string(x));
                    q->enqueue(x);
                    if (const int b = shared->balance.fetch_add(1) + 1;
                        b > capacity)
                      run.record("over " + std::to_string(b));
                    run.point();
                  }
                });
          for (int t = 0; t < consumers; ++t)
            bodies.push_back([run, q = queue, shared, dequeues]() mutable {
              while (shared->next_dequeue.fetch_add(1) < dequeues) {
                run.point();
                shared->balance.fetch_sub(1);
                const int x = q->dequeue();
                run.record("-" + std::to_string(x));
                run.point();
              }
            });
          return bodies;
        },
        names(producers, consumers),
        [&](const vector<il::Event>& log) {
          return broken_rule(log, *values, dequeues, producers, consumers,
                             capacity, queue->size());
        },
        ", ");
    return wrong ? *wrong : answer;
  }

  static vector<string> names(int producers, int consumers) {
    vector<string> out;
    for (int t = 0; t < producers; ++t)
      out.push_back("producer " + std::to_string(t + 1));
    for (int t = 0; t < consumers; ++t)
      out.push_back("consumer " + std::to_string(t + 1));
    return out;
  }

  // Why a finished run's log breaks a rule, or nullopt.
  static std::optional<string> broken_rule(
      const vector<kata::judge::interleave::Event>& log,
      const vector<int>& values, int dequeues, int producers, int consumers,
      int capacity, int size) {
    auto at = [&](std::size_t i, const string& rule) {
      return kata::judge::interleave::at_entry(log, i, rule);
    };
    int available[21] = {};  // enqueued (called) and not yet dequeued, by value
    vector<int> taken;       // the values dequeued, in the log's order
    for (std::size_t i = 0; i < log.size(); ++i) {
      const string& e = log[i].what;
      if (e.rfind("over ", 0) == 0)
        return at(i, "the queue held more than its capacity of " +
                         std::to_string(capacity) + ": " + e.substr(5) +
                         " enqueues had returned beyond the dequeues called");
      if (e.empty() || (e[0] != '+' && e[0] != '-')) return at(i, log[i].what);
      const int x = std::stoi(e.substr(1));
      if (e[0] == '+') {
        ++available[x];
        continue;
      }
      if (x < 0 || x > 20 || available[x] == 0)
        return at(i, "dequeue returned " + std::to_string(x) +
                         ", which no enqueue not yet dequeued was called with");
      --available[x];
      const std::size_t k = taken.size();
      taken.push_back(x);
      if (producers == 1 && consumers == 1 && x != values[k])
        return at(i, "dequeue returned " + std::to_string(x) +
                         ", but the oldest element was " +
                         std::to_string(values[k]) + " (first in, first out)");
    }
    if (producers == 1 && consumers > 1) {
      vector<int> got = taken,
                  oldest(values.begin(), values.begin() + dequeues);
      std::sort(got.begin(), got.end());
      std::sort(oldest.begin(), oldest.end());
      if (got != oldest)
        return "the dequeues returned other values than the " +
               std::to_string(dequeues) + " oldest (first in, first out)";
    }
    const int left = static_cast<int>(values.size()) - dequeues;
    if (size != left)
      return "size() returned " + std::to_string(size) + " after " +
             std::to_string(values.size()) + " enqueues and " +
             std::to_string(dequeues) + " dequeues, not " +
             std::to_string(left);
    return std::nullopt;
  }
};
