#!/bin/sh
# uidvalidity -- the server renumbered the mailbox (UIDVALIDITY changed)
# and old messages reappear in INBOX: noticed, nothing taken twice.
. "$(dirname "$0")/lib.sh"

for i in 1 2 3; do
	mail_file "$T_TMP/u$i.eml" "customer2@example.com" "uid-$i@example.com" "Question $i"
	deliver support "$T_TMP/u$i.eml"
done
once
check_eq "set-up: three processed messages" "$(imap_count support Processed)" 3
ncases=$(sql 'SELECT count(*) FROM cases')
check_eq "set-up: three cases" "$ncases" 3
sql "UPDATE checkpoints SET uidvalidity = 1, last_uid = 0"
# Put three processed messages back into INBOX, as a renumbered copy would.
curl -s --user "support:$PASSWORD" "imap://127.0.0.1:$IMAP_PORT/Processed" \
    -X 'UID COPY 1:3 INBOX' >/dev/null
check_eq "renumbered: three old messages back in INBOX" "$(imap_count support INBOX)" 3
: > "$T_TMP/once.log"
once
check_match "renumbered: noticed" "$(cat "$T_TMP/once.log")" 'UIDVALIDITY changed'
check_eq "renumbered: no new case" "$(sql 'SELECT count(*) FROM cases')" "$ncases"
check "renumbered: INBOX emptied" wait_count support INBOX 0
