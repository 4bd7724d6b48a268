#!/usr/bin/env python3
# fake_smtp.py -- a scripted SMTP server on 127.0.0.1, used by
# tests/t_smtp.sh ONLY for AUTH XOAUTH2, which no real server of
# contrib/testservers.sh offers: Dovecot's submission offers the mechanisms
# of its passdbs, and its oauth2 passdb checks a token at an HTTP
# introspection URL, a server we would have to fake in turn.  AUTH PLAIN,
# STARTTLS and 535 are tested against Dovecot's submission service instead.
# It accepts the password "secret" and the bearer token "token-ok", refuses
# others with 535, accepts every message, and writes what the client sent
# to LOG, one line each, so a test can check the dialogue.
#
#   fake_smtp.py PORTFILE LOG     (writes the port it listens on to PORTFILE)
import base64
import socket
import sys
import threading

portfile, logpath = sys.argv[1], sys.argv[2]
logf = open(logpath, "a", buffering=1)
lock = threading.Lock()


def log(line):
    with lock:
        logf.write(line + "\n")


def authorized(mech, arg):
    try:
        raw = base64.b64decode(arg)
    except Exception:
        return False
    if mech == "PLAIN":
        parts = raw.split(b"\0")
        return len(parts) == 3 and parts[2] == b"secret"
    if mech == "XOAUTH2":
        return b"auth=Bearer token-ok\x01" in raw
    return False


def session(c):
    f = c.makefile("rb")

    def say(s):
        c.sendall(s.encode() + b"\r\n")

    say("220 fake ESMTP")
    while True:
        line = f.readline()
        if not line:
            return
        line = line.rstrip(b"\r\n").decode("latin-1")
        log(line)
        verb = line.split(" ", 1)[0].upper()
        if verb in ("EHLO", "HELO"):
            c.sendall(b"250-fake\r\n250-AUTH PLAIN XOAUTH2\r\n250 8BITMIME\r\n")
        elif verb == "AUTH":
            words = line.split()
            mech = words[1].upper() if len(words) > 1 else ""
            if len(words) > 2:
                arg = words[2]
            else:
                say("334 ")
                arg = f.readline().rstrip(b"\r\n").decode("latin-1")
                log(arg)
            if authorized(mech, arg):
                say("235 2.7.0 Authentication successful")
            else:
                say("535 5.7.8 Authentication credentials invalid")
        elif verb in ("MAIL", "RCPT", "RSET", "NOOP"):
            say("250 2.0.0 Ok")
        elif verb == "DATA":
            say("354 go ahead")
            n = 0
            while True:
                d = f.readline()
                if not d or d == b".\r\n":
                    break
                n += 1
            log("(%d lines of data)" % n)
            say("250 2.0.0 Ok: queued")
        elif verb == "QUIT":
            say("221 2.0.0 Bye")
            return
        else:
            say("500 5.5.1 Unknown command")


ls = socket.socket()
ls.bind(("127.0.0.1", 0))
ls.listen(16)
with open(portfile + ".tmp", "w") as p:
    p.write("%d\n" % ls.getsockname()[1])
import os
os.rename(portfile + ".tmp", portfile)
while True:
    conn, _ = ls.accept()

    def run(c=conn):
        try:
            session(c)
        except OSError:
            pass
        finally:
            c.close()

    threading.Thread(target=run, daemon=True).start()
