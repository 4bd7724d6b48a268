#!/bin/sh
# terminal-safety -- a customer's mail cannot send escape sequences to the
# agent's terminal: "supportctl show" and "cases" print C0 and C1 controls
# as \xNN (tab and newline stay), and the JSON escapes them.
. "$(dirname "$0")/lib.sh"

esc=$(printf '\033')
csi=$(printf '\302\233')	# U+009B, the one-byte CSI
printf 'From: Mallory <mallory@example.org>\nTo: support@example.com\nSubject: =?UTF-8?B?%s?=\nMessage-ID: <esc-1@example.org>\nContent-Type: text/plain; charset=UTF-8\n\nbefore%s]52;c;ZXZpbA==%s after %s2J\tend\n' \
    "$(printf 'clear\033[2Jsubject' | base64 | tr -d '\n')" "$esc" "$(printf '\007')" "$csi" \
    > "$T_TMP/esc.eml"
ref=$(ctl ingest "$T_TMP/esc.eml" | cut -f1)
show=$(ctl show "$ref")
check_nomatch "show: no raw ESC" "$show" "$esc"
check_nomatch "show: no raw C1 CSI" "$show" "$csi"
check_match "show: ESC written as \\x1b" "$show" 'before\\x1b\]52;c;ZXZpbA==\\x07 after'
check_match "show: CSI written as \\x9b" "$show" 'after \\x9b2J'
check_match "show: the tab kept" "$show" "$(printf '2J\tend')"
cases=$(ctl cases)
check_nomatch "cases: no raw ESC" "$cases" "$esc"
j=$(ctl show "$ref" --json)
check_nomatch "json: no raw ESC" "$j" "$esc"
check_match "json: ESC escaped" "$j" '\\u001b'
check_match "json: CSI escaped" "$j" '\\u009b'
check_eq "json: the body comes back whole" \
    "$(printf '%s\n' "$j" | q 'd["messages"][0]["body"].startswith("before\x1b]52;c;")')" true
