# sched_bench: the five workloads of ../shared/anchors/go-sched, run on kata::sched.
add_executable(sched_bench ${CMAKE_CURRENT_LIST_DIR}/sched_bench.cpp)
target_link_libraries(sched_bench PRIVATE kata_sched)
