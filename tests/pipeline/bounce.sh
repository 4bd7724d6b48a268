#!/bin/sh
# bounce -- a bounce (RFC 3464) of our acknowledgement lands on its case
# and opens none; a bounce of mail we do not know is recorded, no case.
. "$(dirname "$0")/lib.sh"

greek_case
ncases=$(ctl cases --json | q 'len(d)')
cat > "$T_TMP/bounce.eml" <<EOM
From: Mail Delivery System <MAILER-DAEMON@mx.example.gr>
To: support@example.com
Subject: Undelivered Mail Returned to Sender
Message-ID: <bounce-1@mx.example.gr>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="rep"

--rep
Content-Type: text/plain

This is the mail system. Your message could not be delivered.
--rep
Content-Type: message/delivery-status

Final-Recipient: rfc822; eleni@example.gr
Action: failed
Status: 5.1.1
--rep
Content-Type: text/rfc822-headers

Message-ID: <$ackid>
Subject: [CS-1001] ack
--rep--
EOM
out=$(ctl ingest "$T_TMP/bounce.eml")
check_match "bounce: recorded on the case of the bounced mail" "$out" '^CS-1001	update	bounce'
check_eq "bounce: no new case" "$(ctl cases --json | q 'len(d)')" "$ncases"
check_match "bounce: event on the case" "$(ctl show CS-1001 --json | q '[e["kind"] for e in d["events"]]')" 'bounce'
sed -e 's/bounce-1/bounce-2/' -e "s/$ackid/unknown@nowhere/" "$T_TMP/bounce.eml" > "$T_TMP/bounce2.eml"
check_match "bounce of unknown mail: recorded, no case" "$(ctl ingest "$T_TMP/bounce2.eml")" '^-	recorded	bounce'
check_eq "bounce: still no new case" "$(ctl cases --json | q 'len(d)')" "$ncases"
