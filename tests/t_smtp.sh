#!/bin/sh
# t_smtp.sh -- daemon/smtp.c against a real OpenSMTPD (contrib/testservers.sh)
# through build/tests/smtp_drive: 120 messages in one session all arrive
# exactly once (OpenSMTPD's 452 after 100 is a TEMPFAIL and the same session
# reconnects), "." lines survive, 5xx is PERMFAIL, 4xx and a stopped server
# are TEMPFAIL, TLS is verified; and submission with STARTTLS and AUTH
# PLAIN against Dovecot's submission service (relaying to that OpenSMTPD):
# delivered, 535 is TEMPFAIL, a wrong CA or host name is refused, no AUTH
# gets 530; XOAUTH2 with a token Dovecot checks, expired and forged ones
# refused.  Needs root and the servers' packages.
. "$(dirname "$0")/lib.sh"

TS="$TOP/contrib/testservers.sh"
DRIVE="$TOP/build/tests/smtp_drive"
SD="$T_TMP/srv"
chmod 711 "$T_TMP"
trap 'exec 3>&- 2>/dev/null; sh "$TS" stop "$SD" >/dev/null 2>&1' EXIT
trap 'exit 1' INT TERM

if [ ! -x "$DRIVE" ]; then
	(cd "$TOP" && make -s build/tests/smtp_drive) >"$T_TMP/make.log" 2>&1 ||
	    { fail "build smtp_drive: $(tail -n 5 "$T_TMP/make.log")"; t_done; exit 1; }
fi
if ! sh "$TS" start "$SD" >"$T_TMP/start.log" 2>&1; then
	fail "start servers: $(cat "$T_TMP/start.log")"
	t_done
	exit 1
fi
. "$SD/env"
URL="smtp://127.0.0.1:$SMTP_PORT"

# count USER SUBJECT: how many messages in INBOX have SUBJECT
count() {
	curl -sS -u "$1:$PASSWORD" "imap://127.0.0.1:$IMAP_PORT/INBOX" \
	    -X "UID SEARCH SUBJECT \"$2\"" 2>/dev/null | tr -d '\r' |
	    sed -n 's/^\* SEARCH *//p' | wc -w
}
# wait_count USER SUBJECT N: poll up to 60 s until N have arrived
wait_count() {
	i=0
	while [ $i -lt 120 ]; do
		[ "$(count "$1" "$2")" -ge "$3" ] && break
		sleep 0.5
		i=$((i + 1))
	done
	count "$1" "$2"
}
mkmsg() {	# TO SUBJECT, LF line ends: smtp.c makes them CRLF
	printf 'From: Support <support@example.com>\nTo: %s\nSubject: %s\nMessage-ID: <%s@example.com>\n\nfirst line\n.starts with a dot\n..two dots\n.\n. \nlast line\n' \
	    "$1" "$2" "$2"
}

# 120 messages in one session; the 101st is refused with 452 and retried
tok="batch-$$"
mkmsg customer1@example.com "$tok" > "$T_TMP/batch.eml"
"$DRIVE" -R -n 120 "$URL" support@example.com customer1@example.com \
    "$T_TMP/batch.eml" > "$T_TMP/batch.out" 2>"$T_TMP/batch.err"
out=$(cat "$T_TMP/batch.out")
check_eq "120 sends accepted" "$(grep -c ' ok' "$T_TMP/batch.out")" 120
check_eq "one TEMPFAIL in the batch" "$(grep -c 'tempfail' "$T_TMP/batch.out")" 1
check_match "the 101st gets OpenSMTPD's 452 as TEMPFAIL" "$out" "^101 tempfail: 452 "
check_match "and the same session reconnects" "$out" "^101 ok \(retry\)$"
check_eq "120 arrive" "$(wait_count customer1 "$tok" 120)" 120
seqs=$(grep -h '^X-Drive-Seq: ' "$SD"/mail/customer1/new/* "$SD"/mail/customer1/cur/* 2>/dev/null |
    sort -u | wc -l)
check_eq "each exactly once" "$seqs" 120
check_eq "no duplicates" "$(grep -h '^X-Drive-Seq: ' "$SD"/mail/customer1/new/* 2>/dev/null |
    sort | uniq -d | wc -l)" 0
check_eq "nothing on stderr" "$(cat "$T_TMP/batch.err")" ""

got=$(curl -sS -u "customer1:$PASSWORD" \
    "imap://127.0.0.1:$IMAP_PORT/INBOX;UID=1" 2>&1 | tr -d '\r')
check_match "a line starting with . arrives intact" "$got" '^\.starts with a dot$'
check_match "a line starting with .. arrives intact" "$got" '^\.\.two dots$'
check_match "a line of one . arrives intact" "$got" '^\.$'
check_match "a line of '. ' arrives intact" "$got" '^\. $'
check_match "the message goes on after them" "$got" '^last line$'

# 5xx is PERMFAIL with the server's line; one bad recipient fails the
# whole message, so nothing went to the good one either
mkmsg customer3@example.com "rej-$$" > "$T_TMP/rej.eml"
out=$("$DRIVE" "$URL" support@example.com reject@example.com "$T_TMP/rej.eml" 2>&1)
check_match "550 is PERMFAIL with the server's answer" "$out" "^1 permfail: 550 .*reject@example.com"
out=$("$DRIVE" "$URL" support@example.com customer3@example.com,reject@example.com \
    "$T_TMP/rej.eml" 2>&1)
check_match "a refused recipient among good ones is PERMFAIL" "$out" "^1 permfail: 550 "
out=$("$DRIVE" "$URL" support@example.com customer3@example.com "$T_TMP/rej.eml" 2>&1)
check_match "the good recipient alone goes" "$out" "^1 ok$"
check_eq "customer3 got it once, not from the refused send" \
    "$(wait_count customer3 "rej-$$" 1)" 1

# 4xx is TEMPFAIL
out=$("$DRIVE" "$URL" support@example.com tempfail@example.com "$T_TMP/rej.eml" 2>&1)
check_match "451 is TEMPFAIL with the server's answer" "$out" "^1 tempfail: 451 "

# TLS: verified as localhost with ca.pem, refused otherwise; STARTTLS
# required on a server without it fails rather than sending in clear
mkmsg customer2@example.com "tls-$$" > "$T_TMP/tls.eml"
out=$("$DRIVE" -c "$CAFILE" "smtps://localhost:$SMTPS_PORT" support@example.com \
    customer2@example.com "$T_TMP/tls.eml" 2>&1)
check_match "smtps verified with ca.pem" "$out" "^1 ok$"
out=$("$DRIVE" -c "$CAFILE" "smtps://127.0.0.1:$SMTPS_PORT" support@example.com \
    customer2@example.com "$T_TMP/tls.eml" 2>&1)
check_match "smtps to a wrong host name is TEMPFAIL" "$out" "^1 tempfail: .*(match|name)"
out=$("$DRIVE" -c "$WRONG_CAFILE" "smtps://localhost:$SMTPS_PORT" support@example.com \
    customer2@example.com "$T_TMP/tls.eml" 2>&1)
check_match "smtps with another CA is TEMPFAIL" "$out" "^1 tempfail: .*verif"
out=$("$DRIVE" -k -c "$WRONG_CAFILE" "smtps://127.0.0.1:$SMTPS_PORT" support@example.com \
    customer2@example.com "$T_TMP/tls.eml" 2>&1)
check_match "tls_verify off is obeyed" "$out" "^1 ok$"
out=$("$DRIVE" -S -c "$CAFILE" "smtp://localhost:$SMTP_PORT" support@example.com \
    customer2@example.com "$T_TMP/tls.eml" 2>&1)
check_match "required STARTTLS missing is TEMPFAIL" "$out" "^1 tempfail: .*STARTTLS"
check_eq "exactly the two TLS sends arrived" "$(wait_count customer2 "tls-$$" 2)" 2
out=$("$DRIVE" -k "$URL" support@example.com reject@example.com "$T_TMP/tls.eml" 2>&1)
check_match "tls_verify off is logged" "$out" "verification is off"

# the server goes away in the middle of a session, and comes back
mkmsg customer1@example.com "down-$$" > "$T_TMP/down.eml"
mkfifo "$T_TMP/ctl"
"$DRIVE" -w -n 3 "$URL" support@example.com customer1@example.com \
    "$T_TMP/down.eml" < "$T_TMP/ctl" > "$T_TMP/down.out" 2>&1 &
dpid=$!
exec 3>"$T_TMP/ctl"
# wait_line N: up to 60 s for the driver's line about message N
wait_line() {
	i=0
	while [ $i -lt 120 ] && ! grep -q "^$1 " "$T_TMP/down.out"; do
		sleep 0.5; i=$((i + 1))
	done
}
wait_line 1
sh "$TS" down "$SD" smtp
echo next >&3
wait_line 2
sh "$TS" up "$SD" smtp >"$T_TMP/up.log" 2>&1 || fail "smtpd restart: $(cat "$T_TMP/up.log")"
echo next >&3
wait_line 3
exec 3>&-
wait "$dpid"
out=$(cat "$T_TMP/down.out")
check_match "before the stop: ok" "$out" "^1 ok$"
check_match "smtpd stopped: TEMPFAIL" "$out" "^2 tempfail: "
check_match "smtpd back: the session reconnects" "$out" "^3 ok$"
check_eq "the two accepted ones arrive" "$(wait_count customer1 "down-$$" 2)" 2

# Submission with AUTH: Dovecot's submission service (a real server:
# STARTTLS with cert.pem, AUTH PLAIN/LOGIN against the test passwd-file),
# which relays to OpenSMTPD, which delivers over LMTP.
SURL="smtp://localhost:$SUBMISSION_PORT"
mkmsg agent1@example.com "sub-$$" > "$T_TMP/sub.eml"
out=$("$DRIVE" -S -c "$CAFILE" -H desk.example.com -u support -p "$PASSWORD" \
    "$SURL" support@example.com agent1@example.com "$T_TMP/sub.eml" 2>&1)
check_match "submission: STARTTLS verified, AUTH PLAIN, accepted" "$out" "^1 ok$"
check_nomatch "no password on the driver's output" "$out" "$PASSWORD"
check_eq "the submitted message arrives in agent1's INBOX" \
    "$(wait_count agent1 "sub-$$" 1)" 1
got=$(curl -sS -u "agent1:$PASSWORD" \
    "imap://127.0.0.1:$IMAP_PORT/INBOX;UID=1" 2>&1 | tr -d '\r')
check_match "Dovecot saw our EHLO name, TLS and AUTH (ESMTPSA)" "$got" \
    "^Received: from desk\.example\.com "
check_match "and recorded it as ESMTPSA" "$got" "with ESMTPSA$"
check_match "the body arrives intact" "$got" '^\.\.two dots$'
out=$("$DRIVE" -S -c "$CAFILE" -u support@example.com -p "$PASSWORD" \
    "$SURL" support@example.com agent1@example.com "$T_TMP/sub.eml" 2>&1)
check_match "the login as user@domain works too" "$out" "^1 ok$"
out=$("$DRIVE" -S -c "$CAFILE" -u support -p wrong "$SURL" \
    support@example.com agent1@example.com "$T_TMP/sub.eml" 2>&1)
check_match "a refused login is TEMPFAIL with Dovecot's 535 (a config fault)" \
    "$out" "^1 tempfail: 535 "
check_nomatch "the wrong password is not shown either" "$out" "wrong"
out=$("$DRIVE" -S -c "$WRONG_CAFILE" -u support -p "$PASSWORD" "$SURL" \
    support@example.com agent1@example.com "$T_TMP/sub.eml" 2>&1)
check_match "STARTTLS with another CA is refused before AUTH" \
    "$out" "^1 tempfail: .*verif"
out=$("$DRIVE" -S -c "$CAFILE" -u support -p "$PASSWORD" \
    "smtp://127.0.0.1:$SUBMISSION_PORT" support@example.com \
    agent1@example.com "$T_TMP/sub.eml" 2>&1)
check_match "STARTTLS to a wrong host name is refused before AUTH" \
    "$out" "^1 tempfail: .*(match|name)"
out=$("$DRIVE" -S -c "$CAFILE" "$SURL" support@example.com \
    agent1@example.com "$T_TMP/sub.eml" 2>&1)
check_match "no AUTH: Dovecot refuses with 530 and we report it" \
    "$out" "^1 permfail: 530 .*[Aa]uthentication required"
check_eq "only the two good logins delivered" "$(wait_count agent1 "sub-$$" 2)" 2
log=$(cat "$SD/dovecot.log")
check_match "Dovecot logged the refused login" "$log" \
    "submission-login: .*auth failed.*user=<support>, method=PLAIN"

# XOAUTH2, also against Dovecot's submission: its oauth2 passdb checks
# bearer tokens (JWTs minted by "testservers.sh token") itself
tok=$(sh "$TS" token "$SD" support)
old=$(sh "$TS" token "$SD" support -60)
mkmsg agent2@example.com "oauth-$$" > "$T_TMP/oauth.eml"
out=$("$DRIVE" -S -c "$CAFILE" -u support -o "$tok" "$SURL" \
    support@example.com agent2@example.com "$T_TMP/oauth.eml" 2>&1)
check_match "XOAUTH2 with a valid bearer token" "$out" "^1 ok$"
check_nomatch "no token on the driver's output" "$out" "$tok"
check_match "Dovecot logged the login as XOAUTH2" "$(cat "$SD/dovecot.log")" \
    "submission-login: Info: Login: user=<support>, method=XOAUTH2"
out=$("$DRIVE" -S -c "$CAFILE" -u support -o "$old" "$SURL" \
    support@example.com agent2@example.com "$T_TMP/oauth.eml" 2>&1)
check_match "an expired token is TEMPFAIL (a config fault, not the mail's)" \
    "$out" "^1 tempfail: (535 |Login denied)"
# forge: change the signature's first character (all 6 of its bits count;
# the last one's low bits are padding)
sig=${tok##*.}
case $sig in A*) bad=${tok%.*}.B${sig#?} ;; *) bad=${tok%.*}.A${sig#?} ;; esac
out=$("$DRIVE" -S -c "$CAFILE" -u support -o "$bad" "$SURL" \
    support@example.com agent2@example.com "$T_TMP/oauth.eml" 2>&1)
check_match "a token with a bad signature is TEMPFAIL" \
    "$out" "^1 tempfail: (535 |Login denied)"
check_eq "only the good token's message arrives" \
    "$(wait_count agent2 "oauth-$$" 1)" 1

sh "$TS" stop "$SD"
check "servers stopped" test ! -e "$SD"
t_done
