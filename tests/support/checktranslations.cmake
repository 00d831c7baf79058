# cmake -DLUPDATE=... -DSOURCES_LIST=... -DTS_FILE=... -DWORK_DIR=... -P checktranslations.cmake
#
# Runs lupdate over a copy of TS_FILE and fails when the result has messages
# that are unfinished (new in the sources or not translated) or vanished /
# obsolete (gone from the sources).
get_filename_component(name "${TS_FILE}" NAME)
set(copy "${WORK_DIR}/check-${name}")
configure_file("${TS_FILE}" "${copy}" COPYONLY)
execute_process(COMMAND "${LUPDATE}" -locations none -no-ui-lines -source-language en -target-language ja
                        "@${SOURCES_LIST}" -ts "${copy}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc}):\n${out}\n${err}")
endif()
file(READ "${copy}" ts)
string(REGEX MATCHALL "<message[ >]" messages "${ts}")
list(LENGTH messages total)
set(problems "")
foreach(kind unfinished vanished obsolete)
    string(REGEX MATCHALL "type=\"${kind}\"" hits "${ts}")
    list(LENGTH hits n)
    if(n GREATER 0)
        string(APPEND problems "  ${n} ${kind}\n")
    endif()
endforeach()
# Show the source text of each unfinished message, so the fix is obvious.
string(REGEX MATCHALL "<source>[^<]*</source>[^<]*<translation type=\"(unfinished|vanished|obsolete)\"" bad "${ts}")
foreach(item IN LISTS bad)
    string(REGEX REPLACE "<source>([^<]*)</source>.*type=\"([a-z]+)\"" "  [\\2] \\1" line "${item}")
    string(APPEND problems "${line}\n")
endforeach()
if(problems)
    message(FATAL_ERROR "${name}: ${total} messages, not complete:\n${problems}"
                        "Run the update_translations target and translate (see reference/glossary-ja.md).")
endif()
message(STATUS "${name}: ${total} messages, all translated")
