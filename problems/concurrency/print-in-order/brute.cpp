// Brute force: each later method polls an atomic counter, yielding, until its turn.
// Time:  O(1) per call, plus the polling while it waits
// Space: O(1)

class Foo {
 public:
  Foo() {}

  void first(function<void()> printFirst) {
    printFirst();
    printed_.store(1);
  }

  void second(function<void()> printSecond) {
    while (printed_.load() != 1) this_thread::yield();
    printSecond();
    printed_.store(2);
  }

  void third(function<void()> printThird) {
    while (printed_.load() != 2) this_thread::yield();
    printThird();
  }

 private:
  atomic<int> printed_{0};
};
