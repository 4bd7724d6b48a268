#!/bin/sh
# t_faults.sh -- a running supportd facing faults, on real servers
# (contrib/testservers.sh): Dovecot and then OpenSMTPD killed and
# restarted mid-batch, the store on a small tmpfs that fills up, the store
# made read-only, a corrupt config on SIGHUP, and `supportctl ingest` piped
# in as an MTA would while the daemon is busy.  Each scenario checks that
# the daemon logs, waits, recovers and loses nothing; each prints how long
# the recovery took.  Waits are bounded polls, never timed assertions.
. "$(dirname "$0")/lib.sh"

S=$T_TMP/srv
D=$T_TMP/desk
chmod 755 "$T_TMP"
PID=
MNT=

cleanup() {
	[ -n "$PID" ] && kill -9 "$PID" 2>/dev/null
	[ -n "$MNT" ] && umount "$MNT" 2>/dev/null
	sh "$TOP/contrib/testservers.sh" stop "$S" >/dev/null 2>&1
}
trap 'cleanup' EXIT
trap 'exit 1' INT TERM HUP

t_servers "$S"
t_busy_desk "$D"
ctl() { "$SUPPORTCTL" -c "$D/supportd.conf" "$@"; }
sql() { sqlite3 "$D/supportd.db" "$1"; }
LOG=$T_TMP/run.log

mail_file() {	# FILE FROM MSGID SUBJECT
	{
		printf 'From: %s\nTo: support@example.com\nSubject: %s\n' "$2" "$4"
		printf 'Message-ID: <%s>\nContent-Type: text/plain; charset=UTF-8\n\n' "$3"
		printf 'Hello, my order has not arrived.\n'
	} > "$1"
}

# put TAG FROM TO: messages TAG-FROM..TAG-TO into support's INBOX
put() {
	_i=$2
	while [ "$_i" -le "$3" ]; do
		mail_file "$T_TMP/put.eml" "customer$((_i % 3 + 1))+$1$_i@example.com" \
		    "$1-$_i@example.com" "$1 question $_i"
		sh "$TOP/contrib/testservers.sh" deliver "$S" support "$T_TMP/put.eml"
		_i=$((_i + 1))
	done
}

# count_in DB TAG: messages of that tag the store holds
count_in() {
	sqlite3 "$1" "SELECT count(*) FROM messages WHERE direction = 'in' AND message_id LIKE '$2-%'" 2>/dev/null
}
has() { [ "$(count_in "$1" "$2")" = "$3" ]; }
nodup() {
	check_eq "$1: nothing stored twice" \
	    "$(sqlite3 "$2" "SELECT count(*) - count(DISTINCT message_id) FROM messages WHERE direction = 'in'")" 0
}
alive() { kill -0 "$PID" 2>/dev/null; }
stop_daemon() {
	kill -TERM "$PID"; wait "$PID"; PID=
}
report() { echo "t_faults: $1: recovered in $2 s ${3:-}"; }

check "supportd -n accepts the desk" "$SUPPORTD" -n -c "$D/supportd.conf"
t_daemon "$D/supportd.conf" "$LOG"
check "daemon connects" wait_until 120 grep -q 'connected' "$LOG"

# n_in DB TAG: as count_in, 0 when the store cannot be read yet
n_in() { _c=$(count_in "$1" "$2"); echo "${_c:-0}"; }

# --- imap-restart: Dovecot killed mid-batch, started again
put imap 1 300
# As soon as the first batch is in, the daemon is stopped (SIGSTOP) where
# it stands, Dovecot goes down under it, and the daemon goes on.
i=0
while [ "$(n_in "$D/supportd.db" imap)" -lt 10 ] && [ $i -lt 1200 ]; do
	sleep 0.1; i=$((i + 1))
done
kill -STOP "$PID"
at=$(n_in "$D/supportd.db" imap)
sh "$TOP/contrib/testservers.sh" down "$S" imap
kill -CONT "$PID"
check "imap-restart: mid-batch ($at of 300 taken)" [ "$at" -ge 10 -a "$at" -lt 300 ]
check "imap-restart: logged, waits" wait_until 120 grep -q 'mailbox support: .*next try' "$LOG"
check "imap-restart: still running" alive
sh "$TOP/contrib/testservers.sh" up "$S" imap
t=$(date +%s)
check "imap-restart: all 300 taken" wait_until 600 has "$D/supportd.db" imap 300
report imap-restart "$(($(date +%s) - t))" "(down at $at of 300)"
nodup imap-restart "$D/supportd.db"
check "imap-restart: INBOX emptied" wait_count support INBOX 0
check_eq "imap-restart: every message moved once" "$(imap_count support Processed)" 300
check "imap-restart: every acknowledgement sent" wait_until 600 sh -c \
    "[ \"\$(sqlite3 '$D/supportd.db' \"SELECT count(*) FROM outbox WHERE status <> 'sent'\")\" = 0 ]"

# --- smtp-restart: the relay killed while acknowledgements go out
before=$(sql "SELECT count(*) FROM outbox WHERE status = 'sent'")
put smtp 1 100
i=0
while [ "$(sql "SELECT count(*) FROM outbox WHERE status = 'sent'")" -le "$before" ] &&
    [ $i -lt 1200 ]; do
	sleep 0.1; i=$((i + 1))
done
kill -STOP "$PID"
at=$(($(sql "SELECT count(*) FROM outbox WHERE status = 'sent'") - before))
sh "$TOP/contrib/testservers.sh" down "$S" smtp
kill -CONT "$PID"
check "smtp-restart: mid-send ($at of 100 sent)" [ "$at" -lt 100 ]
check "smtp-restart: mail still taken" wait_until 300 has "$D/supportd.db" smtp 100
if [ "$at" -lt 100 ]; then
	check "smtp-restart: acknowledgements wait, with the error" wait_until 120 sh -c \
	    "[ \"\$(sqlite3 '$D/supportd.db' \"SELECT count(*) FROM outbox WHERE status = 'queued' AND last_error IS NOT NULL\")\" -ge 1 ]"
fi
check "smtp-restart: still running" alive
sh "$TOP/contrib/testservers.sh" up "$S" smtp
t=$(date +%s)
# The backoff is a minute or more; let that time pass.
sql "UPDATE outbox SET next_attempt = 0 WHERE status = 'queued'"
check "smtp-restart: every acknowledgement sent" wait_until 600 sh -c \
    "[ \"\$(sqlite3 '$D/supportd.db' \"SELECT count(*) FROM outbox WHERE status <> 'sent'\")\" = 0 ]"
report smtp-restart "$(($(date +%s) - t))" "(down after $at of 100 sent)"
check_eq "smtp-restart: 100 more sent" \
    "$(sql "SELECT count(*) FROM outbox WHERE status = 'sent'")" $((before + 100))

# --- reload-corrupt: a broken config on SIGHUP keeps the old one
cp "$D/supportd.conf" "$D/good.conf"
printf 'desk-address\nfrobnicate {\n' >> "$D/supportd.conf"
kill -HUP "$PID"
check "reload-corrupt: file:line in the log" wait_until 120 grep -q 'supportd.conf:[0-9]*:' "$LOG"
check "reload-corrupt: kept the old configuration" grep -q 'reload failed' "$LOG"
check "reload-corrupt: still running" alive
put hup 1 5
check "reload-corrupt: mail still taken" wait_until 300 has "$D/supportd.db" hup 5
cp "$D/good.conf" "$D/supportd.conf"
kill -HUP "$PID"
check "reload-corrupt: the fixed file reloads" wait_until 120 grep -q 'reloaded' "$LOG"

# --- ingest-busy: an MTA pipes mail into supportctl ingest while the
# daemon works through a large batch; each delivery exits 0 or 75 (the
# MTA tries again later), never anything else, and nothing is lost.
stop_daemon
sed -i 's/^batch-size.*/batch-size 200/' "$D/supportd.conf"
put busy 1 200
t_daemon "$D/supportd.conf" "$LOG"
bad=0 tries=0
i=1
while [ $i -le 10 ]; do
	mail_file "$T_TMP/mta.eml" "customer1+mta$i@example.com" "mta-$i@example.com" "mta $i"
	while :; do
		tries=$((tries + 1))
		ctl ingest --mailbox support < "$T_TMP/mta.eml" >/dev/null 2>>"$T_TMP/mta.log"
		rc=$?
		[ $rc -eq 0 ] && break
		if [ $rc -ne 75 ]; then
			bad=$((bad + 1)); echo "exit $rc" >> "$T_TMP/mta.log"; break
		fi
		sleep 0.2
	done
	i=$((i + 1))
done
check_eq "ingest-busy: every exit 0 or 75" "$bad" 0
check "ingest-busy: the daemon took its batch" wait_until 600 has "$D/supportd.db" busy 200
check_eq "ingest-busy: all 10 piped messages, once" "$(count_in "$D/supportd.db" mta)" 10
echo "t_faults: ingest-busy: 10 messages in $tries deliveries ($(grep -c . "$T_TMP/mta.log") lines of complaint)"
nodup ingest-busy "$D/supportd.db"
stop_daemon
sed -i 's/^batch-size.*/batch-size 10/' "$D/supportd.conf"

# --- store-locked: another writer holds the store's lock past the busy
# timeout (30 s): the daemon logs and keeps the batch in the mailbox, the
# MTA's pipe defers (75); both go in once the lock is gone.
t_daemon "$D/supportd.conf" "$LOG"
# The holder keeps the lock until the test lets go (a FIFO, not a sleep):
# the daemon may first try at any moment of its poll interval.
mkfifo "$T_TMP/holder"
sqlite3 "$D/supportd.db" < "$T_TMP/holder" &
HOLDER=$!
exec 9>"$T_TMP/holder"
echo 'BEGIN IMMEDIATE;' >&9
locked() { ! sqlite3 "$D/supportd.db" 'BEGIN IMMEDIATE; ROLLBACK;' 2>/dev/null; }
check "store-locked: the lock is held" wait_until 60 locked
put lock 1 3
mail_file "$T_TMP/lock.eml" customer1+lock9@example.com lock-9@example.com "lock 9"
ctl ingest --mailbox support < "$T_TMP/lock.eml" >/dev/null 2>>"$T_TMP/mta.log"
rc=$?
check_eq "store-locked: supportctl ingest defers (75)" "$rc" 75
check "store-locked: the daemon logs it" wait_until 120 grep -q 'locked' "$LOG"
check "store-locked: still running" alive
check_eq "store-locked: the mail stays in the mailbox" "$(imap_count support INBOX)" 3
echo 'COMMIT;' >&9
exec 9>&-
wait "$HOLDER"
t=$(date +%s)
check "store-locked: resumes when the lock is gone" wait_until 300 has "$D/supportd.db" lock 3
report store-locked "$(($(date +%s) - t))"
check "store-locked: the deferred pipe delivery goes in" ctl ingest --mailbox support "$T_TMP/lock.eml"
check_eq "store-locked: all 4, once" "$(count_in "$D/supportd.db" lock)" 4
stop_daemon

# --- disk-full and read-only: the store on a 4 MiB tmpfs
MNT=$T_TMP/full
mkdir -p "$MNT"
if [ "$(id -u)" -ne 0 ] || ! mount -t tmpfs -o size=4m tmpfs "$MNT" 2>/dev/null; then
	MNT=
	echo "t_faults: disk-full, read-only: skipped (needs root and mount)"
	ok "disk-full: skipped"
else
	FD=$MNT/supportd.db
	sed -e "s|^database.*|database $FD|" "$D/supportd.conf" > "$D/full.conf"
	chmod 600 "$D/full.conf"	# it holds a password
	nc=$(grep -c 'connected to' "$LOG")
	t_daemon "$D/full.conf" "$LOG"
	check "disk-full: the store opens on the tmpfs" wait_until 300 sh -c \
	    "[ \"\$(grep -c 'connected to' '$LOG')\" -gt $nc ]"
	# Bounded by the tmpfs size, and by count: should the tmpfs be gone
	# (the test killed), dd must not fill the disk underneath.
	mountpoint -q "$MNT" && dd if=/dev/zero of="$MNT/fill" bs=64k count=80 >/dev/null 2>&1
	put full 1 5
	check "disk-full: logged" wait_until 300 grep -q 'the store is failing' "$LOG"
	check "disk-full: still running" alive
	check_eq "disk-full: the mail stays in the mailbox" "$(imap_count support INBOX)" 5
	check_eq "disk-full: nothing half-written" \
	    "$(sqlite3 "$FD" 'PRAGMA integrity_check')" ok
	check_eq "disk-full: none of it stored" "$(count_in "$FD" full)" 0
	mail_file "$T_TMP/full.eml" customer1+full9@example.com full-9@example.com "full 9"
	"$SUPPORTCTL" -c "$D/full.conf" ingest --mailbox support < "$T_TMP/full.eml" >/dev/null 2>&1
	check_eq "disk-full: supportctl ingest defers (75)" "$?" 75
	rm -f "$MNT/fill"
	t=$(date +%s)
	check "disk-full: resumes when space returns" wait_until 300 has "$FD" full 5
	report disk-full $(($(date +%s) - t))
	check "disk-full: the deferred pipe delivery goes in" \
	    "$SUPPORTCTL" -c "$D/full.conf" ingest --mailbox support "$T_TMP/full.eml"
	check_eq "disk-full: all 6, once" "$(count_in "$FD" full)" 6
	check "disk-full: INBOX emptied" wait_count support INBOX 0
	nodup disk-full "$FD"

	# --- read-only: the file system under the store turns read-only.
	# A file system with a writer cannot be made read-only, so this
	# happens between two runs: the daemon refuses to start with the
	# reason (systemd's Restart= tries again), the MTA's pipe defers.
	stop_daemon
	mount -o remount,ro "$MNT"
	put ro 1 3
	"$SUPPORTD" -f --once -c "$D/full.conf" >"$T_TMP/ro.log" 2>&1
	check_eq "read-only: the daemon exits non-zero" "$?" 1
	check_match "read-only: and says why" "$(cat "$T_TMP/ro.log")" 'supportd.db'
	check_eq "read-only: the mail stays in the mailbox" "$(imap_count support INBOX)" 3
	mail_file "$T_TMP/ro.eml" customer1+ro9@example.com ro-9@example.com "ro 9"
	"$SUPPORTCTL" -c "$D/full.conf" ingest --mailbox support < "$T_TMP/ro.eml" >/dev/null 2>&1
	check_eq "read-only: supportctl ingest defers (75)" "$?" 75
	mount -o remount,rw "$MNT"
	t=$(date +%s)
	t_daemon "$D/full.conf" "$LOG"
	check "read-only: resumes when writable" wait_until 300 has "$FD" ro 3
	report read-only $(($(date +%s) - t))
	check "read-only: the deferred pipe delivery goes in" \
	    "$SUPPORTCTL" -c "$D/full.conf" ingest --mailbox support "$T_TMP/ro.eml"
	check "read-only: INBOX emptied" wait_count support INBOX 0
	nodup read-only "$FD"
	stop_daemon

	# --- first-start-full: a new desk's first start on the full disk
	# fails with the reason, and starts once space returns
	sed -e "s|^database.*|database $MNT/fresh.db|" \
	    -e "s|^secret-file.*|secret-file $MNT/fresh-secret|" \
	    "$D/supportd.conf" > "$D/fresh.conf"
	chmod 600 "$D/fresh.conf"
	# Bounded by the tmpfs size, and by count: should the tmpfs be gone
	# (the test killed), dd must not fill the disk underneath.
	mountpoint -q "$MNT" && dd if=/dev/zero of="$MNT/fill" bs=64k count=80 >/dev/null 2>&1
	mail_file "$T_TMP/fresh.eml" customer1+fresh@example.com fresh-1@example.com "fresh 1"
	"$SUPPORTCTL" -c "$D/fresh.conf" ingest "$T_TMP/fresh.eml" >"$T_TMP/fresh.log" 2>&1
	check_eq "first-start-full: supportctl ingest defers (75)" "$?" 75
	check_match "first-start-full: and says why" "$(cat "$T_TMP/fresh.log")" 'No space left'
	rm -f "$MNT/fill"
	"$SUPPORTCTL" -c "$D/fresh.conf" ingest "$T_TMP/fresh.eml" >"$T_TMP/fresh.log" 2>&1
	check_eq "first-start-full: starts once space returns" "$?" 0
	[ "$T_FAIL" -gt 0 ] && cat "$T_TMP/fresh.log"
	umount "$MNT" && MNT=
fi

[ "$T_FAIL" -gt 0 ] && { echo "--- run.log"; grep -v ': CS-' "$LOG" | tail -n 40; }
cleanup
trap - EXIT INT TERM
t_done
