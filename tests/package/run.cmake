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
# MODE=pkg-config  compiles and runs SOURCE (a core-only program) with CXX_FLAGS and the flags
#                  pkg-config (PKG_CONFIG) gives for respolicy in PREFIX; checks the version VERSION.
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
  run(${PKG_CONFIG} --cflags --libs respolicy)
  string(STRIP "${run_output}" flags)
  separate_arguments(flags UNIX_COMMAND "${flags}")
  separate_arguments(cxx_flags UNIX_COMMAND "${CXX_FLAGS}")
  file(MAKE_DIRECTORY "${BINARY_DIR}")
  run(${CXX_COMPILER} -std=c++20 ${cxx_flags} "${SOURCE}" ${flags}
      -o "${BINARY_DIR}/pkg_config_consumer")
  run("${BINARY_DIR}/pkg_config_consumer")
  message(STATUS "pkg-config ${flags}: ${run_output}")

else()
  message(FATAL_ERROR "unknown MODE \"${MODE}\"")
endif()
