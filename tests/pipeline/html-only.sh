#!/bin/sh
# html-only -- a mail in HTML alone: readable text, no markup, no script,
# no style.
. "$(dirname "$0")/lib.sh"

out=$(ctl ingest "$C/04-english-html.eml")
ref=$(printf '%s\n' "$out" | cut -f1)
b=$(ctl show "$ref" --json | q 'd["messages"][0]["body"]')
check_match "html: text kept" "$b" 'opening hours on Saturday & Sunday'
check_nomatch "html: no tags" "$b" '<p>|<br>'
check_nomatch "html: no script" "$b" 'alert'
check_nomatch "html: no style" "$b" 'color: red'
