#!/bin/sh
# t_pipeline.sh -- the core pipeline from the command line, no servers:
# every message of tests/corpus/pipeline through `supportctl ingest`, with
# what each must do to the cases and the outbox asserted.
. "$(dirname "$0")/lib.sh"

C=tests/corpus/pipeline
D=$T_TMP/desk
t_desk "$D"
printf 'address help@example.com\n' >> "$D/supportd.conf"
ctl() { "$SUPPORTCTL" -c "$D/supportd.conf" "$@"; }
q() { python3 "$TOP/tests/jsonq.py" "$1"; }
cd "$TOP"

# --- a Greek customer in ISO-8859-7: a case, a Greek acknowledgement
out=$(ctl ingest "$C/01-greek.eml")
check_match "greek: new case" "$out" '^CS-1001	new	'
j=$(ctl show CS-1001 --json)
check_eq "greek: language" "$(printf '%s\n' "$j" | q 'd["language"]')" el
check_eq "greek: subject decoded" "$(printf '%s\n' "$j" | q 'd["subject"]')" \
    "Πότε θα έρθει η παραγγελία μου;"
check_eq "greek: customer name decoded" "$(printf '%s\n' "$j" | q 'd["customer_name"]')" \
    "Ελένη Παπαδοπούλου"
check_match "greek: body decoded" "$(printf '%s\n' "$j" | q 'd["messages"][0]["body"]')" \
    "Παρήγγειλα ένα ψυγείο"
check_nomatch "greek: no replacement characters" "$(printf '%s\n' "$j" | q 'd["messages"][0]["body"]')" '\?|�'
ob=$(ctl outbox --json)
check_eq "greek: one acknowledgement queued" "$(printf '%s\n' "$ob" | q 'sum(1 for o in d if o["to"] == "eleni@example.gr")')" 1
raw=$(printf '%s\n' "$ob" | q 'd[0]["raw"]')
check_match "ack: subject carries the case" "$(printf '%s\n' "$ob" | q 'd[0]["subject"]')" '\[CS-1001\]'
check_match "ack: Auto-Submitted" "$raw" '^Auto-Submitted: auto-replied'
check_match "ack: In-Reply-To the customer" "$raw" '^In-Reply-To: <greek-1@example.gr>'
check_match "ack: References the customer" "$raw" '^References: <greek-1@example.gr>'
check_match "ack: signed Reply-To" "$raw" '^Reply-To: .*<support\+cs-1001\.[0-9a-f]{12}@example.com>'
check_match "ack: own Message-ID" "$raw" '^Message-ID: <[0-9]+\.[0-9a-f]{24}@example.com>'
check_match "ack: to the customer" "$(printf '%s\n' "$ob" | q 'd[0]["to"]')" '^eleni@example.gr$'
ackbody=$(ctl show CS-1001 --json | q '[m["body"] for m in d["messages"] if m["kind"] == "ack"][0]')
check_match "ack: written in Greek" "$ackbody" 'CS-1001'
check_nomatch "ack: no English in the Greek ack" "$ackbody" ' the | your '
check_match "ack: Greek text" "$ackbody" 'ευχαριστ'
check_eq "ack: status queued" "$(printf '%s\n' "$ob" | q 'd[0]["status"]')" queued

# --- the same message twice, and to a second support address: nothing new
out=$(ctl ingest "$C/01-greek.eml" "$C/05-greek-dup-other-address.eml")
check_match "dup: same message is a duplicate" "$out" '^CS-1001	duplicate'
check_eq "dup: still one case" "$(ctl cases --json | q 'len(d)')" 1
check_eq "dup: still one ack" "$(ctl outbox --json | q 'sum(1 for o in d if o["to"] == "eleni@example.gr")')" 1

# --- replies: by In-Reply-To our ack, by the signed address, by tag
ackid=$(ctl outbox --json | q 'd[0]["message_id"]')
sig=$(printf '%s\n' "$raw" | sed -n 's/^Reply-To: .*<\(support+[^>]*\)>.*/\1/p' | tr -d '\r')
cat > "$T_TMP/r1.eml" <<EOM
From: Eleni <eleni@example.gr>
To: support@example.com
Subject: Re: something else entirely
Message-ID: <greek-2@example.gr>
In-Reply-To: <$ackid>
References: <greek-1@example.gr> <$ackid>
Content-Type: text/plain; charset=UTF-8

Ευχαριστώ για την απάντηση.
EOM
check_match "reply by In-Reply-To joins the case" "$(ctl ingest "$T_TMP/r1.eml")" '^CS-1001	update	references'
cat > "$T_TMP/r2.eml" <<EOM
From: Eleni's husband <nikos@example.gr>
To: $sig
Subject: about the fridge
Message-ID: <greek-3@example.gr>
Content-Type: text/plain; charset=UTF-8

Γεια σας, γράφω για την ίδια παραγγελία.
EOM
check_match "reply to the signed address joins the case" "$(ctl ingest "$T_TMP/r2.eml")" '^CS-1001	update	signed address'
cat > "$T_TMP/r3.eml" <<EOM
From: eleni@example.gr
To: support@example.com
Subject: Re: [CS-1001] fridge
Message-ID: <greek-4@example.gr>
Content-Type: text/plain; charset=UTF-8

Ακόμα περιμένω.
EOM
check_match "subject tag from a known sender joins" "$(ctl ingest "$T_TMP/r3.eml")" '^CS-1001	update	subject tag'
sed -e 's/eleni@example.gr/mallory@example.net/' -e 's/greek-4/mallory-1/' "$T_TMP/r3.eml" > "$T_TMP/r4.eml"
check_match "subject tag from a stranger opens a new case" "$(ctl ingest "$T_TMP/r4.eml")" '^CS-1002	new'
check_eq "replies add no acknowledgements" "$(ctl outbox --json | q 'sum(1 for o in d if o["case"] == "CS-1001" and o["to"] == "eleni@example.gr")')" 1
check_eq "case has 4 customer messages and 1 ack" \
    "$(ctl show CS-1001 --json | q 'len([m for m in d["messages"] if m["kind"] != "notice"])')" 5

# --- Spanish in windows-1252, Polish in ISO-8859-2 with an attachment
out=$(ctl ingest "$C/02-spanish.eml" "$C/03-polish-attachment.eml")
check_match "spanish: new case" "$out" '^CS-1003	new'
check_match "polish: new case" "$out" '^CS-1004	new'
j=$(ctl show CS-1003 --json)
check_eq "spanish: language" "$(printf '%s\n' "$j" | q 'd["language"]')" es
check_eq "spanish: subject" "$(printf '%s\n' "$j" | q 'd["subject"]')" "¿Por qué no funciona el cargador?"
check_eq "spanish: name" "$(printf '%s\n' "$j" | q 'd["customer_name"]')" "José Núñez"
check_match "spanish: body" "$(printf '%s\n' "$j" | q 'd["messages"][0]["body"]')" "Gracias, señores"
j=$(ctl show CS-1004 --json)
check_eq "polish: language" "$(printf '%s\n' "$j" | q 'd["language"]')" pl
check_eq "polish: subject" "$(printf '%s\n' "$j" | q 'd["subject"]')" "Drukarka nie działa"
check_match "polish: body" "$(printf '%s\n' "$j" | q 'd["messages"][0]["body"]')" "przesyłam zdjęcie uszkodzonego"
check_eq "polish: attachment name (RFC 2231)" \
    "$(printf '%s\n' "$j" | q 'd["messages"][0]["attachments"][0]["name"]')" "zdjęcie drukarki.png"
check_eq "polish: attachment type" \
    "$(printf '%s\n' "$j" | q 'd["messages"][0]["attachments"][0]["type"]')" "image/png"
check_eq "polish: attachment size" \
    "$(printf '%s\n' "$j" | q 'd["messages"][0]["attachments"][0]["size"]')" 108
ob=$(ctl outbox --json)
check_eq "spanish ack sent to jose" "$(printf '%s\n' "$ob" | q '[o["to"] for o in d if o["case"] == "CS-1003"][0]')" jose@example.es
check_eq "polish ack sent to lukasz" "$(printf '%s\n' "$ob" | q '[o["to"] for o in d if o["case"] == "CS-1004"][0]')" lukasz@example.pl

# --- HTML only: readable text, no markup, no script
out=$(ctl ingest "$C/04-english-html.eml")
ref=$(printf '%s\n' "$out" | cut -f1)
b=$(ctl show "$ref" --json | q 'd["messages"][0]["body"]')
check_match "html: text kept" "$b" 'opening hours on Saturday & Sunday'
check_nomatch "html: no tags" "$b" '<p>|<br>'
check_nomatch "html: no script" "$b" 'alert'
check_nomatch "html: no style" "$b" 'color: red'

# --- a header injection attempt changes no header of the reply
out=$(ctl ingest "$C/06-injection.eml")
ref=$(printf '%s\n' "$out" | cut -f1)
raw=$(ctl outbox --json | q "[o['raw'] for o in d if o['case'] == '$ref'][0]")
check_nomatch "injection: no Bcc header" "$raw" '^Bcc:'
check_nomatch "injection: no injected header" "$raw" '^X-Injected:'
check_eq "injection: one To line" "$(printf '%s\n' "$raw" | grep -c '^To:')" 1

# --- a 1,500-character subject: the reply's header lines stay short
long=$(python3 -c 'print(" ".join(["word%d" % i for i in range(250)]))')
printf 'From: Long <long@example.com>\nTo: support@example.com\nSubject: %s\nMessage-ID: <long-1@example.com>\n\nhello\n' "$long" > "$T_TMP/long.eml"
ref=$(ctl ingest "$T_TMP/long.eml" | cut -f1)
raw=$(ctl outbox --json | q "[o['raw'] for o in d if o['case'] == '$ref'][0]")
max=$(printf '%s\n' "$raw" | sed -n '1,/^\r*$/p' | awk '{ if (length($0) > m) m = length($0) } END { print m }')
check "long subject: header lines folded to 78 columns ($max)" [ "$max" -le 79 ]
check_match "long subject: folded, not cut" "$(ctl outbox --json | q "[o['subject'] for o in d if o['case'] == '$ref'][0]")" 'word249$'
printf 'From: Auto <auto@example.com>\nTo: support@example.com\nSubject: x\nMessage-ID: <as-1@example.com>\nAuto-Submitted: nothing-human\n\nhello\n' > "$T_TMP/as.eml"
check_match "Auto-Submitted other than no: automatic" "$(ctl ingest "$T_TMP/as.eml")" 'automatic: Auto-Submitted'

# --- machines are recorded, never answered
before=$(ctl outbox --json | q 'len(d)')
out=$(ctl ingest "$C/07-autoreply.eml" "$C/08-list.eml" "$C/10-noreply.eml")
check_match "autoreply: recorded as automatic" "$out" 'automatic: Auto-Submitted'
check_match "list: recorded as automatic" "$out" 'automatic: Precedence'
check_match "noreply: recorded as automatic" "$out" 'automatic: a no-reply sender'
check_eq "machines got no answer" "$(ctl outbox --json | q 'len(d)')" "$before"

# --- a bounce of our acknowledgement lands on its case, opens none
ncases=$(ctl cases --json | q 'len(d)')
cat > "$T_TMP/bounce.eml" <<EOM
From: Mail Delivery System <MAILER-DAEMON@mx.example.gr>
To: support@example.com
Subject: Undelivered Mail Returned to Sender
Message-ID: <bounce-1@mx.example.gr>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="rep"

--rep
Content-Type: text/plain

This is the mail system. Your message could not be delivered.
--rep
Content-Type: message/delivery-status

Final-Recipient: rfc822; eleni@example.gr
Action: failed
Status: 5.1.1
--rep
Content-Type: text/rfc822-headers

Message-ID: <$ackid>
Subject: [CS-1001] ack
--rep--
EOM
out=$(ctl ingest "$T_TMP/bounce.eml")
check_match "bounce: recorded on the case of the bounced mail" "$out" '^CS-1001	update	bounce'
check_eq "bounce: no new case" "$(ctl cases --json | q 'len(d)')" "$ncases"
check_match "bounce: event on the case" "$(ctl show CS-1001 --json | q '[e["kind"] for e in d["events"]]')" 'bounce'
sed -e 's/bounce-1/bounce-2/' -e "s/$ackid/unknown@nowhere/" "$T_TMP/bounce.eml" > "$T_TMP/bounce2.eml"
check_match "bounce of unknown mail: recorded, no case" "$(ctl ingest "$T_TMP/bounce2.eml")" '^-	recorded	bounce'
check_eq "bounce: still no new case" "$(ctl cases --json | q 'len(d)')" "$ncases"

# --- broken MIME still makes a case, raw bytes kept
out=$(ctl ingest "$C/09-broken-mime.eml")
check_match "broken MIME: a case" "$out" '	new	'
ref=$(printf '%s\n' "$out" | cut -f1)
check_match "broken MIME: text kept" "$(ctl show "$ref" --json | q 'd["messages"][0]["body"]')" 'invoice is wrong'

# --- no Message-ID: the digest dedups
out=$(ctl ingest "$C/11-no-message-id.eml" "$C/11-no-message-id.eml")
check_match "no Message-ID: first is new" "$(printf '%s\n' "$out" | head -n 1)" '	new	'
check_match "no Message-ID: second is a duplicate" "$(printf '%s\n' "$out" | tail -n 1)" '	duplicate	'

# --- empty input is quarantined with its reason, never lost
: > "$T_TMP/empty.eml"
out=$(ctl ingest "$T_TMP/empty.eml")
check_match "empty: quarantined" "$out" '^Q-[0-9]+	quarantined'
check_match "quarantine lists it" "$(ctl quarantine)" 'Q-1 '

# --- stdin works like a file (how an MTA pipes mail in)
out=$(sed 's/greek-1@/stdin-1@/' "$C/01-greek.eml" | ctl ingest --mailbox support)
check_match "stdin: ingested" "$out" '	new	'

# --- the per-sender limit on automatic answers
for i in 1 2 3 4 5 6 7; do
	sed -e "s/spanish-1@/flood-$i@/" "$C/02-spanish.eml" > "$T_TMP/flood$i.eml"
done
ctl ingest "$T_TMP"/flood*.eml > /dev/null
n=$(ctl outbox --json | q 'sum(1 for o in d if o["to"] == "jose@example.es")')
check_eq "autoreply-limit: 5 answers per hour" "$n" 5

# --- a closed case: reopen by default, a linked new case by policy
t_sql "$D" "UPDATE cases SET status = 'closed' WHERE ref = 'CS-1001'"
sed -e 's/greek-4/greek-5/' "$T_TMP/r3.eml" > "$T_TMP/r5.eml"
check_match "closed + reopen: same case" "$(ctl ingest "$T_TMP/r5.eml")" '^CS-1001	update'
check_eq "closed + reopen: open again" "$(ctl show CS-1001 --json | q 'd["status"]')" open
t_sql "$D" "UPDATE cases SET status = 'closed' WHERE ref = 'CS-1001'"
sed -i 's/^closed-policy.*/closed-policy new-case/' "$D/supportd.conf"
sed -e 's/greek-4/greek-6/' "$T_TMP/r3.eml" > "$T_TMP/r6.eml"
out=$(ctl ingest "$T_TMP/r6.eml")
check_match "closed + new-case: a new case" "$out" '	new	'
ref=$(printf '%s\n' "$out" | cut -f1)
check_eq "closed + new-case: linked to the old" "$(ctl show "$ref" --json | q 'd["linked"]')" CS-1001

# --- rule actions: notify, forward, escalate, assign, quarantine, drop
cat > "$D/rules/01-actions.rules" <<'EOR'
# test rules: each keyword in the subject sets off one action
rule vip
  when subject ~ /VIP-ESCALATE/
  capture body ~ /order (?<order>[0-9]{6})/
  queue billing
  priority urgent
  assign maria
  tag vip
  notify maria@example.com
  forward accounts@example.org
  escalate
  stop

rule spam
  when subject ~ /CHEAP-PILLS/
  drop

rule hold
  when subject ~ /HOLD-ME/
  quarantine
EOR
check "rules check accepts the test rules" ctl rules check
mk() {	# FILE MSGID SUBJECT
	printf 'From: Vera <vera@example.com>\nTo: support@example.com\nSubject: %s\nMessage-ID: <%s>\nContent-Type: text/plain; charset=UTF-8\n\nAbout order 123456, please.\n' "$3" "$2" > "$1"
}
mk "$T_TMP/a1.eml" act-1@example.com "VIP-ESCALATE refund"
out=$(ctl ingest "$T_TMP/a1.eml")
ref=$(printf '%s\n' "$out" | cut -f1)
j=$(ctl show "$ref" --json)
check_eq "actions: queue" "$(printf '%s\n' "$j" | q 'd["queue"]')" billing
check_eq "actions: priority" "$(printf '%s\n' "$j" | q 'd["priority"]')" urgent
check_eq "actions: assignee" "$(printf '%s\n' "$j" | q 'd["assignee"]')" maria
check_match "actions: tag" "$(printf '%s\n' "$j" | q 'd["tags"]')" vip
check_match "actions: escalated" "$(printf '%s\n' "$j" | q '[e["kind"] for e in d["events"]]')" escalated
ob=$(ctl outbox --json)
check_eq "actions: notify mail to maria" "$(printf '%s\n' "$ob" | q "sum(1 for o in d if o['case'] == '$ref' and o['to'] == 'maria@example.com')")" 1
check_eq "actions: forward with the original attached" "$(printf '%s\n' "$ob" | q "[('message/rfc822' in o['raw']) for o in d if o['case'] == '$ref' and o['to'] == 'accounts@example.org'][0]")" true
check_eq "actions: escalation to the queue's supervisor" "$(printf '%s\n' "$ob" | q "sum(1 for o in d if o['case'] == '$ref' and o['to'] == 'eleni@example.com' and 'Κλιμάκωση' in o['subject'])")" 1
check_eq "actions: the customer still gets the ack" "$(printf '%s\n' "$ob" | q "sum(1 for o in d if o['case'] == '$ref' and o['to'] == 'vera@example.com')")" 1
check_match "actions: notifications are Auto-Submitted: auto-generated" "$(printf '%s\n' "$ob" | q "[o['raw'] for o in d if o['case'] == '$ref' and o['to'] == 'maria@example.com'][0]")" 'Auto-Submitted: auto-generated'
t=$(ctl rules test "$T_TMP/a1.eml")
check_match "rules test: the rule" "$t" '^matched: vip'
check_match "rules test: the capture" "$t" '^capture order: 123456'
check_match "rules test: the queue" "$t" '^queue: billing'
check_match "rules test: the actions" "$t" '^notify: maria@example.com'
check_eq "rules test changes nothing" "$(ctl cases --json | q 'len(d)')" "$(ctl cases --json | q 'len(d)')"
mk "$T_TMP/a2.eml" act-2@example.com "CHEAP-PILLS now"
n=$(ctl cases --json | q 'len(d)')
check_match "drop: recorded, no case" "$(ctl ingest "$T_TMP/a2.eml")" '^-	recorded	dropped by rule spam'
check_eq "drop: no new case" "$(ctl cases --json | q 'len(d)')" "$n"
mk "$T_TMP/a3.eml" act-3@example.com "HOLD-ME please"
check_match "quarantine rule: quarantined" "$(ctl ingest "$T_TMP/a3.eml")" '	quarantined	quarantined by rule hold'
qid=$(ctl quarantine --json | q 'd[-1]["id"]')
check "quarantine: raw bytes retrievable" sh -c "'$SUPPORTCTL' -c '$D/supportd.conf' quarantine show Q-$qid | cmp -s - '$T_TMP/a3.eml'"

# --- broken rules: file:line, non-zero, for both checkers
printf 'rule bad\n  when subject ~ /(x/\n  queue q\n' > "$D/rules/99-bad.rules"
out=$(ctl rules check 2>&1); rc=$?
check_eq "rules check: exit non-zero" "$rc" 1
check_match "rules check: file:line" "$out" '99-bad.rules:2: '
out=$("$SUPPORTD" -n -c "$D/supportd.conf" 2>&1); rc=$?
check_eq "supportd -n: exit non-zero" "$rc" 1
check_match "supportd -n: file:line" "$out" '99-bad.rules:2: '
check "ingest refuses to run on broken rules" sh -c "! '$SUPPORTCTL' -c '$D/supportd.conf' ingest '$T_TMP/a1.eml' 2>/dev/null"
rm -f "$D/rules/99-bad.rules" "$D/rules/01-actions.rules"

# --- the rule that held a message is gone: retry it from the quarantine
out=$(ctl quarantine retry "Q-$qid")
check_match "quarantine retry: now a case" "$out" '^CS-[0-9]+	new	'
check_nomatch "quarantine retry: no longer quarantined" "$(ctl quarantine)" "^Q-$qid "
check "quarantine retry: unknown id fails" sh -c "! '$SUPPORTCTL' -c '$D/supportd.conf' quarantine retry Q-999 2>/dev/null"

# --- listings
check_match "cases: text listing" "$(ctl cases)" '^CS-1001 +closed'
check_eq "cases --status" "$(ctl cases --json --status closed | q 'len(d)')" 1
check_match "show: text" "$(ctl show CS-1001)" 'status: +closed'
check "show: unknown case fails" sh -c "! '$SUPPORTCTL' -c '$D/supportd.conf' show CS-9999"
check_match "outbox: text" "$(ctl outbox)" 'queued'

t_done
