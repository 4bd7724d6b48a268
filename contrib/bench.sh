#!/bin/sh
# bench.sh -- speed and memory of supportd against the baselines a user
# would weigh, each measured in the same round on the same machine:
#
#   pipeline   supportctl ingest of N generated multilingual mails of ~27 KB
#              (a labelled corpus mail, ~6 KB of quoted history, the rest a
#              screenshot attached), the shipped rules, one fresh database:
#              msg/s, CPU ms/msg
#   intake     Dovecot -> committed cases, supportd --once over IMAPS (no
#              relay: intake alone), against a minimal client doing one
#              UID FETCH 1:* BODY.PEEK[] (the raw IMAP limit) and against
#              fdm fetching the same mailbox with as many regex rules
#   outbound   the N acknowledgements of the pipeline round, supportctl send
#              to OpenSMTPD, against a minimal sequential smtplib client
#              sending the same mails to the same OpenSMTPD
#   latency    SMTP submission -> acknowledgement in the customer's mailbox
#              (supportd waiting in IDLE), against a bare IDLE client's
#              notification of the same submission; p50 and p99
#   pipe       supportctl ingest piped as an MTA would, daemon asleep -> the ack
#              in the customer's mailbox, against one SMTP hop to it
#   memory     peak RSS of supportd --once and supportctl ingest with one
#              25 MiB attachment, against a 2 KB message
#   postgresql the pipeline row into PostgreSQL (contrib/testpg.sh, a Unix
#              socket), against the SQLite pipeline of the same round
#
# Variables: BENCH_N messages (default 10000), ROUNDS (3), LAT_N latency
# samples per round (20), SUPPORTD / SUPPORTCTL (binaries to time, by
# default this tree's).  Prints one table, a column per round.  Runs as
# root on a throwaway desk (contrib/testmail.sh); installs fdm and
# python3 when root and missing.  Nothing leaves 127.0.0.1.
set -u
TOP=$(cd "$(dirname "$0")/.." && pwd)
N=${BENCH_N:-10000}
ROUNDS=${ROUNDS:-3}
LAT_N=${LAT_N:-20}
SUPPORTD=${SUPPORTD:-$TOP/supportd}
SUPPORTCTL=${SUPPORTCTL:-$TOP/supportctl}
W=$(mktemp -d /tmp/supportd-bench.XXXXXX)
chmod 755 "$W"
S=$W/srv
D=$W/desk
DPID=
trap '[ -n "$DPID" ] && kill "$DPID" 2>/dev/null; sh "$TOP/contrib/testservers.sh" stop "$S" >/dev/null 2>&1; sh "$TOP/contrib/testpg.sh" stop "$W" >/dev/null 2>&1; rm -rf "$W"' EXIT INT TERM
pg=

for p in bc:bc python3:python3 fdm:fdm sqlite3:sqlite3 time:/usr/bin/time; do
	pkg=${p%%:*} cmd=${p#*:}
	command -v "$cmd" >/dev/null 2>&1 && continue
	if [ "$(id -u)" -eq 0 ]; then
		apt-get install -y "$pkg" >/dev/null 2>&1 ||
		    { apt-get update >/dev/null 2>&1 &&
		    apt-get install -y "$pkg" >/dev/null 2>&1; }
	fi
	command -v "$cmd" >/dev/null 2>&1 ||
	    { echo "bench: needs $pkg (apt-get install $pkg)"; exit 1; }
done

sh "$TOP/contrib/testservers.sh" start "$S" >/dev/null || exit 1
. "$S/env"
. "$TOP/contrib/testmail.sh"
PY=$W/bench.py

cat > "$PY" <<'EOF'
# The bench's clients: the generator, the baselines, the latency probes.
import base64, os, random, smtplib, socket, sqlite3, ssl, sys, time, imaplib

def gen(corpus, out, n):
    """n mails of ~27 KB: a labelled corpus mail (four languages) with a
    few KB of quoted history, and a screenshot attached to make up the
    rest, as support mail comes."""
    files = sorted(os.path.join(dp, f) for dp, _, fs in os.walk(corpus)
                   for f in fs if f.endswith('.eml'))
    rnd = random.Random(1)
    bodies = {}
    parts = []
    for f in files:
        raw = open(f, 'rb').read().replace(b'\r\n', b'\n')
        head, _, body = raw.partition(b'\n\n')
        lang = os.path.basename(os.path.dirname(f))
        hl = head.lower()
        plain = (b'multipart' not in hl and b'base64' not in hl and
                 b'quoted-printable' not in hl)
        if plain:
            bodies.setdefault(lang, []).append(body)
        # the header's fields, continuation lines kept with theirs
        fields = []
        for l in head.split(b'\n'):
            if l[:1] in (b' ', b'\t') and fields:
                fields[-1] += b'\n' + l
            else:
                fields.append(l)
        parts.append((lang, fields, body, plain))
    total = 0
    for i in range(int(n)):
        lang, fields, body, plain = parts[i % len(parts)]
        top = [b'Message-ID: <bench-%d@example.com>' % i,
               b'From: Customer %d <customer%d@example.com>' % (i % 3 + 1, i % 3 + 1)]
        content = []
        for f in fields:
            k = f.split(b':', 1)[0].lower()
            if k in (b'message-id', b'from', b'mime-version'):
                continue
            (content if k.startswith(b'content-') else top).append(f)
        if not content:
            content = [b'Content-Type: text/plain; charset=utf-8']
        b = body
        if plain:
            pool = bodies.get(lang) or [body]
            k, q, size = i, [], len(b)
            while size < 6000:
                for l in pool[k % len(pool)].split(b'\n'):
                    q.append(b'> ' + l)
                    size += len(l) + 3
                k += 7
            b = b + b'\n\nOn an earlier day you wrote:\n' + b'\n'.join(q) + b'\n'
        top += [b'MIME-Version: 1.0',
                b'Content-Type: multipart/mixed; boundary="=bench="']
        m = b'\n'.join(top) + b'\n\n--=bench=\n' + b'\n'.join(content) + \
            b'\n\n' + b + b'\n--=bench=\nContent-Type: image/png; ' \
            b'name="screenshot.png"\nContent-Disposition: attachment; ' \
            b'filename="screenshot.png"\nContent-Transfer-Encoding: base64\n\n'
        fill = max(0, (27000 - len(m) - 20) * 3 // 4)
        m += base64.encodebytes(rnd.randbytes(fill)) + b'--=bench=--\n'
        total += len(m)
        open(os.path.join(out, '%d.eml' % i), 'wb').write(m)
    print(total)

def big(out, mib):
    """One mail with a mib MiB attachment (or ~2 KB when mib is 0)."""
    mib = int(mib)
    text = b'Hello,\n\nthe printer shows error 42 again; the log is attached.\n' * (1 if mib else 30)
    m = [b'Message-ID: <big-%d@example.com>' % mib,
         b'From: Customer 1 <customer1@example.com>',
         b'To: support@example.com', b'Subject: Printer log',
         b'Date: Mon, 2 Nov 2026 10:00:00 +0000', b'MIME-Version: 1.0']
    if mib:
        m += [b'Content-Type: multipart/mixed; boundary="b1"', b'',
              b'--b1', b'Content-Type: text/plain; charset=utf-8', b'', text,
              b'--b1', b'Content-Type: application/octet-stream; name="log.bin"',
              b'Content-Transfer-Encoding: base64', b'']
        data = base64.encodebytes(random.randbytes(mib << 20))
        m += [data, b'--b1--', b'']
    else:
        m += [b'Content-Type: text/plain; charset=utf-8', b'', text]
    open(out, 'wb').write(b'\n'.join(m))

def imaps(port, cafile):
    ctx = ssl.create_default_context(cafile=cafile)
    return imaplib.IMAP4_SSL('localhost', int(port), ssl_context=ctx)

def rawfetch(port, cafile, user, pw):
    """The raw IMAP limit: one UID FETCH 1:* BODY.PEEK[]; prints msgs."""
    c = imaps(port, cafile)
    c.login(user, pw)
    c.select('INBOX', readonly=True)
    t0 = time.monotonic()
    typ, data = c.uid('FETCH', '1:*', '(BODY.PEEK[])')
    dt = time.monotonic() - t0
    n = sum(1 for d in data if isinstance(d, tuple))
    c.logout()
    print('%d %.6f' % (n, dt))

def smtpsend(port, db):
    """A minimal sequential client: the outbox's mails, one session per 100."""
    rows = sqlite3.connect(db).execute(
        'SELECT mail_from, rcpts, raw FROM outbox ORDER BY id').fetchall()
    t0 = time.monotonic()
    s = None
    for i, (f, r, raw) in enumerate(rows):
        if i % 100 == 0:
            if s: s.quit()
            s = smtplib.SMTP('127.0.0.1', int(port))
        if isinstance(raw, str): raw = raw.encode()
        s.sendmail(f, r.split('\n'), raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n'))
    if s: s.quit()
    print('%d %.6f' % (len(rows), time.monotonic() - t0))

def submit(port, i, tag, rcpt):
    m = ('From: Customer 1 <customer1@example.com>\r\nTo: %s\r\n' % rcpt +
         'Subject: %s %d: the printer is broken\r\nMessage-ID: <%s-%d-%f@example.com>\r\n'
         '\r\nHello,\r\nmy printer prints nothing since yesterday.\r\n'
         % (tag, i, tag, i, time.time()))
    s = smtplib.SMTP('127.0.0.1', int(port))
    s.sendmail('customer1@example.com', [rcpt], m)
    s.quit()

def pct(v, p):
    v = sorted(v)
    return v[min(len(v) - 1, int(round(p / 100 * (len(v) - 1))))]

def idlefloor(iport, sport, user, pw, n):
    """A bare IDLE client: submission -> untagged EXISTS, in ms."""
    c = imaplib.IMAP4('127.0.0.1', int(iport))
    c.login(user, pw)
    c.select('INBOX')
    f = c.sock.makefile('rb')
    v = []
    for i in range(int(n)):
        c.send(b'i%d IDLE\r\n' % i)
        while not f.readline().startswith(b'+'):
            pass
        t0 = time.monotonic()
        submit(sport, i, 'floor', user + '@example.com')
        while b'EXISTS' not in f.readline():
            pass
        v.append((time.monotonic() - t0) * 1000)
        c.send(b'DONE\r\n')
        while not f.readline().startswith(b'i%d ' % i):
            pass
        time.sleep(0.2)
    print('%.0f %.0f' % (pct(v, 50), pct(v, 99)))

def acklat(sport, maildir, n):
    """supportd in IDLE: submission -> ack file in the customer's maildir."""
    def count():
        return sum(len(os.listdir(os.path.join(maildir, d)))
                   for d in ('new', 'cur') if os.path.isdir(os.path.join(maildir, d)))
    v = []
    for i in range(int(n)):
        before = count()
        t0 = time.monotonic()
        submit(sport, i, 'latency', 'supervisor@example.com')
        while count() <= before:
            if time.monotonic() - t0 > 30: break
            time.sleep(0.002)
        v.append((time.monotonic() - t0) * 1000)
        time.sleep(0.3)
    print('%.0f %.0f' % (pct(v, 50), pct(v, 99)))

def maildir_count(maildir):
    return sum(len(os.listdir(os.path.join(maildir, d)))
               for d in ('new', 'cur') if os.path.isdir(os.path.join(maildir, d)))

def arrival(maildir, before, t0):
    while maildir_count(maildir) <= before:
        if time.monotonic() - t0 > 30: break
        time.sleep(0.001)
    return (time.monotonic() - t0) * 1000

def pipelat(supportctl, conf, mailbox, maildir, n):
    """An MTA pipes the mail into supportctl ingest while supportd sleeps
    in IDLE: the pipe's start -> ack file in the customer's maildir."""
    import subprocess
    v = []
    for i in range(int(n)):
        m = ('From: Customer 1 <customer1@example.com>\r\nTo: support@example.com\r\n'
             'Subject: pipe %d: the printer is broken\r\nMessage-ID: <pipe-%d-%f@example.com>\r\n'
             '\r\nHello,\r\nmy printer prints nothing since yesterday.\r\n'
             % (i, i, time.time())).encode()
        before = maildir_count(maildir)
        t0 = time.monotonic()
        subprocess.run([supportctl, '-c', conf, 'ingest', '--mailbox', mailbox, '-'],
                       input=m, stdout=subprocess.DEVNULL, check=True)
        v.append(arrival(maildir, before, t0))
        time.sleep(0.3)
    print('%.0f %.0f' % (pct(v, 50), pct(v, 99)))

def hop(sport, maildir, n):
    """The last leg alone: a mail submitted to OpenSMTPD -> the file in
    the customer's maildir (what the ack must cross after the pipe)."""
    v = []
    for i in range(int(n)):
        before = maildir_count(maildir)
        t0 = time.monotonic()
        submit(sport, i, 'hop', 'customer1@example.com')
        v.append(arrival(maildir, before, t0))
        time.sleep(0.3)
    print('%.0f %.0f' % (pct(v, 50), pct(v, 99)))

globals()[sys.argv[1]](*sys.argv[2:])
EOF

now() { date +%s.%N; }
el() { echo "$2 - $1" | bc -l; }
rate() { echo "scale=0; $1 / $2" | bc -l; }
cpums() { awk -v n="$2" '{ printf "%.2f", ($1 + $2) * 1000 / n }' "$1"; }

mkdir -p "$W/mail" "$D"
bytes=$(python3 "$PY" gen "$TOP/tests/corpus/labelled" "$W/mail" "$N") || exit 1
python3 "$PY" big "$W/big.eml" 25
python3 "$PY" big "$W/small.eml" 0
nrules=$(cat "$TOP"/rules/*.rules | grep -c '~~\? */')

# The desk: the shipped config and rules, no agents, no autoreply limit.
cp -R "$TOP/rules" "$D/rules"
sed -e 's/^batch-size.*/batch-size 100/' "$TOP/config/supportd.conf" > "$D/base.conf"
desk_conf "$D/base.conf"
desk_no_agents "$D/base.conf"
desk_unlimited "$D/base.conf"
conf() {	# conf NAME DB [mailbox-block args...]: a desk config
	_c=$D/$1.conf _db=$2
	shift 2
	# The database line printed, not put in by sed: a URL holds "&".
	{ grep -v '^database' "$D/base.conf"; printf 'database %s\n' "$_db"; } > "$_c"
	chmod 600 "$_c"
	[ $# -gt 0 ] && mailbox_block "$@" >> "$_c"
	:
}

# The support mailbox, filled once through Dovecot and kept as a copy:
# each round starts from the same N messages.
for f in "$W"/mail/*.eml; do
	/usr/lib/dovecot/dovecot-lda -c "$S/dovecot.conf" -d support < "$f"
done
cp -a "$S/mail/support" "$W/support.saved" 2>/dev/null &&
    [ "$(imap_count support INBOX)" = "$N" ] ||
    { echo "bench: the $N mails did not all reach the support mailbox"; exit 1; }
restore() {
	rm -rf "$S/mail/support"
	cp -a "$W/support.saved" "$S/mail/support"
	imap_count support INBOX >/dev/null
}

# fdm with as many regex rules as the shipped rules hold, none matching.
fdmconf() {
	printf 'set lock-file "%s/fdm.lock"\n' "$W"
	printf 'action "k" keep\n'
	printf 'account "a" imaps server "localhost" port %s user "support" pass "%s" no-verify keep\n' \
	    "$IMAPS_PORT" "$PASSWORD"
	i=0
	while [ $i -lt "$nrules" ]; do
		printf 'match "(refund|reembolso|zwrot|charge)[a-z]* no%d(th)?ing" in body action "k"\n' $i
		i=$((i + 1))
	done
	printf 'match all action "k"\n'
}
fdmconf > "$W/fdm.conf"
chmod 600 "$W/fdm.conf"

sh "$TOP/contrib/testpg.sh" start "$W" >/dev/null 2>&1 && { . "$W/pgenv"; pg=$PGURL; }

echo "bench: $N messages, $((bytes / N)) bytes each, $nrules regex rules, $ROUNDS rounds, $(nproc) cores"

r=1
while [ "$r" -le "$ROUNDS" ]; do
	# pipeline
	rm -f "$D"/ingest.db*
	conf ingest ingest.db
	t0=$(now)
	/usr/bin/time -f '%U %S' -o "$W/ingest.cpu" "$SUPPORTCTL" -c "$D/ingest.conf" \
	    ingest "$W"/mail/*.eml > "$W/ingest.out" 2>"$W/ingest.err"
	t1=$(now)
	eval "pipe_$r='$(rate "$N" "$(el "$t0" "$t1")") msg/s, $(cpums "$W/ingest.cpu" "$N") ms'"
	eval "pipes_$r='$(rate "$N" "$(el "$t0" "$t1")")'"

	# the same into PostgreSQL, a fresh database each round
	if [ -n "$pg" ]; then
		conf ingest-pg "\"$(sh "$TOP/contrib/testpg.sh" url "$W" "round$r")\""
		t0=$(now)
		"$SUPPORTCTL" -c "$D/ingest-pg.conf" ingest "$W"/mail/*.eml \
		    > "$W/ingest-pg.out" 2>"$W/ingest-pg.err"
		rc=$?
		t1=$(now)
		if [ "$rc" -eq 0 ]; then
			eval "pg_$r='$(rate "$N" "$(el "$t0" "$t1")")'"
		else
			eval "pg_$r='(failed: $(head -c 60 "$W/ingest-pg.err" | tr -d "'\n"))'"
		fi
	else
		eval "pg_$r='(no PostgreSQL)'"
	fi

	# outbound: supportctl send of the round's acks, then the same mails
	# from the minimal client
	acks=$(sqlite3 "$D/ingest.db" "SELECT count(*) FROM outbox")
	t0=$(now)
	"$SUPPORTCTL" -c "$D/ingest.conf" send > "$W/send.out" 2>&1
	t1=$(now)
	sent=$(sqlite3 "$D/ingest.db" "SELECT count(*) FROM outbox WHERE status = 'sent'")
	eval "out_$r='$(rate "$sent" "$(el "$t0" "$t1")") ($sent/$acks)'"
	set -- $(python3 "$PY" smtpsend "$SMTP_PORT" "$D/ingest.db")
	eval "outb_$r='$(rate "$1" "$2")'"

	# intake: raw IMAP, fdm, then supportd (which moves the mail away)
	restore
	set -- $(python3 "$PY" rawfetch "$IMAPS_PORT" "$CAFILE" support "$PASSWORD")
	eval "raw_$r='$(rate "$1" "$2")'"
	t0=$(now)
	fdm -q -f "$W/fdm.conf" fetch > "$W/fdm.out" 2>&1
	t1=$(now)
	eval "fdm_$r='$(rate "$N" "$(el "$t0" "$t1")")'"
	rm -f "$D"/intake.db*
	conf intake intake.db support support "password \"$PASSWORD\"" "move-to Processed"
	sed -i '/^\turl/d' "$D/intake.conf"	# intake alone: no relay
	t0=$(now)
	"$SUPPORTD" -f --once -c "$D/intake.conf" > "$W/intake.log" 2>&1
	t1=$(now)
	cases=$(sqlite3 "$D/intake.db" 'SELECT count(*) FROM cases')
	eval "in_$r='$(rate "$cases" "$(el "$t0" "$t1")") ($cases)'"

	# memory: one 25 MiB attachment, one 2 KB message
	for m in big small; do
		rm -f "$D"/mem.db*
		conf mem mem.db
		/usr/bin/time -f %M -o "$W/$m.ctl" "$SUPPORTCTL" -c "$D/mem.conf" \
		    ingest "$W/$m.eml" > /dev/null 2>&1
		rm -f "$D"/mem.db* "$D"/memd.db*
		rm -rf "$S/mail/agent2"
		/usr/lib/dovecot/dovecot-lda -c "$S/dovecot.conf" -d agent2 < "$W/$m.eml"
		conf memd memd.db mem agent2 "password \"$PASSWORD\""
		sed -i '/^\turl/d' "$D/memd.conf"
		/usr/bin/time -f %M -o "$W/$m.d" "$SUPPORTD" -f --once -c "$D/memd.conf" \
		    > /dev/null 2>&1
	done
	eval "rss_$r='$(($(cat "$W/big.d") / 1024)) / $(($(cat "$W/big.ctl") / 1024)) MB'"
	eval "rssb_$r='$(($(cat "$W/small.d") / 1024)) / $(($(cat "$W/small.ctl") / 1024)) MB'"

	# latency: the IDLE floor, then supportd waiting in IDLE
	set -- $(python3 "$PY" idlefloor "$IMAP_PORT" "$SMTP_PORT" agent1 "$PASSWORD" "$LAT_N")
	eval "latb_$r='p50 $1, p99 $2 ms'"
	rm -f "$D"/lat.db*
	conf lat lat.db lat supervisor "password \"$PASSWORD\"" "move-to Processed"
	"$SUPPORTD" -f -c "$D/lat.conf" > "$W/lat.log" 2>&1 &
	DPID=$!
	sleep 3
	set -- $(python3 "$PY" acklat "$SMTP_PORT" "$S/mail/customer1" "$LAT_N")
	eval "lat_$r='p50 $1, p99 $2 ms'"
	# the MTA-pipe path, the same daemon asleep in IDLE; the last hop alone
	set -- $(python3 "$PY" pipelat "$SUPPORTCTL" "$D/lat.conf" lat \
	    "$S/mail/customer1" "$LAT_N")
	eval "latp_$r='p50 $1, p99 $2 ms'"
	set -- $(python3 "$PY" hop "$SMTP_PORT" "$S/mail/customer1" "$LAT_N")
	eval "lath_$r='p50 $1, p99 $2 ms'"
	kill "$DPID" 2>/dev/null
	wait "$DPID" 2>/dev/null
	DPID=
	r=$((r + 1))
done

row() {	# row WHAT VAR BASELINE BVAR: one line, a cell per round
	_l="| $1 |"
	_k=1
	while [ $_k -le "$ROUNDS" ]; do
		eval "_l=\"\$_l \${$2_$_k} |\""
		_k=$((_k + 1))
	done
	_l="$_l $3 |"
	_k=1
	while [ $_k -le "$ROUNDS" ]; do
		if [ -n "$4" ]; then eval "_l=\"\$_l \${$4_$_k} |\""; else _l="$_l — |"; fi
		_k=$((_k + 1))
	done
	echo "$_l"
}
echo
h="| what |"; s="|---|"
k=1; while [ $k -le "$ROUNDS" ]; do h="$h round $k |"; s="$s---|"; k=$((k + 1)); done
h="$h baseline |"; s="$s---|"
k=1; while [ $k -le "$ROUNDS" ]; do h="$h round $k |"; s="$s---|"; k=$((k + 1)); done
echo "$h"; echo "$s"
row "pipeline, supportctl ingest, msg/s and CPU per msg" pipe "—" ""
row "intake, Dovecot (IMAPS) → cases, supportd --once, msg/s" in "raw UID FETCH 1:* BODY.PEEK[], msg/s" raw
row "(same run)" "in" "fdm, $nrules regex rules, msg/s" fdm
row "outbound, supportctl send to OpenSMTPD, msg/s" out "sequential smtplib client, msg/s" outb
row "latency, SMTP → ack in the customer's mailbox" lat "bare IDLE client told of the mail" latb
row "latency, MTA pipe (supportctl ingest) → ack in the customer's mailbox" latp "one SMTP hop to the customer's mailbox" lath
row "peak RSS, 25 MiB attachment, supportd / supportctl" rss "2 KB message" rssb
row "the pipeline into PostgreSQL, msg/s" pg "the same into SQLite, msg/s" pipes
