#!/usr/bin/env bash
# CTest packaging_completion: the bash completion completes commands, their options and values
# from the real debrief-cli's --help. Usage: test-completion.sh DEBRIEF_CLI
set -uo pipefail
source /usr/share/bash-completion/bash_completion || { echo "FAIL: bash-completion is not installed" >&2; exit 1; }
source "$(dirname "$0")/debrief-cli.bash-completion"
PATH="$(dirname "$1"):$PATH"
status=0
expect() {
  local want=$1; shift
  COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
  COMPREPLY=()
  _debrief_cli debrief-cli "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
  local got="${COMPREPLY[*]}"
  if [[ " $got " != *" $want "* ]]; then
    echo "FAIL: [$*] completes to '$got', lacking '$want'" >&2; status=1
  fi
}
expect init debrief-cli i
expect import debrief-cli i
expect decks debrief-cli --data-dir /tmp d
expect --format debrief-cli export --
expect --with-scheduling debrief-cli export --
expect apkg debrief-cli export --format ""
expect --json debrief-cli due --
expect --version debrief-cli --
# Every command's own options, from its --help.
expect --as-new debrief-cli import --
expect --update debrief-cli import --
expect --target-date debrief-cli report --
expect --cohort debrief-cli report --
expect --no-fuzz debrief-cli replay --
expect --reverse debrief-cli search --
expect --no-decks debrief-cli init --
expect --help debrief-cli check --
# Values that depend on the command or the option.
expect xlsx debrief-cli report --format ""
expect if-newer debrief-cli import --update ""
expect Letter debrief-cli report --page-size ""
expect lapses debrief-cli search --sort ""
[ $status -eq 0 ] && echo "bash completion ok"
exit $status
