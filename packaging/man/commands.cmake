# Writes a help2man include file with a COMMANDS section: one subsection per debrief-cli command,
# holding that command's own --help, so `man debrief-cli` documents every command's options and
# examples without a second copy of the text. Run at build time, in the C locale:
#   cmake -DCLI=path/to/debrief-cli -DOUTPUT=commands.h2m -P commands.cmake
execute_process(COMMAND ${CLI} --help OUTPUT_VARIABLE overview RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${CLI} --help failed (${rc})")
endif()
# The command names: the first word of each line after "Commands:".
string(REGEX REPLACE ".*\nCommands:\n" "" listing "${overview}")
string(REGEX MATCHALL "\n  [a-z][a-z-]*|^  [a-z][a-z-]*" names "${listing}")

set(page "[commands]\n")
foreach(name ${names})
  string(STRIP "${name}" name)
  execute_process(COMMAND ${CLI} ${name} --help OUTPUT_VARIABLE help RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${CLI} ${name} --help failed (${rc})")
  endif()
  # roff: backslashes and hyphens escaped, a leading dot or quote made literal, so the text
  # comes out exactly as the terminal shows it.
  string(REPLACE "\\" "\\e" help "${help}")
  string(REPLACE "-" "\\-" help "${help}")
  string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" help "${help}")
  string(APPEND page ".SS ${name}\n.nf\n${help}.fi\n")
endforeach()
file(WRITE ${OUTPUT} "${page}")
