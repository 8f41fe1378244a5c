# What `cmake --install` puts where (included at the end of the top-level CMakeLists.txt, once every
# target exists):
#
#   <prefix>/lib/libtrynext.so*, libtrynext.a      the library, shared and static
#   <prefix>/include/trynext/                      the C++ API (*.h) and the C ABI (trynext.h)
#   <prefix>/lib/cmake/trynext/                    find_package(trynext): trynext::trynext (shared),
#                                                  trynext::trynext_static
#   <prefix>/lib/pkgconfig/trynext.pc              pkg-config --cflags --libs trynext
#   <prefix>/bin/trynext                           the command-line program (and `trynext serve`)
#   <prefix>/share/trynext/rules/*.lua             the default rules (not their tests)
#   <prefix>/share/trynext/catalogue.db            the catalogue database
#   <prefix>/share/trynext/schemas/                the JSON Schema of a result
#   <prefix>/share/trynext/web/                    the manager's pages that trynext serve shows at /
#
# `cmake --install build --prefix /some/where` gives a copy that works from there: the CMake package
# finds the prefix from its own location, trynext.pc is written for the prefix installed to, and the
# trynext program looks for its data relative to itself.
include(CMakePackageConfigHelpers)

set(TRYNEXT_CMAKE_DIR "${CMAKE_INSTALL_LIBDIR}/cmake/trynext")

install(TARGETS trynext_shared EXPORT trynext-targets
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT runtime NAMELINK_COMPONENT development
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT runtime
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(TARGETS trynext EXPORT trynext-static-targets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT development
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/engine/include/trynext
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} COMPONENT development
  FILES_MATCHING PATTERN "*.h")

install(EXPORT trynext-targets NAMESPACE trynext:: FILE trynext-targets.cmake
  DESTINATION ${TRYNEXT_CMAKE_DIR} COMPONENT development)
install(EXPORT trynext-static-targets NAMESPACE trynext:: FILE trynext-static-targets.cmake
  DESTINATION ${TRYNEXT_CMAKE_DIR} COMPONENT development)

set(TRYNEXT_INSTALL_RULES_DIR "${TRYNEXT_DATA_SUBDIR}/rules")
set(TRYNEXT_INSTALL_CATALOGUE_DB "${TRYNEXT_DATA_SUBDIR}/catalogue.db")
set(TRYNEXT_INSTALL_RESULT_SCHEMA "${TRYNEXT_DATA_SUBDIR}/schemas/result.schema.json")
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/trynextConfig.cmake.in
  ${PROJECT_BINARY_DIR}/cmake/trynextConfig.cmake
  INSTALL_DESTINATION ${TRYNEXT_CMAKE_DIR}
  PATH_VARS TRYNEXT_INSTALL_RULES_DIR TRYNEXT_INSTALL_CATALOGUE_DB TRYNEXT_INSTALL_RESULT_SCHEMA CMAKE_INSTALL_INCLUDEDIR)
# 0.x: a new minor version may change the API, so only the same minor version is compatible.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/cmake/trynextConfigVersion.cmake
  VERSION ${PROJECT_VERSION} COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/cmake/trynextConfig.cmake ${PROJECT_BINARY_DIR}/cmake/trynextConfigVersion.cmake
  DESTINATION ${TRYNEXT_CMAKE_DIR} COMPONENT development)

# pkg-config: written at install time, so that it names the prefix actually installed to
# (cmake --install --prefix DIR), not the one configured.
set(TRYNEXT_PC_DIR "${CMAKE_INSTALL_LIBDIR}/pkgconfig")
set(TRYNEXT_PC_PREFIX "@TRYNEXT_PC_PREFIX@")  # kept for the second pass, at install time
foreach(dir LIBDIR INCLUDEDIR DATADIR)
  if(IS_ABSOLUTE "${CMAKE_INSTALL_${dir}}")
    set(TRYNEXT_PC_${dir} "${CMAKE_INSTALL_${dir}}")
  else()
    set(TRYNEXT_PC_${dir} "\${prefix}/${CMAKE_INSTALL_${dir}}")
  endif()
endforeach()
configure_file(${PROJECT_SOURCE_DIR}/cmake/trynext.pc.in ${PROJECT_BINARY_DIR}/cmake/trynext.pc.in @ONLY)
install(CODE "
  set(TRYNEXT_PC_PREFIX \"\${CMAKE_INSTALL_PREFIX}\")
  configure_file(\"${PROJECT_BINARY_DIR}/cmake/trynext.pc.in\" \"${PROJECT_BINARY_DIR}/cmake/trynext.pc\" @ONLY)
  " COMPONENT development)
install(FILES ${PROJECT_BINARY_DIR}/cmake/trynext.pc DESTINATION ${TRYNEXT_PC_DIR} COMPONENT development)

# Data: the default rules and the catalogue, where the trynext program looks for them
# (../share/trynext relative to itself).
install(DIRECTORY ${PROJECT_SOURCE_DIR}/rules/ DESTINATION ${TRYNEXT_INSTALL_RULES_DIR} COMPONENT runtime
  FILES_MATCHING PATTERN "*.lua"
  PATTERN "tests" EXCLUDE)
# The manager's pages, served by trynext serve at / (serve/web_files.cpp looks for them here).
install(DIRECTORY ${PROJECT_SOURCE_DIR}/web/ DESTINATION ${TRYNEXT_DATA_SUBDIR}/web COMPONENT runtime
  PATTERN "README.md" EXCLUDE)
install(FILES ${PROJECT_SOURCE_DIR}/schemas/result.schema.json
  DESTINATION ${TRYNEXT_DATA_SUBDIR}/schemas COMPONENT runtime)
if(TARGET catalogue_db)
  install(FILES ${TRYNEXT_CATALOGUE_DB} DESTINATION ${TRYNEXT_DATA_SUBDIR} RENAME catalogue.db COMPONENT runtime)
endif()
if(TARGET trynext_cli)
  install(TARGETS trynext_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT runtime)
endif()
