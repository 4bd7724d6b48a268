# testmail.sh -- shell helpers for talking to the servers that
# contrib/testservers.sh starts; sourced by contrib/demo.sh and the test
# suites after ". DIR/env".  curl speaks IMAP and SMTP; nothing here
# leaves 127.0.0.1.

# imap_count USER FOLDER: how many messages FOLDER holds ("" if unknown)
imap_count() {
	curl -s --max-time 20 --user "$1:$PASSWORD" \
	    "imap://127.0.0.1:$IMAP_PORT/$2" -X "STATUS $2 (MESSAGES)" |
	    sed -n 's/.*MESSAGES \([0-9]*\).*/\1/p'
}

# wait_count USER FOLDER N [SECONDS]: until FOLDER holds N messages (120 s)
wait_count() {
	_i=0
	_max=$((${4:-120} * 2))
	while [ "$(imap_count "$1" "$2")" != "$3" ] && [ $_i -lt $_max ]; do
		sleep 0.5
		_i=$((_i + 1))
	done
	[ "$(imap_count "$1" "$2")" = "$3" ]
}

# imap_fetch USER FOLDER UID: the raw message on stdout
imap_fetch() {
	curl -s --max-time 20 --user "$1:$PASSWORD" \
	    "imap://127.0.0.1:$IMAP_PORT/$2;UID=$3"
}

# smtp_send FROM TO FILE: submit FILE through OpenSMTPD
smtp_send() {
	curl -s --max-time 30 --url "smtp://127.0.0.1:$SMTP_PORT" \
	    --mail-from "$1" --mail-rcpt "$2" -T "$3"
}

# desk_conf CONF: rewrite a copy of config/supportd.conf in place so that
# it sends through these servers' SMTP port.
desk_conf() {
	sed -i -e "s|^\turl.*|\turl\t\tsmtp://127.0.0.1:$SMTP_PORT|" "$1"
	# A desk config may hold passwords: only its owner reads it.  As
	# root, a throwaway desk runs as root rather than as "supportd".
	chmod 600 "$1"
	[ "$(id -u)" -ne 0 ] || printf 'user root\n' >> "$1"
}

# mailbox_block NAME USER [LINE...]: a mailbox block reading USER's INBOX
# over IMAPS with the servers' CA (certificate verified), plus any lines.
mailbox_block() {
	_name=$1 _user=$2
	shift 2
	printf 'mailbox %s {\n\thost\t\tlocalhost\n\tport\t\t%s\n' "$_name" "$IMAPS_PORT"
	printf '\ttls\t\timaps\n\tcafile\t\t%s\n\tuser\t\t%s\n' "$CAFILE" "$_user"
	for _l in "$@"; do
		printf '\t%s\n' "$_l"
	done
	printf '}\n'
}

# desk_no_agents CONF: the example desk without its agents (suites that
# count the mail of the daemon itself, not of the agents).
desk_no_agents() {
	sed -i -e '/^agent.*{$/,/^}/d' -e '/^agent[ 	]/d' \
	    -e '/^account[ 	]/d' "$1"
}

# desk_unlimited CONF: no hourly limit on automatic answers, per address
# or per domain: for suites that count one acknowledgement per message,
# all to example.com.
desk_unlimited() {
	sed -i -e 's/^autoreply-limit.*/autoreply-limit 0/' \
	    -e 's/^autoreply-domain-limit.*/autoreply-domain-limit 0/' "$1"
}

# desk_agents CONF: the example desk's agents, at these servers' users:
# maria -> agent1, jan -> agent2, eleni (supervises) -> supervisor.
desk_agents() {
	sed -i -e 's/maria@example.com/agent1@example.com/' \
	    -e 's/jan@example.com/agent2@example.com/' \
	    -e 's/eleni@example.com/supervisor@example.com/' "$1"
}
