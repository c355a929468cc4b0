# The run engine's benchmark: overhead per case, and a stuck case among many.
add_executable(run_bench run_bench.cpp)
target_link_libraries(run_bench PRIVATE kata_attempt kata_sched)
target_compile_definitions(run_bench PRIVATE KATA_SOURCE_DIR="${KATA_SOURCE_DIR}")
