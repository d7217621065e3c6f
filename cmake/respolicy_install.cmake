# Installation and export of respolicy, one CMake package with components:
#
#   find_package(respolicy CONFIG REQUIRED)                              # respolicy::core
#   find_package(respolicy CONFIG REQUIRED COMPONENTS beast catch2 gtest)
#
# Each component has its own export set and targets file, and respolicyConfig.cmake finds a
# component's dependency (Boost, Catch2, GoogleTest) only when that component is asked for. The
# same files are written to the build tree, so a consumer can also point respolicy_DIR there.
# A pkg-config file describes the core. All of it is in the install component
# "respolicy_development" (`cmake --install <build> --component respolicy_development`).
include_guard(GLOBAL)
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(respolicy_config_dir ${CMAKE_INSTALL_LIBDIR}/cmake/respolicy)
set(respolicy_install_component COMPONENT respolicy_development)

# The components this build has, in the order respolicyConfig.cmake loads them.
set(respolicy_components core)
foreach(component IN ITEMS beast catch2 gtest)
  if(TARGET respolicy_${component})
    list(APPEND respolicy_components ${component})
  endif()
endforeach()

install(TARGETS respolicy_core EXPORT respolicy-core-targets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} ${respolicy_install_component}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR} ${respolicy_install_component}
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} ${respolicy_install_component}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY include/respolicy DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} ${respolicy_install_component}
  PATTERN "*.in" EXCLUDE)
install(FILES ${PROJECT_BINARY_DIR}/include/respolicy/version.hpp
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/respolicy ${respolicy_install_component})

# The adapters are header-only; their headers join the core's under one include root.
foreach(component IN LISTS respolicy_components)
  if(component STREQUAL "core")
    continue()
  endif()
  install(TARGETS respolicy_${component} EXPORT respolicy-${component}-targets)
  install(DIRECTORY adapters/${component}/include/respolicy
    DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} ${respolicy_install_component})
endforeach()
# The text both test-matcher adapters print.
if(TARGET respolicy_catch2 OR TARGET respolicy_gtest)
  install(DIRECTORY adapters/common/include/respolicy DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
    ${respolicy_install_component})
endif()

foreach(component IN LISTS respolicy_components)
  install(EXPORT respolicy-${component}-targets
    NAMESPACE respolicy::
    DESTINATION ${respolicy_config_dir} ${respolicy_install_component})
  export(EXPORT respolicy-${component}-targets
    NAMESPACE respolicy::
    FILE ${PROJECT_BINARY_DIR}/respolicy-${component}-targets.cmake)
endforeach()

configure_package_config_file(cmake/respolicyConfig.cmake.in
  ${PROJECT_BINARY_DIR}/respolicyConfig.cmake
  INSTALL_DESTINATION ${respolicy_config_dir})
# 0.x releases may break compatibility between minor versions.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/respolicyConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES
  ${PROJECT_BINARY_DIR}/respolicyConfig.cmake
  ${PROJECT_BINARY_DIR}/respolicyConfigVersion.cmake
  DESTINATION ${respolicy_config_dir} ${respolicy_install_component})

# pkg-config: the prefix is found from the .pc file's own place, so the file stays right when
# `cmake --install --prefix` installs somewhere else than CMAKE_INSTALL_PREFIX.
if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}")
  set(respolicy_pc_prefix "${CMAKE_INSTALL_PREFIX}")
  set(respolicy_pc_libdir "${CMAKE_INSTALL_LIBDIR}")
else()
  # How far the .pc file sits below the prefix: "../.." for lib/pkgconfig.
  file(RELATIVE_PATH respolicy_pc_up "/prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/prefix")
  string(REGEX REPLACE "/$" "" respolicy_pc_up "${respolicy_pc_up}")
  set(respolicy_pc_prefix "\${pcfiledir}/${respolicy_pc_up}")
  set(respolicy_pc_libdir "\${prefix}/${CMAKE_INSTALL_LIBDIR}")
endif()
if(IS_ABSOLUTE "${CMAKE_INSTALL_INCLUDEDIR}")
  set(respolicy_pc_includedir "${CMAKE_INSTALL_INCLUDEDIR}")
else()
  set(respolicy_pc_includedir "\${prefix}/${CMAKE_INSTALL_INCLUDEDIR}")
endif()
configure_file(cmake/respolicy.pc.in ${PROJECT_BINARY_DIR}/respolicy.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/respolicy.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig
  ${respolicy_install_component})
