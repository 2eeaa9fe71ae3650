# The small run of leadscout-bench (ctest leadscout_bench_small): makes a store of 20,000 demo
# leads, measures every group (importing 20,000 CSV rows instead of 100,000, to stay short) and
# checks that the JSON holds every figure as a number, with its plain-SQLite counterpart and
# ratio where there is one. Speed itself is never judged here.
#   cmake -DBENCH=… -DSTORE=… -P check_bench.cmake
cmake_minimum_required(VERSION 3.25)
file(REMOVE ${STORE} ${STORE}-wal ${STORE}-shm)
execute_process(COMMAND ${BENCH} --leads 20000 --db ${STORE} --json --runs 3 --import-rows 20000
    OUTPUT_VARIABLE out RESULT_VARIABLE rc TIMEOUT 280)
file(REMOVE ${STORE} ${STORE}-wal ${STORE}-shm)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "leadscout-bench failed (${rc}):\n${out}")
endif()

# Figures with a plain-SQLite counterpart; those ending in _warm also come as _cold when the
# page cache could be dropped.
set(with_plain open_first_screen_warm next_lead search_name_warm search_company_warm
    search_phone_warm filter_grade_a_warm open_lead_warm save_call save_qualification
    dashboard_warm planner_warm nurture_due_warm handoff_csv handoff_xlsx erase_lead import_csv
    rescore_all)
set(without_plain_extra rescore_gui_late)
set(without_plain store_create start_first_paint_warm peak_memory)

string(JSON leads GET "${out}" leads)
if(NOT leads EQUAL 20000)
    message(FATAL_ERROR "the store holds ${leads} leads, not 20000")
endif()
string(JSON cold_method GET "${out}" cold_method)
if(cold_method)
    foreach(name IN LISTS with_plain without_plain)
        if(name MATCHES "_warm$")
            string(REGEX REPLACE "_warm$" "_cold" cold "${name}")
            list(APPEND with_plain_cold ${cold})
        endif()
    endforeach()
endif()

string(JSON count LENGTH "${out}" figures)
set(seen "")
math(EXPR last "${count} - 1")
foreach(i RANGE ${last})
    string(JSON figure GET "${out}" figures ${i})
    string(JSON name GET "${figure}" name)
    list(APPEND seen ${name})
    set(keys median p95)
    if(name IN_LIST with_plain OR (name IN_LIST with_plain_cold AND NOT name MATCHES "^start_"))
        list(APPEND keys plain_median plain_p95 ratio)
    endif()
    foreach(key IN LISTS keys)
        string(JSON type ERROR_VARIABLE missing TYPE "${figure}" ${key})
        if(NOT type STREQUAL "NUMBER")
            message(FATAL_ERROR "figure ${name}: ${key} is not a number (${type}${missing})")
        endif()
        string(JSON value GET "${figure}" ${key})
        if(value LESS 0 OR (key STREQUAL "ratio" AND NOT value GREATER 0))
            message(FATAL_ERROR "figure ${name}: ${key} is ${value}")
        endif()
    endforeach()
endforeach()
foreach(name IN LISTS with_plain without_plain without_plain_extra with_plain_cold)
    if(NOT name IN_LIST seen)
        message(FATAL_ERROR "figure ${name} is missing; the run printed: ${seen}")
    endif()
endforeach()
string(JSON failures GET "${out}" failures)
if(NOT failures EQUAL 0)
    message(FATAL_ERROR "${failures} groups failed")
endif()
message(STATUS "leadscout-bench: ${count} figures, every one a number")
