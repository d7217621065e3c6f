include_guard(GLOBAL)

# respolicy_warnings(target): the project's warning set, PRIVATE; errors in developer mode.
function(respolicy_warnings target)
  if(MSVC)
    target_compile_options(${target} PRIVATE /W4)
    if(RESPOLICY_DEVELOPER_MODE)
      target_compile_options(${target} PRIVATE /WX)
    endif()
  else()
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                                             -Wno-sign-conversion)
    if(RESPOLICY_DEVELOPER_MODE)
      target_compile_options(${target} PRIVATE -Werror)
    endif()
  endif()
endfunction()
