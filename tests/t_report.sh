#!/bin/sh
# t_report.sh -- the manager's report of a generated month (a desk filled
# by build/tests/report_desk) rendered by headless Chromium: the page is
# self-contained, its screenshots on a desktop and on a phone-sized window
# are not blank and show the chart, and every number in the rendered DOM
# (data-* attributes) is the one `supportctl report --json` gives for the
# same period.  Then supportd mails the week's page to the supervisor, on
# a real Dovecot and OpenSMTPD (contrib/testservers.sh), once.  Chromium is
# Debian's package, installed here when it is missing and we may; without
# it the suite says so and skips.
. "$(dirname "$0")/lib.sh"

D=$T_TMP/desk
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
GEN="$TOP/build/tests/report_desk"
ctl() { "$SUPPORTCTL" -c "$D/supportd.conf" "$@"; }
q() { python3 "$TOP/tests/jsonq.py" "$1"; }

if [ ! -x "$CHROMIUM" ] && [ "$(id -u)" -eq 0 ] &&
    command -v apt-get >/dev/null 2>&1; then
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	    --no-install-recommends chromium </dev/null >"$T_TMP/apt.log" 2>&1
fi
if [ ! -x "$CHROMIUM" ]; then
	echo "t_report: skipped: no $CHROMIUM (Debian's chromium package)," \
	    "and it could not be installed here" >&2
	t_done
	exit 0
fi
(cd "$TOP" && make -s supportctl build/tests/report_desk >/dev/null) || {
	fail "build supportctl and report_desk"
	t_done
	exit 1
}

# A headless Chromium of its own: profile and HOME in the scratch directory.
chrome() {
	HOME=$T_TMP timeout 180 "$CHROMIUM" --headless --no-sandbox \
	    --disable-gpu --no-first-run --hide-scrollbars \
	    --user-data-dir="$T_TMP/chromium" "$@" 2>>"$T_TMP/chromium.log"
}

t_desk "$D"
check_match "a month of cases" "$("$GEN" "$D/supportd.conf" 7 2>&1)" \
    '^160 cases$'
P="--from 2026-11-01 --to 2026-11-30"
# shellcheck disable=SC2086
ctl report $P --json > "$T_TMP/r.json" 2>"$T_TMP/err"
check_eq "report --json" "$?" 0
check_eq "the period" "$(q 'd["from"] + " " + d["to"]' < "$T_TMP/r.json")" \
    "2026-11-01 2026-11-30"
check_eq "three queues, and cases in each" \
    "$(q '[len(d["queues"]), all(x["opened"] > 0 for x in d["queues"])]' \
    < "$T_TMP/r.json")" "[3, true]"
check_eq "thirty days" "$(q 'len(d["days"])' < "$T_TMP/r.json")" 30
check_eq "opened per day adds up" \
    "$(q 'sum(x["opened"] for x in d["days"]) == d["total"]["opened"]' \
    < "$T_TMP/r.json")" true
# shellcheck disable=SC2086
check_match "the text report" "$(ctl report $P)" \
    '^technical +[0-9]+ +[0-9]+'

# shellcheck disable=SC2086
ctl report $P --html "$T_TMP/r.html"
check_eq "report --html" "$?" 0
H=$(cat "$T_TMP/r.html")
check_match "an inline SVG chart" "$H" '<svg xmlns='
check_match "made for a phone too" "$H" 'name="viewport"'
check_nomatch "no script" "$H" '<script'
check_nomatch "nothing fetched" "$H" ' (src|href)=|url\(|@import'

chrome --dump-dom "file://$T_TMP/r.html" > "$T_TMP/dom.html"
check "chromium renders the page" test -s "$T_TMP/dom.html"
R=$(python3 "$TOP/tests/reportdom.py" dom "$T_TMP/dom.html" "$T_TMP/r.json" \
    2>"$T_TMP/dom.err")
check_match "the page's numbers are the JSON's ($R)" \
    "$R $(head -c 600 "$T_TMP/dom.err")" '^[0-9]{3,} 0 *$'

chrome --screenshot="$T_TMP/desktop.png" --window-size=1280,2200 \
    "file://$T_TMP/r.html" >/dev/null
check "a desktop screenshot" test -s "$T_TMP/desktop.png"
set -- $(python3 "$TOP/tests/reportdom.py" png "$T_TMP/desktop.png")
check "desktop: not blank (${1:-?}% painted)" \
    python3 -c "import sys; sys.exit(not ${1:-0} > 3)"
check "desktop: the chart's bars (${2:-0} pixels)" test "${2:-0}" -gt 2000
chrome --screenshot="$T_TMP/phone.png" --window-size=390,900 \
    "file://$T_TMP/r.html" >/dev/null
set -- $(python3 "$TOP/tests/reportdom.py" png "$T_TMP/phone.png")
check "phone: not blank (${1:-?}% painted)" \
    python3 -c "import sys; sys.exit(not ${1:-0} > 3)"
check "phone: the chart's bars (${2:-0} pixels)" test "${2:-0}" -gt 500
# For a person to look at: REPORT_SCREENSHOT=FILE keeps the desktop one.
[ -n "${REPORT_SCREENSHOT:-}" ] && cp "$T_TMP/desktop.png" "$REPORT_SCREENSHOT"

# The weekly mail, through real servers: Monday 08:00 in Athens, the
# supervisor's mailbox gets last week's page, once.
S=$T_TMP/srv
W=$T_TMP/weekly
chmod 755 "$T_TMP"
trap 'sh "$TOP/contrib/testservers.sh" stop "$S" >/dev/null 2>&1' EXIT INT TERM
if sh "$TOP/contrib/testservers.sh" start "$S" >"$T_TMP/start.log" 2>&1; then
	ok "test servers"
	. "$S/env"
	. "$TOP/contrib/testmail.sh"
	t_desk "$W"
	desk_conf "$W/supportd.conf"
	desk_agents "$W/supportd.conf"
	printf 'report-weekly mon 08:00\n' >> "$W/supportd.conf"
	"$GEN" "$W/supportd.conf" 7 >/dev/null
	once() {
		SUPPORTD_NOW=2026-11-30T06:30:00Z "$SUPPORTD" -f --once \
		    -c "$W/supportd.conf" >>"$T_TMP/once.log" 2>&1
	}
	once
	check "the supervisor receives the report" \
	    wait_count supervisor INBOX 1 60
	imap_fetch supervisor INBOX 1 > "$T_TMP/weekly.eml"
	check_match "... last week's" "$(cat "$T_TMP/weekly.eml")" \
	    '^Subject: .*weekly report 2026-11-23 to 2026-11-29'
	python3 - "$T_TMP/weekly.eml" "$T_TMP/weekly.html" <<'PY'
import email, sys
m = email.message_from_binary_file(open(sys.argv[1], "rb"))
for p in m.walk():
    if p.get_filename() == "report-2026-11-29.html":
        open(sys.argv[2], "wb").write(p.get_payload(decode=True))
PY
	check "... the page attached" test -s "$T_TMP/weekly.html"
	"$SUPPORTCTL" -c "$W/supportd.conf" report --from 2026-11-23 \
	    --to 2026-11-29 --json > "$T_TMP/weekly.json"
	R=$(python3 "$TOP/tests/reportdom.py" dom "$T_TMP/weekly.html" \
	    "$T_TMP/weekly.json" 2>"$T_TMP/dom.err")
	check_match "... with the week's numbers ($R)" \
	    "$R $(head -c 600 "$T_TMP/dom.err")" '^[0-9]{2,} 0 *$'
	once
	check_eq "... once" "$("$SUPPORTCTL" -c "$W/supportd.conf" outbox \
	    --json | q 'len(d)')" 1
else
	fail "test servers did not start: $(tail -n 5 "$T_TMP/start.log")"
fi

ctl report --from 2026-02-31 >/dev/null 2>"$T_TMP/err"
check_eq "a date that does not exist" "$?" 2
check_match "... says which" "$(cat "$T_TMP/err")" '--from: "2026-02-31"'
ctl report --from 2026-11-30 --to 2026-11-01 >/dev/null 2>&1
check_eq "a backward period" "$?" 2
ctl report --json --html "$T_TMP/x.html" >/dev/null 2>&1
check_eq "--json or --html, not both" "$?" 2
t_done
