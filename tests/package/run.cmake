# Drives the package tests: cmake -DMODE=... -P run.cmake
#
# MODE=install     installs the library, headers and package files of the build tree BUILD_DIR
#                  (configuration CONFIG) into PREFIX, emptied first, with `cmake --install`.
# MODE=consumer    configures the project SOURCE_DIR in BINARY_DIR (emptied first) with generator
#                  GENERATOR, compiler CXX_COMPILER, flags CXX_FLAGS, build type CONFIG and the
#                  extra cache arguments ARGS ("|"-separated), then by EXPECT:
#                    run        (default) builds it and runs its tests with ctest;
#                    configure  stops after configuring;
#                    failure    configuring must fail, with output matching FAILURE_REGEX.
# MODE=pkg-config  compiles and runs SOURCE (a core-only program) with CXX_FLAGS and only the
#                  flags pkg-config (PKG_CONFIG) gives for respolicy in PREFIX (C++20 among them);
#                  checks the version VERSION. With SHARED, the program runs against the shared
#                  library in PREFIX; with CXX17_FAILS, compiling it with -std=c++17 must fail with
#                  respolicy's message that it needs C++20.
# MODE=library-only  configures the source tree SOURCE_DIR in BINARY_DIR with the preset "library"
#                  and a shared core (and the extra cache arguments ARGS), checks that it builds the
#                  core and nothing else (no test, example, benchmark, fuzz or tool target: it
#                  counts the targets of build.ninja, and the files of any unity sources),
#                  builds and installs it into PREFIX, and checks the shared library's version,
#                  SONAME and exported symbols, and the installed <respolicy/version.hpp>.
cmake_minimum_required(VERSION 3.20)

set(config_args)
if(CONFIG)
  set(config_args --config "${CONFIG}")
endif()

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE out)
  if(NOT result EQUAL 0)
    string(REPLACE ";" " " command "${ARGN}")
    message(FATAL_ERROR "failed (${result}): ${command}\n${out}")
  endif()
  set(run_output "${out}" PARENT_SCOPE)
endfunction()

if(MODE STREQUAL "install")
  file(REMOVE_RECURSE "${PREFIX}")
  run(${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${PREFIX}" ${config_args}
      --component respolicy_development)
  message(STATUS "installed into ${PREFIX}")

elseif(MODE STREQUAL "consumer")
  file(REMOVE_RECURSE "${BINARY_DIR}")
  string(REPLACE "|" ";" args "${ARGS}")
  set(configure ${CMAKE_COMMAND} -S "${SOURCE_DIR}" -B "${BINARY_DIR}" -G "${GENERATOR}"
      "-DCMAKE_CXX_COMPILER=${CXX_COMPILER}" "-DCMAKE_CXX_FLAGS=${CXX_FLAGS}"
      "-DCMAKE_BUILD_TYPE=${CONFIG}" ${args})
  if(EXPECT STREQUAL "failure")
    execute_process(COMMAND ${configure} RESULT_VARIABLE result OUTPUT_VARIABLE out
                    ERROR_VARIABLE out)
    if(result EQUAL 0)
      message(FATAL_ERROR "configuring ${SOURCE_DIR} succeeded; it was expected to fail\n${out}")
    endif()
    if(NOT out MATCHES "${FAILURE_REGEX}")
      message(FATAL_ERROR "configuring failed, but without \"${FAILURE_REGEX}\":\n${out}")
    endif()
    message(STATUS "configuring failed as expected:\n${out}")
    return()
  endif()
  run(${configure})
  message(STATUS "${run_output}")
  if(EXPECT STREQUAL "configure")
    return()
  endif()
  run(${CMAKE_COMMAND} --build "${BINARY_DIR}" ${config_args} --parallel 2)
  run(${CMAKE_CTEST_COMMAND} --test-dir "${BINARY_DIR}" ${config_args} --output-on-failure
      --no-tests=error)
  message(STATUS "${run_output}")

elseif(MODE STREQUAL "pkg-config")
  set(ENV{PKG_CONFIG_PATH} "")
  file(GLOB_RECURSE pc_files "${PREFIX}/respolicy.pc")
  if(NOT pc_files)
    message(FATAL_ERROR "no respolicy.pc under ${PREFIX}")
  endif()
  list(GET pc_files 0 pc_file)
  get_filename_component(pc_dir "${pc_file}" DIRECTORY)
  set(ENV{PKG_CONFIG_LIBDIR} "${pc_dir}")
  run(${PKG_CONFIG} --modversion respolicy)
  string(STRIP "${run_output}" version)
  if(NOT version STREQUAL VERSION)
    message(FATAL_ERROR "pkg-config says version ${version}, the project is ${VERSION}")
  endif()
  run(${PKG_CONFIG} --cflags respolicy)
  string(STRIP "${run_output}" cflags)
  if(NOT cflags MATCHES "(^| )-std=c\\+\\+20( |$)")
    message(FATAL_ERROR "pkg-config --cflags respolicy does not ask for C++20: ${cflags}")
  endif()
  run(${PKG_CONFIG} --cflags --libs respolicy)
  string(STRIP "${run_output}" flags)
  separate_arguments(flags UNIX_COMMAND "${flags}")
  separate_arguments(cxx_flags UNIX_COMMAND "${CXX_FLAGS}")
  file(REMOVE_RECURSE "${BINARY_DIR}")
  file(MAKE_DIRECTORY "${BINARY_DIR}")
  # No -std here: the language level comes from pkg-config alone.
  run(${CXX_COMPILER} ${cxx_flags} "${SOURCE}" ${flags} -o "${BINARY_DIR}/pkg_config_consumer")
  if(SHARED)
    run(${PKG_CONFIG} --variable=libdir respolicy)
    string(STRIP "${run_output}" libdir)
    set(ENV{LD_LIBRARY_PATH} "${libdir}")
    run(ldd "${BINARY_DIR}/pkg_config_consumer")
    if(NOT run_output MATCHES "librespolicy\\.so\\.[0-9]+\\.[0-9]+ => ${PREFIX}/")
      message(FATAL_ERROR "the consumer does not load the installed shared library:\n${run_output}")
    endif()
  endif()
  run("${BINARY_DIR}/pkg_config_consumer")
  message(STATUS "pkg-config ${flags}: ${run_output}")
  if(CXX17_FAILS)
    # An older language level stops at respolicy's own message, not deep in <span>.
    execute_process(COMMAND ${CXX_COMPILER} ${cxx_flags} "${SOURCE}" ${flags} -std=c++17
                            -fsyntax-only
                    RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(result EQUAL 0 OR NOT out MATCHES "respolicy needs C\\+\\+20")
      message(FATAL_ERROR "with -std=c++17, expected \"respolicy needs C++20\":\n${out}")
    endif()
    string(REGEX MATCH "[^\n]*respolicy needs C\\+\\+20[^\n]*" first "${out}")
    message(STATUS "with -std=c++17: ${first}")
  endif()

elseif(MODE STREQUAL "library-only")
  file(REMOVE_RECURSE "${BINARY_DIR}" "${PREFIX}")
  string(REPLACE "|" ";" args "${ARGS}")
  run(${CMAKE_COMMAND} -S "${SOURCE_DIR}" --preset library -B "${BINARY_DIR}"
      "-DCMAKE_CXX_COMPILER=${CXX_COMPILER}" -DBUILD_SHARED_LIBS=ON ${args})
  # Every compile and link rule of build.ninja names its target: CXX_COMPILER__<target>_<config>,
  # CXX_EXECUTABLE_LINKER__<target>_<config>, ...
  file(STRINGS "${BINARY_DIR}/build.ninja" builds REGEX "^build [^:]+: [A-Z_]+__")
  set(objects 0)
  set(targets)
  set(executables)
  foreach(line IN LISTS builds)
    if(line MATCHES ": CXX_COMPILER__([A-Za-z0-9_.+-]+)_[A-Za-z]+ ")
      math(EXPR objects "${objects} + 1")
      list(APPEND targets ${CMAKE_MATCH_1})
    elseif(line MATCHES ": CXX_EXECUTABLE_LINKER__([A-Za-z0-9_.+-]+)_[A-Za-z]+ ")
      list(APPEND executables ${CMAKE_MATCH_1})
    endif()
  endforeach()
  list(REMOVE_DUPLICATES targets)
  list(LENGTH executables executable_count)
  message(STATUS "library-only configure: ${objects} translation units, of targets: ${targets}; "
                 "${executable_count} executables")
  if(NOT targets STREQUAL "respolicy_core" OR NOT executable_count EQUAL 0)
    message(FATAL_ERROR "the library-only configure builds more than the core: compiles for "
                        "\"${targets}\", links executables \"${executables}\"")
  endif()
  # A unity build compiles the core's files through the sources CMake writes at generation, one
  # #include line each: those lines are the files compiled.
  file(GLOB unity_sources "${BINARY_DIR}/CMakeFiles/respolicy_core.dir/Unity/unity_*.cxx")
  set(sources ${objects})
  if(unity_sources)
    set(sources 0)
    foreach(unity IN LISTS unity_sources)
      file(STRINGS "${unity}" included REGEX "^#include \"[^\"]+/src/[^\"]+\\.cpp\"")
      list(LENGTH included count)
      math(EXPR sources "${sources} + ${count}")
    endforeach()
  endif()
  file(GLOB_RECURSE core_sources "${SOURCE_DIR}/src/*.cpp")
  list(LENGTH core_sources core_source_count)
  if(NOT sources EQUAL core_source_count)
    message(FATAL_ERROR "${sources} source files compiled; src/ has ${core_source_count}")
  endif()

  run(${CMAKE_COMMAND} --build "${BINARY_DIR}" --parallel 2)
  run(${CMAKE_COMMAND} --install "${BINARY_DIR}" --prefix "${PREFIX}")
  # The versioned shared library: librespolicy.so.X.Y.Z, its SONAME librespolicy.so.X.Y.
  file(GLOB_RECURSE real "${PREFIX}/librespolicy.so.${VERSION}")
  if(NOT real)
    message(FATAL_ERROR "no librespolicy.so.${VERSION} under ${PREFIX}")
  endif()
  get_filename_component(libdir "${real}" DIRECTORY)
  string(REGEX MATCH "^[0-9]+\\.[0-9]+" soversion "${VERSION}")
  foreach(file IN ITEMS "${libdir}/librespolicy.so.${soversion}" "${libdir}/librespolicy.so"
                        "${libdir}/pkgconfig/respolicy.pc" "${PREFIX}/include/respolicy/version.hpp"
                        "${PREFIX}/include/respolicy/export.hpp")
    if(NOT EXISTS "${file}")
      message(FATAL_ERROR "not installed: ${file}")
    endif()
  endforeach()
  run(readelf -d "${real}")
  if(NOT run_output MATCHES "SONAME\\)[^\n]*\\[librespolicy\\.so\\.${soversion}\\]")
    message(FATAL_ERROR "librespolicy.so has no SONAME librespolicy.so.${soversion}:\n${run_output}")
  endif()
  # Exported: what RESPOLICY_DECL marks; hidden: the rest (the checks behind validate()).
  run(nm -DC --defined-only "${real}")
  set(symbols "${run_output}")
  foreach(name IN ITEMS "respolicy::validate(" "respolicy::policy::standard()"
                        "respolicy::policy::unit_test()" "respolicy::policy::set("
                        "respolicy::similar_rule_ids(" "respolicy::report::to_string"
                        "respolicy::wire_reader::feed(" "respolicy::grammar::parse_http_date(")
    string(FIND "${symbols}" "${name}" at)
    if(at EQUAL -1)
      message(FATAL_ERROR "librespolicy.so does not export ${name}")
    endif()
  endforeach()
  string(FIND "${symbols}" "respolicy::detail::check_framing(" at)
  if(NOT at EQUAL -1)
    message(FATAL_ERROR "librespolicy.so exports its internals (respolicy::detail::check_framing)")
  endif()
  string(REGEX MATCHALL "\n[0-9a-f]+ T " exported "${symbols}")
  list(LENGTH exported exported_count)
  message(STATUS "librespolicy.so.${VERSION} (SONAME librespolicy.so.${soversion}) exports "
                 "${exported_count} functions")
  file(READ "${PREFIX}/include/respolicy/version.hpp" version_header)
  if(NOT version_header MATCHES "RESPOLICY_VERSION_STRING \"${VERSION}\"")
    message(FATAL_ERROR "the installed version.hpp does not say ${VERSION}")
  endif()

else()
  message(FATAL_ERROR "unknown MODE \"${MODE}\"")
endif()
