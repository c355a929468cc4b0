// Time:  O(n)
// Space: O(1)
// Invariant: exactly one of the two semaphores is open, or neither while a
//   word is being printed: foo may print when foo_turn_ is open, bar when
//   bar_turn_ is, and each opens the other's only after its own print returns.

class FooBar {
 public:
  FooBar(int n) : n_(n) {}

  void foo(function<void()> printFoo) {
    for (int i = 0; i < n_; ++i) {
      foo_turn_.acquire();
      printFoo();
      bar_turn_.release();
    }
  }

  void bar(function<void()> printBar) {
    for (int i = 0; i < n_; ++i) {
      bar_turn_.acquire();
      printBar();
      foo_turn_.release();
    }
  }

 private:
  int n_;
  binary_semaphore foo_turn_{1}, bar_turn_{0};
};
