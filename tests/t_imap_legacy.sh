#!/bin/sh
# t_imap_legacy.sh -- daemon/imap.c against a real Dovecot set up the way
# Courier and Cyrus are out of the box ("legacy" in contrib/testservers.sh):
# personal folders under the "INBOX." namespace prefix, "." as separator,
# no MOVE, no UIDPLUS, no IDLE.
#   - a relative move-to lands under the personal prefix (NAMESPACE);
#   - COPY + \Deleted, then a plain EXPUNGE only when every \Deleted
#     message is ours, or with "expunge yes";
#   - the sweep skips what is already \Deleted, so copies do not pile up;
#   - a refused CREATE is logged with the server's own words, and processed
#     mail is flagged \Seen instead, said once, loudly.
. "$(dirname "$0")/lib.sh"

DRIVE="$TOP/build/tests/imap_drive"
TESTSERVERS="$TOP/contrib/testservers.sh"
DIR="$T_TMP/servers"

skip() { echo "t_imap_legacy: skipped: $*"; t_done; exit 0; }
command -v dovecot >/dev/null 2>&1 || skip "dovecot not installed"
[ "$(id -u)" -eq 0 ] || skip "Dovecot needs root to drop to its users"
(cd "$TOP" && make -s build/tests/imap_drive >/dev/null) || {
	fail "build imap_drive"; t_done; exit 1; }

cleanup() {
	[ -f "$DIR/env" ] && sh "$TESTSERVERS" stop "$DIR" >/dev/null 2>&1
	[ -n "${KEEP:-}" ] || rm -rf "$T_TMP"
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP

chmod 755 "$T_TMP"
sh "$TESTSERVERS" start "$DIR" legacy >"$T_TMP/start.log" 2>&1 || {
	fail "start dovecot: $(cat "$T_TMP/start.log")"; t_done; exit 1; }
. "$DIR/env"
USER=support

drive() { "$DRIVE" 127.0.0.1 "$IMAP_PORT" none "$USER" "$PASSWORD" INBOX "$@"; }
doveadm_() { doveadm -c "$DIR/dovecot.conf" "$@"; }
flags_of() { doveadm_ fetch -u "$USER" flags mailbox "$1" uid "$2" 2>/dev/null |
	    sed -n 's/^flags: //p'; }
count_in() { doveadm_ search -u "$USER" mailbox "$1" ALL 2>/dev/null | wc -l; }
deliver() {	# deliver N
	printf 'From: c%s@example.org\r\nSubject: help %s\r\nMessage-ID: <l%s@example.org>\r\n\r\nmessage %s\r\n' \
	    "$1" "$1" "$1" "$1" >"$T_TMP/m$1.eml"
	sh "$TESTSERVERS" deliver "$DIR" "$USER" "$T_TMP/m$1.eml"
}

for n in 1 2 3 4 5; do check "deliver message $n" deliver $n; done

# The server offers what the scenario needs, and nothing more.
out=$(IMAP_DRIVE_VERBOSE=1 drive uidvalidity 2>&1)
check_nomatch "no MOVE, UIDPLUS or IDLE offered" "$out" 'IDLE|MOVE|UIDPLUS'

# A relative move-to goes under the personal namespace's prefix.
out=$(IMAP_DRIVE_VERBOSE=1 drive done 1 Processed 2>&1)
check_match "move-to Processed: named INBOX.Processed, from NAMESPACE" "$out" \
    'processed folder is INBOX\.Processed \(personal namespace "INBOX\.", separator "\."\)'
check_eq "move-to Processed: INBOX.Processed holds the message" \
    "$(count_in INBOX.Processed)" 1
# Every \Deleted message was ours: the plain EXPUNGE was safe.
check_eq "no UIDPLUS, only ours \\Deleted: expunged" "$(count_in INBOX)" 4
check_nomatch "move-to Processed: no fallback" "$out" 'fallback|UNAVAILABLE'
# A name that has the prefix already is taken as it is.
out=$(IMAP_DRIVE_VERBOSE=1 drive done 2 INBOX.Processed 2>&1)
check_eq "move-to INBOX.Processed: not prefixed twice" \
    "$(count_in INBOX.Processed)" 2
check_nomatch "move-to INBOX.Processed: no INBOX.INBOX" "$out" 'INBOX\.INBOX'

# Someone else's \Deleted message: no plain EXPUNGE, ours stays flagged.
doveadm_ flags add -u "$USER" '\Deleted' mailbox INBOX uid 5
out=$(drive done 3 Processed 2>&1)
check_match "a \\Deleted message not ours: said why" "$out" \
    'UID 3 left flagged \\Deleted'
check_match "a \\Deleted message not ours: ours left \\Deleted" \
    "$(flags_of INBOX 3)" 'Deleted'
check_match "a \\Deleted message not ours: not expunged" \
    "$(flags_of INBOX 5)" 'Deleted'
check_eq "copied once" "$(count_in INBOX.Processed)" 3

# The sweep after a reconnect skips what is \Deleted already: no second
# copy, however often it runs.
sweep=$(drive sweep 0 4 Processed 2>/dev/null | tr '\n' ' ')
check_eq "sweep: \\Deleted messages are done, 4 is not" "$sweep" "4 "
sweep=$(drive sweep 0 4 Processed 2>/dev/null | tr '\n' ' ')
check_eq "sweep again: the same" "$sweep" "4 "
check_eq "sweep: no copy added" "$(count_in INBOX.Processed)" 3

# "expunge yes": the admin allows the plain EXPUNGE.
IMAP_DRIVE_EXPUNGE=1 drive done 4 Processed >/dev/null 2>&1
check_eq "expunge yes: INBOX emptied of \\Deleted messages" "$(count_in INBOX)" 0
check_eq "expunge yes: four in the processed folder" \
    "$(count_in INBOX.Processed)" 4

# A folder the server refuses: its own words in the log, then \Seen.
deliver 6
out=$(drive done 6 'Processed/Done' 2>&1)
check_match "CREATE refused: the server's own words" "$out" \
    'CREATE INBOX\.Processed/Done refused by the server: NO \[CANNOT\] Invalid mailbox name'
check_match "CREATE refused: said loudly" "$out" \
    'PROCESSED FOLDER INBOX\.Processed/Done UNAVAILABLE'
check_match "CREATE refused: the caller is told (for stats)" "$out" '^fallback'
check_match "CREATE refused: flagged \\Seen instead" "$(flags_of INBOX 6)" 'Seen'
check_eq "CREATE refused: left in INBOX" "$(count_in INBOX)" 1
n=$(printf '%s\n' "$out" | grep -c 'UNAVAILABLE')
check_eq "CREATE refused: said once" "$n" 1

t_done
