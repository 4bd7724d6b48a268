#!/bin/sh
# long-subject -- a 1,500-character subject: the reply's header lines stay
# short, and the subject is folded, not cut.
. "$(dirname "$0")/lib.sh"

long=$("$T_PYTHON" -c 'print(" ".join(["word%d" % i for i in range(250)]))')
printf 'From: Long <long@example.com>\nTo: support@example.com\nSubject: %s\nMessage-ID: <long-1@example.com>\n\nhello\n' "$long" > "$T_TMP/long.eml"
ref=$(ctl ingest "$T_TMP/long.eml" | cut -f1)
raw=$(ctl outbox --json | q "[o['raw'] for o in d if o['case'] == '$ref'][0]")
max=$(printf '%s\n' "$raw" | sed -n '1,/^\r*$/p' | awk '{ if (length($0) > m) m = length($0) } END { print m }')
check "long subject: header lines folded to 78 columns ($max)" [ "$max" -le 79 ]
check_match "long subject: folded, not cut" "$(ctl outbox --json | q "[o['subject'] for o in d if o['case'] == '$ref'][0]")" 'word249$'
