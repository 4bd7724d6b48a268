#!/bin/sh
# polish-attachment -- a Polish customer in ISO-8859-2 with an attachment
# named in RFC 2231: a case, language pl, the attachment's name, type and
# size, the ack to him.
. "$(dirname "$0")/lib.sh"

out=$(ctl ingest "$C/03-polish-attachment.eml")
check_match "polish: new case" "$out" '^CS-1001	new'
j=$(ctl show CS-1001 --json)
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
check_eq "polish ack sent to lukasz" "$(printf '%s\n' "$ob" | q '[o["to"] for o in d if o["case"] == "CS-1001"][0]')" lukasz@example.pl
