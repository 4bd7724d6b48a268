#!/bin/sh
# t_agents.sh -- agents work the desk from their own mailboxes, on a real
# Dovecot and OpenSMTPD (contrib/testservers.sh): a customer writes, the
# agent finds the notice in her IMAP mailbox and answers it with a command
# and a text, quoting it; the customer receives the text alone, threaded
# under her first mail; her answer reopens the case and the new assignee
# hears of it.  A forged mail changes nothing, a #comment reaches no
# customer, an unknown command comes back to the agent.  Each step stops
# the suite at its first failure: later steps build on it.
. "$(dirname "$0")/lib.sh"

S=$T_TMP/srv
D=$T_TMP/desk
chmod 755 "$T_TMP"

cleanup() {
	sh "$TOP/contrib/testservers.sh" stop "$S" >/dev/null 2>&1
}
trap 'cleanup' EXIT
trap 'exit 1' INT TERM HUP

# step DESCRIPTION COMMAND...: a check that ends the suite when it fails
step() {
	d=$1; shift
	if "$@" >/dev/null 2>&1; then ok "$d"; return 0; fi
	fail "$d"
	t_done
	exit 1
}
step_match() {
	if printf '%s\n' "$2" | grep -qE -- "$3"; then ok "$1"; return 0; fi
	fail "$1: '$3' not in: $(printf '%s' "$2" | head -c 600)"
	t_done
	exit 1
}
step_nomatch() {
	if printf '%s\n' "$2" | grep -qE -- "$3"; then
		fail "$1: '$3' unexpectedly in: $(printf '%s' "$2" | head -c 600)"
		t_done
		exit 1
	fi
	ok "$1"
}
step_eq() {
	if [ "$2" = "$3" ]; then ok "$1"; return 0; fi
	fail "$1: got '$2', want '$3'"
	t_done
	exit 1
}

if ! sh "$TOP/contrib/testservers.sh" start "$S" >"$T_TMP/start.log" 2>&1; then
	cat "$T_TMP/start.log"
	fail "test servers did not start"
	t_done
	exit 1
fi
. "$S/env"
. "$TOP/contrib/testmail.sh"

t_desk "$D"
desk_conf "$D/supportd.conf"
desk_agents "$D/supportd.conf"
sed -i -e 's/^autoreply-limit.*/autoreply-limit 0/' "$D/supportd.conf"
mailbox_block support support \
    "password-command \"printf '%s\\\\n' '$PASSWORD'\"" \
    "move-to Processed" "timeout 20" >> "$D/supportd.conf"
ctl() { "$SUPPORTCTL" -c "$D/supportd.conf" "$@"; }
q() { python3 "$TOP/tests/jsonq.py" "$1"; }
once() { "$SUPPORTD" -f --once -c "$D/supportd.conf" >>"$T_TMP/once.log" 2>&1; }
# header FILE NAME: one header's value, unfolded
header() {
	python3 - "$1" "$2" <<'EOP'
import email, email.policy, sys
m = email.message_from_binary_file(open(sys.argv[1], "rb"), policy=email.policy.default)
v = m[sys.argv[2]]
print("" if v is None else str(v))
EOP
}
# text FILE: the plain text body
text() {
	python3 - "$1" <<'EOP'
import email, email.policy, sys
m = email.message_from_binary_file(open(sys.argv[1], "rb"), policy=email.policy.default)
print(m.get_body(("plain",)).get_content())
EOP
}
# addr_of FILE HEADER: the bare address in a header
addr_of() { header "$1" "$2" | sed 's/.*<\(.*\)>.*/\1/'; }

step "supportd -n accepts the desk" "$SUPPORTD" -n -c "$D/supportd.conf"

# --- a customer writes; the agent finds the notice in her mailbox
cat > "$T_TMP/c1.eml" <<'EOM'
From: Anna Kowalska <customer1@example.com>
To: support@example.com
Subject: Printer does not print
Message-ID: <anna-1@example.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8

Hello, my printer stopped printing yesterday. Can you help?
EOM
smtp_send customer1@example.com support@example.com "$T_TMP/c1.eml"
step "the customer's mail reached support" wait_count support INBOX 1
once
step_eq "one case" "$(ctl cases --json | q 'len(d)')" 1
step "the acknowledgement reached the customer" wait_count customer1 INBOX 1
step "the notice reached agent1 (maria)" wait_count agent1 INBOX 1
imap_fetch agent1 INBOX 1 > "$T_TMP/notice.eml"
rt=$(addr_of "$T_TMP/notice.eml" Reply-To)
nid=$(addr_of "$T_TMP/notice.eml" Message-ID)
step_match "notice: answer address signed for the case and maria" "$rt" \
    '^support\+cs-1001\.maria\.[0-9a-f]{12}@example\.com$'
step_match "notice: the customer's text" "$(text "$T_TMP/notice.eml")" \
    'printer stopped printing'
step_match "notice: the commands" "$(text "$T_TMP/notice.eml")" '#assign NAME'

# --- maria answers from her mail client: a command, a text, the quote
{
	printf 'From: Maria <agent1@example.com>\nTo: Example Support <%s>\n' "$rt"
	printf 'Subject: Re: [CS-1001] New case: Printer does not print\n'
	printf 'Message-ID: <maria-1@example.com>\nIn-Reply-To: <%s>\n' "$nid"
	printf 'References: <%s>\nMIME-Version: 1.0\n' "$nid"
	printf 'Content-Type: text/plain; charset=UTF-8\n\n'
	printf '#assign jan\n\nDear Anna, please switch the printer off and on;\n'
	printf 'a technician will call you tomorrow.\n\n-- \nMaria\n\n'
	printf 'On Sun, 29 Nov 2026 at 10:00, Example Support <support@example.com> wrote:\n'
	text "$T_TMP/notice.eml" | sed 's/^/> /'
} > "$T_TMP/a1.eml"
smtp_send agent1@example.com "$rt" "$T_TMP/a1.eml"
step "the answer reached support through the signed address" \
    wait_count support INBOX 1
once
j=$(ctl show CS-1001 --json)
step_eq "the case is jan's" "$(printf '%s\n' "$j" | q 'd["assignee"]')" jan
step_eq "answered: the case waits on the customer" \
    "$(printf '%s\n' "$j" | q 'd["status"]')" pending
step_match "the answer is on the case with the agent's name" \
    "$(printf '%s\n' "$j" | q '[e["actor"] for e in d["events"] if e["kind"] == "answered"]')" maria
step "the answer reached the customer" wait_count customer1 INBOX 2
imap_fetch customer1 INBOX 2 > "$T_TMP/answer.eml"
body=$(text "$T_TMP/answer.eml")
step_match "customer: the text" "$body" 'switch the printer off and on'
step_nomatch "customer: no command" "$body" '#assign'
step_nomatch "customer: no quoted notice" "$body" '^>|write above|printer stopped'
step_match "customer: threaded under her first mail" \
    "$(header "$T_TMP/answer.eml" In-Reply-To)" '<anna-1@example.com>'
step_match "customer: the case in the subject" \
    "$(header "$T_TMP/answer.eml" Subject)" '^\[CS-1001\]'
step_eq "customer: from the desk" "$(addr_of "$T_TMP/answer.eml" From)" \
    support@example.com
step_eq "customer: no internal header" \
    "$(header "$T_TMP/answer.eml" Auto-Submitted)" ""
step "jan (agent2) heard the case is his" wait_count agent2 INBOX 2

# --- the customer answers: the case reopens, jan alone hears of it
aid=$(addr_of "$T_TMP/answer.eml" Message-ID)
cat > "$T_TMP/c2.eml" <<EOM
From: Anna Kowalska <customer1@example.com>
To: support@example.com
Subject: Re: [CS-1001] Re: Printer does not print
Message-ID: <anna-2@example.com>
In-Reply-To: <$aid>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8

I did, it still does not print.
EOM
n1=$(imap_count agent1 INBOX)
smtp_send customer1@example.com support@example.com "$T_TMP/c2.eml"
step "the customer's answer reached support" wait_count support INBOX 1
once
step_eq "the case reopened" "$(ctl show CS-1001 --json | q 'd["status"]')" open
step "jan hears of the customer's answer" wait_count agent2 INBOX 3
imap_fetch agent2 INBOX 3 > "$T_TMP/jan.eml"
step_match "jan's notice: the customer's new text" "$(text "$T_TMP/jan.eml")" \
    'still does not print'
step_eq "maria does not (the case is jan's)" "$(imap_count agent1 INBOX)" "$n1"

# --- a forged mail: maria's From:, no signed address
cat > "$T_TMP/f1.eml" <<'EOM'
From: Maria <agent1@example.com>
To: support@example.com
Subject: Re: [CS-1001] close it
Message-ID: <forged-1@evil.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8

#close
EOM
nev=$(ctl show CS-1001 --json | q 'len(d["events"])')
smtp_send mallory@evil.example support@example.com "$T_TMP/f1.eml"
step "the forged mail reached support" wait_count support INBOX 1
once
step_eq "forged From: the case is still open" \
    "$(ctl show CS-1001 --json | q 'd["status"]')" open
step_eq "forged From: nothing new on the case" \
    "$(ctl show CS-1001 --json | q 'len(d["events"])')" "$nev"

# --- the signed address in another sender's hands
sed -e 's/^From: .*/From: Mallory <customer2@example.com>/' \
    -e 's/maria-1@/stolen-1@/' -e 's/^#assign jan/#close/' \
    "$T_TMP/a1.eml" > "$T_TMP/s1.eml"
n1=$(imap_count agent1 INBOX)
smtp_send customer2@example.com "$rt" "$T_TMP/s1.eml"
step "the stolen-address mail reached support" wait_count support INBOX 1
n2=$(imap_count customer1 INBOX)
once
step_eq "stolen address: the case is still open" \
    "$(ctl show CS-1001 --json | q 'd["status"]')" open
step "stolen address: maria is told" wait_count agent1 INBOX $((n1 + 1))
step_eq "stolen address: nothing reached the customer" \
    "$(imap_count customer1 INBOX)" "$n2"

# --- a #comment reaches no customer
printf 'From: Maria <agent1@example.com>\nTo: <%s>\nSubject: Re: [CS-1001]\nMessage-ID: <maria-2@example.com>\nContent-Type: text/plain; charset=UTF-8\n\n#comment\nCalled Anna: the printer is out of warranty.\n' "$rt" > "$T_TMP/a2.eml"
smtp_send agent1@example.com "$rt" "$T_TMP/a2.eml"
step "the comment reached support" wait_count support INBOX 1
once
step_match "the note is on the case" \
    "$(ctl show CS-1001 --json | q '[e["detail"] for e in d["events"] if e["kind"] == "comment"]')" \
    'out of warranty'
sleep 1
step_eq "the note reached no customer" "$(imap_count customer1 INBOX)" "$n2"

# --- an unknown command comes back to the agent
n3=$(imap_count agent1 INBOX)
printf 'From: Maria <agent1@example.com>\nTo: <%s>\nSubject: Re: [CS-1001]\nMessage-ID: <maria-3@example.com>\nContent-Type: text/plain; charset=UTF-8\n\n#frobnicate\nAnna, all done.\n' "$rt" > "$T_TMP/a3.eml"
smtp_send agent1@example.com "$rt" "$T_TMP/a3.eml"
step "the bad command reached support" wait_count support INBOX 1
once
step "maria gets the refusal" wait_count agent1 INBOX $((n3 + 1))
imap_fetch agent1 INBOX $((n3 + 1)) > "$T_TMP/refusal.eml"
step_match "the refusal says what and why" "$(text "$T_TMP/refusal.eml")" \
    'frobnicate.*unknown command'
step_eq "the refused mail reached no customer" "$(imap_count customer1 INBOX)" "$n2"
t_done
