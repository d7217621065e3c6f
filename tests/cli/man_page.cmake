# respolicy-lint's man page: groff reads it without a warning, `man -l` renders it, it names every
# option --help names (both come from tools/lint/usage.txt), and after `cmake --install` into a
# fresh prefix `MANPATH=<prefix>/share/man man respolicy-lint` finds and shows it.
#   LINT   the executable     PAGE   the built page     BUILD   the build tree     WORK   a scratch dir
#   INSTALLS   whether the build has install rules (RESPOLICY_INSTALL)
find_program(MAN man)
find_program(GROFF groff)
if(NOT MAN OR NOT GROFF)
  message("man or groff is missing (Debian: man-db, groff-base): skipped")
  return()  # the test's SKIP_REGULAR_EXPRESSION sees "skipped"
endif()

function(expect_in text what where)
  string(FIND "${text}" "${what}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "${where} lacks \"${what}\":\n${text}")
  endif()
endfunction()

# groff: no warning of any kind (-ww), nothing written (-z).
execute_process(COMMAND ${GROFF} -man -ww -z ${PAGE}
  RESULT_VARIABLE status ERROR_VARIABLE warnings)
if(NOT status EQUAL 0 OR NOT warnings STREQUAL "")
  message(FATAL_ERROR "groff -man -ww: status ${status}\n${warnings}")
endif()

set(ENV{MANPAGER} cat)
set(ENV{PAGER} cat)
set(ENV{MANWIDTH} 200)
execute_process(COMMAND ${MAN} -l ${PAGE} RESULT_VARIABLE status OUTPUT_VARIABLE page
  ERROR_VARIABLE err)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "man -l ${PAGE}: status ${status}\n${err}")
endif()
# Bold text comes out as overstrikes when man writes to a pipe: compare letters only.
string(ASCII 8 backspace)
string(REGEX REPLACE ".${backspace}" "" page "${page}")
expect_in("${page}" "respolicy-lint - check HTTP responses" "man -l")
expect_in("${page}" "EXIT STATUS" "man -l")

# Every option of --help is in the page.
execute_process(COMMAND ${LINT} --help OUTPUT_VARIABLE help RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "respolicy-lint --help: status ${status}")
endif()
string(REGEX MATCHALL "\n  (-[-a-zA-Z]+)" options "${help}")
list(LENGTH options count)
if(count LESS 15)
  message(FATAL_ERROR "--help names ${count} options, fewer than expected:\n${help}")
endif()
foreach(o IN LISTS options)
  string(STRIP "${o}" o)
  expect_in("${page}" "${o}" "the man page")
endforeach()

# Installed: man finds it by name under <prefix>/share/man. A build without install rules
# (RESPOLICY_INSTALL off, as in the asan preset) checks the page alone; the dev build installs it.
if(NOT INSTALLS)
  message(STATUS "no install rules in this build (RESPOLICY_INSTALL is off): page checked, not installed")
  return()
endif()
file(REMOVE_RECURSE ${WORK})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD} --prefix ${WORK} --component lint
  RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "cmake --install: status ${status}\n${out}${err}")
endif()
if(NOT EXISTS ${WORK}/share/man/man1/respolicy-lint.1)
  message(FATAL_ERROR "not installed as share/man/man1/respolicy-lint.1:\n${out}")
endif()
set(ENV{MANPATH} ${WORK}/share/man)
execute_process(COMMAND ${MAN} respolicy-lint RESULT_VARIABLE status OUTPUT_VARIABLE page
  ERROR_VARIABLE err)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "MANPATH=${WORK}/share/man man respolicy-lint: status ${status}\n${err}")
endif()
string(REGEX REPLACE ".${backspace}" "" page "${page}")
expect_in("${page}" "--proxy LISTEN --upstream HOST:PORT" "man respolicy-lint")
