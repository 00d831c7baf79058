# hpg_set_warnings(<target>): the project's warning set, -Werror when HPG_WERROR is on.
function(hpg_set_warnings target)
    if(MSVC)
        target_compile_options(${target} PRIVATE /W4 /permissive-)
        if(HPG_WERROR)
            target_compile_options(${target} PRIVATE /WX)
        endif()
    else()
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                                 -Wold-style-cast -Wcast-align -Woverloaded-virtual
                                                 -Wformat=2 -Wimplicit-fallthrough)
        if(HPG_WERROR)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    endif()
    if(HPG_ASAN AND NOT MSVC)
        target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer)
        target_link_options(${target} PRIVATE -fsanitize=address,undefined)
    endif()
endfunction()

# hpg_translatable(<target>): adds the target's C++ sources and forms to the
# list that the update_translations target and the translation test hand to
# lupdate (Qt 6.4's lupdate cannot take several targets at once).
function(hpg_translatable target)
    get_target_property(sources ${target} SOURCES)
    get_target_property(dir ${target} SOURCE_DIR)
    foreach(src IN LISTS sources)
        if(src MATCHES "\\.(cpp|h|ui)$")
            cmake_path(ABSOLUTE_PATH src BASE_DIRECTORY "${dir}" NORMALIZE OUTPUT_VARIABLE abs)
            set_property(GLOBAL APPEND PROPERTY HPG_TR_SOURCES "${abs}")
        endif()
    endforeach()
endfunction()
