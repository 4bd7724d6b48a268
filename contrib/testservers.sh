#!/bin/sh
# testservers.sh -- throwaway mail servers on loopback for the integration
# tests and the demo: a Dovecot (IMAP, IMAPS, LMTP, SMTP submission) and an
# OpenSMTPD that delivers every accepted recipient into that Dovecot over
# LMTP.
#
#   contrib/testservers.sh start DIR [all|imap|legacy]
#                                                 start, wait for greetings
#   contrib/testservers.sh stop DIR               stop both, remove DIR
#   contrib/testservers.sh token DIR USER [SEC]   print an XOAUTH2 bearer
#                                                 token for USER (see below)
#   contrib/testservers.sh deliver DIR USER FILE  put FILE in USER's INBOX
#                                                 (dovecot-lda; no SMTP needed)
#   contrib/testservers.sh down DIR imap|smtp     stop one server of the set
#   contrib/testservers.sh up DIR imap|smtp       and start it again (same
#                                                 ports), to test reconnects
#
# "start" writes DIR/env, a sh-sourceable file:
#   DIR=  IMAP_PORT=  IMAPS_PORT=  SMTP_PORT=  SMTPS_PORT=  SUBMISSION_PORT=
#   PASSWORD=  USERS=  DOMAIN=  CAFILE=  WRONG_CAFILE=
# and "imap" starts Dovecot alone (no OpenSMTPD, no submission, empty
# SUBMISSION_PORT), which several suites can do at once; "all" (the
# default) starts both.  "legacy" is the "imap" set configured the way
# Courier and Cyrus are out of the box: personal folders under the "INBOX."
# namespace prefix with "." as separator, and no MOVE, UIDPLUS or IDLE.
#
# Submission (dovecot-submissiond) on SUBMISSION_PORT is a real SMTP
# submission server: STARTTLS with cert.pem, then AUTH PLAIN or LOGIN as
# any user below (530 5.7.0 to MAIL FROM without AUTH, 535 5.7.8 to a wrong
# password), and it relays each message to the OpenSMTPD on SMTP_PORT,
# which delivers it here.  Dovecot opens that relay connection before it
# answers EHLO (its docs), so a "down smtp" takes submission down too.
#
# XOAUTH2, in the "all" set only (IMAP and submission; the "imap" set is a
# Dovecot without it, which t_imap.sh needs): Dovecot's oauth2 passdb in
# "introspection_mode = local" checks JWT bearer tokens itself (HS256, key
# in DIR/oauth2-keys, user in "sub"), no HTTP introspection server needed.
# "token DIR USER [SECONDS]" prints a valid one; SECONDS < 0 an expired one.
#
# Users: support, customer1..customer3, agent1, agent2, supervisor, all of
# @example.com, all with the password "secret".  A user logs in either as
# "support" or as "support@example.com": the passwd-file holds plain names
# and auth_username_format=%Ln drops the domain (and lowercases), which is
# also what makes LMTP's RCPT TO:<support@example.com> find the user.  Mail
# is stored as DIR/mail/NAME (maildir), owned by uid "mail" (Dovecot will
# not run mail processes as root).
#
# TLS: DIR/ca.pem is a throwaway CA; DIR/cert.pem (CN and SAN "localhost",
# signed by that CA) serves IMAPS on IMAPS_PORT, STARTTLS on IMAP_PORT and
# SMTPS on SMTPS_PORT (a python3 TLS relay in front of OpenSMTPD: its own
# TLS fails with "EVP lib" on OpenSSL 3, OpenSMTPD issue #1171, so its
# port has no STARTTLS) and STARTTLS on SUBMISSION_PORT (Dovecot).
# Connecting as "localhost" with ca.pem verifies; as "127.0.0.1", or with
# DIR/wrong-ca.pem (another CA that signed nothing), it must be refused.
#
# Special recipients, to provoke answers a client must classify:
#   reject@example.com    550 at RCPT TO (permanent)
#   tempfail@example.com  451 at RCPT TO (temporary)
# OpenSMTPD's default "smtp limit max-mails 100" answers 452 to the 101st
# message of one session.
#
# OpenSMTPD quirks (6.8.0p2, Debian 12): the queue is always
# /var/spool/smtpd and the control socket always /var/run/smtpd.sock (no
# option moves them).  So smtpd runs in its own mount namespace (unshare
# -m) with DIR/spool bound on /var/spool and a fresh /run: every set has
# its own queue and several sets run at once (env: SMTPD_SPOOL=private).
# Where namespaces are not allowed (an unprivileged container) the global
# queue is used (SMTPD_SPOOL=global): only ONE set with OpenSMTPD per
# machine, "start" refuses clearly when another answers on the control
# socket, and "stop" removes our envelopes from the shared queue.  smtpd
# must start as root and drops to the users opensmtpd/opensmtpq; LMTP
# delivery runs as uid "mail", so DIR and its parents must be searchable
# by "mail" (start makes DIR mode 0755 and checks).  "stop DIR" also works
# after DIR was deleted (it finds the servers by their command lines).
# Nothing listens anywhere but 127.0.0.1 and the unix sockets in DIR.
set -u

PASSWORD=secret
DOMAIN=example.com
USERS="support customer1 customer2 customer3 agent1 agent2 supervisor"

die() { echo "testservers: $*" >&2; exit 1; }

# pick N distinct free TCP ports on 127.0.0.1: bind them all to port 0 at
# once so that the kernel cannot hand out one port twice.
free_ports() {
	for py in python3 /usr/bin/python3; do
		command -v "$py" >/dev/null 2>&1 || continue
		"$py" - "$1" <<'EOF' && return 0
import socket, sys
ss = []
for _ in range(int(sys.argv[1])):
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    ss.append(s)
print(" ".join(str(s.getsockname()[1]) for s in ss))
EOF
	done
	die "python3 is needed to find free ports"
}

# wait_greeting PORT PATTERN [tls]: poll (up to 30 s) until the server on
# PORT sends a greeting matching PATTERN.
wait_greeting() {
	i=0
	while [ $i -lt 150 ]; do
		g=$(timeout 5 python3 - "$1" "${3:-plain}" <<'EOF' 2>/dev/null
import socket, ssl, sys
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])), 2)
s.settimeout(3)
if sys.argv[2] == "tls":
    c = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    c.check_hostname = False
    c.verify_mode = ssl.CERT_NONE
    s = c.wrap_socket(s)
print(s.recv(512).decode("latin-1").splitlines()[0])
EOF
)
		case $g in *$2*) return 0 ;; esac
		sleep 0.2
		i=$((i + 1))
	done
	return 1
}

make_certs() {
	d=$1
	(
	cd "$d" || exit 1
	openssl req -x509 -newkey rsa:2048 -nodes -days 30 \
	    -subj "/CN=supportd test CA" -keyout ca-key.pem -out ca.pem \
	    -addext "basicConstraints=critical,CA:TRUE" \
	    -addext "keyUsage=critical,keyCertSign,cRLSign" &&
	openssl req -x509 -newkey rsa:2048 -nodes -days 30 \
	    -subj "/CN=supportd wrong CA" -keyout wrong-ca-key.pem \
	    -out wrong-ca.pem \
	    -addext "basicConstraints=critical,CA:TRUE" \
	    -addext "keyUsage=critical,keyCertSign,cRLSign" &&
	openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" \
	    -keyout key.pem -out cert.csr &&
	printf '%s\n' "basicConstraints=CA:FALSE" \
	    "subjectAltName=DNS:localhost" \
	    "keyUsage=critical,digitalSignature,keyEncipherment" \
	    "extendedKeyUsage=serverAuth" > cert.ext &&
	openssl x509 -req -in cert.csr -CA ca.pem -CAkey ca-key.pem \
	    -CAcreateserial -days 30 -extfile cert.ext -out cert.pem &&
	chmod 600 key.pem ca-key.pem wrong-ca-key.pem
	) >"$d/openssl.log" 2>&1 || die "openssl failed, see $d/openssl.log"
}

write_dovecot_conf() {
	d=$1
	OAUTH_MECH= OAUTH_PASSDB=
	if [ "$2" = all ]; then
		mkdir -p "$d/oauth2-keys/default/HS256"
		# the dict key is shared/<azp>/<alg>/<kid>, the value the
		# base64 of the HMAC key
		openssl rand -base64 32 | tr -d '\n' \
		    > "$d/oauth2-keys/default/HS256/default"
		# read by the auth process, which runs as the user dovecot
		chown -R dovecot "$d/oauth2-keys"
		chmod -R go-rwx "$d/oauth2-keys"
		cat > "$d/oauth2.conf.ext" <<EOF
introspection_mode = local
local_validation_key_dict = fs:posix:prefix=$d/oauth2-keys/
username_attribute = sub
EOF
		# xoauth2 alone, no oauthbearer (libcurl would prefer that):
		# XOAUTH2 is what supportd speaks to the big providers
		OAUTH_MECH=" xoauth2"
		OAUTH_PASSDB="# XOAUTH2: bearer tokens are JWTs (HS256, \"sub\" = user) checked
# here against DIR/oauth2-keys; \"testservers.sh token\" mints them.  Only
# xoauth2 logins consult it: PLAIN/LOGIN and LMTP's user lookups skip it.
passdb {
  driver = oauth2
  mechanisms = xoauth2
  args = $d/oauth2.conf.ext
}"
	fi
	: > "$d/passwd"
	for u in $USERS; do
		echo "$u:{PLAIN}$PASSWORD::::::" >> "$d/passwd"
	done
	cat > "$d/dovecot.conf" <<EOF
# written by contrib/testservers.sh -- a throwaway Dovecot on loopback
protocols = imap lmtp$SUBMISSION_PROTO
listen = 127.0.0.1
base_dir = $d/run
state_dir = $d/state
instance_name = supportd-test-$IMAP_PORT
log_path = $d/dovecot.log
info_log_path = $d/dovecot.log
default_login_user = dovenull
default_internal_user = dovecot
disable_plaintext_auth = no
# tests try wrong passwords and tokens on purpose: no 2 s delay for them,
# and no per-IP penalty (anvil, closed below) slowing the logins that follow
auth_failure_delay = 0
login_trusted_networks = 127.0.0.0/8
auth_mechanisms = plain login$OAUTH_MECH
auth_username_format = %Ln
# support+cs-1001.<signature>@ is support's: the answer addresses the desk
# signs reach its mailbox as they would through any MTA with "+" detail
recipient_delimiter = +
$OAUTH_PASSDB
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%n $d/passwd
}
userdb {
  driver = static
  args = uid=mail gid=mail home=$d/mail/%n
}
mail_location = maildir:$d/mail/%n
# Debian's default first_valid_uid is 500; "mail" is a system uid
first_valid_uid = $(id -u mail)
last_valid_uid = $(id -u mail)
namespace inbox {
  inbox = yes
$NS_PREFIX
  mailbox Sent {
    special_use = \Sent
    auto = subscribe
  }
  mailbox Trash {
    special_use = \Trash
    auto = subscribe
  }
  mailbox Junk {
    special_use = \Junk
    auto = subscribe
  }
}
ssl = yes
ssl_cert = <$d/cert.pem
ssl_key = <$d/key.pem
ssl_min_protocol = TLSv1.2
$NS_CAPS
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $IMAP_PORT
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = $IMAPS_PORT
    ssl = yes
  }
}
service lmtp {
  unix_listener $d/lmtp {
    mode = 0666
  }
}
# anvil's auth penalty (2, 4, 8, 15 s for each further failure from an
# IP) applies to trusted networks too; mode 0 turns it off
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
service pop3-login {
  inet_listener pop3 {
    port = 0
  }
  inet_listener pop3s {
    port = 0
  }
}
service submission-login {
  inet_listener submission {
    address = 127.0.0.1
    port = ${SUBMISSION_PORT:-0}
  }
}
# SMTP submission (needs OpenSMTPD, so only in the "all" set): STARTTLS
# with cert.pem, AUTH PLAIN/LOGIN against the passwd-file above, and what
# it accepts is relayed to OpenSMTPD, which delivers it here over LMTP.
# Dovecot connects to the relay before it answers EHLO.
hostname = localhost
submission_relay_host = 127.0.0.1
submission_relay_port = ${SMTP_PORT:-25}
submission_relay_ssl = no
service managesieve-login {
  inet_listener sieve {
    port = 0
  }
}
protocol lmtp {
  postmaster_address = postmaster@$DOMAIN
}
protocol lda {
  postmaster_address = postmaster@$DOMAIN
}
EOF
}

write_smtpd_conf() {
	d=$1
	cat > "$d/smtpd.conf" <<EOF
# written by contrib/testservers.sh -- a throwaway OpenSMTPD on loopback
table vusers { "@" = "mail" }

filter "tempfail" phase rcpt-to match rcpt-to regex "^tempfail@" \\
    reject "451 4.3.0 Temporary failure for testing"

listen on 127.0.0.1 port $SMTP_PORT hostname localhost filter "tempfail"

action "dovecot" lmtp "$d/lmtp" rcpt-to virtual <vusers>

match from any for rcpt-to "reject@$DOMAIN" reject
match from any for any action "dovecot"
EOF
	chmod 600 "$d/smtpd.conf"
}

# The parents of DIR must let uid "mail" through (LMTP and IMAP processes
# run as "mail"); mktemp -d makes 0700 directories, a classic trap.
check_search() {
	d=$1
	if command -v runuser >/dev/null 2>&1; then
		runuser -u mail -- test -x "$d" ||
		    die "$d is not searchable by user mail (chmod o+x its parents)"
	fi
}

# Without a mount namespace, an OpenSMTPD of ours whose DIR was deleted
# without "stop" (a suite that was killed) would hold the global queue and
# control socket for good and make every later "start" fail: end it, and
# its TLS relay.  Only our exact command lines, and only when their files
# are gone, so no live set is touched.
reap_abandoned() {
	for p in /proc/[0-9]*; do
		[ -r "$p/cmdline" ] || continue
		cmd=$( (tr '\0' ' ' < "$p/cmdline") 2>/dev/null)
		case $cmd in
		"smtpd -d -f "*/smtpd.conf" ")
			conf=${cmd#smtpd -d -f }
			conf=${conf% }
			if [ ! -e "$conf" ]; then
				echo "testservers: ending abandoned smtpd ${p#/proc/} ($conf)" >&2
				kill "${p#/proc/}" 2>/dev/null
				i=0
				while kill -0 "${p#/proc/}" 2>/dev/null && [ $i -lt 50 ]; do
					sleep 0.1; i=$((i + 1))
				done
			fi ;;
		*"python3 - testservers-tlsrelay /"*)
			rd=${cmd#*testservers-tlsrelay }
			rd=${rd%% *}
			[ -e "$rd/cert.pem" ] || kill "${p#/proc/}" 2>/dev/null ;;
		esac
	done
}

start() {
	d=$1
	what=${2:-all}
	case $what in all|imap|legacy) ;; *) die "start: unknown set '$what'" ;; esac
	[ "$(id -u)" -eq 0 ] || die "must run as root (Dovecot and OpenSMTPD)"
	case $what in
	legacy)
		NS_PREFIX="  prefix = INBOX.
  separator = ."
		NS_CAPS="# no MOVE, UIDPLUS or IDLE: what older servers offer
imap_capability = IMAP4rev1 LITERAL+ SASL-IR LOGIN-REFERRALS ID ENABLE NAMESPACE"
		;;
	*)	NS_PREFIX= NS_CAPS= ;;
	esac
	command -v dovecot >/dev/null 2>&1 || die "dovecot is not installed (contrib/deps.sh)"
	command -v openssl >/dev/null 2>&1 || die "openssl is not installed (contrib/deps.sh)"
	if [ "$what" = all ]; then
		command -v smtpd >/dev/null 2>&1 || die "smtpd (opensmtpd) is not installed (contrib/deps.sh)"
		if unshare -m true 2>/dev/null; then
			spool=private
		else
			spool=global
			reap_abandoned
			if smtpctl show status >/dev/null 2>&1; then
				die "another OpenSMTPD is running (queue /var/spool/smtpd and" \
				    "/var/run/smtpd.sock are global, and no mount namespace" \
				    "here to give this one its own): stop it first"
			fi
		fi
	fi
	SMTPD_SPOOL=${spool:-}
	[ -e "$d/env" ] && die "$d/env exists: stop the servers there first"
	mkdir -p "$d" || die "cannot create $d"
	d=$(cd "$d" && pwd)
	chmod 755 "$d"
	check_search "$d"
	mkdir -p "$d/run" "$d/state" "$d/mail"
	chown mail:mail "$d/mail"
	chmod 700 "$d/mail"

	set -- $(free_ports 5)
	IMAP_PORT=$1 IMAPS_PORT=$2 SMTP_PORT=$3 SMTPS_PORT=$4
	SUBMISSION_PORT= SUBMISSION_PROTO=
	if [ "$what" = all ]; then
		[ -x /usr/lib/dovecot/submission ] ||
		    die "Dovecot's submission is not installed (dovecot-submissiond, contrib/deps.sh)"
		SUBMISSION_PORT=$5 SUBMISSION_PROTO=" submission"
	fi

	make_certs "$d"
	write_dovecot_conf "$d" "$what"
	dovecot -c "$d/dovecot.conf" -n >/dev/null 2>"$d/dovecot-check.log" ||
	    die "bad dovecot.conf: $(cat "$d/dovecot-check.log")"
	cat > "$d/env" <<EOF
DIR='$d'
IMAP_PORT=$IMAP_PORT
IMAPS_PORT=$IMAPS_PORT
SMTP_PORT=$SMTP_PORT
SMTPS_PORT=$SMTPS_PORT
SUBMISSION_PORT=$SUBMISSION_PORT
PASSWORD='$PASSWORD'
DOMAIN='$DOMAIN'
USERS='$USERS'
CAFILE='$d/ca.pem'
WRONG_CAFILE='$d/wrong-ca.pem'
SERVERS='$what'
SMTPD_SPOOL='${spool:-}'
EOF
	dovecot_up "$d" || { stop "$d" keep; exit 1; }

	if [ "$what" = all ]; then
		write_smtpd_conf "$d"
		smtpd -n -f "$d/smtpd.conf" >"$d/smtpd-check.log" 2>&1 ||
		    { stop "$d" keep; die "bad smtpd.conf: $(cat "$d/smtpd-check.log")"; }
		smtpd_up "$d" || { stop "$d" keep; exit 1; }
		# smtpd's own TLS is broken with OpenSSL 3 (see the header):
		# a small relay in front of it provides SMTPS
		python3 - testservers-tlsrelay "$d" "$SMTPS_PORT" "$SMTP_PORT" \
		    >"$d/tlsrelay.log" 2>&1 \
		    </dev/null <<'EOF' &
import os, socket, ssl, sys, threading
# Keep no descriptor of whoever started us (a pipe would never close).
os.closerange(3, 65536)
d, lport, rport = sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
ctx.load_cert_chain(d + "/cert.pem", d + "/key.pem")
ls = socket.socket()
ls.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
ls.bind(("127.0.0.1", lport))
ls.listen(64)
def pump(a, b):
    try:
        while True:
            x = a.recv(65536)
            if not x:
                break
            b.sendall(x)
    except OSError:
        pass
    for s in (a, b):
        try:
            s.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
def serve(c):
    try:
        t = ctx.wrap_socket(c, server_side=True)
    except (OSError, ssl.SSLError):
        c.close()
        return
    try:
        u = socket.create_connection(("127.0.0.1", rport), 10)
    except OSError:
        t.close()
        return
    threading.Thread(target=pump, args=(u, t), daemon=True).start()
    pump(t, u)
while True:
    c, _ = ls.accept()
    threading.Thread(target=serve, args=(c,), daemon=True).start()
EOF
		echo $! > "$d/tlsrelay.pid"
		wait_greeting "$SMTPS_PORT" "220 " tls ||
		    { stop "$d" keep; die "no SMTPS relay on $SMTPS_PORT, see $d/tlsrelay.log"; }
		wait_greeting "$SUBMISSION_PORT" "220 " ||
		    { stop "$d" keep; die "no Dovecot submission on $SUBMISSION_PORT, see $d/dovecot.log"; }
	fi
	return 0
}

# kill_pidfile FILE: TERM the process named in FILE, KILL it after 5 s
kill_pidfile() {
	[ -f "$1" ] || return 0
	pid=$(cat "$1")
	if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
		kill "$pid" 2>/dev/null
		i=0
		while kill -0 "$pid" 2>/dev/null && [ $i -lt 50 ]; do
			sleep 0.1; i=$((i + 1))
		done
		kill -9 "$pid" 2>/dev/null
	fi
	rm -f "$1"
}

dovecot_up() {
	d=$1
	# no inherited stdio: a caller reading our output through a pipe
	# would otherwise wait for the daemon to exit
	dovecot -c "$d/dovecot.conf" </dev/null >>"$d/dovecot.log" 2>&1 ||
	    { echo "testservers: dovecot did not start, see $d/dovecot.log" >&2; return 1; }
	wait_greeting "$IMAP_PORT" "* OK" ||
	    { echo "testservers: dovecot does not answer on $IMAP_PORT, see $d/dovecot.log" >&2; return 1; }
	wait_greeting "$IMAPS_PORT" "* OK" tls ||
	    { echo "testservers: dovecot does not answer TLS on $IMAPS_PORT, see $d/dovecot.log" >&2; return 1; }
}

# A server that goes away takes its sessions with it: the imap processes
# of this instance are killed too, so clients see the connection drop.
dovecot_down() {
	kill_pidfile "$1/run/master.pid"
	_port=$(sed -n 's/^IMAP_PORT=//p' "$1/env" 2>/dev/null)
	[ -n "$_port" ] &&
	    pkill -KILL -f "^dovecot-supportd-test-$_port/" 2>/dev/null
	return 0
}

smtpd_up() {
	d=$1
	# -d: stay in the foreground so that $! is smtpd's pid (unshare and
	# sh exec, so it is smtpd's in the private case too)
	if [ "$SMTPD_SPOOL" = private ]; then
		mkdir -p "$d/spool"
		chmod 755 "$d/spool"
		unshare -m sh -c 'mount --bind "$1/spool" /var/spool &&
		    mount -t tmpfs -o mode=755 tmpfs /run &&
		    exec smtpd -d -f "$1/smtpd.conf"' sh "$d" \
		    >>"$d/smtpd.log" 2>&1 </dev/null &
	else
		smtpd -d -f "$d/smtpd.conf" >>"$d/smtpd.log" 2>&1 </dev/null &
	fi
	echo $! > "$d/smtpd.pid"
	wait_greeting "$SMTP_PORT" "220 " ||
	    { echo "testservers: smtpd does not answer on $SMTP_PORT, see $d/smtpd.log" >&2; return 1; }
}

smtpd_down() { kill_pidfile "$1/smtpd.pid"; }

# reap_dir DIR: end what still runs from DIR by its exact command line --
# for a DIR deleted before "stop" (e.g. t_done's cleanup ran first), where
# no pid file is left to read
reap_dir() {
	for p in /proc/[0-9]*; do
		[ -r "$p/cmdline" ] || continue
		cmd=$( (tr '\0' ' ' < "$p/cmdline") 2>/dev/null)
		case $cmd in
		"smtpd -d -f $1/smtpd.conf "|"/usr/sbin/dovecot -c $1/dovecot.conf "|\
		"dovecot -c $1/dovecot.conf "|*"python3 - testservers-tlsrelay $1 "*)
			kill "${p#/proc/}" 2>/dev/null ;;
		esac
	done
}

stop() {
	d=$1
	case $d in /*) ;; *) [ -d "$d" ] && d=$(cd "$d" && pwd) ;; esac
	if [ ! -d "$d" ]; then
		case $d in /*) reap_dir "$d" ;; esac
		return 0
	fi
	kill_pidfile "$d/tlsrelay.pid"
	if grep -q "^SMTPD_SPOOL='global'" "$d/env" 2>/dev/null &&
	    [ -f "$d/smtpd.pid" ] && kill -0 "$(cat "$d/smtpd.pid")" 2>/dev/null; then
		# our instance owns the global queue: leave nothing behind
		smtpctl remove all >/dev/null 2>&1
	fi
	smtpd_down "$d"
	dovecot_down "$d"
	reap_dir "$d"
	[ "${2:-}" = keep ] || rm -rf "$d"
}

# down/up DIR imap|smtp: stop or restart one server of a running set, on
# the same ports, for tests of lost connections and reconnection
updown() {
	op=$1 d=$2 which=$3
	[ -f "$d/env" ] || die "no servers in $d"
	. "$d/env"
	case $op/$which in
	down/imap) dovecot_down "$d" ;;
	down/smtp) smtpd_down "$d" ;;
	up/imap) dovecot_up "$d" || exit 1 ;;
	up/smtp) [ -f "$d/smtpd.conf" ] || die "no smtpd in $d"
		smtpd_up "$d" || exit 1 ;;
	*) die "usage: $0 $op DIR imap|smtp" ;;
	esac
}

# token DIR USER [SECONDS]: print a bearer token for USER that this
# Dovecot accepts for SECONDS (default 3600; negative: already expired)
token() {
	d=$1
	[ -f "$d/oauth2-keys/default/HS256/default" ] ||
	    die "no XOAUTH2 in $d (not running, or an \"imap\" set)"
	python3 - "$d/oauth2-keys/default/HS256/default" "$2" "${3:-3600}" <<'EOF'
import base64, hashlib, hmac, json, sys, time
key = base64.b64decode(open(sys.argv[1]).read())
now = int(time.time())
exp = now + int(sys.argv[3])
def b64(x):
    return base64.urlsafe_b64encode(x).rstrip(b"=").decode()
head = b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
body = b64(json.dumps({"sub": sys.argv[2], "iat": min(now, exp - 1),
    "exp": exp}).encode())
sig = hmac.new(key, (head + "." + body).encode(), hashlib.sha256).digest()
print(head + "." + body + "." + b64(sig))
EOF
}

deliver() {
	d=$1 user=$2 file=$3
	[ -f "$d/dovecot.conf" ] || die "no servers in $d"
	/usr/lib/dovecot/dovecot-lda -c "$d/dovecot.conf" -d "$user" <"$file"
}

case ${1:-} in
start)	[ $# -ge 2 ] || die "usage: $0 start DIR [all|imap]"
	start "$2" "${3:-all}" ;;
stop)	[ $# -ge 2 ] || die "usage: $0 stop DIR"
	stop "$2" ;;
token)	[ $# -ge 3 ] || die "usage: $0 token DIR USER [SECONDS]"
	token "$2" "$3" "${4:-3600}" ;;
deliver) [ $# -eq 4 ] || die "usage: $0 deliver DIR USER FILE"
	deliver "$2" "$3" "$4" ;;
up|down) [ $# -eq 3 ] || die "usage: $0 $1 DIR imap|smtp"
	updown "$1" "$2" "$3" ;;
*)	die "usage: $0 start|stop|deliver DIR ..." ;;
esac
