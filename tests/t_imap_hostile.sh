#!/bin/sh
# t_imap_hostile.sh -- daemon/imap.c facing servers that misbehave on
# purpose (tests/hostile_imap.py), which no real server can be made to do:
# nesting and literals that would overflow libetpan's recursive parser or
# our IDLE reader, a literal far over the size limit, servers trickling a
# byte every 2 s (greeting, TLS handshake, body), FETCH refused for a
# while or cut off (temporary, never permanent), and a server that shows
# new mail only after a NOOP, as Courier does.  Each test fails on its own
# and says what it proved.
. "$(dirname "$0")/lib.sh"

DRIVE="$TOP/build/tests/imap_drive"
HOSTILE="$TOP/tests/hostile_imap.py"
command -v python3 >/dev/null 2>&1 || { echo "t_imap_hostile: skipped: no python3"; t_done; exit 0; }
(cd "$TOP" && make -s build/tests/imap_drive >/dev/null) || {
	fail "build imap_drive"; t_done; exit 1; }

HPID=
cleanup() {
	[ -z "$HPID" ] || kill "$HPID" 2>/dev/null
	[ -n "${KEEP:-}" ] || rm -rf "$T_TMP"
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP

# hostile MODE [DIR]: start the server, set HPORT.
hostile() {
	rm -f "$T_TMP/port"
	python3 "$HOSTILE" "$@" >"$T_TMP/port" 2>"$T_TMP/hostile.err" &
	HPID=$!
	i=0
	while [ ! -s "$T_TMP/port" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
	HPORT=$(cat "$T_TMP/port")
}
stop_hostile() {
	kill "$HPID" 2>/dev/null; wait "$HPID" 2>/dev/null; HPID=
}

# run CMD...: imap_drive against the hostile server, under a watchdog
# (a hang is a failure, not a wait); sets RC, OUT (stdout and stderr) and
# RSS (peak resident size in kB).  The watchdog is far beyond what any
# passing run needs: it only turns a hang into a failure.
run() {
	python3 -c '
import resource, subprocess, sys
try:
    r = subprocess.run(sys.argv[2:], stdout=open(sys.argv[1], "wb"),
                       stderr=subprocess.STDOUT, timeout=600).returncode
except subprocess.TimeoutExpired:
    r = "hang"
print(r, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
' "$T_TMP/run.out" "$@" >"$T_TMP/run.rc"
	RC=$(cut -d' ' -f1 "$T_TMP/run.rc")
	RSS=$(cut -d' ' -f2 "$T_TMP/run.rc")
	OUT=$(cat "$T_TMP/run.out")
}
drive() { run env IMAP_DRIVE_TIMEOUT="${TMO:-10}" "$DRIVE" 127.0.0.1 "$HPORT" "$@"; }

# 200,000 "(" in a FETCH response: libetpan would recurse once per "("
# and overflow the stack (SIGSEGV, exit 139).  The guard stops at 64.
hostile deep-fetch
drive none u p INBOX fetch 1
stop_hostile
check_eq "deep BODYSTRUCTURE: an error, not a crash" "$RC" 1
check_match "deep BODYSTRUCTURE: the cause names the nesting" "$OUT" \
    'UID FETCH 1: server response nested too deeply'
check_match "deep BODYSTRUCTURE: a temporary failure" "$OUT" 'temporary failure'
echo "t_imap_hostile: deep BODYSTRUCTURE: peak RSS ${RSS} kB"

# The same before TLS, in answer to CAPABILITY: what anyone on the path
# can inject when the mailbox uses STARTTLS.
hostile deep-caps
drive starttls u p INBOX uidvalidity
stop_hostile
check_eq "deep response before STARTTLS: an error, not a crash" "$RC" 1
check_match "deep response before STARTTLS: the cause names the nesting" \
    "$OUT" 'CAPABILITY: server response nested too deeply'

# 200,000 "* OK {0}" lines in IDLE: the reader looped over literals by
# recursion, one stack frame each.  Now it loops, and the guard refuses a
# response with more than 1024 literals.
hostile literals-idle
drive none u p INBOX idle 60
stop_hostile
check_eq "200,000 literals in IDLE: an error, not a crash" "$RC" 1
check_match "200,000 literals in IDLE: the cause names them" "$OUT" \
    'IDLE: server response with too many literals'

# A 1.5 GB literal where RFC822.SIZE said 100 bytes: refused at its
# announcement, before a byte is buffered; permanent (the message's size).
hostile huge-literal
drive none u p INBOX fetch 1
stop_hostile
check_eq "1.5 GB literal: refused" "$RC" 1
check_match "1.5 GB literal: the cause names the literal" "$OUT" \
    'literal over the size limit'
check_match "1.5 GB literal: a permanent failure" "$OUT" 'permanent failure'
check "1.5 GB literal: peak RSS under 64 MB (${RSS} kB)" test "$RSS" -lt 65536
echo "t_imap_hostile: 1.5 GB literal: peak RSS ${RSS} kB"

# A greeting trickled a byte every 2 s never ran into the per-read
# timeout: the command's overall deadline (the timeout, 3 s) ends it.
hostile slow-greeting
TMO=3 drive none u p INBOX uidvalidity
stop_hostile
check_eq "greeting a byte every 2 s: given up" "$RC" 1
check_match "greeting a byte every 2 s: the deadline ended it" "$OUT" \
    'greeting: command deadline passed'

# The TLS handshake a byte every 2 s: libetpan's handshake has a timeout
# per read only; a timer ends it at the deadline.
if command -v openssl >/dev/null 2>&1; then
	openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=localhost \
	    -keyout "$T_TMP/key.pem" -out "$T_TMP/cert.pem" >/dev/null 2>&1
	for m in imaps starttls; do
		case $m in imaps) hostile slow-tls "$T_TMP" ;;
		*) hostile slow-starttls "$T_TMP" ;; esac
		TMO=3 drive $m+noverify u p INBOX uidvalidity
		stop_hostile
		check_eq "$m handshake a byte every 2 s: given up" "$RC" 1
		check_match "$m handshake a byte every 2 s: the deadline ended it" \
		    "$OUT" 'TLS handshake with 127.0.0.1 failed: command deadline passed'
	done
fi

# The same in a message body: temporary, retried later.
hostile slow-fetch
TMO=3 drive none u p INBOX fetch 1
stop_hostile
check_eq "body a byte every 2 s: given up" "$RC" 1
check_match "body a byte every 2 s: the deadline ended it" "$OUT" \
    'UID FETCH 1: command deadline passed'
check_match "body a byte every 2 s: a temporary failure" "$OUT" 'temporary failure'

# FETCH refused or cut off: temporary (the checkpoint must not move, the
# message must not be quarantined), with the server's own words.
for m in unavailable inuse no drop; do
	hostile $m
	drive none u p INBOX fetch 1
	stop_hostile
	check_eq "FETCH $m: fails" "$RC" 1
	check_match "FETCH $m: a temporary failure" "$OUT" 'temporary failure'
	case $m in
	unavailable) check_match "FETCH unavailable: the server's words" \
	    "$OUT" 'NO \[UNAVAILABLE\] Temporary failure, try later' ;;
	inuse) check_match "FETCH inuse: the server's words" "$OUT" \
	    'NO \[INUSE\] Mailbox in use' ;;
	no) check_match "FETCH no: the server's words" "$OUT" \
	    'NO Cannot read that message now' ;;
	drop) check_match "FETCH drop: connection closed" "$OUT" \
	    'UID FETCH 1: connection closed by the server' ;;
	esac
done

# The daemon facing NO [UNAVAILABLE]: nothing quarantined, the checkpoint
# stays before the message, and it is asked for again at the next poll.
D=$T_TMP/desk
t_desk "$D"
printf 'user root\nmailbox m {\n host 127.0.0.1\n port PORT\n tls none\n user u\n password p\n timeout 10\n}\n' \
    >> "$D/supportd.conf"
chmod 600 "$D/supportd.conf"
[ "$(id -u)" -eq 0 ] || sed -i '/^user root/d' "$D/supportd.conf"
for round in 1 2; do
	hostile unavailable
	sed -i "s/^ port .*/ port $HPORT/" "$D/supportd.conf"
	run "$SUPPORTD" -f --once -c "$D/supportd.conf"
	stop_hostile
	check_match "daemon, FETCH unavailable ($round): will retry" "$OUT" \
	    'uid 1: .*UNAVAILABLE.*will retry'
done
check_eq "daemon, FETCH unavailable: nothing quarantined" \
    "$("$SUPPORTCTL" -c "$D/supportd.conf" quarantine --json)" "[]"
check_eq "daemon, FETCH unavailable: the checkpoint did not pass it" \
    "$(sqlite3 "$D/supportd.db" "SELECT coalesce(max(last_uid), 0) FROM checkpoints")" 0

# Courier's rule (RFC 3501 5.2): mail delivered after SELECT shows in the
# session only after NOOP, CHECK or IDLE.  Listing sends NOOP first.
mkdir -p "$T_TMP/maildir"
printf 'Subject: one\r\n\r\nfirst\r\n' >"$T_TMP/maildir/1.eml"
hostile courier "$T_TMP/maildir"
rm -f "$T_TMP/go"
(
	# Deliver once the first listing is printed, then let the driver go.
	i=0
	while ! grep -q -- '--' "$T_TMP/run.out" 2>/dev/null && [ $i -lt 3000 ]; do
		sleep 0.1; i=$((i + 1)); done
	printf 'Subject: two\r\n\r\nsecond\r\n' >"$T_TMP/maildir/2.eml"
	touch "$T_TMP/go"
) &
DPID=$!
drive none u p INBOX listwait 0 "$T_TMP/go"
wait "$DPID"
stop_hostile
check_eq "Courier-like server: the listing before delivery" \
    "$(printf '%s\n' "$OUT" | sed -n '1,/^--$/p' | tr '\n' ' ')" "1 -- "
check_eq "Courier-like server: mail delivered during the session is seen" \
    "$(printf '%s\n' "$OUT" | sed '1,/^--$/d' | tr '\n' ' ')" "1 2 "

t_done
