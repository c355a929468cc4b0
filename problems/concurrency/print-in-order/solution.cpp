// Time:  O(1) per call
// Space: O(1)
// Invariant: stage_ counts the words printed so far (0, 1 or 2 before the
//   last); it is written only under lock_ and only after the print it counts
//   has returned, so a thread that reads stage_ == k knows k words are out.

class Foo {
 public:
  Foo() {}

  void first(function<void()> printFirst) {
    printFirst();
    advance_to(1);
  }

  void second(function<void()> printSecond) {
    wait_for(1);
    printSecond();
    advance_to(2);
  }

  void third(function<void()> printThird) {
    wait_for(2);
    printThird();
  }

 private:
  void wait_for(int stage) {
    unique_lock<mutex> hold(lock_);
    turn_.wait(hold, [&] { return stage_ == stage; });
  }

  void advance_to(int stage) {
    {
      lock_guard<mutex> hold(lock_);
      stage_ = stage;
    }
    turn_.notify_all();
  }

  mutex lock_;
  condition_variable turn_;
  int stage_ = 0;
};
