#!/bin/sh
# t_install.sh -- the Debian package as an admin meets it: build it from
# the tree, dpkg -i it, check what it put where (user, state directory,
# conffile and its mode, unit not enabled), run supportd -n on the
# installed example, then dpkg --purge it and find the machine as it was.
# Needs root, dpkg-buildpackage and debhelper; skips with a message when
# it cannot run, or when supportd is already on this machine (it would
# not leave that as it was).
. "$(dirname "$0")/lib.sh"
cd "$TOP"

skip() { echo "t_install: skipped: $*"; t_done; exit 0; }

# --version and -h/--help: exit 0, on stdout; a wrong option: exit 2.
for p in supportd supportctl; do
	out=$("$TOP/$p" --version 2>"$T_TMP/err"); rc=$?
	check_eq "$p --version" "$rc:$out:$(cat "$T_TMP/err")" "0:$p $(cat VERSION):"
	for h in -h --help; do
		out=$("$TOP/$p" $h 2>"$T_TMP/err"); rc=$?
		check_eq "$p $h: exit 0, nothing on stderr" "$rc:$(cat "$T_TMP/err")" "0:"
		check_match "$p $h: usage on stdout" "$out" "^usage: $p "
	done
	"$TOP/$p" --no-such-option >/dev/null 2>"$T_TMP/err"; rc=$?
	check_eq "$p --no-such-option: exit 2" "$rc" 2
	check_match "$p --no-such-option: usage on stderr" "$(cat "$T_TMP/err")" "^usage: $p "
done

# make install into a DESTDIR, twice: the second keeps the admin's config.
DI=$T_TMP/destdir
if ! make -s install DESTDIR="$DI" PREFIX=/usr/local > "$T_TMP/install1.log" 2>&1; then
	fail "make install: $(tail -n 10 "$T_TMP/install1.log")"
fi
for f in /usr/local/sbin/supportd /usr/local/bin/supportctl \
    /usr/local/share/man/man8/supportd.8 /usr/local/share/man/man5/supportd.conf.5 \
    /usr/local/share/supportd/examples/supportd.conf \
    /usr/local/share/supportd/examples/rules/templates/ack.pl.txt \
    /usr/local/lib/systemd/system/supportd.service /etc/supportd/supportd.conf \
    /etc/supportd/rules/00-priority.rules; do
	check "make install: $f" test -f "$DI$f"
done
check_match "make install: the unit names PREFIX's binary" \
    "$(cat "$DI/usr/local/lib/systemd/system/supportd.service")" '^ExecStart=/usr/local/sbin/supportd '
check_eq "make install: config 0640" "$(stat -c %a "$DI/etc/supportd/supportd.conf")" 640
check_match "make install: the store goes to /var/lib/supportd" \
    "$(cat "$DI/etc/supportd/supportd.conf")" '^secret-file[[:space:]]+/var/lib/supportd/secret$'
check "make install: supportd -n accepts the installed example" \
    "$SUPPORTD" -n -c "$DI/etc/supportd/supportd.conf"
echo "# the admin's line" >> "$DI/etc/supportd/supportd.conf"
make -s install DESTDIR="$DI" PREFIX=/usr/local > "$T_TMP/install2.log" 2>&1
check_match "make install again: says it left the config" "$(cat "$T_TMP/install2.log")" \
    'supportd.conf exists: left as it is'
check_match "make install again: the admin's config is kept" \
    "$(tail -n 1 "$DI/etc/supportd/supportd.conf")" "^# the admin's line\$"

[ "$(id -u)" -eq 0 ] || skip "the package part needs root (dpkg -i)"
for c in dpkg-buildpackage dh fakeroot; do
	command -v "$c" >/dev/null 2>&1 || skip "no $c (contrib/deps.sh installs it)"
done
if dpkg-query -W -f='${Status}' supportd 2>/dev/null | grep -q 'installed\|config-files'; then
	skip "the supportd package is already installed here"
fi
if getent passwd supportd >/dev/null || getent group supportd >/dev/null ||
    [ -e /etc/supportd ] || [ -e /var/lib/supportd ]; then
	skip "a supportd user, /etc/supportd or /var/lib/supportd exists already"
fi

# What the machine looks like before: the paths the package touches.
state() {
	for p in /etc/supportd /var/lib/supportd /usr/sbin/supportd \
	    /usr/bin/supportctl /usr/share/supportd /usr/share/doc/supportd \
	    /lib/systemd/system/supportd.service \
	    /etc/systemd/system/multi-user.target.wants/supportd.service; do
		[ -e "$p" ] || [ -L "$p" ] && echo "$p"
	done
	getent passwd supportd
	getent group supportd
	dpkg-statoverride --list /etc/supportd/supportd.conf
}
before=$(state 2>/dev/null)

VERSION=$(cat VERSION)
if ! make -s package > "$T_TMP/package.log" 2>&1; then
	fail "make package: $(tail -n 20 "$T_TMP/package.log")"
	t_done; exit 1
fi
DEB=build/pkg/supportd_${VERSION}_$(dpkg --print-architecture).deb
check "make package builds $DEB" test -f "$DEB"
check_eq "debian/changelog and VERSION agree" \
    "$(dpkg-parsechangelog -l debian/changelog -S Version)" "$VERSION"

# The file list: every file an admin expects, nothing from the build.
list=$(dpkg-deb -c "$DEB" | awk '{print $6}' | sed 's|^\./|/|')
echo "$list" > "$T_TMP/filelist"
for f in /usr/sbin/supportd /usr/bin/supportctl \
    /usr/share/man/man8/supportd.8.gz /usr/share/man/man1/supportctl.1.gz \
    /usr/share/man/man5/supportd.conf.5.gz /usr/share/man/man5/supportd.rules.5.gz \
    /usr/share/supportd/examples/supportd.conf \
    /usr/share/supportd/examples/rules/90-general.rules \
    /usr/share/supportd/examples/rules/templates/ack.en.txt \
    /lib/systemd/system/supportd.service \
    /etc/supportd/supportd.conf /etc/supportd/rules/90-general.rules \
    /etc/supportd/rules/templates/ack.el.txt; do
	check_match "package holds $f" "$list" "^$f\$"
done
check_nomatch "no object files or test binaries in the package" "$list" '\.o$|/tests?/|\.a$'
check_nomatch "the package does not ship the store" "$list" '\.db$|/var/lib/'
deps=$(dpkg-deb -f "$DEB" Depends)
check_match "depends on the runtime libraries" "$deps" 'libetpan.*libcurl|libcurl.*libetpan'
check_nomatch "and on no -dev package or server" "$deps" '-dev|dovecot|opensmtpd|debhelper'
check_match "conffile: /etc/supportd/supportd.conf" \
    "$(dpkg-deb -I "$DEB" conffiles)" '^/etc/supportd/supportd.conf$'

# Install.  Services must not start from a package during a test.
if ! dpkg -i "$DEB" > "$T_TMP/install.log" 2>&1 </dev/null; then
	fail "dpkg -i: $(tail -n 20 "$T_TMP/install.log")"
fi
check_match "dpkg: installed" "$(dpkg-query -W -f='${Status}' supportd 2>&1)" \
    'install ok installed'
check "postinst created the supportd system user" getent passwd supportd
uid=$(id -u supportd 2>/dev/null || echo 0)
check "a system uid (below 1000), not root" test "$uid" -gt 0 -a "$uid" -lt 1000
check_match "with no login shell" "$(getent passwd supportd)" '(nologin|false)$'
check_eq "/var/lib/supportd: 0700 supportd:supportd" \
    "$(stat -c '%a %U:%G' /var/lib/supportd 2>&1)" "700 supportd:supportd"
check_eq "/etc/supportd/supportd.conf: 0640 root:supportd" \
    "$(stat -c '%a %U:%G' /etc/supportd/supportd.conf 2>&1)" "640 root:supportd"
check "the unit is not enabled" test ! -e \
    /etc/systemd/system/multi-user.target.wants/supportd.service
check_match "the installed unit runs /usr/sbin/supportd" \
    "$(cat /lib/systemd/system/supportd.service)" '^ExecStart=/usr/sbin/supportd -f -c /etc/supportd/supportd.conf$'
check_match "with UMask=0077" "$(cat /lib/systemd/system/supportd.service)" '^UMask=0077$'
check_match "the installed config keeps the store in /var/lib/supportd" \
    "$(cat /etc/supportd/supportd.conf)" '^database[[:space:]]+/var/lib/supportd/supportd.db$'

check_eq "supportd --version" "$(/usr/sbin/supportd --version 2>&1)" "supportd $VERSION"
check_eq "supportctl --version" "$(/usr/bin/supportctl --version 2>&1)" "supportctl $VERSION"
out=$(/usr/sbin/supportd -n 2>&1); rc=$?
check_eq "supportd -n on the installed example: exit 0" "$rc" 0
check_match "supportd -n: configuration OK" "$out" '^/etc/supportd/supportd.conf: configuration OK'
out=$(runuser -u supportd -- /usr/sbin/supportd -n 2>&1); rc=$?
check_eq "and as the supportd user (what the unit's ExecStartPre does)" "$rc" 0
check_match "man supportd finds the page" "$(man -w supportd 2>&1)" '/usr/share/man/man8/supportd.8'

# The daemon as root on the installed desk switches to supportd: the
# store and the secret it creates belong to that user, 0600.
/usr/sbin/supportd -f --once > "$T_TMP/once.log" 2>&1; rc=$?
check_eq "supportd --once as root on the installed desk: exit 0" "$rc" 0
check_match "it ran as user supportd" "$(cat "$T_TMP/once.log")" 'running as user supportd'
check_eq "store: 0600 supportd" \
    "$(stat -c '%a %U' /var/lib/supportd/supportd.db 2>&1)" "600 supportd"
check_eq "secret: 0600 supportd" \
    "$(stat -c '%a %U' /var/lib/supportd/secret 2>&1)" "600 supportd"

# Purge: nothing of it is left.
if ! dpkg --purge supportd > "$T_TMP/purge.log" 2>&1 </dev/null; then
	fail "dpkg --purge: $(tail -n 20 "$T_TMP/purge.log")"
fi
check_eq "dpkg: not installed after purge" \
    "$(dpkg-query -W -f='${Status}' supportd 2>/dev/null)" ""
after=$(state 2>/dev/null)
check_eq "the machine is as it was before the install" "$after" "$before"
left=""
for f in $list; do
	[ "$f" = / ] && continue
	case $f in */) continue ;; esac
	[ -e "$f" ] && left="$left $f"
done
check_eq "no file of the package is left" "$left" ""
t_done
