# Run by `cmake --install` (python/CMakeLists.txt): writes the installed package's _location.py with
# the library and the data relative to the package, computed for the prefix actually installed to,
# so that `cmake --install --prefix DIR` gives a package that works there and when DIR is moved.
# Expects TRYNEXT_PY_{TEMPLATE,OUTPUT,DIR,LIBDIR,DATADIR,SONAME}; CMAKE_INSTALL_PREFIX is the
# install-time prefix.
foreach(var DIR LIBDIR DATADIR)
  if(IS_ABSOLUTE "${TRYNEXT_PY_${var}}")
    set(abs_${var} "${TRYNEXT_PY_${var}}")
  else()
    set(abs_${var} "${CMAKE_INSTALL_PREFIX}/${TRYNEXT_PY_${var}}")
  endif()
endforeach()
set(package "${abs_DIR}/trynext")
file(RELATIVE_PATH TRYNEXT_PY_LIBRARY "${package}" "${abs_LIBDIR}/${TRYNEXT_PY_SONAME}")
file(RELATIVE_PATH TRYNEXT_PY_RULES_DIR "${package}" "${abs_DATADIR}/rules")
file(RELATIVE_PATH TRYNEXT_PY_CATALOGUE_DB "${package}" "${abs_DATADIR}/catalogue.db")
configure_file("${TRYNEXT_PY_TEMPLATE}" "${TRYNEXT_PY_OUTPUT}" @ONLY)
