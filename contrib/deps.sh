#!/bin/sh
# deps.sh -- install the Debian packages supportd needs to build and test,
# when they are missing.  As root it runs apt-get; otherwise it names them.
set -u
PKGS="build-essential pkg-config libetpan-dev libcurl4-gnutls-dev libpcre2-dev
libsqlite3-dev libpq-dev postgresql libxml2-dev
libunistring-dev libgnutls28-dev sqlite3 dovecot-imapd dovecot-lmtpd
dovecot-submissiond
opensmtpd openssl curl ca-certificates valgrind clang libclang-rt-14-dev python3
bc time mandoc chromium
dpkg-dev debhelper fakeroot adduser man-db"

missing=""
for p in $PKGS; do
	dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q 'install ok installed' ||
	    missing="$missing $p"
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
	echo "deps: missing Debian packages:$missing" >&2
	echo "deps: run as root: apt-get install$missing" >&2
	exit 1
fi
echo "deps: installing$missing"
export DEBIAN_FRONTEND=noninteractive
# Services must not start from their packages: the tests start their own.
if [ ! -e /usr/sbin/policy-rc.d ]; then
	printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
	chmod 755 /usr/sbin/policy-rc.d
	trap 'rm -f /usr/sbin/policy-rc.d' EXIT
fi
apt-get update -qq || true
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing </dev/null
