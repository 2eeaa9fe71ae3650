# Fails when a string in models/, ui/ or app/ has no finished German translation.
# Usage: cmake -DLUPDATE=… -DSOURCE_DIR=… -DWORK_DIR=… -P check_translations.cmake
file(MAKE_DIRECTORY "${WORK_DIR}")
set(copy "${WORK_DIR}/leadscout_de.ts")
configure_file("${SOURCE_DIR}/translations/leadscout_de.ts" "${copy}" COPYONLY)
execute_process(
    COMMAND "${LUPDATE}" -silent -no-obsolete -locations none
            "${SOURCE_DIR}/models" "${SOURCE_DIR}/ui" "${SOURCE_DIR}/app" -ts "${copy}"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${result})")
endif()
file(STRINGS "${copy}" unfinished REGEX "type=\"unfinished\"")
list(LENGTH unfinished count)
if(count GREATER 0)
    message(FATAL_ERROR "${count} German translation(s) missing or out of date: run "
                        "'cmake --build build --target update_translations' and translate them.")
endif()
message(STATUS "German translation complete")
