# daemon/lib.sh -- what every daemon scenario starts from: a Dovecot and an
# OpenSMTPD on 127.0.0.1 (contrib/testservers.sh) and a fresh desk reading
# the support mailbox over IMAPS, sending through that OpenSMTPD.
#
# Under tests/t_daemon.sh the servers are the runner's, named by
# T_SERVERS, and the runner gives each scenario empty mailboxes
# (srv_fresh); a scenario run alone (sh tests/daemon/NAME.sh) starts its
# own set and stops it at its end.  The runner sources this file with
# T_DAEMON_LIB=runner for the srv_* functions alone.
# Waits for a result are bounded polls, never a timed assertion.
command -v t_scenario >/dev/null 2>&1 || . "$(dirname "$0")/../lib.sh"
TS="$TOP/contrib/testservers.sh"

# srv_start DIR: start a set in DIR, its log in DIR.log; DIR's parent must
# be searchable by the user "mail"
srv_start() {
	sh "$TS" start "$1" >"$1.log" 2>&1 || { cat "$1.log" >&2; return 1; }
}

# srv_spool DIR: the OpenSMTPD queue directory of the set in DIR
srv_spool() {
	if grep -q "^SMTPD_SPOOL='global'" "$1/env"; then
		echo /var/spool/smtpd
	else
		echo "$1/spool/smtpd"
	fi
}

# srv_smtpctl DIR ARG...: smtpctl for the OpenSMTPD of DIR (its control
# socket is in its own mount namespace, unless the spool is the global one)
srv_smtpctl() {
	_d=$1; shift
	if grep -q "^SMTPD_SPOOL='global'" "$_d/env"; then
		smtpctl "$@"
	else
		nsenter -t "$(cat "$_d/smtpd.pid")" -m smtpctl "$@"
	fi
}

# srv_alive PIDFILE: the process it names runs
srv_alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

# srv_imap_sessions DIR: how many IMAP sessions the Dovecot of DIR serves
srv_imap_sessions() {
	_port=$(sed -n 's/^IMAP_PORT=//p' "$1/env")
	pgrep -c -f "^dovecot-supportd-test-$_port/imap( |\$)"
}

# srv_fresh DIR: the set in DIR as a scenario wants it -- both servers up
# (a failed scenario may have left one down), nothing left in OpenSMTPD's
# queue that could land in the next scenario's mailboxes, no IMAP session
# open, and every mailbox removed: Dovecot makes them again, empty, with
# UIDs from 1, on the next delivery or login.
srv_fresh() {
	srv_alive "$1/run/master.pid" || sh "$TS" up "$1" imap || return 1
	srv_alive "$1/smtpd.pid" || sh "$TS" up "$1" smtp || return 1
	# Mail in flight is delivered within seconds; what is still queued
	# after that was refused for now (a recipient Dovecot does not know)
	# and would be retried into a later scenario: it goes.
	_spool=$(srv_spool "$1")
	if ! wait_until 30 sh -c "[ -z \"\$(find '$_spool/incoming' '$_spool/queue' \
	    '$_spool/temporary' -type f 2>/dev/null | head -n 1)\" ]"; then
		echo "srv_fresh: removed from OpenSMTPD's queue, undelivered:"
		srv_smtpctl "$1" show queue
		srv_smtpctl "$1" remove all >/dev/null
	fi
	_i=0
	while [ "$(srv_imap_sessions "$1")" -gt 0 ] && [ $_i -lt 120 ]; do
		sleep 0.5; _i=$((_i + 1))
	done
	[ "$(srv_imap_sessions "$1")" -eq 0 ] ||
	    { echo "srv_fresh: IMAP sessions still open" >&2; return 1; }
	rm -rf "$1/mail/"*
}

[ "${T_DAEMON_LIB:-}" = runner ] && return 0

# --- a scenario
t_scenario
PID=
if [ -n "${T_SERVERS:-}" ]; then
	S=$T_SERVERS
else
	S=$T_TMP/srv
	chmod 755 "$T_TMP"
	srv_start "$S" || fail "set-up: the test servers did not start"
fi
. "$S/env"
. "$TOP/contrib/testmail.sh"

D=$T_TMP/desk
t_desk "$D"
desk_conf "$D/supportd.conf"
# the example desk's agents would get mail too: these scenarios count the
# daemon's own (testmail.sh has desk_no_agents once the desk has agents)
! command -v desk_no_agents >/dev/null 2>&1 || desk_no_agents "$D/supportd.conf"
sed -i -e 's/^autoreply-limit.*/autoreply-limit 0/' \
    -e 's/^poll-interval.*/poll-interval 2/' \
    -e 's/^batch-size.*/batch-size 10/' "$D/supportd.conf"
mailbox_block support support \
    "password-command \"printf '%s\\\\n' '$PASSWORD'\"" \
    "move-to Processed" "timeout 20" >> "$D/supportd.conf"
ctl() { "$SUPPORTCTL" -c "$D/supportd.conf" "$@"; }
once() { "$SUPPORTD" -f --once -c "$D/supportd.conf" >>"$T_TMP/once.log" 2>&1; }
sql() { sqlite3 "$D/supportd.db" "$1"; }
# deliver USER FILE: straight into USER's INBOX (dovecot-lda, no SMTP)
deliver() { sh "$TS" deliver "$S" "$1" "$2"; }

# mail_file FILE FROM MSGID SUBJECT [EXTRA-HEADER]: a customer's mail
mail_file() {
	{
		printf 'From: %s\nTo: support@example.com\nSubject: %s\n' "$2" "$4"
		printf 'Message-ID: <%s>\nMIME-Version: 1.0\n' "$3"
		[ -n "${5:-}" ] && printf '%s\n' "$5"
		printf 'Content-Type: text/plain; charset=UTF-8\n\n'
		printf 'Hello, my printer does not work since yesterday.\n'
	} > "$1"
}

# taken MSGID: the desk stored the message with that Message-ID once
taken() {
	[ "$(sqlite3 "$D/supportd.db" "SELECT count(*) FROM messages WHERE message_id = '$1'")" = 1 ]
}

# daemon_start LOG [CONF]: supportd running in the foreground, verbose,
# its pid in PID; it is killed when the scenario ends if still running
daemon_start() {
	"$SUPPORTD" -f -v -c "${2:-$D/supportd.conf}" >"$1" 2>&1 &
	PID=$!
}

# At the end: no daemon left behind, and on a failure the end of every
# log of the scenario.
scenario_end() {
	if [ -n "$PID" ]; then
		kill -9 "$PID" 2>/dev/null
		wait "$PID" 2>/dev/null
		PID=
	fi
	if [ "$T_FAIL" -gt 0 ]; then
		for _f in "$T_TMP"/*.log; do
			[ -f "$_f" ] || continue
			echo "--- ${_f##*/}"; tail -n 20 "$_f"
		done
	fi
}
t_at_exit scenario_end

check "supportd -n accepts the desk" "$SUPPORTD" -n -c "$D/supportd.conf"
