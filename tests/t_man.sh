#!/bin/sh
# t_man.sh -- the man pages are part of every feature: each one must pass
# mandoc's lint at warning level and name every keyword the code knows.
. "$(dirname "$0")/lib.sh"
cd "$TOP"
for m in man/supportd.8 man/supportctl.1 man/supportd.conf.5 man/supportd.rules.5; do
	if [ ! -f "$m" ]; then
		fail "$m is missing"
		continue
	fi
	out=$(mandoc -T lint -W warning "$m" 2>&1 | grep -v 'outdated mandoc.db' |
	    grep -v 'referenced manual not found')
	check_eq "$m: mandoc lint" "$out" ""
done
# Every keyword config.c accepts is documented in supportd.conf(5).
for kw in $(grep -o 'strcmp(tok\[0\], "[a-z-]*")' daemon/config.c |
    sed 's/.*"\(.*\)".*/\1/' | sort -u); do
	if grep -qE "^\.(It )?Ic $kw( |$)" man/supportd.conf.5; then ok "$kw"; else
		fail "supportd.conf(5) does not document \"$kw\""; fi
done
t_done
