#!/bin/sh
# t_imap.sh -- daemon/imap.c against a real, throwaway Dovecot on 127.0.0.1:
# listing new UIDs (and the "n:*" quirk), exact bytes from BODY.PEEK[],
# \Seen untouched by a fetch, flag and move when done, IDLE waking on new
# mail, certificate verification (right CA and name pass; wrong name, wrong
# CA, no CA are refused) and a bad password refused with a clear cause.
# XOAUTH2 against a second set, "all" (contrib/testservers.sh), whose
# Dovecot checks real bearer tokens: a valid one lists and fetches over
# IMAP and IMAPS, expired and forged ones are refused, and no token reaches
# the protocol trace; the "imap" set is the server without XOAUTH2.
# Both are stopped on exit, whatever happens.
. "$(dirname "$0")/lib.sh"

DRIVE="$TOP/build/tests/imap_drive"
TESTSERVERS="$TOP/contrib/testservers.sh"
DIR="$T_TMP/servers"
ODIR="$T_TMP/oauth"

skip() { echo "t_imap: skipped: $*"; t_done; exit 0; }
command -v dovecot >/dev/null 2>&1 || skip "dovecot not installed"
command -v openssl >/dev/null 2>&1 || skip "openssl not installed"
[ "$(id -u)" -eq 0 ] || skip "Dovecot needs root to drop to its users"
(cd "$TOP" && make -s build/tests/imap_drive >/dev/null) || {
	fail "build imap_drive"; t_done; exit 1; }

SILENT_PID=
FAKE_PID=
cleanup() {
	[ -z "$SILENT_PID" ] || kill "$SILENT_PID" 2>/dev/null
	[ -z "$FAKE_PID" ] || kill "$FAKE_PID" 2>/dev/null
	[ -f "$DIR/env" ] && sh "$TESTSERVERS" stop "$DIR" >/dev/null 2>&1
	[ -f "$ODIR/env" ] && sh "$TESTSERVERS" stop "$ODIR" >/dev/null 2>&1
	[ -n "${KEEP:-}" ] || rm -rf "$T_TMP"
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP

chmod 755 "$T_TMP"
sh "$TESTSERVERS" start "$DIR" imap >"$T_TMP/start.log" 2>&1 || {
	fail "start dovecot: $(cat "$T_TMP/start.log")"; t_done; exit 1; }
. "$DIR/env"
USER=support
PASS=$PASSWORD
# One more user whose password needs quoting in LOGIN; Dovecot rereads
# the passwd-file when it changes.
QUSER=quoted
QPASS='s3cret pass"word\'
printf '%s:{PLAIN}%s::::::\n' "$QUSER" "$QPASS" >>"$DIR/passwd"

free_port() {
	python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

# deliver FILE [FOLDER]: through dovecot-lda, as an MTA would.
deliver() {
	if [ $# -gt 1 ]; then
		/usr/lib/dovecot/dovecot-lda -c "$DIR/dovecot.conf" -d "$USER" \
		    -m "$2" <"$1"
	else
		sh "$TESTSERVERS" deliver "$DIR" "$USER" "$1"
	fi
}

# mkmsg N: a small message with CRLF line ends and non-ASCII in it.
mkmsg() {
	printf 'From: Customer %s <c%s@example.org>\r\nTo: support@example.com\r\nSubject: help %s\r\nMessage-ID: <m%s.test@example.org>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\nMessage number %s.\r\nΚαλημέρα, ¿qué tal? Zażółć gęślą jaźń.\r\n' \
	    "$1" "$1" "$1" "$1" "$1" >"$T_TMP/msg$1.eml"
}

sha() { sha256sum | cut -d' ' -f1; }
# body: everything after the first empty line (CRLF or LF).
body() { sed '1,/^\r\{0,1\}$/d'; }

drive() { "$DRIVE" 127.0.0.1 "$IMAP_PORT" none "$USER" "$PASS" "$@"; }
doveadm_() { doveadm -c "$DIR/dovecot.conf" "$@"; }
flags_of() {	# flags_of MAILBOX UID
	doveadm_ fetch -u "$USER" flags mailbox "$1" uid "$2" 2>/dev/null |
	    sed -n 's/^flags: //p'
}
count_in() {
	doveadm_ search -u "$USER" mailbox "$1" ALL 2>/dev/null | wc -l
}

# --- delivery and listing ---------------------------------------------------
for n in 1 2 3; do
	mkmsg $n
	check "deliver message $n" deliver "$T_TMP/msg$n.eml"
done
uv=$(drive INBOX uidvalidity)
check_match "uidvalidity is a number" "$uv" '^[1-9][0-9]*$'
list=$(drive INBOX list 0 | tr '\n' ' ')
check_eq "list after 0 gives 3 UIDs" "$list" "1 2 3 "
list=$(drive INBOX list 1 | tr '\n' ' ')
check_eq "list after 1" "$list" "2 3 "
list=$(drive INBOX list 0 2 | tr '\n' ' ')
check_eq "list is capped at max" "$list" "1 2 "
list=$(drive INBOX list 3)
check_eq "list after the last UID is empty (n:* quirk)" "$list" ""
list=$(drive INBOX list 100)
check_eq "list after a UID past the last is empty" "$list" ""

# --- fetch --------------------------------------------------------------------
drive INBOX fetch 2 >"$T_TMP/got2.eml"
check "fetch UID 2 succeeds" test -s "$T_TMP/got2.eml"
if [ "$(sha <"$T_TMP/got2.eml")" = "$(sha <"$T_TMP/msg2.eml")" ]; then
	ok "fetch returns the exact bytes delivered"
else
	# Delivery may add headers (Return-Path, Delivered-To): the body must
	# still be byte for byte what was sent.
	check_eq "fetch returns the delivered body" \
	    "$(body <"$T_TMP/got2.eml" | sha)" "$(body <"$T_TMP/msg2.eml" | sha)"
fi
check_match "fetched headers intact" "$(cat "$T_TMP/got2.eml")" \
    '^Message-ID: <m2.test@example.org>'
check_nomatch "fetch does not set \\Seen" "$(flags_of INBOX 2)" 'Seen'
out=$(drive INBOX fetch 99 2>&1)
check "fetch of a missing UID fails" test $? -ne 0
check_match "missing UID: the cause says so" "$out" 'no longer exists.*expunged'

# --- done -----------------------------------------------------------------------
check "done without move_to" drive INBOX done 1
check_match "done without move_to sets \\Seen" "$(flags_of INBOX 1)" 'Seen'
check "done with move_to (folder created on the way)" drive INBOX done 2 Processed
check_eq "moved message gone from INBOX" "$(flags_of INBOX 2)" ""
check_eq "moved message in the target" "$(count_in Processed)" 1
check "second move into the existing folder" drive INBOX done 3 Processed
check_eq "two messages in the target" "$(count_in Processed)" 2
list=$(drive INBOX list 0 | tr '\n' ' ')
check_eq "INBOX keeps only the flagged one" "$list" "1 "
list=$(drive INBOX list 3)
check_eq "nothing new after the last processed UID" "$list" ""

# --- IDLE -----------------------------------------------------------------------
mkmsg 4
(sleep 2; deliver "$T_TMP/msg4.eml") &
bg=$!
t0=$(date +%s)
r=$(drive INBOX idle 20)
t1=$(date +%s)
wait $bg
check_eq "IDLE returns 1 when mail arrives" "$r" 1
check "IDLE returned early (within 10 s)" test $((t1 - t0)) -lt 10
list=$(drive INBOX list 3 | tr '\n' ' ')
check_eq "the new message is listed" "$list" "4 "
r=$(drive INBOX idle 2)
check_eq "IDLE times out with 0 when nothing comes" "$r" 0

mkmsg 5
(sleep 1.5; deliver "$T_TMP/msg5.eml") &
bg=$!
t0=$(date +%s)
r=$(drive INBOX idle 20)
t1=$(date +%s)
wait $bg
check_eq "IDLE wakes again on the next mail" "$r" 1
"$DRIVE" 127.0.0.1 "$IMAP_PORT" none "$USER" "$PASS" INBOX idle 30 >"$T_TMP/idle.out" &
bg=$!
sleep 1.5
t0=$(date +%s)
kill -TERM $bg
wait $bg
rc=$?
t1=$(date +%s)
check_eq "IDLE stopped by the stop flag exits cleanly" "$rc" 0
check_eq "IDLE stopped by the stop flag returns 0" "$(cat "$T_TMP/idle.out")" 0
check "IDLE notices the stop flag within 3 s" test $((t1 - t0)) -le 3

# --- more listing and fetching --------------------------------------------------
doveadm_ mailbox create -u "$USER" Empty
check_eq "list in an empty folder" "$(drive Empty list 0)" ""
head -c $((40 * 1024 * 1024)) /dev/zero | base64 -w 76 |
    sed '1i From: big@example.org\nSubject: big\n' >"$T_TMP/big.eml"
doveadm_ mailbox create -u "$USER" Big
deliver "$T_TMP/big.eml" Big
rm -f "$T_TMP/big.eml"
out=$(drive Big fetch 1 2>&1)
check_match "a message over 50 MiB is refused with a cause" "$out" \
    'UID 1 is [0-9]+ bytes, over the limit'
out=$(IMAP_DRIVE_VERBOSE=2 drive INBOX list 0 2>&1)
check_match "protocol trace at verbosity 2" "$out" 'UID SEARCH'
check_nomatch "the trace never shows the password" "$out" 's3cret'

# A server that accepts and then says nothing: the timeout must end it.
python3 -c '
import socket, sys, time
s = socket.socket()
s.bind(("127.0.0.1", 0))
s.listen(16)
print(s.getsockname()[1], flush=True)
time.sleep(120)
' >"$T_TMP/silent.port" &
SILENT_PID=$!
i=0
while [ ! -s "$T_TMP/silent.port" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
sport=$(cat "$T_TMP/silent.port")
t0=$(date +%s)
out=$(IMAP_DRIVE_TIMEOUT=2 "$DRIVE" 127.0.0.1 "$sport" none "$USER" "$PASS" INBOX uidvalidity 2>&1)
t1=$(date +%s)
check_match "silent server: greeting times out" "$out" 'greeting: (connection lost or timed out|command deadline passed)'
check "silent server: gave up within 6 s" test $((t1 - t0)) -le 6
t0=$(date +%s)
out=$(IMAP_DRIVE_TIMEOUT=2 "$DRIVE" localhost "$sport" imaps "$USER" "$PASS" INBOX uidvalidity 2>&1)
t1=$(date +%s)
check_match "silent server: TLS handshake times out" "$out" 'TLS handshake with localhost failed'
check "silent TLS server: gave up within 6 s" test $((t1 - t0)) -le 6
kill "$SILENT_PID" 2>/dev/null
SILENT_PID=

# A hostile server in the middle of STARTTLS: one that slips a line in
# after its OK, one that says PREAUTH to skip TLS, one without STARTTLS.
# (When the injected line comes in the same packet as the OK, libetpan's
# own parser already fails STARTTLS; imap.c refuses any byte left over.)
# These, and the silent server above, are scripted on purpose: they show
# a server misbehaving, which no real server can be made to do.  Whatever
# a real server can show (XOAUTH2 included) runs against Dovecot.
fake_imap() {	# fake_imap MODE: serve one client, print the port first
	python3 -c '
import socket, sys
mode = sys.argv[1]
s = socket.socket()
s.bind(("127.0.0.1", 0))
s.listen(1)
print(s.getsockname()[1], flush=True)
c, _ = s.accept()
s.settimeout(10)
if mode == "preauth":
    c.sendall(b"* PREAUTH [CAPABILITY IMAP4rev1 STARTTLS] welcome\r\n")
elif mode == "nostarttls":
    c.sendall(b"* OK [CAPABILITY IMAP4rev1] hi\r\n")
else:
    c.sendall(b"* OK [CAPABILITY IMAP4rev1 STARTTLS] hi\r\n")
f = c.makefile("rb")
for line in f:
    tag, cmd = line.split()[0], line.split()[1].upper()
    if cmd == b"CAPABILITY":
        caps = b"IMAP4rev1" if mode == "nostarttls" else b"IMAP4rev1 STARTTLS"
        c.sendall(b"* CAPABILITY " + caps + b"\r\n" + tag + b" OK done\r\n")
    elif cmd == b"LOGOUT":
        c.sendall(b"* BYE bye\r\n" + tag + b" OK out\r\n")
        break
    elif cmd == b"STARTTLS":
        c.sendall(tag + b" OK Begin TLS\r\n* 1 EXISTS\r\n")
    else:
        c.sendall(tag + b" BAD no\r\n")
' "$1" >"$T_TMP/fake.port" &
	FAKE_PID=$!
	i=0
	while [ ! -s "$T_TMP/fake.port" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
	cat "$T_TMP/fake.port"
}
fport=$(fake_imap inject)
out=$(IMAP_DRIVE_TIMEOUT=3 "$DRIVE" localhost "$fport" starttls "$USER" "$PASS" INBOX "$CAFILE" uidvalidity 2>&1)
kill "$FAKE_PID" 2>/dev/null; wait "$FAKE_PID" 2>/dev/null; rm -f "$T_TMP/fake.port"
check_match "STARTTLS: data injected before the handshake refused" "$out" \
    'sent data before the TLS handshake|STARTTLS: STARTTLS refused'
fport=$(fake_imap preauth)
out=$(IMAP_DRIVE_TIMEOUT=3 "$DRIVE" localhost "$fport" starttls "$USER" "$PASS" INBOX "$CAFILE" uidvalidity 2>&1)
kill "$FAKE_PID" 2>/dev/null; wait "$FAKE_PID" 2>/dev/null; rm -f "$T_TMP/fake.port"
check_match "STARTTLS: PREAUTH in clear text refused" "$out" 'PREAUTH before STARTTLS'
fport=$(fake_imap nostarttls)
out=$(IMAP_DRIVE_TIMEOUT=3 "$DRIVE" localhost "$fport" starttls "$USER" "$PASS" INBOX "$CAFILE" uidvalidity 2>&1)
kill "$FAKE_PID" 2>/dev/null; wait "$FAKE_PID" 2>/dev/null; rm -f "$T_TMP/fake.port"
check_match "STARTTLS required but not offered: refused" "$out" 'does not offer STARTTLS'

# --- XOAUTH2 ----------------------------------------------------------------------
# The "imap" set is a Dovecot without XOAUTH2: asked for it, we refuse
# rather than fall back to a password.
out=$(IMAP_DRIVE_TIMEOUT=3 IMAP_DRIVE_OAUTH_TOKEN=x drive INBOX uidvalidity 2>&1)
check_match "XOAUTH2 on a server without it: refused clearly" "$out" \
    'does not offer AUTH=XOAUTH2'

# The "all" set, started for this part alone: its Dovecot has an oauth2
# passdb that checks the bearer tokens (JWTs) "testservers.sh token" mints.
if sh "$TESTSERVERS" start "$ODIR" all >"$T_TMP/ostart.log" 2>&1; then
	# its env would overwrite the imap set's: take what is needed
	OIMAP_PORT=$(. "$ODIR/env"; echo "$IMAP_PORT")
	OIMAPS_PORT=$(. "$ODIR/env"; echo "$IMAPS_PORT")
	OCAFILE=$(. "$ODIR/env"; echo "$CAFILE")
	tok=$(sh "$TESTSERVERS" token "$ODIR" "$USER")
	old=$(sh "$TESTSERVERS" token "$ODIR" "$USER" -60)
	# forged: the signature's first character changed (all 6 of its bits
	# count; the last one's low bits are padding)
	sig=${tok##*.}
	case $sig in A*) bad=${tok%.*}.B${sig#?} ;; *) bad=${tok%.*}.A${sig#?} ;; esac
	# what goes on the wire is the SASL string in base64, not the token
	# (as a grep -E pattern: its "+" escaped)
	sasl() {
		printf 'user=%s\001auth=Bearer %s\001\001' "$1" "$2" |
		    base64 -w 0 | sed 's/+/\\+/g'
	}
	secrets="$tok|$(sasl "$USER" "$tok")|$(sasl "$USER@$DOMAIN" "$tok")|AUTHENTICATE"
	odrive() {	# odrive HOST PORT TLS USER TOKEN FOLDER CAFILE CMD...
		t=$5
		h=$1 p=$2 m=$3 u=$4
		shift 5
		IMAP_DRIVE_OAUTH_TOKEN=$t "$DRIVE" "$h" "$p" "$m" "$u" unused "$@"
	}
	mkmsg 7
	check "XOAUTH2: deliver a message" \
	    sh "$TESTSERVERS" deliver "$ODIR" "$USER" "$T_TMP/msg7.eml"

	out=$(IMAP_DRIVE_VERBOSE=2 odrive 127.0.0.1 "$OIMAP_PORT" none "$USER" \
	    "$tok" INBOX - list 0 2>&1)
	check_match "XOAUTH2 with a valid token logs in and lists" "$out" '^1$'
	check_match "XOAUTH2: the protocol trace is on" "$out" '> [0-9]+ UID SEARCH'
	check_nomatch "XOAUTH2: neither token nor AUTHENTICATE in the trace" \
	    "$out" "$secrets"
	out=$(IMAP_DRIVE_VERBOSE=2 odrive localhost "$OIMAPS_PORT" imaps \
	    "$USER@$DOMAIN" "$tok" INBOX "$OCAFILE" fetch 1 2>"$T_TMP/ofetch.err")
	check_match "XOAUTH2 over IMAPS (as user@domain) fetches the message" \
	    "$out" '^Message-ID: <m7.test@example.org>'
	check_match "XOAUTH2 over IMAPS: the trace is on" \
	    "$(cat "$T_TMP/ofetch.err")" 'UID FETCH 1'
	check_nomatch "XOAUTH2 over IMAPS: no token in the trace" \
	    "$(cat "$T_TMP/ofetch.err")" "$secrets"
	log=$(cat "$ODIR/dovecot.log")
	check_match "Dovecot logged the IMAP login as XOAUTH2" "$log" \
	    'imap-login: Info: Login: user=<support>, method=XOAUTH2, [^ ]+ [^ ]+ [^ ]+ secured,'
	check_match "Dovecot logged the IMAPS login as XOAUTH2 over TLS" "$log" \
	    'imap-login: Info: Login: user=<support>, method=XOAUTH2, [^ ]+ [^ ]+ [^ ]+ TLS,'

	out=$(IMAP_DRIVE_VERBOSE=2 odrive 127.0.0.1 "$OIMAP_PORT" none "$USER" \
	    "$old" INBOX - uidvalidity 2>&1)
	rc=$?
	check_eq "XOAUTH2 with an expired token fails" "$rc" 1
	check_match "XOAUTH2 expired token: refused with a clear cause" "$out" \
	    'login as support failed: authentication failed: NO \[AUTHENTICATIONFAILED\] Authentication failed'
	check_nomatch "XOAUTH2 expired token: not in the trace or cause" "$out" \
	    "$old|$(sasl "$USER" "$old")|AUTHENTICATE"
	out=$(IMAP_DRIVE_VERBOSE=2 odrive localhost "$OIMAPS_PORT" imaps \
	    "$USER@$DOMAIN" "$bad" INBOX "$OCAFILE" uidvalidity 2>&1)
	rc=$?
	check_eq "XOAUTH2 with a forged token fails" "$rc" 1
	check_match "XOAUTH2 forged token: refused with a clear cause" "$out" \
	    'login as support@example.com failed: authentication failed: NO \[AUTHENTICATIONFAILED\] Authentication failed'
	check_nomatch "XOAUTH2 forged token: not in the trace or cause" "$out" \
	    "$bad|$(sasl "$USER@$DOMAIN" "$bad")|AUTHENTICATE"
	check_eq "Dovecot refused both tokens itself" \
	    "$(grep -c 'imap-login: .*auth failed.*method=XOAUTH2' "$ODIR/dovecot.log")" 2
	out=$(odrive 127.0.0.1 "$OIMAP_PORT" none "$USER" "$tok" INBOX - list 0 2>&1)
	check_eq "and the valid token still works after them" "$out" 1

	if command -v valgrind >/dev/null 2>&1; then
		IMAP_DRIVE_OAUTH_TOKEN=$tok valgrind -q --leak-check=full \
		    --errors-for-leak-kinds=definite --error-exitcode=9 "$DRIVE" \
		    localhost "$OIMAPS_PORT" imaps "$USER" unused INBOX "$OCAFILE" \
		    fetch 1 >/dev/null 2>"$T_TMP/vg.log"
		rc=$?
		if [ $rc -eq 0 ] && ! grep -q 'definitely lost\|Invalid' "$T_TMP/vg.log"; then
			ok "valgrind clean: XOAUTH2 fetch over imaps"
		else
			fail "valgrind: XOAUTH2 fetch over imaps (exit $rc): $(head -c 1500 "$T_TMP/vg.log")"
		fi
		IMAP_DRIVE_OAUTH_TOKEN=$bad valgrind -q --leak-check=full \
		    --errors-for-leak-kinds=definite --error-exitcode=9 "$DRIVE" \
		    127.0.0.1 "$OIMAP_PORT" none "$USER" unused INBOX - \
		    uidvalidity >/dev/null 2>"$T_TMP/vg.log"
		rc=$?
		if [ $rc -eq 1 ] && ! grep -q 'definitely lost\|Invalid' "$T_TMP/vg.log"; then
			ok "valgrind clean: XOAUTH2 refused"
		else
			fail "valgrind: XOAUTH2 refused (exit $rc): $(head -c 1500 "$T_TMP/vg.log")"
		fi
	fi
	sh "$TESTSERVERS" stop "$ODIR" >/dev/null 2>&1
	check "the XOAUTH2 servers stopped" test ! -e "$ODIR"
else
	fail "start the \"all\" set for XOAUTH2: $(tail -n 5 "$T_TMP/ostart.log")"
fi

# --- TLS ------------------------------------------------------------------------
tdrive() {	# tdrive HOST MODE PORT CAFILE CMD...
	h=$1 m=$2 p=$3 ca=$4
	shift 4
	"$DRIVE" "$h" "$p" "$m" "$USER" "$PASS" INBOX "$ca" "$@"
}
check_eq "imaps with the right CA and name" \
    "$(tdrive localhost imaps "$IMAPS_PORT" "$CAFILE" uidvalidity 2>&1)" "$uv"
check_eq "STARTTLS with the right CA and name" \
    "$(tdrive localhost starttls "$IMAP_PORT" "$CAFILE" uidvalidity 2>&1)" "$uv"
out=$(tdrive 127.0.0.1 imaps "$IMAPS_PORT" "$CAFILE" uidvalidity 2>&1)
check_match "imaps: wrong host name refused" "$out" \
    'certificate verification failed:.*(hostname|name)'
out=$(tdrive localhost imaps "$IMAPS_PORT" "$WRONG_CAFILE" uidvalidity 2>&1)
check_match "imaps: a CA that did not sign it refused" "$out" \
    'certificate verification failed:.*(NOT trusted|issuer is unknown)'
out=$(tdrive localhost imaps "$IMAPS_PORT" - uidvalidity 2>&1)
check_match "imaps: no CA (system store) refused" "$out" \
    'certificate verification failed'
out=$(tdrive localhost starttls "$IMAP_PORT" "$WRONG_CAFILE" uidvalidity 2>&1)
check_match "STARTTLS: wrong CA refused" "$out" \
    'certificate verification failed'
check_eq "imaps+noverify accepts the unknown CA" \
    "$(tdrive 127.0.0.1 imaps+noverify "$IMAPS_PORT" "$WRONG_CAFILE" uidvalidity 2>/dev/null)" "$uv"

# --- authentication and errors ------------------------------------------------
out=$("$DRIVE" 127.0.0.1 "$IMAP_PORT" none "$USER" wrong INBOX uidvalidity 2>&1)
check_match "bad password refused with a clear cause" "$out" \
    'login as support failed: authentication failed: NO \[AUTHENTICATIONFAILED\] Authentication failed'
check_nomatch "the cause does not carry the password" "$out" 'wrong'
check_eq "LOGIN with a password holding space, quote, backslash" \
    "$("$DRIVE" 127.0.0.1 "$IMAP_PORT" none "$QUSER" "$QPASS" INBOX list 0 2>&1)" ""
out=$(drive NoSuchFolder uidvalidity 2>&1)
check_match "SELECT of a missing folder fails clearly" "$out" 'SELECT NoSuchFolder'
port=$(free_port)
out=$("$DRIVE" 127.0.0.1 "$port" none "$USER" "$PASS" INBOX uidvalidity 2>&1)
check_match "connection refused is a clear cause" "$out" 'cannot connect.*refused'

# --- valgrind -------------------------------------------------------------------
if command -v valgrind >/dev/null 2>&1; then
	for args in "localhost imaps $IMAPS_PORT $CAFILE fetch 1" \
	    "127.0.0.1 none $IMAP_PORT - list 0" \
	    "localhost starttls $IMAP_PORT $CAFILE idle 1" \
	    "127.0.0.1 imaps $IMAPS_PORT $CAFILE uidvalidity" \
	    "127.0.0.1 none $IMAP_PORT - fetch 99" \
	    "localhost starttls $IMAP_PORT $CAFILE done 4 Processed" \
	    "localhost imaps $IMAPS_PORT $CAFILE idle 40"; do
		# shellcheck disable=SC2086
		set -- $args
		h=$1 m=$2 p=$3 ca=$4 what=$5
		shift 4
		bg=
		# The wake-up path, with new mail once valgrind has got going.
		if [ "$what" = idle ] && [ "${2:-0}" -gt 30 ]; then
			mkmsg 6
			(sleep 8; deliver "$T_TMP/msg6.eml") &
			bg=$!
		fi
		valgrind -q --leak-check=full --errors-for-leak-kinds=definite \
		    --error-exitcode=9 "$DRIVE" "$h" "$p" "$m" "$USER" "$PASS" \
		    INBOX "$ca" "$@" >"$T_TMP/vg.out" 2>"$T_TMP/vg.log"
		rc=$?
		if [ -n "$bg" ]; then
			wait "$bg"
			check_eq "IDLE under valgrind woke on the new mail" \
			    "$(cat "$T_TMP/vg.out")" 1
		fi
		# Exit 1 is an expected refusal (wrong name, missing UID): its
		# error path must be as clean as the good one.
		if [ $rc -le 1 ] && ! grep -q 'definitely lost\|Invalid' "$T_TMP/vg.log"; then
			ok "valgrind clean: $what over $m"
		else
			fail "valgrind: $what over $m (exit $rc): $(head -c 1500 "$T_TMP/vg.log")"
		fi
	done
fi

# --- a server without MOVE and IDLE ---------------------------------------------
# Dovecot announces what imap_capability says: take MOVE and IDLE away to
# walk the COPY + \Deleted + UID EXPUNGE path and the sleeping poll.
before=$(count_in Processed)
printf 'imap_capability = IMAP4rev1 LITERAL+ UIDPLUS\n' >>"$DIR/dovecot.conf"
doveadm_ reload
sleep 1
check_eq "UID 5 is still in INBOX" "$(drive INBOX list 4 | tr '\n' ' ')" "5 6 "
out=$(IMAP_DRIVE_VERBOSE=2 drive INBOX done 5 Processed 2>&1)
check "done without MOVE succeeds" test $? -eq 0
check_match "done without MOVE: UID COPY" "$out" '> [0-9]+ UID COPY 5 Processed'
check_match "done without MOVE: \\Deleted" "$out" 'UID STORE 5 \+FLAGS.SILENT \(\\Deleted\)'
check_match "done without MOVE: UID EXPUNGE" "$out" 'UID EXPUNGE 5'
check_nomatch "done without MOVE: no MOVE sent" "$out" 'UID MOVE'
check_eq "copied into the target" "$(count_in Processed)" $((before + 1))
check_eq "expunged from INBOX" "$(drive INBOX list 4 | tr '\n' ' ')" "6 "
t0=$(date +%s)
r=$(drive INBOX idle 2)
t1=$(date +%s)
check_eq "without IDLE: sleeps and returns 0" "$r" 0
check "without IDLE: slept about 2 s" test $((t1 - t0)) -ge 2 -a $((t1 - t0)) -le 4
sed -i '$d' "$DIR/dovecot.conf"
doveadm_ reload
sleep 1

# --- folder names beyond ASCII (modified UTF-7 on the wire) -------------------
U="Załatwione ✓ 😀 & co"
check "move into a new folder with a non-ASCII name" drive INBOX done 6 "$U"
check_eq "the folder exists under its UTF-8 name" "$(count_in "$U")" 1
check_eq "and can be selected and listed" "$(drive "$U" list 0 | wc -l)" 1
out=$(IMAP_DRIVE_VERBOSE=2 drive "$U" uidvalidity 2>&1)
check_match "sent as modified UTF-7" "$out" 'SELECT "Za&AUI-atwione &JxM- &2D3eAA- &- co"'
out=$(drive "$(printf 'Bad\377Name')" uidvalidity 2>&1)
check_match "a folder name that is not UTF-8 is refused" "$out" 'not valid UTF-8'

# --- the server goes away --------------------------------------------------------
# Dovecot says BYE to idling clients some 8 s after SIGTERM: the IDLE must
# end on that BYE, long before the idle time (60 s) or the network timeout.
IMAP_DRIVE_TIMEOUT=30 drive INBOX idle 60 >"$T_TMP/idle.out" 2>"$T_TMP/idle.err" &
bg=$!
sleep 1.5
kill "$(cat "$DIR/run/master.pid")"
t0=$(date +%s)
wait $bg
rc=$?
t1=$(date +%s)
check_eq "IDLE on a dying server fails (-1)" "$rc" 1
check_match "IDLE on a dying server: the cause says so" "$(cat "$T_TMP/idle.err")" \
    'closed the connection: BYE|connection lost'
check "IDLE on a dying server returns within 15 s" test $((t1 - t0)) -le 15
out=$(drive INBOX uidvalidity 2>&1)
check_match "connecting to a stopped server fails clearly" "$out" 'cannot connect'

t_done
