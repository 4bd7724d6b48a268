#!/usr/bin/env python3
# compare.py -- supportd's decoding (mime_dump lines on stdin) against
# expect.json, field by field: subject, sender, body text, attachment
# names.  Prints "ok FILE" or "FAIL FILE: field: got ... want ..." per
# message and closing per-field counts.  A difference listed in KNOWN
# (FILE FIELD reason) was checked by hand: supportd is right there.
#
#   build/tests/mime_dump FILES | python3 compare.py [--all]
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ("subject", "sender", "body", "attachments")


def norm(s):
    return " ".join((s or "").replace("\ufffd", "").replace("\ufeff", "")
                    .split())


def words(s):
    return re.findall(r"\w+", s or "")


def same(field, got, want):
    if field == "subject":
        return norm(got["subject"]) == norm(want["subject"])
    if field == "sender":
        # Python drops "addr (Name)" comments; supportd shows them as the
        # name, so a name is compared only where Python found one.
        return got["from_addr"] == want["from_addr"] and \
            (want["from_name"] == "" or
             norm(got["from_name"]) == norm(want["from_name"]))
    if field == "attachments":
        return sorted(norm(a) for a in got["attachments"]) == \
            sorted(norm(a) for a in want["attachments"])
    # Body: the same text; HTML only by its words, since each side turns
    # markup into text its own way.  supportd joins every inline text part
    # of a multipart/mixed, Python shows the first: a prefix matches.
    if want["body_html"]:
        # html.c writes a link as "text <url>"; Python keeps the text only.
        w = words(want["body"])
        g = words(re.sub(r"<[a-z]+:[^>]*>", " ", got["body"]))
        return g[:40] == w[:40]
    g, w = norm(got["body"]), norm(want["body"])
    return g == w or (w != "" and g.startswith(w))


def show(field, d):
    if field == "sender":
        return "%r <%s>" % (norm(d["from_name"]), d["from_addr"])
    if field == "attachments":
        return repr(sorted(d["attachments"]))
    return repr(norm(d[field])[:160])


def main():
    with open(os.path.join(HERE, "expect.json"), encoding="utf-8") as f:
        expect = json.load(f)
    known = {}
    with open(os.path.join(HERE, "KNOWN"), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                k = line.split(None, 2)
                known[(k[0], k[1])] = k[2].strip() if len(k) > 2 else ""
    match = dict.fromkeys(FIELDS, 0)
    nknown = dict.fromkeys(FIELDS, 0)
    n = failed = 0
    for line in sys.stdin:
        got = json.loads(line)
        name = os.path.relpath(got["file"], HERE)
        want = expect.get(name)
        if want is None:
            continue
        n += 1
        if "error" in got:
            failed += 1
            print("FAIL %s: refused: %s" % (name, got["error"]))
            continue
        bad = []
        for fld in FIELDS:
            if same(fld, got, want):
                match[fld] += 1
            elif (name, fld) in known:
                nknown[fld] += 1
            else:
                bad.append("%s: got %s want %s" % (fld, show(fld, got),
                                                   show(fld, want)))
        if bad:
            failed += 1
            print("FAIL %s: %s" % (name, "; ".join(bad)))
        else:
            print("ok %s" % name)
    print("messages %d; match subject %d, sender %d, body %d, "
          "attachments %d; known differences %d; failing %d" %
          (n, match["subject"], match["sender"], match["body"],
           match["attachments"], sum(nknown.values()), failed))


if __name__ == "__main__":
    main()
