# Turns the library stubs under STUB_DIR into a C++ table of
# {module name, is package, source text}, written to OUTPUT. Run with
# cmake -P at build time, so that editing a stub rebuilds the table.
file(GLOB_RECURSE stubs RELATIVE ${STUB_DIR} ${STUB_DIR}/*.py)
list(SORT stubs)
set(out "// Generated from sema/stubs by cmake/EmbedStubs.cmake; do not edit.\n")
foreach(stub ${stubs})
  file(READ ${STUB_DIR}/${stub} text)
  string(REGEX REPLACE "\\.py$" "" module ${stub})
  set(is_package false)
  if(module MATCHES "(^|/)__init__$")
    string(REGEX REPLACE "/?__init__$" "" module ${module})
    set(is_package true)
  endif()
  string(REPLACE "/" "." module ${module})
  string(APPEND out "{\"${module}\", ${is_package}, R\"schemac_stub(${text})schemac_stub\"},\n")
endforeach()
file(WRITE ${OUTPUT}.tmp "${out}")
file(COPY_FILE ${OUTPUT}.tmp ${OUTPUT} ONLY_IF_DIFFERENT)
