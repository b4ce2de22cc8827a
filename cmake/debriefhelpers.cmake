# debrief_add_test(NAME SOURCES... [LIBS ...]): one Qt Test executable, registered with CTest,
# run offscreen so widget and text-layout tests need no display.
function(debrief_add_test name)
  cmake_parse_arguments(ARG "" "" "LIBS" ${ARGN})
  add_executable(${name} ${ARG_UNPARSED_ARGUMENTS})
  target_link_libraries(${name} PRIVATE debrief_core Qt::Test PkgConfig::SQLITE3 ${ARG_LIBS})
  target_compile_definitions(${name} PRIVATE
    DEBRIEF_SHARED_DIR="${PROJECT_SOURCE_DIR}/../shared"
    DEBRIEF_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    DEBRIEF_CLI_PATH="$<TARGET_FILE:debrief-cli>")
  if(TARGET KF${QT_MAJOR_VERSION}::SyntaxHighlighting)
    target_compile_definitions(${name} PRIVATE DEBRIEF_EXPECT_HIGHLIGHTING)
  endif()
  add_test(NAME ${name} COMMAND ${name})
  set_tests_properties(${name} PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_QUICK_BACKEND=software;QTWEBENGINE_DISABLE_SANDBOX=1;XDG_RUNTIME_DIR=/tmp")
endfunction()
