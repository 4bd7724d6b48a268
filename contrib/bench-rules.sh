#!/bin/sh
# bench-rules.sh -- the rule engine's cost per rule: "supportctl rules eval"
# of the labelled corpus with the shipped rules plus 100, then 1,000
# generated rules (each a few alternatives of words, on subject and body,
# a tenth of them words the corpus holds; "continue", so every rule is
# tried on every mail), timed alternately ROUNDS times (default 3).
#
#   contrib/bench-rules.sh [SUPPORTCTL...]
#
# Prints the median CPU seconds (user + system: steadier than wall time on a
# shared machine) of each and the ratio 1,000 / 100 for every
# supportctl given (default: this checkout's).  The eval figures must not
# change with the generated rules: they only tag.
set -u
TOP=$(cd "$(dirname "$0")/.." && pwd)
ROUNDS=${ROUNDS:-3}
W=$(mktemp -d /tmp/supportd-bench-rules.XXXXXX)
trap '[ -n "${KEEP:-}" ] || rm -rf "$W"' EXIT INT TERM
[ $# -gt 0 ] || set -- "$TOP/supportctl"

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# gen N FILE: N rules of made-up words (and a few real ones).
gen() {
	python3 - "$1" > "$2" <<'PY'
import random, sys
random.seed(13)
real = ["invoice", "refund", "factura", "password", "crash", "faktura",
        "login", "delivery", "pedido", "error", "konto", "printer"]
def word():
    if random.random() < 0.1:
        return random.choice(real)
    return "".join(random.choice("bcdfghjklmnprstvwz") +
                   random.choice("aeiou") for _ in range(random.randint(2, 4)))
for i in range(int(sys.argv[1])):
    a = "|".join(word() for _ in range(random.randint(1, 4)))
    b = "|".join(word() + (" " + word() if random.random() < 0.3 else "")
                 for _ in range(random.randint(1, 4)))
    op = "~~" if i % 3 == 0 else "~"
    print("rule gen%d\n  when subject %s /%s/\n    or body %s /%s/\n"
          "  tag gen%d\n  continue\n" % (i, op, a, op, b, i))
PY
}

for n in 100 1000; do
	mkdir -p "$W/r$n"
	cp -R "$TOP/rules/." "$W/r$n/"
	gen $n "$W/r$n/05-generated.rules"
	sed -e "s|^rules.*|rules $W/r$n|" \
	    -e "s|^templates.*|templates $W/r$n/templates|" \
	    -e "s|^database.*|database $W/x.db|" \
	    -e "s|^secret-file.*|secret-file $W/secret|" \
	    "$TOP/config/supportd.conf" > "$W/c$n.conf"
	chmod 600 "$W/c$n.conf"
done
head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$W/secret"
chmod 600 "$W/secret"

# The corpus REPEAT times over (default 4), so that the time to compile
# the rules counts little beside the time to evaluate them.
CORPUS=
i=0
while [ $i -lt "${REPEAT:-4}" ]; do
	CORPUS="$CORPUS $TOP/tests/corpus/labelled"
	i=$((i + 1))
done

k=0
for ctl in "$@"; do
	k=$((k + 1))
	: > "$W/$k.100"
	: > "$W/$k.1000"
done
r=0
while [ $r -lt "$ROUNDS" ]; do
	k=0
	for ctl in "$@"; do
		k=$((k + 1))
		for n in 100 1000; do
			/usr/bin/time -f "%U %S" -o "$W/t" "$ctl" -c "$W/c$n.conf" \
			    rules eval $CORPUS > "$W/out.$k.$n" 2>&1
			awk '{ print $1 + $2 }' "$W/t" >> "$W/$k.$n"
		done
	done
	r=$((r + 1))
done
k=0
for ctl in "$@"; do
	k=$((k + 1))
	a=$(median < "$W/$k.100")
	b=$(median < "$W/$k.1000")
	printf '%s: 100 rules %.2f s CPU, 1000 rules %.2f s CPU, ratio %.2f; eval "all": %s\n' \
	    "$ctl" "$a" "$b" "$(echo "$b / $a" | bc -l)" \
	    "$(grep '^all ' "$W/out.$k.1000" | tr -s ' ')"
done
