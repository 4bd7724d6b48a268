#!/bin/sh
# t_outbox.sh -- the outbox over several SMTP sessions, against a real
# OpenSMTPD (contrib/testservers.sh): 240 acknowledgements queued by
# supportctl ingest, then two "supportctl send" at once, each with
# "sessions 4" and "messages-per-session 10": every row is sent, every
# acknowledgement arrives exactly once, sessions ran side by side, and a
# new session began every 10 messages (at least 24 sessions, where 8 would
# do without the cap).
# And the config refuses a session count out of range, with file:line.
# Needs root and the servers' packages.
. "$(dirname "$0")/lib.sh"
t_scenario

TS="$TOP/contrib/testservers.sh"
S=$T_TMP/srv
chmod 755 "$T_TMP"
sh "$TS" start "$S" >"$T_TMP/start.log" 2>&1 ||
    fail "set-up: the test servers did not start: $(cat "$T_TMP/start.log")"
. "$S/env"
. "$TOP/contrib/testmail.sh"

D=$T_TMP/desk
t_desk "$D"
desk_conf "$D/supportd.conf"
desk_no_agents "$D/supportd.conf"
desk_unlimited "$D/supportd.conf"
ctl() { "$SUPPORTCTL" -c "$D/supportd.conf" "$@"; }

# a bad count is the config's error, with its line
cp "$D/supportd.conf" "$D/bad.conf"
sed -i 's/^\tmax-attempts.*/&\n\tsessions\t0/' "$D/bad.conf"
line=$(grep -n '^	sessions	0' "$D/bad.conf" | cut -d: -f1)
out=$("$SUPPORTCTL" -c "$D/bad.conf" rules check 2>&1)
check_match "sessions 0 is refused at its line" "$out" "bad.conf:$line: .*sessions"

sed -i 's/^\tmax-attempts.*/&\n\tsessions\t4\n\tmessages-per-session\t10/' \
    "$D/supportd.conf"
check "the desk with sessions and messages-per-session is valid" ctl rules check

mkdir -p "$T_TMP/mail"
i=0
while [ $i -lt 240 ]; do
	c=$((i % 3 + 1))
	printf 'From: Customer %d <customer%d@example.com>\nTo: support@example.com\nSubject: Printer %d is broken\nMessage-ID: <out-%d@example.com>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\nHello, my printer does not work since yesterday.\n' \
	    $c $c $i $i > "$T_TMP/mail/$i.eml"
	i=$((i + 1))
done
ctl ingest "$T_TMP"/mail/*.eml >"$T_TMP/ingest.log" 2>&1
check_eq "240 acknowledgements queued" \
    "$(sqlite3 "$D/supportd.db" "SELECT count(*) FROM outbox WHERE status = 'queued'")" 240

ctl send >"$T_TMP/send1.log" 2>&1 &
p1=$!
ctl send >"$T_TMP/send2.log" 2>&1 &
p2=$!
wait $p1; r1=$?
wait $p2; r2=$?
check_eq "both senders ended well" "$r1 $r2" "0 0"
check_eq "every row sent" \
    "$(sqlite3 "$D/supportd.db" "SELECT count(*) FROM outbox WHERE status = 'sent'")" 240

arrived() {
	cat "$S"/mail/customer[123]/new/* "$S"/mail/customer[123]/cur/* \
	    2>/dev/null | grep -c '^Message-ID: '
}
wait_until 120 sh -c "[ \$(cat '$S'/mail/customer[123]/new/* '$S'/mail/customer[123]/cur/* 2>/dev/null | grep -c '^Message-ID: ') -ge 240 ]"
check_eq "240 acknowledgements arrived" "$(arrived)" 240
check_eq "none of them twice" "$(cat "$S"/mail/customer[123]/new/* \
    "$S"/mail/customer[123]/cur/* 2>/dev/null | sed -n 's/^Message-ID: //p' |
    sort | uniq -d | wc -l)" 0

# OpenSMTPD's log: sessions open at once, sessions in all
awk '/smtp connected/ { n++; if (n > max) max = n }
     /smtp disconnected/ { n-- }
     END { print (max >= 2) ? "yes" : "no" }' "$S/smtpd.log" > "$T_TMP/par"
check_eq "sessions ran side by side" "$(cat "$T_TMP/par")" yes
check "a new session every 10 messages ($(grep -c 'smtp connected' "$S/smtpd.log") sessions)" \
    [ "$(grep -c 'smtp connected' "$S/smtpd.log")" -ge 24 ]
