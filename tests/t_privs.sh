#!/bin/sh
# t_privs.sh -- who may read what.  Files holding customer mail are 0600
# whatever the caller's umask; a password, the secret or a config that
# other users can read (or write) is refused with "file: why", as ssh
# refuses a key.  As root: supportd refuses to run when its user does not
# exist, and otherwise becomes that user (a throwaway system user made
# here and removed at the end) before it connects to any mailbox, after
# handing it the store and the secret; a reload still works as that user
# and a later start as that user (what systemd does) finds its files.
. "$(dirname "$0")/lib.sh"
cd "$TOP"

umask 022	# what an admin's shell usually has
chmod 755 "$T_TMP"
D=$T_TMP/desk
t_desk "$D"
conf=$D/supportd.conf

# -- Files the programs create are private, whatever the umask.
out=$("$SUPPORTCTL" -c "$conf" ingest tests/corpus/pipeline/*.eml 2>&1 | head -n 1)
check_match "ingest opened a case" "$out" '^CS-[0-9]+'
check_eq "store created 0600" "$(stat -c %a "$D/supportd.db")" 600
for f in "$D/supportd.db-wal" "$D/supportd.db-shm"; do
	[ -e "$f" ] && check_eq "${f##*/} 0600" "$(stat -c %a "$f")" 600
done
check_eq "secret created 0600" "$(stat -c %a "$D/secret")" 600

# -- A password other users can read is refused, naming the file.
cp "$conf" "$T_TMP/pw.conf"
sed -i -e "s|^rules.*|rules $D/rules|" -e "s|^templates.*|templates $D/rules/templates|" \
    -e "s|^database.*|database $D/supportd.db|" -e "s|^secret-file.*|secret-file $D/secret|" \
    "$T_TMP/pw.conf"
printf 'mailbox m {\n\thost imap.example.com\n\tuser support\n\tpassword "s3cret"\n}\n' \
    >> "$T_TMP/pw.conf"
chmod 644 "$T_TMP/pw.conf"
out=$("$SUPPORTD" -n -c "$T_TMP/pw.conf" 2>&1); rc=$?
check_eq "config with a password, mode 0644: refused" "$rc" 1
check_match "file: why, and what to do" "$out" \
    "^$T_TMP/pw.conf: it holds a password, and other users can read it \\(mode 0644\\); chmod o-r "
check_nomatch "the password is not shown" "$out" 's3cret'
chmod 640 "$T_TMP/pw.conf"
check "the same config at 0640: accepted" "$SUPPORTD" -n -c "$T_TMP/pw.conf"
chmod 644 "$T_TMP/pw.conf"
chmod 700 "$T_TMP"
check "at 0644 in a 0700 directory: nobody else gets at it, accepted" \
    "$SUPPORTD" -n -c "$T_TMP/pw.conf"
chmod 755 "$T_TMP"
chmod 644 "$conf"
check "a config without a password may be 0644" "$SUPPORTD" -n -c "$conf"
chmod 666 "$conf"
out=$("$SUPPORTD" -n -c "$conf" 2>&1)
check_match "a config other users can write: refused" "$out" \
    "^$conf: other users can write it \\(mode 0666\\); chmod o-w "
chmod 644 "$conf"

chmod 644 "$D/secret"
out=$("$SUPPORTCTL" -c "$conf" cases 2>&1); rc=$?
check_eq "secret 0644: supportctl refuses" "$rc" 1
check_match "secret 0644: file: why" "$out" \
    "^$D/secret: it holds the key that signs reply addresses, and other users can read it \\(mode 0644\\)"
chmod 600 "$D/secret"
check "secret 0600 again: accepted" "$SUPPORTCTL" -c "$conf" cases

printf 'imap-pass\n' > "$D/imap-password"
chmod 644 "$D/imap-password"
cp "$conf" "$D/pwfile.conf"
printf 'mailbox m {\n\thost imap.example.com\n\tuser support\n\tpassword-file imap-password\n}\n' \
    >> "$D/pwfile.conf"
out=$("$SUPPORTD" -n -c "$D/pwfile.conf" 2>&1)
check_match "password-file 0644: refused" "$out" \
    "^$D/imap-password: it holds a password, and other users can read it"
chmod 600 "$D/imap-password"
check "password-file 0600: accepted" "$SUPPORTD" -n -c "$D/pwfile.conf"

if [ "$(id -u)" -ne 0 ]; then
	echo "t_privs: the privilege switch needs root: skipped"
	t_done; exit $?
fi

# -- As root: no such user, no start.
cp "$conf" "$D/nouser.conf"
echo "user nosuchuser$$" >> "$D/nouser.conf"
out=$("$SUPPORTD" -n -c "$D/nouser.conf" 2>&1); rc=$?
check_eq "user that does not exist: supportd -n fails" "$rc" 1
check_match "user that does not exist: file:line: why" "$out" \
    "^$D/nouser.conf:[0-9]+: user: no user \"nosuchuser$$\" on this system"
if getent passwd supportd >/dev/null; then
	echo "t_privs: a supportd user exists here: the default-user refusal is not tried"
else
	out=$("$SUPPORTD" -f --once -c "$conf" 2>&1); rc=$?
	check_eq "default user supportd missing: root refuses to run" "$rc" 1
	check_match "default user missing: a clear message" "$out" \
	    'refusing to run as root: user "supportd" does not exist'
	check "and created no store as root" test ! -e "$D/none.db"
fi

# -- A throwaway system user; removed at the end whatever happens.
U=sdt$$
useradd --system --user-group --no-create-home --shell /usr/sbin/nologin "$U" ||
    { fail "useradd $U"; t_done; exit 1; }
cleanup() {
	[ -n "${dpid:-}" ] && kill "$dpid" 2>/dev/null
	userdel "$U" 2>/dev/null
	getent group "$U" >/dev/null && groupdel "$U" 2>/dev/null
	return 0
}
trap cleanup EXIT
trap 'exit 1' INT TERM
uid=$(id -u "$U")
gid=$(id -g "$U")

# The admin's side: config root:$U 0640, rules readable; the user's own
# state directory, as /var/lib/supportd is.
S=$T_TMP/state
install -d -m 700 -o "$U" -g "$U" "$S"
P=$T_TMP/p.conf
sed -e "s|^rules.*|rules $D/rules|" -e "s|^templates.*|templates $D/rules/templates|" \
    -e "s|^database.*|database $S/supportd.db|" -e "s|^secret-file.*|secret-file $S/secret|" \
    "$TOP/config/supportd.conf" > "$P"
cat >> "$P" <<EOC
user $U
mailbox probe {
	host 127.0.0.1
	port 1
	tls none
	user probe
	password-command "id -u > $S/who; id -G >> $S/who; echo pw"
}
EOC
chown root:"$U" "$P"
chmod 640 "$P"
chmod -R a+rX "$D/rules"

"$SUPPORTD" -f -v -c "$P" > "$T_TMP/run.log" 2>&1 &
dpid=$!
i=0
while [ $i -lt 120 ] && ! [ -s "$S/who" ]; do sleep 0.5; i=$((i + 1)); done
check_eq "before connecting to a mailbox it runs as $U" "$(head -n 1 "$S/who" 2>&1)" "$uid"
check_eq "with only $U's group" "$(sed -n 2p "$S/who" 2>&1)" "$gid"
st=$(cat /proc/$dpid/status 2>/dev/null)
check_match "real, effective, saved and fs uid: $U" "$st" "^Uid:[[:space:]]+$uid[[:space:]]+$uid[[:space:]]+$uid[[:space:]]+$uid\$"
check_match "real, effective, saved and fs gid: $U" "$st" "^Gid:[[:space:]]+$gid[[:space:]]+$gid[[:space:]]+$gid[[:space:]]+$gid\$"
check_match "no supplementary group of root's" "$st" "^Groups:[[:space:]]*($gid)?[[:space:]]*\$"
check_match "it says so in its log" "$(cat "$T_TMP/run.log")" "running as user $U \\(uid $uid\\)"
check_nomatch "and has nothing to warn about" "$(cat "$T_TMP/run.log")" 'cannot (read|write)'
for f in supportd.db secret; do
	check_eq "$f: $U's, 0600" "$(stat -c '%U %a' "$S/$f" 2>&1)" "$U 600"
done
for f in supportd.db-wal supportd.db-shm; do
	[ -e "$S/$f" ] && check_eq "$f: $U's, 0600" "$(stat -c '%U %a' "$S/$f" 2>&1)" "$U 600"
done

kill -HUP "$dpid"
i=0
while [ $i -lt 120 ] && ! grep -qE 'reloaded|reload failed' "$T_TMP/run.log"; do
	sleep 0.5; i=$((i + 1)); done
check_match "a reload as $U reads config, rules and secret" "$(cat "$T_TMP/run.log")" "reloaded $P"
kill -TERM "$dpid"
wait "$dpid"
check_eq "SIGTERM: a clean exit" "$?" 0
dpid=

# Started as the user itself, as systemd does: its files are its own,
# and a store an older version left 0644 is made private.
chmod 644 "$S/supportd.db"
runuser -u "$U" -- "$SUPPORTD" -f --once -c "$P" > "$T_TMP/asuser.log" 2>&1
check_eq "a later start as $U opens the store root left" "$?" 0
check_eq "a 0644 store is made 0600" "$(stat -c %a "$S/supportd.db")" 600
check_match "and the log says so" "$(cat "$T_TMP/asuser.log")" \
    "supportd.db: was mode 0644, readable by others; now 0600"

# A warning when the config says root; the admin's explicit choice.
sed -e "s|^user .*|user root|" "$P" > "$T_TMP/root.conf"
chmod 600 "$T_TMP/root.conf"
"$SUPPORTD" -f --once -c "$T_TMP/root.conf" > "$T_TMP/root.log" 2>&1
check_match "user root: runs, and warns" "$(cat "$T_TMP/root.log")" 'running as root, as "user root" asks'

# Files are handed over, links are not followed: a secret that is a
# symlink to a root file stops the start, and the file stays root's.
install -d -m 700 "$T_TMP/rootstate"
sed -e "s|$S/|$T_TMP/rootstate/|" "$P" > "$T_TMP/linked.conf"
chmod 600 "$T_TMP/linked.conf"
printf '%064d\n' 7 > "$T_TMP/rootkey"
chmod 600 "$T_TMP/rootkey"
ln -s "$T_TMP/rootkey" "$T_TMP/rootstate/secret"
out=$("$SUPPORTD" -f --once -c "$T_TMP/linked.conf" 2>&1); rc=$?
check_eq "a secret that is a symlink: no start" "$rc" 1
check_match "and why" "$out" "rootstate/secret: not a regular file"
check_eq "the file it points to stays root's" "$(stat -c %U "$T_TMP/rootkey")" root
t_done
