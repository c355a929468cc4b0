// bench/case_time_bench's attempt at Search Insert Position: `target` blocks of
// CPU-bound work (about 1.4 µs each here), timed by the attempt's own wall clock.
// Printing is part of the timed span: each call prints the previous call's wall
// time ("wall_ns <n>" on stdout) inside its own span, and a last case with target
// 0 prints the last one, so that everything the call does but entering and
// returning is inside the span the attempt measures.
class Solution {
public:
    int searchInsert(vector<int>& nums, int target) {
        auto t0 = chrono::steady_clock::now();
        unsigned long long x = 1;
        for (long long i = 0; i < 1000LL * target; ++i) { x ^= x >> 29; x *= 0xbf58476d1ce4e5b9ULL; }
        sink = x;
        if (previous_ns >= 0) printf("wall_ns %lld\n", previous_ns);
        fflush(stdout);
        int answer = int(lower_bound(nums.begin(), nums.end(), target) - nums.begin());
        previous_ns = chrono::duration_cast<chrono::nanoseconds>(chrono::steady_clock::now() - t0).count();
        return answer;
    }
    static inline volatile unsigned long long sink = 0;
    static inline long long previous_ns = -1;
};
