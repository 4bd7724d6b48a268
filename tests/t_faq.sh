#!/bin/sh
# t_faq.sh -- self-service: an FAQ question is answered at once and waits
# as pending; a customer who answers "that did not help" (in English,
# Greek, Spanish or Polish) gets the case opened for an agent, and the
# agents hear of it.  No servers: supportctl ingest.
. "$(dirname "$0")/lib.sh"
D=$T_TMP/desk
t_desk "$D"
ctl() { "$SUPPORTCTL" -c "$D/supportd.conf" "$@"; }
q() { python3 "$TOP/tests/jsonq.py" "$1"; }
n=0
while IFS='|' read -r lang from question reply; do
	n=$((n + 1))
	printf 'From: %s\nTo: support@example.com\nSubject: %s\nMessage-ID: <faq-%s-1@example.org>\nContent-Type: text/plain; charset=UTF-8\n\n%s\n' \
	    "$from" "$question" "$lang" "$question" > "$T_TMP/q.eml"
	ref=$(ctl ingest "$T_TMP/q.eml" | cut -f1)
	j=$(ctl show "$ref" --json)
	check_eq "$lang: the FAQ answer leaves the case pending" \
	    "$(printf '%s\n' "$j" | q 'd["status"]')" pending
	check_match "$lang: answered from an faq template" \
	    "$(printf '%s\n' "$j" | q '[e["detail"] for e in d["events"] if e["kind"] == "rules"]')" 'faq-'
	ack=$(ctl outbox --json | q "[o['message_id'] for o in d if o['case'] == '$ref' and o['to'] == '$from'][0]")
	printf 'From: %s\nTo: support@example.com\nSubject: Re: [%s] %s\nMessage-ID: <faq-%s-2@example.org>\nIn-Reply-To: <%s>\nContent-Type: text/plain; charset=UTF-8\n\n%s\n' \
	    "$from" "$ref" "$question" "$lang" "$ack" "$reply" > "$T_TMP/r.eml"
	before=$(ctl outbox --json | q "sum(1 for o in d if o['case'] == '$ref' and o['to'] != '$from')")
	ctl ingest "$T_TMP/r.eml" >/dev/null
	check_eq "$lang: \"$reply\" opens the case for an agent" \
	    "$(ctl show "$ref" --json | q 'd["status"]')" open
	after=$(ctl outbox --json | q "sum(1 for o in d if o['case'] == '$ref' and o['to'] != '$from')")
	check "$lang: and the agents hear of it" [ "$after" -gt "$before" ]
done <<'EOM'
en|ann@example.org|What are your opening hours on Saturday?|That did not help, I need to talk to someone.
el|eleni@example.gr|Ποιο είναι το ωράριο σας το Σάββατο;|Δεν με βοήθησε αυτό, θέλω να μιλήσω με κάποιον.
es|jose@example.es|¿Cuál es su horario el sábado?|Eso no me ha ayudado, quiero hablar con alguien.
pl|jan@example.pl|Jakie są godziny otwarcia w sobotę?|To mi nie pomogło, proszę o kontakt.
EOM
t_done
