# pipeline/lib.sh -- what every pipeline scenario starts from: a fresh desk
# (the example config and rules, support address help@example.com) in the
# scenario's own scratch directory, no servers, supportctl only; and the
# set-ups several scenarios share.  A scenario sources it first.
. "$(dirname "$0")/../lib.sh"
t_scenario

C=tests/corpus/pipeline
D=$T_TMP/desk
t_desk "$D"
printf 'address help@example.com\n' >> "$D/supportd.conf"
ctl() { "$SUPPORTCTL" -c "$D/supportd.conf" "$@"; }
sql() { t_sql "$D" "$1"; }
cd "$TOP"

# greek_case: the Greek customer's first mail makes CS-1001 and its queued
# acknowledgement; sets ackid (the ack's Message-ID), raw (its text) and
# sig (the signed reply address it carries)
greek_case() {
	check_match "set-up: the Greek mail opens CS-1001" \
	    "$(ctl ingest "$C/01-greek.eml")" '^CS-1001	new	'
	ob=$(ctl outbox --json)
	raw=$(printf '%s\n' "$ob" | q 'd[0]["raw"]')
	ackid=$(printf '%s\n' "$ob" | q 'd[0]["message_id"]')
	sig=$(printf '%s\n' "$raw" | sed -n 's/^Reply-To: .*<\(support+[^>]*\)>.*/\1/p' | tr -d '\r')
	check_match "set-up: the ack has a signed Reply-To" "$sig" '^support\+cs-1001\.'
}

# references_reply FILE: the customer answers our ack (In-Reply-To and
# References name it) under a subject of her own
references_reply() {
	cat > "$1" <<EOM
From: Eleni <eleni@example.gr>
To: support@example.com
Subject: Re: something else entirely
Message-ID: <greek-2@example.gr>
In-Reply-To: <$ackid>
References: <greek-1@example.gr> <$ackid>
Content-Type: text/plain; charset=UTF-8

Ευχαριστώ για την απάντηση.
EOM
}

# signed_reply FILE: someone the case does not know writes to the signed
# reply address of the ack, with no header naming any of its mails
signed_reply() {
	cat > "$1" <<EOM
From: Eleni's husband <nikos@example.gr>
To: $sig
Subject: about the fridge
Message-ID: <greek-3@example.gr>
Content-Type: text/plain; charset=UTF-8

Γεια σας, γράφω για την ίδια παραγγελία.
EOM
}

# tag_reply FILE MSGID: the Greek customer again, from her own address,
# with only the subject tag [CS-1001] to thread it
tag_reply() {
	cat > "$1" <<EOM
From: eleni@example.gr
To: support@example.com
Subject: Re: [CS-1001] fridge
Message-ID: <$2>
Content-Type: text/plain; charset=UTF-8

Ακόμα περιμένω.
EOM
}

# mk FILE MSGID SUBJECT: a plain customer mail mentioning order 123456
mk() {
	printf 'From: Vera <vera@example.com>\nTo: support@example.com\nSubject: %s\nMessage-ID: <%s>\nContent-Type: text/plain; charset=UTF-8\n\nAbout order 123456, please.\n' "$3" "$2" > "$1"
}

# action_rules: the test rules, each set off by a keyword in the subject
action_rules() {
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
}
