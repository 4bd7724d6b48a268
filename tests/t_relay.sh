#!/bin/sh
# t_relay.sh -- credentials for the SMTP relay never cross the network in
# clear text unless the config says "tls none", against the real servers
# of contrib/testservers.sh: Dovecot's submission (STARTTLS, AUTH) and
# OpenSMTPD (no STARTTLS).  A relay counts as "this machine" by its name
# (localhost, 127/8, ::1); this machine's own host name, which resolves to
# a loopback address here, stands for a relay elsewhere while the traffic
# stays on 127.0.0.1.  Each scenario: a fresh desk, one mail ingested, its
# acknowledgement sent with "supportctl send".
. "$(dirname "$0")/lib.sh"

S=$T_TMP/srv
chmod 711 "$T_TMP"
trap 'sh "$TOP/contrib/testservers.sh" stop "$S" >/dev/null 2>&1' EXIT
trap 'exit 1' INT TERM

if ! sh "$TOP/contrib/testservers.sh" start "$S" >"$T_TMP/start.log" 2>&1; then
	fail "test servers did not start: $(tail -n 5 "$T_TMP/start.log")"
	t_done; exit 1
fi
. "$S/env"
. "$TOP/contrib/testmail.sh"

# scenario NAME CUSTOMER URL [SMTP LINE...]: sets $rc and $out (send's
# output with the outbox as JSON)
scenario() {
	_n=$1 _d=$T_TMP/$1 _c=$2 _u=$3
	shift 3
	t_desk "$_d"
	sed -i '/^smtp {/,/^}/d' "$_d/supportd.conf"
	{
		printf 'smtp {\n\turl %s\n\tuser support\n\tpassword "%s"\n' "$_u" "$PASSWORD"
		for _l in "$@"; do printf '\t%s\n' "$_l"; done
		printf '}\n'
	} >> "$_d/supportd.conf"
	chmod 600 "$_d/supportd.conf"
	printf 'From: <%s@example.com>\nTo: support@example.com\nSubject: relay %s\nMessage-ID: <%s.%s@example.com>\n\nHello.\n' \
	    "$_c" "$_n" "$_n" "$$" > "$_d/in.eml"
	"$SUPPORTCTL" -c "$_d/supportd.conf" ingest "$_d/in.eml" >/dev/null 2>&1
	out=$("$SUPPORTCTL" -c "$_d/supportd.conf" send 2>&1)
	rc=$?
	out="$out
$("$SUPPORTCTL" -c "$_d/supportd.conf" outbox --json 2>&1)"
}
# received USER: how Dovecot's submission received the message, from its
# Received: header (ESMTPSA: TLS and AUTH; ESMTPA: AUTH in clear; the
# OpenSMTPD and LMTP hops after it say ESMTP and LMTP)
received() {
	wait_count "$1" INBOX 1 60 >/dev/null
	imap_fetch "$1" INBOX 1 | tr -d '\r' | sed -n '1,/^$/p' |
	    grep -oE 'with ESMTPS?A' | head -n 1
}

# On this machine's name, for the relay: loopback, by name.
out=
scenario loopback customer1 "smtp://localhost:$SUBMISSION_PORT"
check_eq "relay on localhost, user, no tls line: sent" "$rc" 0
check_nomatch "no warning for this machine" "$out" 'clear text'
check_match "AUTH in clear on loopback (Dovecot: ESMTPA)" "$(received customer1)" '^with ESMTPA$'

H=$(hostname)
case $(getent ahostsv4 "$H" 2>/dev/null | awk 'NR == 1 {print $1}') in
127.*) ;;
*)	echo "t_relay: $H does not resolve to 127.0.0.0/8 here: the other-host scenarios are skipped"
	t_done; exit $? ;;
esac

# Another host, credentials, nothing said: STARTTLS required, and used.
# (The test certificate names localhost, so its name is not checked here;
# t_smtp.sh checks certificates.)
scenario auto customer2 "smtp://$H:$SUBMISSION_PORT" "tls-verify no"
check_eq "relay elsewhere, user, no tls line: sent" "$rc" 0
check_match "over STARTTLS (Dovecot: ESMTPSA)" "$(received customer2)" '^with ESMTPSA$'

# ... and a relay that offers no STARTTLS gets no credentials at all.
scenario nostarttls customer3 "smtp://$H:$SMTP_PORT"
check_eq "relay elsewhere without STARTTLS: not sent" "$rc" 1
check_match "deferred, saying why" "$out" 'STARTTLS|SSL|TLS'
check_eq "nothing arrived" "$(imap_count customer3 INBOX)" 0

# tls none: the admin's explicit choice, warned about.
scenario clear agent1 "smtp://$H:$SUBMISSION_PORT" "tls none"
check_eq "tls none: sent" "$rc" 0
check_match "tls none: a warning" "$out" 'credentials go to a relay on another host in clear text \(tls none'
check_match "tls none: AUTH in clear (Dovecot: ESMTPA)" "$(received agent1)" '^with ESMTPA$'
check_nomatch "the password is in no output" "$out" "$PASSWORD"

# tls starttls, written: the same as the default for another host.
scenario explicit agent2 "smtp://$H:$SUBMISSION_PORT" "tls starttls" "tls-verify no"
check_eq "tls starttls: sent" "$rc" 0
check_match "tls starttls: ESMTPSA" "$(received agent2)" '^with ESMTPSA$'
t_done
