#!/bin/sh
# customer-to-ack -- a customer's mail through SMTP becomes a case; the
# acknowledgement arrives in the customer's mailbox, threaded to the mail,
# and the mail is moved to Processed.
. "$(dirname "$0")/lib.sh"

mail_file "$T_TMP/m1.eml" "Anna <customer1@example.com>" first-1@example.com "Printer broken"
smtp_send customer1@example.com support@example.com "$T_TMP/m1.eml"
check "mail reached the support mailbox" wait_count support INBOX 1
once
check_eq "one case" "$(ctl cases --json | q 'len(d)')" 1
check_eq "the ack was sent" "$(ctl outbox --json | q 'd[0]["status"]')" sent
check "the ack arrived in the customer's mailbox" wait_count customer1 INBOX 1
ack=$(imap_fetch customer1 INBOX 1 | tr -d '\r')
check_match "ack: subject carries the case" "$ack" '^Subject: \[CS-1001\]'
check_match "ack: Auto-Submitted" "$ack" '^Auto-Submitted: auto-replied'
check_match "ack: threads to the customer's mail" "$ack" '^In-Reply-To: <first-1@example.com>'
check "processed mail moved to Processed" wait_count support Processed 1
check_eq "INBOX is empty" "$(imap_count support INBOX)" 0
