#!/bin/sh
# A stand-in for the user's terminal ($TERMINAL) in the psql tests: records its arguments, one per
# line, in $HPG_TERMINAL_LOG.args; unless HPG_TERMINAL_RUN is 0, runs the command it was given
# (after -e) with $HPG_TERMINAL_INPUT as its input and its output in $HPG_TERMINAL_LOG.out; writes
# the command's exit status to $HPG_TERMINAL_LOG.status last (renamed into place: a test that sees
# the file reads the whole status, never an empty file the shell has only created).
log="${HPG_TERMINAL_LOG:?HPG_TERMINAL_LOG is not set}"
for arg in "$@"; do printf '%s\n' "$arg"; done > "$log.args"
if [ "${HPG_TERMINAL_RUN:-1}" = 0 ]; then
    echo skipped > "$log.status.part" && mv "$log.status.part" "$log.status"
    exit 0
fi
[ "$1" = "-e" ] && shift
"$@" < "${HPG_TERMINAL_INPUT:-/dev/null}" > "$log.out" 2>&1
echo $? > "$log.status.part" && mv "$log.status.part" "$log.status"
