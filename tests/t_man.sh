#!/bin/sh
# t_man.sh -- the man pages are part of every feature: each one must pass
# mandoc's lint at warning level and name every keyword the code knows.
# The words come from the code's own tables (build/tests/keywords), so a
# refactor cannot make this find no keyword and pass.
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

# documented PAGE WORD: ".It Ic WORD", alone or in a list ("Ic a , b").
documented() {
	grep -qE "^\.(It )?Ic ([a-z-]+ , )*$2( |$)" "$1"
}

KW=build/tests/keywords
if [ ! -x "$KW" ]; then
	fail "$KW is not built"
	t_done
	exit 1
fi
words=$("$KW")
for kind in status:5 priority:4 rules-field:12 rules-action:12 config:30; do
	n=$(printf '%s\n' "$words" | grep -c "^${kind%%:*} ")
	if [ "$n" -ge "${kind##*:}" ]; then ok "$kind: $n words"; else
		fail "${kind%%:*}: only $n words read from the tables"; fi
done
printf '%s\n' "$words" | while read -r kind w; do
	case $kind in
	status|priority)
		grep -qw -- "$w" man/supportd.rules.5 ||
		    echo "supportd.rules(5) does not name $kind \"$w\"" ;;
	rules-field|rules-action)
		documented man/supportd.rules.5 "$w" ||
		    echo "supportd.rules(5) does not document \"$w\"" ;;
	esac
done > "$T_TMP/missing"
check_eq "every table word is in the man pages" "$(cat "$T_TMP/missing")" ""

# Every keyword config.c accepts is documented in supportd.conf(5): the
# top-level ones from its table, those of the blocks (and the blocks'
# own names) from the comparisons that read them.
n=0
for kw in $({ printf '%s\n' "$words" | sed -n 's/^config //p'
    grep -o 'strcmp(tok\[0\], "[a-z-]*")' daemon/config.c |
    sed 's/.*"\(.*\)".*/\1/'; } | sort -u); do
	n=$((n + 1))
	if documented man/supportd.conf.5 "$kw"; then ok "$kw"; else
		fail "supportd.conf(5) does not document \"$kw\""; fi
done
if [ "$n" -ge 20 ]; then ok "config: $n keywords"; else
	fail "config: only $n keywords found in config.c"; fi
t_done
