#!/bin/sh
# autoreply-limit -- seven new cases from one sender within the hour get
# five automatic answers (the example config's limit).
. "$(dirname "$0")/lib.sh"

for i in 1 2 3 4 5 6 7; do
	sed -e "s/spanish-1@/flood-$i@/" "$C/02-spanish.eml" > "$T_TMP/flood$i.eml"
done
ctl ingest "$T_TMP"/flood*.eml > /dev/null
n=$(ctl outbox --json | q 'sum(1 for o in d if o["to"] == "jose@example.es")')
check_eq "autoreply-limit: 5 answers per hour" "$n" 5
