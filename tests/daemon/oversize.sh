#!/bin/sh
# oversize -- a message too large to take is quarantined with the reason,
# left in the mailbox for a person (a restart's sweep leaves it too), and
# the mail after it still flows.
. "$(dirname "$0")/lib.sh"

{
	printf 'From: customer2@example.com\nTo: support@example.com\n'
	printf 'Subject: huge\nMessage-ID: <huge-1@example.com>\n\n'
	head -c 53000000 /dev/zero | tr '\0' 'x' | fold -w 76
} > "$T_TMP/huge.eml"
deliver support "$T_TMP/huge.eml"
rm -f "$T_TMP/huge.eml"
mail_file "$T_TMP/m12.eml" "customer2@example.com" after-huge@example.com "after the huge one"
deliver support "$T_TMP/m12.eml"
once
check_match "too large: quarantined with the reason" "$(ctl quarantine)" 'over the limit'
check_eq "too large: the next message still taken" \
    "$(sql "SELECT count(*) FROM messages WHERE message_id = 'after-huge@example.com'")" 1
check_eq "too large: left in the mailbox" "$(imap_count support INBOX)" 1
"$SUPPORTD" -f --once -c "$D/supportd.conf" >>"$T_TMP/once.log" 2>&1
check_eq "too large: a restart's sweep leaves it there too" "$(imap_count support INBOX)" 1
