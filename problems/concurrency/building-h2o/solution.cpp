// Time:  O(1) per call
// Space: O(1)
// Invariant: at most two hydrogens and one oxygen hold a permit, and a permit
//   is given back only after its holder has printed; the holders print only
//   once all three have met at the barrier. So the three that print between
//   two barrier phases form one molecule, and the next molecule cannot meet
//   until every member of this one has printed and given its permit back.

class H2O {
 public:
  H2O() {}

  void hydrogen(function<void()> releaseHydrogen) {
    hydrogen_.acquire();
    meet_.arrive_and_wait();
    releaseHydrogen();
    hydrogen_.release();
  }

  void oxygen(function<void()> releaseOxygen) {
    oxygen_.acquire();
    meet_.arrive_and_wait();
    releaseOxygen();
    oxygen_.release();
  }

 private:
  counting_semaphore<2> hydrogen_{2};
  binary_semaphore oxygen_{1};
  barrier<> meet_{3};
};
