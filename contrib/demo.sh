#!/bin/sh
# demo.sh -- supportd end to end on this machine, in a few seconds:
# a throwaway Dovecot and OpenSMTPD on 127.0.0.1, customers mailing support
# in Greek, Spanish, Polish and English through SMTP, supportd reading the
# support mailbox over IMAPS (certificate verified), opening cases and
# answering, the answers read back from the customers' mailboxes, and an
# agent answering a customer from her own mailbox with a #command.
# Everything lives in a temporary directory and is removed at the end
# (KEEP=1 keeps it).
set -u
TOP=$(cd "$(dirname "$0")/.." && pwd)
W=$(mktemp -d /tmp/supportd-demo.XXXXXX)
chmod 755 "$W"
S=$W/servers
D=$W/desk

cleanup() {
	sh "$TOP/contrib/testservers.sh" stop "$S" >/dev/null 2>&1
	[ -n "${KEEP:-}" ] && { echo "kept in $W"; return; }
	rm -rf "$W"
}
trap cleanup EXIT INT TERM

say() { printf '\n== %s\n' "$*"; }

say "starting Dovecot and OpenSMTPD on 127.0.0.1"
sh "$TOP/contrib/testservers.sh" start "$S" || exit 1
. "$S/env"
echo "IMAP $IMAP_PORT, IMAPS $IMAPS_PORT, SMTP $SMTP_PORT (mail in $S/mail)"

# The example desk, pointed at these servers.
mkdir -p "$D"
cp -R "$TOP/rules" "$D/rules"
. "$TOP/contrib/testmail.sh"
cp "$TOP/config/supportd.conf" "$D/supportd.conf"
desk_conf "$D/supportd.conf"
desk_agents "$D/supportd.conf"
mailbox_block support support@example.com "password \"$PASSWORD\"" \
    "move-to Processed" "queue general" "first-start all" >> "$D/supportd.conf"
ctl() { "$TOP/supportctl" -c "$D/supportd.conf" "$@"; }

wait_mail() { wait_count "$1" INBOX "$2"; }

say "customers write to support@example.com"
n=0
for f in "$TOP"/contrib/demo/*.eml; do
	from=$(sed -n 's/^From:.*<\(.*\)>.*/\1/p' "$f" | head -n 1)
	smtp_send "$from" support@example.com "$f" && n=$((n + 1))
	printf '  %-22s %s\n' "$from" "$(sed -n 's/^Subject: //p' "$f" | head -n 1)"
done
wait_mail support "$n"

say "supportd --once: read the mailbox, open cases, send the answers"
"$TOP/supportd" -f --once -c "$D/supportd.conf" 2>&1 | sed 's/^/  /'

say "the cases"
ctl cases

say "the answers that reached the customers' mailboxes"
wait_mail customer2 1
wait_mail customer3 1
wait_mail customer1 2
for u in customer1 customer2 customer3; do
	k=$(imap_count "$u" INBOX)
	i=1
	while [ "$i" -le "${k:-0}" ]; do
		imap_fetch "$u" INBOX "$i" > "$W/m.eml"
		python3 - "$u" "$W/m.eml" <<'EOP'
import email, email.policy, sys
m = email.message_from_binary_file(open(sys.argv[2], "rb"), policy=email.policy.default)
body = m.get_body(("plain",)).get_content().strip().splitlines()
print("  --- to %s@example.com" % sys.argv[1])
print("  Subject: %s" % m["subject"])
print("  Auto-Submitted: %s   Reply-To: %s" % (m["auto-submitted"], m["reply-to"]))
for line in body[:6]:
    print("  | " + line)
EOP
		i=$((i + 1))
	done
done

say "Eleni answers the acknowledgement; the reply joins her case"
ack=
for i in 1 2; do
	imap_fetch customer1 INBOX "$i" | tr -d '\r' > "$W/m.eml"
	grep -q '^In-Reply-To: <demo-greek-1@example.com>' "$W/m.eml" &&
	    ack=$(sed -n 's/^Message-ID: *<\(.*\)>/\1/p' "$W/m.eml" | head -n 1)
done
cat > "$W/reply.eml" <<EOM
From: Ελένη Παπαδοπούλου <customer1@example.com>
To: support@example.com
Subject: Re: Επιστροφή χρημάτων
Message-ID: <demo-greek-2@example.com>
In-Reply-To: <$ack>
References: <demo-greek-1@example.com> <$ack>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Σας ευχαριστώ. Περιμένω νέα σας.
EOM
smtp_send customer1@example.com support@example.com "$W/reply.eml"
wait_mail support 1
"$TOP/supportd" -f --once -c "$D/supportd.conf" 2>&1 | sed 's/^/  /'
ref=$(ctl cases --json | python3 -c 'import json,sys; print([c["ref"] for c in json.load(sys.stdin) if c["language"]=="el"][0])')
ctl show "$ref" | sed -n '1,12p'
echo "  ..."
ctl show "$ref" | sed -n '/^--- events/,$p'

say "Maria (agent1) answers José's case from her mailbox, with a command"
k=$(imap_count agent1 INBOX)
notice=
i=1
while [ "$i" -le "${k:-0}" ]; do
	imap_fetch agent1 INBOX "$i" > "$W/n.eml"
	python3 - "$W/n.eml" <<'EOP' && notice=$W/n.eml && break
import email, email.policy, sys
m = email.message_from_binary_file(open(sys.argv[1], "rb"), policy=email.policy.default)
sys.exit(0 if "cargador" in str(m["subject"]) else 1)
EOP
	i=$((i + 1))
done
python3 - "$notice" "$W/answer.eml" <<'EOP'
import email, email.policy, sys
m = email.message_from_binary_file(open(sys.argv[1], "rb"), policy=email.policy.default)
quoted = "".join("> " + l + "\n" for l in m.get_body(("plain",)).get_content().splitlines())
print("  notice: %s" % m["subject"])
print("  Reply-To: %s" % m["reply-to"])
a = email.message.EmailMessage(policy=email.policy.SMTP)
a["From"] = "Maria <agent1@example.com>"
a["To"] = str(m["reply-to"])
a["Subject"] = "Re: " + str(m["subject"])
a["Message-ID"] = "<demo-maria-1@example.com>"
a["In-Reply-To"] = m["message-id"]
a.set_content("#assign jan\n\nHola José: le enviamos hoy un cargador nuevo; "
    "Jan le llamará mañana.\n\n-- \nMaria\n\nEl dom, Example Support "
    "<support@example.com> escribió:\n" + quoted)
open(sys.argv[2], "wb").write(a.as_bytes())
print("  | #assign jan")
print("  | Hola José: le enviamos hoy un cargador nuevo; Jan le llamará mañana.")
print("  | -- Maria, and the notice quoted below")
EOP
rt=$(sed -n 's/^To: .*<\(.*\)>.*/\1/p' "$W/answer.eml" | head -n 1)
smtp_send agent1@example.com "$rt" "$W/answer.eml"
wait_mail support 1
"$TOP/supportd" -f --once -c "$D/supportd.conf" 2>&1 | sed 's/^/  /'
wait_mail customer2 2
imap_fetch customer2 INBOX 2 > "$W/m.eml"
python3 - "$W/m.eml" <<'EOP'
import email, email.policy, sys
m = email.message_from_binary_file(open(sys.argv[1], "rb"), policy=email.policy.default)
print("  --- what José received")
print("  Subject: %s" % m["subject"])
print("  In-Reply-To: %s" % m["in-reply-to"])
for line in m.get_body(("plain",)).get_content().strip().splitlines():
    print("  | " + line)
EOP
ref=$(ctl cases --json | python3 -c 'import json,sys; print([c["ref"] for c in json.load(sys.stdin) if c["language"]=="es"][0])')
ctl show "$ref" | sed -n '1,9p'
ctl show "$ref" | sed -n '/^--- events/,$p' | grep -v mail-queued

say "processed mail was moved to Processed: INBOX $(imap_count support INBOX), Processed $(imap_count support Processed)"
