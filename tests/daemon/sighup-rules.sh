#!/bin/sh
# sighup-rules -- SIGHUP to a running daemon: broken rules are refused
# with file:line and the old set kept; fixed rules take effect.
. "$(dirname "$0")/lib.sh"

daemon_start "$T_TMP/run.log"
check "daemon connects" wait_until 120 grep -q 'connected' "$T_TMP/run.log"
printf 'rule broken\n  when subject ~ /(unclosed/\n  queue x\n' > "$D/rules/95-new.rules"
kill -HUP "$PID"
check "broken rules: file:line in the log" wait_until 90 grep -q '95-new.rules:2:' "$T_TMP/run.log"
check "broken rules: kept the old set" grep -q 'reload failed' "$T_TMP/run.log"
check "broken rules: still running" kill -0 "$PID"
printf 'rule reload-test\n  when subject ~ /reload-test/\n  queue reloaded\n  stop\n' > "$D/rules/05-new.rules"
rm -f "$D/rules/95-new.rules"
kill -HUP "$PID"
check "fixed rules: reloaded" wait_until 90 grep -q 'reloaded' "$T_TMP/run.log"
mail_file "$T_TMP/m6.eml" "customer3@example.com" reload-1@example.com "reload-test"
deliver support "$T_TMP/m6.eml"
check "the new rule applies" wait_until 120 \
    sh -c "[ \"\$(sqlite3 '$D/supportd.db' \"SELECT queue FROM cases WHERE subject = 'reload-test'\")\" = reloaded ]"
