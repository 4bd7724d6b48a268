#!/usr/bin/env python3
# jsonq.py -- evaluate a Python expression over JSON read from stdin, for
# the shell test suites:  supportctl cases --json | jsonq.py 'len(d)'
import json
import sys

d = json.load(sys.stdin)
r = eval(sys.argv[1], {"d": d, "json": json})
if isinstance(r, (dict, list)):
    print(json.dumps(r, ensure_ascii=False))
elif isinstance(r, bool):
    print("true" if r else "false")
else:
    print(r)
