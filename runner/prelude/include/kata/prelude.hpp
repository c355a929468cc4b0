// The LeetCode environment: what a solution file may use without a single #include.
//
// A solution (reference, brute force or a user's attempt) is written exactly as
// LeetCode accepts it: the whole standard library, `std` names unqualified, and
// ListNode / TreeNode. This header is included before the solution, never by kata's
// own library code (it says `using namespace std;`).
#pragma once

#include <bits/stdc++.h>

#include <kata/nodes.hpp>

using namespace std;
