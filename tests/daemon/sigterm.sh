#!/bin/sh
# sigterm -- SIGTERM to a running daemon: a clean stop, status 0, and it
# says so.
. "$(dirname "$0")/lib.sh"

daemon_start "$T_TMP/run.log"
check "daemon connects" wait_until 120 grep -q 'connected' "$T_TMP/run.log"
kill -TERM "$PID"
check "SIGTERM: exits" wait_until 120 sh -c "! kill -0 $PID"
wait "$PID"; rc=$?; PID=
check_eq "SIGTERM: exit status 0" "$rc" 0
check "SIGTERM: says so" grep -q 'stopping' "$T_TMP/run.log"
