#!/bin/sh
# t_servers.sh -- the throwaway mail servers of contrib/testservers.sh work:
# SMTP in, LMTP into Dovecot, IMAP out, TLS verified against DIR/ca.pem and
# refused for a wrong host name or CA, the special recipients answer as
# documented, and "stop" leaves nothing running.  Needs root, dovecot,
# opensmtpd, openssl, python3 and curl (contrib/deps.sh).
. "$(dirname "$0")/lib.sh"

TS="$TOP/contrib/testservers.sh"
SD="$T_TMP/srv"
# Dovecot and smtpd's LMTP delivery run as "mail": let them through
chmod 711 "$T_TMP"
# every set this suite may start; stop also ends those of a deleted DIR
trap 'for x in "$SD" "$T_TMP/second" "$T_TMP/imaponly" "$T_TMP/deleted"; do
	sh "$TS" stop "$x" >/dev/null 2>&1; done' EXIT
trap 'exit 1' INT TERM

if ! sh "$TS" start "$SD" >"$T_TMP/start.log" 2>&1; then
	fail "start: $(cat "$T_TMP/start.log")"
	t_done
	exit 1
fi
ok "start"
. "$SD/env"
check "env names the ports" test -n "$IMAP_PORT" -a -n "$IMAPS_PORT" \
    -a -n "$SMTP_PORT" -a -n "$SMTPS_PORT" -a -n "$PASSWORD"
check "ca.pem written" test -s "$CAFILE"

# imap_search USER CRITERIA: the UIDs matching in INBOX, space-separated
imap_search() {
	curl -sS -u "$1:$PASSWORD" "imap://127.0.0.1:$IMAP_PORT/INBOX" \
	    -X "UID SEARCH $2" 2>/dev/null | tr -d '\r' |
	    sed -n 's/^\* SEARCH *//p'
}
# wait_mail USER SUBJECT: poll up to 60 s; prints the UIDs found
wait_mail() {
	i=0
	while [ $i -lt 120 ]; do
		u=$(imap_search "$1" "SUBJECT \"$2\"")
		[ -n "$u" ] && { echo "$u"; return 0; }
		sleep 0.5
		i=$((i + 1))
	done
	return 1
}
# a message with CRLF line ends, so that curl dot-stuffs the "." lines
mkmsg() {
	printf 'From: Tester <tester@example.org>\r\nTo: %s\r\nSubject: %s\r\nMessage-ID: <%s@example.org>\r\n\r\nfirst line\r\n.starts with a dot\r\n..two dots\r\n.\r\nlast line\r\n' \
	    "$1" "$2" "$2"
}

tok="srv-$$-1"
mkmsg customer1@example.com "$tok" > "$T_TMP/m1.eml"
check "smtp accepts a mail" curl -sS --url "smtp://127.0.0.1:$SMTP_PORT" \
    --mail-from tester@example.org --mail-rcpt customer1@example.com \
    -T "$T_TMP/m1.eml"
uids=$(wait_mail customer1 "$tok")
check_eq "mail arrives once in customer1's INBOX" "$(echo "$uids" | wc -w)" 1
got=$(curl -sS -u "customer1@example.com:$PASSWORD" \
    "imap://127.0.0.1:$IMAP_PORT/INBOX;UID=${uids:-0}" 2>&1 | tr -d '\r')
check_match "login with the full address, body fetched" "$got" "^first line$"
check_match "a line starting with . arrives intact" "$got" '^\.starts with a dot$'
check_match "a line starting with .. arrives intact" "$got" '^\.\.two dots$'
check_match "a line of one . arrives intact" "$got" '^\.$'
check_match "delivered over LMTP" "$got" "^Delivered-To: customer1@example.com"

# every user exists, logs in by both names, has an INBOX
for u in $USERS; do
	check "login $u" curl -sS -u "$u:$PASSWORD" \
	    "imap://127.0.0.1:$IMAP_PORT/INBOX" -X "UID SEARCH ALL"
	check "login $u@$DOMAIN" curl -sS -u "$u@$DOMAIN:$PASSWORD" \
	    "imap://127.0.0.1:$IMAP_PORT/INBOX" -X "UID SEARCH ALL"
done
check "wrong password refused" sh -c "! curl -sS -u 'support:nope' \
    'imap://127.0.0.1:$IMAP_PORT/INBOX' -X 'UID SEARCH ALL'"
check "unknown user refused" sh -c "! curl -sS -u 'nobody:$PASSWORD' \
    'imap://127.0.0.1:$IMAP_PORT/INBOX' -X 'UID SEARCH ALL'"

# TLS: verified with ca.pem as "localhost", refused otherwise
check "imaps verifies as localhost with ca.pem" curl -sS --cacert "$CAFILE" \
    -u "customer1:$PASSWORD" "imaps://localhost:$IMAPS_PORT/INBOX" \
    -X "UID SEARCH ALL"
curl -sS --cacert "$CAFILE" -u "customer1:$PASSWORD" \
    "imaps://127.0.0.1:$IMAPS_PORT/INBOX" -X "UID SEARCH ALL" >/dev/null 2>&1
check_eq "imaps as 127.0.0.1 refused (host name)" $? 60
curl -sS --cacert "$WRONG_CAFILE" -u "customer1:$PASSWORD" \
    "imaps://localhost:$IMAPS_PORT/INBOX" -X "UID SEARCH ALL" >/dev/null 2>&1
check_eq "imaps with another CA refused" $? 60
check "imap STARTTLS verifies" curl -sS --ssl-reqd --cacert "$CAFILE" \
    -u "customer1:$PASSWORD" "imap://localhost:$IMAP_PORT/INBOX" \
    -X "UID SEARCH ALL"

tok="srv-$$-2"
mkmsg customer2@example.com "$tok" > "$T_TMP/m2.eml"
check "smtps verifies as localhost with ca.pem" curl -sS --cacert "$CAFILE" \
    --url "smtps://localhost:$SMTPS_PORT" --mail-from tester@example.org \
    --mail-rcpt customer2@example.com -T "$T_TMP/m2.eml"
check_eq "smtps mail arrives" "$(wait_mail customer2 "$tok" | wc -w)" 1
curl -sS --cacert "$WRONG_CAFILE" --url "smtps://localhost:$SMTPS_PORT" \
    --mail-from tester@example.org --mail-rcpt customer2@example.com \
    -T "$T_TMP/m2.eml" >/dev/null 2>&1
check_eq "smtps with another CA refused" $? 60

# the special recipients
out=$(curl -sS --url "smtp://127.0.0.1:$SMTP_PORT" --mail-from tester@example.org \
    --mail-rcpt reject@example.com -T "$T_TMP/m1.eml" 2>&1)
check_match "reject@ gets 550" "$out" "RCPT failed: 550"
out=$(curl -sS --url "smtp://127.0.0.1:$SMTP_PORT" --mail-from tester@example.org \
    --mail-rcpt tempfail@example.com -T "$T_TMP/m1.eml" 2>&1)
check_match "tempfail@ gets 451" "$out" "RCPT failed: 451"

# deliver puts a file straight into a mailbox
tok="srv-$$-3"
mkmsg agent1@example.com "$tok" > "$T_TMP/m3.eml"
check "deliver" sh "$TS" deliver "$SD" agent1 "$T_TMP/m3.eml"
check_eq "delivered mail is there" "$(imap_search agent1 "SUBJECT \"$tok\"" | wc -w)" 1

# OpenSMTPD's queue and control socket are global: with a mount namespace
# each set gets its own and two sets run at once, without one a second
# start must say why it cannot
out=$(sh "$TS" start "$T_TMP/second" 2>&1)
rc=$?
if [ "$SMTPD_SPOOL" = private ]; then
	check_eq "a second set starts beside" "$rc" 0
	if [ "$rc" -eq 0 ]; then
		p2=$(sed -n 's/^SMTP_PORT=//p' "$T_TMP/second/env")
		mkmsg customer3@example.com "srv-$$-4" > "$T_TMP/m4.eml"
		curl -sS --url "smtp://127.0.0.1:$p2" --mail-from tester@example.org \
		    --mail-rcpt customer3@example.com -T "$T_TMP/m4.eml" >/dev/null 2>&1
		i=0
		while [ $i -lt 120 ] && ! grep -rqs "srv-$$-4" "$T_TMP/second/mail/customer3"; do
			sleep 0.5; i=$((i + 1))
		done
		check "the second set delivers into its own Dovecot" \
		    grep -rqs "srv-$$-4" "$T_TMP/second/mail/customer3"
		check_eq "and not into the first" "$(imap_search customer3 "SUBJECT \"srv-$$-4\"" | wc -w)" 0
	fi
else
	check_eq "second start fails" "$rc" 1
	check_match "second start says why" "$out" "another OpenSMTPD is running"
fi
check "stop the second set" sh "$TS" stop "$T_TMP/second"
check "Dovecot alone can start beside" sh "$TS" start "$T_TMP/imaponly" imap
check "and stop" sh "$TS" stop "$T_TMP/imaponly"

dpid=$(cat "$SD/run/master.pid")
spid=$(cat "$SD/smtpd.pid")
check "stop" sh "$TS" stop "$SD"
check "dovecot gone" sh -c "! kill -0 $dpid"
check "smtpd gone" sh -c "! kill -0 $spid"
check "DIR removed" test ! -e "$SD"
check "smtp port closed" sh -c "! curl -sS --max-time 5 telnet://127.0.0.1:$SMTP_PORT </dev/null"
check "imap port closed" sh -c "! curl -sS --max-time 5 telnet://127.0.0.1:$IMAP_PORT </dev/null"

# "stop DIR" still ends the servers of a DIR deleted first (lib.sh's t_done
# removes T_TMP before an EXIT trap runs)
A="$T_TMP/deleted"
if sh "$TS" start "$A" >/dev/null 2>&1; then
	apid=$(cat "$A/run/master.pid")
	aspid=$(cat "$A/smtpd.pid")
	rm -rf "$A"
	check "stop of a deleted DIR" sh "$TS" stop "$A"
	i=0
	while { kill -0 "$apid" || kill -0 "$aspid"; } 2>/dev/null && [ $i -lt 50 ]; do
		sleep 0.1; i=$((i + 1))
	done
	check "its dovecot is gone" sh -c "! kill -0 $apid"
	check "its smtpd is gone" sh -c "! kill -0 $aspid"
else
	fail "start for the deleted DIR"
fi
t_done
