include_guard(GLOBAL)
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

install(TARGETS respolicy_core EXPORT respolicy-core-targets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY include/respolicy DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(EXPORT respolicy-core-targets
  NAMESPACE respolicy::
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/respolicy)
export(EXPORT respolicy-core-targets
  NAMESPACE respolicy::
  FILE ${PROJECT_BINARY_DIR}/respolicy-core-targets.cmake)

configure_package_config_file(cmake/respolicyConfig.cmake.in
  ${PROJECT_BINARY_DIR}/respolicyConfig.cmake
  INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/respolicy)
write_basic_package_version_file(${PROJECT_BINARY_DIR}/respolicyConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES
  ${PROJECT_BINARY_DIR}/respolicyConfig.cmake
  ${PROJECT_BINARY_DIR}/respolicyConfigVersion.cmake
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/respolicy)
