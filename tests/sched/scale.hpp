// Test sizes: full in optimized builds, smaller under the sanitizers (same assertions).
#pragma once

#include <cstddef>

namespace kata::sched::test {

#if defined(__SANITIZE_THREAD__) || defined(__SANITIZE_ADDRESS__)
inline constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer) || __has_feature(address_sanitizer)
inline constexpr bool kSanitized = true;
#else
inline constexpr bool kSanitized = false;
#endif
#else
inline constexpr bool kSanitized = false;
#endif

// n in a normal build, n / 10 under a sanitizer.
constexpr std::size_t scaled(std::size_t n) { return kSanitized ? n / 10 : n; }

}  // namespace kata::sched::test
