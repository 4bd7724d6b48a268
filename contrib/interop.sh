#!/bin/sh
# interop.sh -- supportd against IMAP servers other than Dovecot: Debian's
# cyrus-imapd and courier-imap, each in its own debootstrap chroot (they
# conflict with Dovecot as packages), on a loopback port.  Not part of
# `make check`: it needs root, debootstrap and the Debian mirror the first
# time (the chroots are kept in INTEROP_DIR, default
# /var/tmp/supportd-interop, and reused).
#
#   contrib/interop.sh [cyrus] [courier]        (both by default)
#
# The same scenario on each, with the server's stock namespace settings
# (personal folders under "INBOX.", "." as separator) and "move-to
# Processed" in supportd.conf:
#   30 mails in four languages (one with an attachment) make 30 cases;
#   a threaded reply joins its case; the processed folder is created as
#   INBOX.Processed (NAMESPACE) and holds every message, INBOX none;
#   a second run, with one mail delivered again, makes no duplicate;
#   a mail arriving while supportd polls (Courier without IDLE, Cyrus with
#   it) is taken in during the run.
# Each server prints "N passed, N failed"; the exit status is non-zero if
# any check failed.
set -u
export LC_ALL=C.UTF-8
TOP=$(cd "$(dirname "$0")/.." && pwd)
ROOT=${INTEROP_DIR:-/var/tmp/supportd-interop}
SUITE=${DEBIAN_SUITE:-bookworm}
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
PASSWORD=secret
T=$(mktemp -d /tmp/supportd-interop.XXXXXX)
PASS=0 FAIL=0 SERVER=

die() { echo "interop: $*" >&2; exit 1; }
ok() { PASS=$((PASS + 1)); echo "ok   $SERVER: $*"; }
bad() { FAIL=$((FAIL + 1)); echo "FAIL $SERVER: $*"; }
check_eq() { if [ "$2" = "$3" ]; then ok "$1"; else bad "$1: got '$2', want '$3'"; fi; }

[ "$(id -u)" -eq 0 ] || die "must run as root (debootstrap, chroot)"
[ -x "$TOP/supportd" ] && [ -x "$TOP/supportctl" ] || die "run make first"

free_port() {
	python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

# chroot_for NAME PACKAGES...: a minimal Debian with those packages, whose
# services are never started by their maintainer scripts.
chroot_for() {
	r=$ROOT/$1
	shift
	[ -f "$r/.ready" ] && return 0
	command -v debootstrap >/dev/null 2>&1 ||
	    apt-get install -y debootstrap >/dev/null || die "no debootstrap"
	mkdir -p "$ROOT"
	if [ ! -x "$r/usr/bin/apt-get" ]; then
		echo "interop: debootstrap $SUITE into $r"
		debootstrap --variant=minbase "$SUITE" "$r" "$MIRROR" \
		    >"$r.log" 2>&1 || die "debootstrap failed, see $r.log"
	fi
	printf '#!/bin/sh\nexit 101\n' >"$r/usr/sbin/policy-rc.d"
	chmod 755 "$r/usr/sbin/policy-rc.d"
	cp /etc/resolv.conf "$r/etc/resolv.conf"
	echo "interop: installing $* in $r"
	chroot "$r" sh -c "apt-get update && DEBIAN_FRONTEND=noninteractive \
	    apt-get install -y --no-install-recommends $*" >"$r.pkg.log" 2>&1 ||
	    die "package install failed, see $r.pkg.log"
	touch "$r/.ready"
}

# --- Cyrus ------------------------------------------------------------------
cyrus_start() {
	r=$ROOT/cyrus
	PORT=$(free_port)
	# Debian's imapd.conf as shipped (altnamespace: no, unixhierarchysep:
	# no, autocreate_quota: 0, sasldb); only the services are ours.
	cat >"$r/etc/cyrus.conf" <<EOF
START {
  recover cmd="ctl_cyrusdb -r"
}
SERVICES {
  imap cmd="imapd -U 30" listen="127.0.0.1:$PORT" prefork=0 maxchild=20
}
EVENTS {
  checkpoint cmd="ctl_cyrusdb -c" period=30
}
DAEMON {
  idled cmd="idled"
}
EOF
	chroot "$r" sh -c "mkdir -p /run/cyrus/proc /run/cyrus/lock \
	    /run/cyrus/socket && chown -R cyrus:mail /run/cyrus && \
	    printf '%s' '$PASSWORD' | saslpasswd2 -c -p support && \
	    chown cyrus:mail /etc/sasldb2 && chmod 640 /etc/sasldb2" ||
	    return 1
	chroot "$r" /usr/sbin/cyrmaster -d -p /run/cyrus/master.pid \
	    >"$T/cyrus.log" 2>&1 || return 1
}
cyrus_stop() {
	r=$ROOT/cyrus
	[ -f "$r/run/cyrus/master.pid" ] &&
	    kill "$(cat "$r/run/cyrus/master.pid")" 2>/dev/null
	sleep 1
	rm -f "$r/run/cyrus/master.pid"
	# The next run starts from an empty mailbox.
	chroot "$r" sh -c 'rm -rf /var/spool/cyrus/mail/* /var/lib/cyrus/*.db \
	    /var/lib/cyrus/db* /var/lib/cyrus/user/* /var/lib/cyrus/quota/*' \
	    2>/dev/null
}

# --- Courier ----------------------------------------------------------------
courier_start() {
	r=$ROOT/courier
	PORT=$(free_port)
	# Stock settings but the port, and without IDLE: the poll-only case.
	sed -i -e "s/^PORT=.*/PORT=$PORT/" -e 's/^ADDRESS=.*/ADDRESS=127.0.0.1/' \
	    -e 's/^IMAP_CAPABILITY="\(.*\) IDLE"/IMAP_CAPABILITY="\1"/' \
	    "$r/etc/courier/imapd"
	sed -i 's/^authmodulelist=.*/authmodulelist="authuserdb"/' \
	    "$r/etc/courier/authdaemonrc"
	chroot "$r" sh -c "id support >/dev/null 2>&1 || useradd -m support; \
	    rm -rf /home/support/Maildir; \
	    su support -s /bin/sh -c 'maildirmake /home/support/Maildir' && \
	    rm -f /etc/courier/userdb && \
	    userdb support set uid=\$(id -u support) gid=\$(id -g support) \
	        home=/home/support mail=/home/support/Maildir && \
	    printf '%s\n%s\n' '$PASSWORD' '$PASSWORD' | userdbpw -md5 | \
	        userdb support set systempw && makeuserdb && \
	    mkdir -p /run/courier/authdaemon && \
	    chown daemon:daemon /run/courier/authdaemon 2>/dev/null; \
	    /usr/sbin/authdaemond start && /usr/sbin/imapd start" \
	    >"$T/courier.log" 2>&1 || return 1
}
courier_stop() {
	r=$ROOT/courier
	chroot "$r" sh -c '/usr/sbin/imapd stop; /usr/sbin/authdaemond stop' \
	    >/dev/null 2>&1
}

# --- the scenario -----------------------------------------------------------
# imap OP ARGS: python imaplib as "support" (APPEND, counts, folders).
imap() {
	python3 - "$PORT" "$PASSWORD" "$@" <<'EOF'
import imaplib, sys, time
port, pw, op = int(sys.argv[1]), sys.argv[2], sys.argv[3]
m = imaplib.IMAP4("127.0.0.1", port)
m.login("support", pw)
if op == "append":
    for f in sys.argv[4:]:
        typ, _ = m.append("INBOX", None, None, open(f, "rb").read())
        if typ != "OK":
            sys.exit("APPEND " + f + ": " + typ)
elif op == "count":
    typ, d = m.status(sys.argv[4], "(MESSAGES)")
    print(d[0].decode().split("MESSAGES ")[1].rstrip(")") if typ == "OK"
          else "none")
elif op == "list":
    typ, d = m.list()
    print(" ".join(sorted(x.decode().rsplit(" ", 1)[1].strip('"')
                          for x in d)))
m.logout()
EOF
}

# mails DIR: 30 mails, in Greek, Spanish, Polish and English; the 7th has
# a PDF attached.
mails() {
	python3 - "$1" <<'EOF'
import base64, os, sys
d = sys.argv[1]
langs = [
    ("el", "Πρόβλημα με την παραγγελία", "Καλημέρα, η παραγγελία μου δεν έφτασε ακόμα. Μπορείτε να με βοηθήσετε;"),
    ("es", "Problema con mi pedido", "Hola, mi pedido todavía no ha llegado. ¿Me pueden ayudar, por favor?"),
    ("pl", "Problem z zamówieniem", "Dzień dobry, moje zamówienie jeszcze nie dotarło. Czy mogą Państwo pomóc?"),
    ("en", "Problem with my order", "Hello, my order has not arrived yet. Could you please help me?"),
]
for i in range(1, 31):
    lang, subj, body = langs[i % 4]
    h = ("From: Customer %d <customer%d@example.org>\r\n"
         "To: support@example.com\r\n"
         "Subject: %s %d\r\n"
         "Message-ID: <interop-%d@example.org>\r\n"
         "Date: Mon, 2 Mar 2026 10:%02d:00 +0000\r\n"
         "MIME-Version: 1.0\r\n") % (i, i, subj, i, i, i)
    text = ("%s\r\n\r\n%d\r\n" % (body, i)).encode()
    if i == 7:
        pdf = base64.encodebytes(b"%PDF-1.4\n% interop test\n" * 40)
        msg = (h + 'Content-Type: multipart/mixed; boundary="b7"\r\n\r\n'
               "--b7\r\nContent-Type: text/plain; charset=utf-8\r\n"
               "Content-Transfer-Encoding: 8bit\r\n\r\n").encode() + text + (
               "--b7\r\nContent-Type: application/pdf; name=invoice.pdf\r\n"
               "Content-Disposition: attachment; filename=invoice.pdf\r\n"
               "Content-Transfer-Encoding: base64\r\n\r\n").encode() + \
            pdf.replace(b"\n", b"\r\n") + b"--b7--\r\n"
    else:
        msg = (h + "Content-Type: text/plain; charset=utf-8\r\n"
               "Content-Transfer-Encoding: 8bit\r\n\r\n").encode() + text
    open(os.path.join(d, "%02d.eml" % i), "wb").write(msg)
EOF
}

wait_until() {	# wait_until SECONDS COMMAND...
	_n=$(($1 * 2)); shift
	while ! "$@" >/dev/null 2>&1 && [ $_n -gt 0 ]; do
		sleep 0.5; _n=$((_n - 1))
	done
	"$@" >/dev/null 2>&1
}

scenario() {
	D=$T/$SERVER
	mkdir -p "$D/mail"
	cp "$TOP/config/supportd.conf" "$D/supportd.conf"
	cp -R "$TOP/rules" "$D/rules"
	# No relay here: acknowledgements wait in the outbox.
	sed -i -e 's|^\turl.*|\turl\t\tsmtp://127.0.0.1:9|' \
	    -e 's/^poll-interval.*/poll-interval 5/' "$D/supportd.conf"
	# The password below: only its owner may read the file; as root
	# the throwaway desk runs as root.
	chmod 600 "$D/supportd.conf"
	[ "$(id -u)" -ne 0 ] || printf 'user root\n' >> "$D/supportd.conf"
	cat >>"$D/supportd.conf" <<EOF
mailbox support {
	host		127.0.0.1
	port		$PORT
	tls		none
	user		support
	password	$PASSWORD
	move-to		Processed
	first-start	all
	timeout		30
}
EOF
	ctl() { "$TOP/supportctl" -c "$D/supportd.conf" "$@"; }
	q() { python3 "$TOP/tests/jsonq.py" "$1"; }
	once() { "$TOP/supportd" -f --once -c "$D/supportd.conf" \
	    >>"$D/supportd.log" 2>&1; }
	cases() { ctl cases --json | q 'len(d)'; }

	mails "$D/mail"
	imap append "$D"/mail/*.eml || { bad "APPEND 30 mails"; return; }
	once
	check_eq "30 mails in four languages: 30 cases" "$(cases)" 30
	check_eq "the processed folder is INBOX.Processed" \
	    "$(imap list | tr ' ' '\n' | grep -c '^INBOX\.Processed$')" 1
	check_eq "INBOX.Processed holds the 30" "$(imap count INBOX.Processed)" 30
	check_eq "INBOX is empty" "$(imap count INBOX)" 0
	ref=$(ctl cases --json | q '[c["ref"] for c in d if c["subject"].endswith(" 7")][0]')
	check_eq "the attachment is recorded" \
	    "$(ctl show "$ref" --json | q 'json.dumps(d).count("invoice.pdf") > 0')" true
	ref=$(ctl cases --json | q '[c["ref"] for c in d if c["subject"].endswith(" 2")][0]')
	langs=$(ctl cases --json | q '" ".join(sorted(set(c["language"] for c in d)))')
	check_eq "languages recognised" "$langs" "el en es pl"

	# A reply in the thread, and mail 5 delivered a second time.
	printf 'From: Customer 2 <customer2@example.org>\r\nTo: support@example.com\r\nSubject: Re: [%s] Problema con mi pedido 2\r\nMessage-ID: <interop-reply@example.org>\r\nIn-Reply-To: <interop-2@example.org>\r\nReferences: <interop-2@example.org>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nSigo esperando.\r\n' \
	    "$ref" >"$D/reply.eml"
	imap append "$D/reply.eml" "$D/mail/05.eml"
	once
	check_eq "second run: still 30 cases (no duplicate)" "$(cases)" 30
	check_eq "the reply joined its case" \
	    "$(ctl show "$ref" --json | q 'sum(1 for m in d["messages"] if m["direction"] == "in")')" 2
	check_eq "INBOX.Processed holds 32" "$(imap count INBOX.Processed)" 32

	# A mail delivered while the daemon runs and polls.
	"$TOP/supportd" -f -c "$D/supportd.conf" >"$D/run.log" 2>&1 &
	spid=$!
	wait_until 60 grep -q 'connected' "$D/run.log"
	sleep 6		# into its poll loop, past the first look
	printf 'From: Late <late@example.org>\r\nTo: support@example.com\r\nSubject: Arrived during the run\r\nMessage-ID: <interop-late@example.org>\r\n\r\nHello?\r\n' >"$D/late.eml"
	imap append "$D/late.eml"
	wait_until 120 test "$(cases)" = 31
	check_eq "a mail arriving during the run is taken in" "$(cases)" 31
	kill "$spid" 2>/dev/null
	wait "$spid" 2>/dev/null
	check_eq "INBOX is empty at the end" "$(imap count INBOX)" 0
	grep -hE 'mailbox support: (.*(CREATE|refused|UNAVAILABLE)|processed folder)' \
	    "$D/supportd.log" "$D/run.log" | sort -u | sed "s/^/    $SERVER log: /"
}

rc=0
set -- ${*:-cyrus courier}
for SERVER in "$@"; do
	PASS=0 FAIL=0
	case $SERVER in
	cyrus)	chroot_for cyrus cyrus-imapd sasl2-bin libsasl2-modules ;;
	courier) chroot_for courier courier-imap courier-authlib-userdb ;;
	*) die "unknown server $SERVER (cyrus, courier)" ;;
	esac
	if ! ${SERVER}_start; then
		bad "the server did not start: $(tail -5 "$T/$SERVER.log" 2>/dev/null)"
	elif ! wait_until 60 imap count INBOX; then
		bad "no IMAP login on port $PORT: $(tail -5 "$T/$SERVER.log" 2>/dev/null)"
	else
		scenario
	fi
	${SERVER}_stop
	echo "interop $SERVER: $PASS passed, $FAIL failed"
	[ "$FAIL" -eq 0 ] || rc=1
done
[ -n "${KEEP:-}" ] || rm -rf "$T"
exit $rc
