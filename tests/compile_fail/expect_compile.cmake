# Runs one compile-fail case: builds TARGET in BUILD_DIR and checks the outcome.
#   MUST_COMPILE true:  the build must succeed (the control case).
#   otherwise:          the build must fail, and its output must match EXPECT, so a case that
#                       fails for another reason (a typo, a missing header) does not pass.

execute_process(
  COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --target ${TARGET} --config ${CONFIG}
  RESULT_VARIABLE result
  OUTPUT_VARIABLE output
  ERROR_VARIABLE output)

if(MUST_COMPILE)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "${TARGET} must compile, but did not:\n${output}")
  endif()
  message(STATUS "${TARGET} compiles, as it must")
  return()
endif()

if(result EQUAL 0)
  message(FATAL_ERROR "${TARGET} compiled, but it must not")
endif()
if(NOT output MATCHES "${EXPECT}")
  message(FATAL_ERROR
    "${TARGET} did not compile, but not for the expected reason (${EXPECT}):\n${output}")
endif()
message(STATUS "${TARGET} is refused, as it must be")
