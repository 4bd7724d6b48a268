#!/bin/sh
# large-attachment -- a mail with a 20 MiB attachment is fetched in pieces
# into a temporary file, parsed from a skeleton, and stored byte for byte
# (written into the database in windows); its attachment keeps its name
# and exact size; the mail after it in the same batch is still taken.
. "$(dirname "$0")/lib.sh"

head -c 20971520 /dev/urandom > "$T_TMP/blob.bin"
{
	printf 'From: Anna <customer1@example.com>\r\nTo: support@example.com\r\n'
	printf 'Subject: the printer log\r\nMessage-ID: <large-1@example.com>\r\n'
	printf 'MIME-Version: 1.0\r\n'
	printf 'Content-Type: multipart/mixed; boundary="b1"\r\n\r\n'
	printf -- '--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n'
	printf 'The printer shows error 42 again; the log is attached.\r\n'
	printf -- '--b1\r\nContent-Type: application/octet-stream; name="printer.log"\r\n'
	printf 'Content-Transfer-Encoding: base64\r\n\r\n'
	base64 -w 76 "$T_TMP/blob.bin" | sed 's/$/\r/'
	printf -- '--b1--\r\n'
} > "$T_TMP/large.eml"
deliver support "$T_TMP/large.eml"
mail_file "$T_TMP/m2.eml" "customer2@example.com" after-large@example.com "after the large one"
deliver support "$T_TMP/m2.eml"
once
check_eq "large: one case for it" \
    "$(sql "SELECT count(*) FROM messages WHERE message_id = 'large-1@example.com'")" 1
check_eq "large: the attachment's name and exact size" \
    "$(sql "SELECT attachments FROM messages WHERE message_id = 'large-1@example.com'")" \
    '[{"name":"printer.log","type":"application/octet-stream","size":20971520}]'
check_match "large: the text read" \
    "$(sql "SELECT body FROM messages WHERE message_id = 'large-1@example.com'")" 'error 42 again'
sql "SELECT writefile('$T_TMP/stored.eml', raw) FROM messages WHERE message_id = 'large-1@example.com'" >/dev/null
size=$(wc -c < "$T_TMP/large.eml")
check "large: the raw bytes stored as delivered" \
    sh -c "tail -c $size '$T_TMP/stored.eml' | cmp -s - '$T_TMP/large.eml'"
check_eq "large: the mail after it still taken" \
    "$(sql "SELECT count(*) FROM messages WHERE message_id = 'after-large@example.com'")" 1
check_eq "large: both left the inbox" "$(imap_count support INBOX)" 0
rm -f "$T_TMP/blob.bin" "$T_TMP/large.eml" "$T_TMP/stored.eml"
