#!/usr/bin/env python3
# oracle.py -- the independent decoding of the external corpus: Python's
# email package (policy=default) reads every message and writes what it
# finds (subject, sender, body text, attachment names) to expect.json.
# Run it again only when files are added; differences that were checked
# by hand and where supportd is right are listed in KNOWN, not edited here.
#
#   python3 tests/corpus/external/oracle.py > tests/corpus/external/expect.json
import email
import email.policy
import html.parser
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


class Text(html.parser.HTMLParser):
    """HTML to its text, scripts and styles dropped."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


# Labels that WHATWG (what every browser and mail client does) reads as
# windows-1252: bytes 0x80-0x9F are letters and quotes there, not C1
# controls.  8-bit bytes under an ASCII label are UTF-8 when valid.
LATIN1 = ("iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "cp819",
          "ibm819", "iso_8859-1")
ASCII = ("us-ascii", "ascii", "x-unknown", "unknown-8bit", None)


def content(part):
    raw = part.get_payload(decode=True) or b""
    label = part.get_content_charset()
    if label in LATIN1:
        return raw.decode("windows-1252", "replace")
    if label in ASCII or label in ("utf-8", "utf8"):
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            if label in ("utf-8", "utf8"):
                return raw.decode("utf-8", "replace")
            return raw.decode("windows-1252", "replace")
    try:
        c = part.get_content()
    except Exception:
        # An unknown label: UTF-8 when valid, else windows-1252, the
        # documented fallback of both parsers.
        try:
            c = raw.decode("utf-8")
        except UnicodeDecodeError:
            c = raw.decode("windows-1252", "replace")
    if isinstance(c, bytes):
        c = c.decode("utf-8", "replace")
    return c if isinstance(c, str) else ""


def sender(msg):
    try:
        h = msg["From"]
    except Exception:
        return "", ""
    if h is None:
        return "", ""
    try:
        addrs = h.addresses
    except Exception:
        return "", ""
    # Not exactly one mailbox: no sender to answer.  Python repairs some
    # of these ("a@b c@d" -> a@b) and says so in a defect.
    if len(addrs) != 1 or not addrs[0].username or not addrs[0].domain or \
            any("invalid address" in str(d) or "between words" in str(d)
                for d in h.defects):
        return "", ""
    a = addrs[0]
    return a.display_name, a.username + "@" + a.domain.lower()


def attachments(msg):
    names, stack = [], [msg]
    while stack:
        p = stack.pop(0)
        if p.is_multipart() and p.get_content_maintype() == "multipart":
            stack[0:0] = list(p.iter_parts())
            continue
        ctype = p.get_content_type()
        if ctype.startswith("text/") and not p.is_attachment():
            continue
        name = p.get_filename()
        if not name and ctype in ("message/rfc822", "message/global"):
            sub = p.get_payload(0) if p.is_multipart() else None
            s = str(sub["Subject"] or "").strip() if sub is not None else ""
            name = s or "forwarded message"
        names.append(" ".join((name or "").split()))
    return sorted(names)


def oracle(path):
    with open(path, "rb") as f:
        msg = email.message_from_binary_file(f, policy=email.policy.default)
    try:
        subject = str(msg["Subject"] or "")
    except Exception:
        subject = ""
    name, addr = sender(msg)
    body, is_html = "", 0
    try:
        part = msg.get_body(preferencelist=("plain", "html"))
    except Exception:
        part = None
    if part is not None:
        body = content(part)
        if part.get_content_subtype() == "html":
            t = Text()
            t.feed(body)
            body, is_html = " ".join(t.out), 1
    return {"subject": " ".join(subject.split()), "from_name": name,
            "from_addr": addr, "body": body, "body_html": is_html,
            "attachments": attachments(msg)}


def clean(v):
    """Raw bytes Python could not decode (surrogate escapes) as U+FFFD."""
    if isinstance(v, str):
        return v.encode("utf-8", "surrogateescape").decode("utf-8",
                                                            "replace")
    if isinstance(v, list):
        return [clean(x) for x in v]
    if isinstance(v, dict):
        return {k: clean(x) for k, x in v.items()}
    return v


def main():
    out = {}
    for d in sorted(os.listdir(HERE)):
        if not os.path.isdir(os.path.join(HERE, d)) or d == "licences":
            continue
        for f in sorted(os.listdir(os.path.join(HERE, d))):
            out[d + "/" + f] = clean(oracle(os.path.join(HERE, d, f)))
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
