# Build conventions shared by every KCAT Studio target.

# ccache when present: a rebuild on a 2-core machine is then mostly cache hits.
find_program(KCAT_CCACHE ccache)
if(KCAT_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${KCAT_CCACHE}" CACHE STRING "" FORCE)
    # Precompiled headers and ccache only cooperate with these settings.
    set(ENV{CCACHE_SLOPPINESS} "pch_defines,time_macros,include_file_mtime,include_file_ctime")
endif()

# Settings every target gets: no Qt keywords (LibTorch uses `slots`), warnings on.
function(kcat_target_defaults target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_KEYWORDS
        QT_DISABLE_DEPRECATED_BEFORE=0x060000)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wno-unused-parameter)
    if(KCAT_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()

# A widget-free or widget library: kcat_add_library(NAME SOURCES ...)
function(kcat_add_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES" ${ARGN})
    add_library(${name} STATIC ${ARG_SOURCES})
    kcat_target_defaults(${name})
    target_include_directories(${name} PUBLIC "${PROJECT_SOURCE_DIR}")
endfunction()

# A library whose translation units include LibTorch: precompiled torch headers keep a 2-core build sane.
function(kcat_add_torch_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES" ${ARGN})
    kcat_add_library(${name} SOURCES ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE ${TORCH_LIBRARIES})
    target_include_directories(${name} SYSTEM PRIVATE ${TORCH_INCLUDE_DIRS})
    target_precompile_headers(${name} PRIVATE <torch/torch.h>)
endfunction()

# One Qt Test executable per test file: kcat_add_test(NAME SOURCES ... LIBS ... [GUI] [TIMEOUT s])
function(kcat_add_test name)
    cmake_parse_arguments(ARG "GUI" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    kcat_target_defaults(${name})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    target_compile_definitions(${name} PRIVATE
        KCAT_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        KCAT_BINARY_DIR="${PROJECT_BINARY_DIR}")
    add_test(NAME ${name} COMMAND ${name})
    set(env "QT_QPA_PLATFORM=offscreen" "KCAT_TEST=1" "LC_ALL=C.UTF-8")
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}")
    if(ARG_TIMEOUT)
        set_tests_properties(${name} PROPERTIES TIMEOUT ${ARG_TIMEOUT})
    else()
        set_tests_properties(${name} PROPERTIES TIMEOUT 300)
    endif()
    if(ARG_LABELS)
        set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}")
    endif()
endfunction()
