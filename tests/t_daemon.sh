#!/bin/sh
# t_daemon.sh -- supportd on real servers: a Dovecot and an OpenSMTPD on
# 127.0.0.1 (contrib/testservers.sh), started once here and shared by
# every scenario in tests/daemon/ (one per file: customer mail in through
# SMTP and the ack out to the customer's mailbox, replies threaded,
# SIGKILL mid-batch, the relay down and back, Dovecot restarted under a
# running daemon, SIGHUP with broken and fixed rules, certificates that
# must be refused, SIGTERM, ...).  Each scenario gets its own fresh desk
# and empty mailboxes, stops at its first failed check, and counts as one.
#   sh tests/t_daemon.sh [NAME...]       all scenarios, or only these
#   sh tests/daemon/NAME.sh              one alone, on servers of its own
. "$(dirname "$0")/lib.sh"
T_DAEMON_LIB=runner
. "$TOP/tests/daemon/lib.sh"

S=$T_TMP/srv
chmod 755 "$T_TMP"
trap 'sh "$TS" stop "$S" >/dev/null 2>&1' EXIT
trap 'exit 1' INT TERM
if ! srv_start "$S"; then
	fail "test servers did not start"
	t_done
	exit 1
fi
export T_SERVERS="$S"
t_group "$TOP/tests/daemon" 'srv_fresh "$S"' "$@"
trap - EXIT INT TERM	# t_done stops the servers below T_TMP
t_done
