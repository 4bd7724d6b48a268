#!/bin/sh
# t_sla.sh -- time on real servers, with the desk's clock moved by
# SUPPORTD_NOW instead of waiting: a Greek customer writes on Friday at
# 17:55 to a desk open Monday to Friday 09-18 (Athens) with a 10-minute
# first-response target; the warning and the breach fire on Monday at
# 09:03 and 09:05, once each across restarts, and the supervisor's own
# mailbox gets the escalation; the case resolved, the follow-up question
# and later the auto-close notice reach the customer's mailbox in Greek;
# her "5" is recorded and does not reopen the case.  Stops at the first
# failed step: each builds on the one before.
. "$(dirname "$0")/lib.sh"

S=$T_TMP/srv
D=$T_TMP/desk
chmod 755 "$T_TMP"
trap 'sh "$TOP/contrib/testservers.sh" stop "$S" >/dev/null 2>&1' EXIT INT TERM

step() {
	d=$1; shift
	if "$@" >/dev/null 2>&1; then ok "$d"; return 0; fi
	fail "$d"; t_done; exit 1
}
step_eq() {
	if [ "$2" = "$3" ]; then ok "$1"; return 0; fi
	fail "$1: got '$2', want '$3'"; t_done; exit 1
}
step_match() {
	if printf '%s\n' "$2" | grep -qE -- "$3"; then ok "$1"; return 0; fi
	fail "$1: '$3' not in: $(printf '%s' "$2" | head -c 600)"; t_done; exit 1
}

if ! sh "$TOP/contrib/testservers.sh" start "$S" >"$T_TMP/start.log" 2>&1; then
	cat "$T_TMP/start.log"; fail "test servers did not start"; t_done; exit 1
fi
. "$S/env"
. "$TOP/contrib/testmail.sh"

t_desk "$D"
desk_conf "$D/supportd.conf"
desk_agents "$D/supportd.conf"
sed -i -e '/^sla[ 	]/d' -e '/^autoclose-/d' -e '/^followup/d' \
    -e '/^business-hours/d' -e '/^timezone/d' \
    -e 's/^autoreply-limit.*/autoreply-limit 0/' "$D/supportd.conf"
cat >> "$D/supportd.conf" <<'EOM'
timezone		Europe/Athens
business-hours		mon-fri 09:00-18:00
sla	*	*	first-response 10m
followup		1d
autoclose-resolved	3d
EOM
mailbox_block support support \
    "password-command \"printf '%s\\\\n' '$PASSWORD'\"" \
    "move-to Processed" "timeout 20" >> "$D/supportd.conf"
ctl() { "$SUPPORTCTL" -c "$D/supportd.conf" "$@"; }
q() { python3 "$TOP/tests/jsonq.py" "$1"; }
# at UTC-TIME once: one daemon run with the desk's clock at that moment
at() { _t=$1; shift; SUPPORTD_NOW=$_t "$@"; }
once() { "$SUPPORTD" -f --once -c "$D/supportd.conf" >>"$T_TMP/once.log" 2>&1; }
events() { ctl show CS-1001 --json | q "sum(1 for e in d['events'] if e['kind'] == '$1')"; }
text() {
	python3 - "$1" <<'EOP'
import email, email.policy, sys
m = email.message_from_binary_file(open(sys.argv[1], "rb"), policy=email.policy.default)
print(m["subject"])
print(m.get_body(("plain",)).get_content())
EOP
}

step "supportd -n accepts the desk" "$SUPPORTD" -n -c "$D/supportd.conf"

# Friday 4 December 2026, 17:55 in Athens (15:55 UTC).
cat > "$T_TMP/c1.eml" <<'EOM'
From: Ελένη Παπαδοπούλου <customer1@example.com>
To: support@example.com
Subject: Πού είναι η παραγγελία μου;
Message-ID: <eleni-sla-1@example.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8

Καλησπέρα, παρήγγειλα ένα ψυγείο και δεν έχει έρθει ακόμα. Ευχαριστώ.
EOM
smtp_send customer1@example.com support@example.com "$T_TMP/c1.eml"
step "the mail reached support" wait_count support INBOX 1
at 2026-12-04T15:55:00Z once
step_eq "a case" "$(ctl cases --json | q 'len(d)')" 1
step "the acknowledgement reached her" wait_count customer1 INBOX 1

# Over the weekend nothing is due: the desk is closed.
at 2026-12-06T20:00:00Z once
step_eq "Sunday: no warning yet" "$(events sla-warning)" 0
# Monday 09:04: eight business minutes gone, the warning.
at 2026-12-07T07:04:00Z once
step_eq "Monday 09:04: the warning" "$(events sla-warning)" 1
step_eq "Monday 09:04: no breach yet" "$(events sla-breach)" 0
# Monday 09:06: past the ten minutes.
nsup=$(imap_count supervisor INBOX)
at 2026-12-07T07:06:00Z once
step_eq "Monday 09:06: the breach" "$(events sla-breach)" 1
step_eq "the priority went up a step" "$(ctl show CS-1001 --json | q 'd["priority"]')" high
step "the supervisor's mailbox has the escalation" \
    wait_count supervisor INBOX $((nsup + 1))
imap_fetch supervisor INBOX $((nsup + 1)) > "$T_TMP/esc.eml"
step_match "escalation: names the case and the missed target" \
    "$(text "$T_TMP/esc.eml")" 'CS-1001.*(first response target missed|Κλιμάκωση)'
# Restarts fire nothing again.
at 2026-12-07T08:00:00Z once
at 2026-12-07T09:00:00Z once
step_eq "after restarts: one warning" "$(events sla-warning)" 1
step_eq "after restarts: one breach" "$(events sla-breach)" 1

# Resolved on Monday at 10:00; the question a day later, in Greek.
at 2026-12-07T08:00:00Z ctl status CS-1001 resolved --as maria >/dev/null
n1=$(imap_count customer1 INBOX)
at 2026-12-08T08:01:00Z once
step "the follow-up question reached her" wait_count customer1 INBOX $((n1 + 1))
imap_fetch customer1 INBOX $((n1 + 1)) > "$T_TMP/fu.eml"
step_match "follow-up: in Greek" "$(text "$T_TMP/fu.eml")" 'Πώς τα πήγαμε'
fid=$(sed -n 's/^Message-I[Dd]: *<\(.*\)>.*/\1/p' "$T_TMP/fu.eml" | tr -d '\r' | head -n 1)

# She answers "5": recorded, and the case stays resolved.
cat > "$T_TMP/c2.eml" <<EOM
From: Ελένη Παπαδοπούλου <customer1@example.com>
To: support@example.com
Subject: Re: [CS-1001] Πώς τα πήγαμε;
Message-ID: <eleni-sla-2@example.com>
In-Reply-To: <$fid>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8

5

> Πόσο ικανοποιημένος/η είστε από τη βοήθειά μας;
EOM
smtp_send customer1@example.com support@example.com "$T_TMP/c2.eml"
step "her answer reached support" wait_count support INBOX 1
at 2026-12-08T09:00:00Z once
step_match "the rating is on the case" \
    "$(ctl show CS-1001 --json | q '[e["detail"] for e in d["events"] if e["kind"] == "satisfaction"]')" '"5"'
step_eq "the case stays resolved" "$(ctl show CS-1001 --json | q 'd["status"]')" resolved

# Three days after resolving: closed, and she is told, in Greek.
n2=$(imap_count customer1 INBOX)
at 2026-12-10T08:01:00Z once
step_eq "auto-closed" "$(ctl show CS-1001 --json | q 'd["status"]')" closed
step "the closing notice reached her" wait_count customer1 INBOX $((n2 + 1))
imap_fetch customer1 INBOX $((n2 + 1)) > "$T_TMP/ac.eml"
step_match "auto-close notice: in Greek" "$(text "$T_TMP/ac.eml")" 'Έκλεισε'
step_match "stats: no timer left due" "$(at 2026-12-10T09:00:00Z ctl stats --json | q 'd["timers_due"]')" '^0$'
t_done
