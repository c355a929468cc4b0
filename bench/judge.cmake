# case_time_bench: a case's reported time against the attempt's own wall time.
add_executable(case_time_bench ${CMAKE_CURRENT_LIST_DIR}/case_time_bench.cpp)
target_link_libraries(case_time_bench PRIVATE kata_attempt)
target_compile_definitions(case_time_bench PRIVATE KATA_SOURCE_DIR="${KATA_SOURCE_DIR}")
