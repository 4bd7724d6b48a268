#!/bin/sh
# reply-by-references -- a reply whose In-Reply-To is our acknowledgement
# joins the case, whatever its subject says.
. "$(dirname "$0")/lib.sh"

greek_case
cat > "$T_TMP/r1.eml" <<EOM
From: Eleni <eleni@example.gr>
To: support@example.com
Subject: Re: something else entirely
Message-ID: <greek-2@example.gr>
In-Reply-To: <$ackid>
References: <greek-1@example.gr> <$ackid>
Content-Type: text/plain; charset=UTF-8

Ευχαριστώ για την απάντηση.
EOM
check_match "reply by In-Reply-To joins the case" "$(ctl ingest "$T_TMP/r1.eml")" '^CS-1001	update	references'
