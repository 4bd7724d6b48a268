#!/bin/sh
# spanish-windows-1252 -- a Spanish customer in windows-1252: a case with
# subject, name and body decoded, language es, the ack to him.
. "$(dirname "$0")/lib.sh"

out=$(ctl ingest "$C/02-spanish.eml")
check_match "spanish: new case" "$out" '^CS-1001	new'
j=$(ctl show CS-1001 --json)
check_eq "spanish: language" "$(printf '%s\n' "$j" | q 'd["language"]')" es
check_eq "spanish: subject" "$(printf '%s\n' "$j" | q 'd["subject"]')" "¿Por qué no funciona el cargador?"
check_eq "spanish: name" "$(printf '%s\n' "$j" | q 'd["customer_name"]')" "José Núñez"
check_match "spanish: body" "$(printf '%s\n' "$j" | q 'd["messages"][0]["body"]')" "Gracias, señores"
ob=$(ctl outbox --json)
check_eq "spanish ack sent to jose" "$(printf '%s\n' "$ob" | q '[o["to"] for o in d if o["case"] == "CS-1001"][0]')" jose@example.es
