#!/usr/bin/env python3
# reportdom.py -- checks for tests/t_report.sh, standard library only:
#   reportdom.py dom DOM.html REPORT.json   every number of the rendered
#       page (its data-* attributes) against `supportctl report --json`,
#       both ways: none missing, none extra, none different
#   reportdom.py png SHOT.png               how much of a screenshot is
#       painted: "PAINTED CHART" (percent of non-white pixels, and
#       pixels of the chart's "opened" blue), decoding the PNG with zlib
import json
import struct
import sys
import zlib
from html.parser import HTMLParser


class Dom(HTMLParser):
    """(scope, name, key) -> value, from data-scope/data-name rows and
    their data-k/data-v cells; days from the chart's data-date groups."""

    def __init__(self):
        super().__init__()
        self.row = None
        self.found = {}
        self.clash = []

    def put(self, k, v):
        if k in self.found and self.found[k] != v:
            self.clash.append((k, self.found[k], v))
        self.found[k] = v

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "tr" and "data-scope" in a:
            # The desk's total row stands under the queues, named "total".
            self.row = (a["data-scope"], "" if a["data-scope"] == "total"
                        else a.get("data-name", ""))
        elif tag == "tr":
            self.row = None
        if "data-k" in a and "data-v" in a:
            scope = (a["data-scope"], "") if "data-scope" in a else self.row
            if scope is not None:
                self.put(scope + (a["data-k"],), a["data-v"])
        if tag == "g" and "data-date" in a:
            for k in ("opened", "closed"):
                self.put(("day", a["data-date"], k), a["data-" + k])


def flat(prefix, obj, out):
    for k, v in obj.items():
        if k == "name":
            continue
        if isinstance(v, dict):
            flat(prefix + k + ".", v, out)
        else:
            out[prefix + k] = v


def expected(rep):
    want = {}
    for scope, rows in (("queue", rep["queues"]), ("agent", rep["agents"])):
        for r in rows:
            f = {}
            flat("", r, f)
            for k, v in f.items():
                want[(scope, r["name"], k)] = v
    f = {}
    flat("", rep["total"], f)
    for k, v in f.items():
        want[("total", "", k)] = v
    for d in rep["days"]:
        want[("day", d["date"], "opened")] = d["opened"]
        want[("day", d["date"], "closed")] = d["closed"]
    for c in rep["oldest_open"]:
        want[("oldest", c["ref"], "age_days")] = c["age_days"]
    return want


def same(dom, js):
    if js is None:
        return dom == ""
    if isinstance(js, float):
        return dom != "" and abs(float(dom) - js) < 0.005
    return dom == str(js)


def check_dom(dompath, jsonpath):
    p = Dom()
    with open(dompath, encoding="utf-8") as f:
        p.feed(f.read())
    with open(jsonpath, encoding="utf-8") as f:
        want = expected(json.load(f))
    # Cards repeat some totals: the page must agree with itself too.
    bad = ["clash %s: %r vs %r" % c for c in p.clash]
    for k, v in want.items():
        if k not in p.found:
            bad.append("missing in the page: %s" % (k,))
        elif not same(p.found[k], v):
            bad.append("%s: page %r, json %r" % (k, p.found[k], v))
    for k in p.found:
        if k not in want:
            bad.append("in the page, not in the json: %s" % (k,))
    for b in bad[:20]:
        print(b, file=sys.stderr)
    print(len(want), len(bad))
    return 0 if not bad else 1


def pixels(path):
    """Rows of RGB(A) bytes of an 8-bit RGB or RGBA PNG, unfiltered."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat = 8, b""
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            w, h, depth, ctype = struct.unpack(">IIBB", body[:10])
        elif kind == b"IDAT":
            idat += body
        pos += 12 + n
    if depth != 8 or ctype not in (2, 6):
        raise ValueError("not 8-bit RGB(A)")
    bpp = 3 if ctype == 2 else 4
    raw = zlib.decompress(idat)
    stride = w * bpp
    prev = bytearray(stride)
    rows = []
    for y in range(h):
        ft = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if ft == 1:
                line[i] = (line[i] + a) & 255
            elif ft == 2:
                line[i] = (line[i] + b) & 255
            elif ft == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif ft == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pr = a if pa <= pb and pa <= pc else b if pb <= pc else c
                line[i] = (line[i] + pr) & 255
        rows.append(bytes(line))
        prev = line
    return w, h, bpp, rows


def check_png(path):
    w, h, bpp, rows = pixels(path)
    painted = blue = 0
    for line in rows:
        for x in range(0, w * bpp, bpp):
            r, g, b = line[x], line[x + 1], line[x + 2]
            if r < 235 or g < 235 or b < 235:
                painted += 1
            # The "opened" bars: #3b6fd8, give or take anti-aliasing.
            if abs(r - 0x3b) < 12 and abs(g - 0x6f) < 12 and \
                    abs(b - 0xd8) < 12:
                blue += 1
    print("%.1f %d" % (100.0 * painted / (w * h), blue))
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "dom":
        sys.exit(check_dom(sys.argv[2], sys.argv[3]))
    if len(sys.argv) == 3 and sys.argv[1] == "png":
        sys.exit(check_png(sys.argv[2]))
    print(__doc__ or "usage: reportdom.py dom|png ...", file=sys.stderr)
    sys.exit(2)
