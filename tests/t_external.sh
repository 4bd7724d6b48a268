#!/bin/sh
# t_external.sh -- supportd's MIME decoding over test messages that other
# mail projects ship (tests/corpus/external, origins and licences in
# SOURCES), compared with Python's email package as an independent oracle
# (expect.json, made by oracle.py) on subject, sender, body text and
# attachment names.  One check per message; differences checked by hand
# and found right are listed with their reason in KNOWN.
. "$(dirname "$0")/lib.sh"

E=tests/corpus/external
DUMP="$TOP/build/tests/mime_dump"
cd "$TOP"
[ -x "$DUMP" ] || make --no-print-directory build/tests/mime_dump >/dev/null

"$DUMP" $(ls -d "$E"/*/* | grep -v "/licences/") > "$T_TMP/dump" 2> "$T_TMP/err"
check_eq "mime_dump read every file" "$?" 0
python3 "$E/compare.py" < "$T_TMP/dump" > "$T_TMP/cmp"
while IFS= read -r line; do
	case $line in
	ok\ *)		ok "${line#ok }" ;;
	FAIL\ *)	fail "${line#FAIL }" ;;
	messages\ *)	echo "$line" ;;
	esac
done < "$T_TMP/cmp"
n=$(ls -d "$E"/*/* | grep -vc "/licences/")
check_eq "every message compared" "$(grep -c '^ok \|^FAIL ' "$T_TMP/cmp")" "$n"
t_done
