// Time:  O(n)
// Space: O(1)
// Invariant: rest is the XOR of the entries read so far, which equals the XOR
//   of the values that have appeared an odd number of times among them.

// XOR cancellation, as kata::patterns::xor_all
// (patterns/include/kata/patterns/bit_manipulation.hpp) does: x ^ x == 0, x ^ 0
// == x, and ^ is associative and commutative, so XOR-ing the whole array in any
// order pairs each duplicated value with its twin and leaves the single one.
// Bit by bit, this is counting each bit position's ones modulo 2. Negative
// values need nothing special: XOR works on the bits, whatever they mean.
class Solution {
 public:
  int singleNumber(vector<int>& nums) {
    int rest = 0;
    for (int x : nums) rest ^= x;
    return rest;
  }
};
