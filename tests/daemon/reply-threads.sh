#!/bin/sh
# reply-threads -- the customer answers the acknowledgement she received:
# her reply lands on the same case.
. "$(dirname "$0")/lib.sh"

mail_file "$T_TMP/m1.eml" "Anna <customer1@example.com>" first-1@example.com "Printer broken"
smtp_send customer1@example.com support@example.com "$T_TMP/m1.eml"
check "mail reached the support mailbox" wait_count support INBOX 1
once
check "the ack arrived in the customer's mailbox" wait_count customer1 INBOX 1
ack=$(imap_fetch customer1 INBOX 1 | tr -d '\r')
ackid=$(printf '%s\n' "$ack" | sed -n 's/^Message-ID: <\(.*\)>/\1/p')
check_match "set-up: the ack has a Message-ID" "$ackid" '@'

mail_file "$T_TMP/m2.eml" "Anna <customer1@example.com>" first-2@example.com \
    "Re: Printer broken" "In-Reply-To: <$ackid>"
smtp_send customer1@example.com support@example.com "$T_TMP/m2.eml"
check "reply reached the support mailbox" wait_count support INBOX 1
once
check_eq "still one case" "$(ctl cases --json | q 'len(d)')" 1
check_eq "the case holds both customer mails" \
    "$(ctl show CS-1001 --json | q 'sum(1 for m in d["messages"] if m["direction"] == "in")')" 2
