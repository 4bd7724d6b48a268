#!/bin/sh
# t_loops.sh -- mail loops on real servers (contrib/testservers.sh):
#   responder   supportd facing an autoresponder that answers everything
#               it gets, with a fresh subject, no threading headers and no
#               Auto-Submitted (the worst kind): a scripted client reading
#               its mailbox over IMAP and answering over SMTP;
#   two-desks   a second supportd whose desk address is the first one's
#               customer, reading that customer's mailbox.
# Each runs in rounds (every party once, then the relay drained) until a
# round in which nobody sends anything: a bounded number of mails, then
# silence.  The mails are counted and printed.
. "$(dirname "$0")/lib.sh"

S=$T_TMP/srv
chmod 755 "$T_TMP"

cleanup() { sh "$TOP/contrib/testservers.sh" stop "$S" >/dev/null 2>&1; }
trap 'cleanup' EXIT
trap 'exit 1' INT TERM HUP

if ! sh "$TOP/contrib/testservers.sh" start "$S" >"$T_TMP/start.log" 2>&1; then
	cat "$T_TMP/start.log"
	fail "test servers did not start"
	t_done
	exit 1
fi
. "$S/env"
. "$TOP/contrib/testmail.sh"

# desk DIR USER ADDRESS: a desk at ADDRESS reading USER's INBOX
desk() {
	t_desk "$1"
	desk_conf "$1/supportd.conf"
	desk_no_agents "$1/supportd.conf"
	sed -i -e "s/^desk-address.*/desk-address	$3/" \
	    -e "s/^envelope-from.*/envelope-from $3/" \
	    -e "s/^\tenvelope-from.*/\tenvelope-from\t$3/" "$1/supportd.conf"
	mailbox_block "$2" "$2" "password \"$PASSWORD\"" \
	    "move-to Processed" "timeout 20" >> "$1/supportd.conf"
}
once() { "$SUPPORTD" -f --once -c "$1/supportd.conf" >>"$1/run.log" 2>&1; }
sent() { sqlite3 "$1/supportd.db" "SELECT count(*) FROM outbox WHERE status = 'sent'" 2>/dev/null || echo 0; }

# The autoresponder: answers every message in USER's INBOX to its From:,
# then deletes it; prints how many it answered.
responder() {
	python3 - "$IMAP_PORT" "$SMTP_PORT" "$1" "$PASSWORD" <<'EOF'
import email, email.utils, imaplib, smtplib, sys
iport, sport, user, pw = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
me = user + "@example.com"
m = imaplib.IMAP4("127.0.0.1", iport)
m.login(user, pw)
m.select("INBOX")
n = 0
for num in m.search(None, "ALL")[1][0].split():
    raw = m.fetch(num, "(RFC822)")[1][0][1]
    msg = email.message_from_bytes(raw)
    to = email.utils.parseaddr(msg.get("From", ""))[1]
    if to:
        out = "From: %s\r\nTo: %s\r\nSubject: I am away (%s)\r\n" \
            "Message-ID: %s\r\n\r\nI am away until Monday.\r\n" % (
            me, to, num.decode(), email.utils.make_msgid(domain="example.com"))
        s = smtplib.SMTP("127.0.0.1", sport)
        s.sendmail(me, [to], out)
        s.quit()
        n += 1
    m.store(num, "+FLAGS", "\\Deleted")
m.expunge()
m.logout()
print(n)
EOF
}

# --- responder
A=$T_TMP/a
desk "$A" support support@example.com
limit=$(sed -n 's/^autoreply-limit[ 	]*//p' "$A/supportd.conf")
mail_file=$T_TMP/first.eml
printf 'From: customer1@example.com\nTo: support@example.com\nSubject: Help\nMessage-ID: <loop-1@example.com>\n\nMy order is late.\n' > "$mail_file"
smtp_send customer1@example.com support@example.com "$mail_file"
check "responder: the first mail arrived" wait_count support INBOX 1
answers=1 rounds=0 quiet=0
while [ $rounds -lt 30 ] && [ $quiet -eq 0 ]; do
	rounds=$((rounds + 1))
	s0=$(sent "$A")
	once "$A"
	s1=$(sent "$A")
	check "responder: round $rounds: the desk's mail arrived" \
	    wait_count customer1 INBOX "$((s1 - s0))"
	r=$(responder customer1)
	answers=$((answers + r))
	check "responder: round $rounds: its answers arrived" wait_count support INBOX "$r"
	[ "$s1" -eq "$s0" ] && [ "$r" -eq 0 ] && quiet=1
done
acks=$(sent "$A")
check_eq "responder: silence after a bounded exchange" "$quiet" 1
check "responder: at most autoreply-limit ($limit) answers from the desk" [ "$acks" -le "$limit" ]
check_eq "responder: every mail of the responder is on a case" \
    "$(sqlite3 "$A/supportd.db" "SELECT count(*) FROM messages WHERE direction = 'in'")" "$answers"
echo "t_loops: responder: $acks mails from the desk, $answers to it (the first included), silence after $rounds rounds"

# --- two-desks: desk B is the customer of desk A
B=$T_TMP/b
rm -rf "$A"
desk "$A" support support@example.com
desk "$B" customer2 customer2@example.com
printf 'From: customer2@example.com\nTo: support@example.com\nSubject: Invoice\nMessage-ID: <loop-2@example.com>\n\nWhere is my invoice?\n' > "$mail_file"
smtp_send customer2@example.com support@example.com "$mail_file"
check "two-desks: the first mail arrived" wait_count support INBOX 1
rounds=0 quiet=0
while [ $rounds -lt 30 ] && [ $quiet -eq 0 ]; do
	rounds=$((rounds + 1))
	a0=$(sent "$A") b0=$(sent "$B")
	once "$A"
	a1=$(sent "$A")
	check "two-desks: round $rounds: desk A's mail arrived" \
	    wait_count customer2 INBOX "$((a1 - a0))"
	once "$B"
	b1=$(sent "$B")
	check "two-desks: round $rounds: desk B's mail arrived" \
	    wait_count support INBOX "$((b1 - b0))"
	[ "$a1" -eq "$a0" ] && [ "$b1" -eq "$b0" ] && quiet=1
done
check_eq "two-desks: silence after a bounded exchange" "$quiet" 1
a=$(sent "$A") b=$(sent "$B")
check "two-desks: at most a few mails" [ $((a + b)) -le 2 ]
echo "t_loops: two-desks: $a mails from desk A, $b from desk B, silence after $rounds rounds"
cleanup
trap - EXIT INT TERM
t_done
