#!/usr/bin/env python3
# hostile_imap.py -- a scripted IMAP server for what no real server does:
# it misbehaves in the way MODE names, so the tests can show that
# daemon/imap.c survives it.  Serves one client on 127.0.0.1, printing its
# port on stdout first.
#
#   hostile_imap.py MODE [DIR]
#
#   deep-fetch     UID FETCH answered with 200,000 "(" in a BODYSTRUCTURE
#   deep-caps      the same in clear text, answering CAPABILITY before
#                  STARTTLS (what an attacker on the path can inject)
#   literals-idle  200,000 "* OK {0}" lines while IDLE runs
#   huge-literal   RFC822.SIZE 100, then a 1.5 GB literal for BODY.PEEK[]
#   slow-greeting  the greeting, one byte every 2 s
#   slow-fetch     a message body, one byte every 2 s
#   slow-tls       implicit TLS whose handshake comes a byte every 2 s
#                  (DIR holds cert.pem and key.pem)
#   slow-starttls  the same after STARTTLS
#   unavailable    UID FETCH refused: NO [UNAVAILABLE]
#   inuse          UID FETCH refused: NO [INUSE]
#   no             UID FETCH refused: a bare NO
#   drop           the connection closed in the middle of UID FETCH
#   courier        DIR/*.eml are the folder's messages, UIDs by file name
#                  order; like Courier (and as RFC 3501 allows) the
#                  session sees mail delivered after SELECT only after a
#                  NOOP, CHECK or IDLE
import os
import socket
import sys
import time

mode = sys.argv[1]
mdir = sys.argv[2] if len(sys.argv) > 2 else None
CAPS = b"IMAP4rev1 IDLE UIDPLUS"

srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(1)
print(srv.getsockname()[1], flush=True)
c, _ = srv.accept()
srv.close()
f = c.makefile("rb")


def send(b):
    try:
        c.sendall(b)
    except OSError:
        sys.exit(0)


def trickle(b):
    for i in range(len(b)):
        send(b[i:i + 1])
        time.sleep(2)


def messages():
    names = sorted(n for n in os.listdir(mdir) if n.endswith(".eml"))
    return [open(os.path.join(mdir, n), "rb").read() for n in names]


# The session's view of the folder: what it was told by EXISTS.
view = messages() if mode == "courier" else [b"Subject: x\r\n\r\nhi\r\n"]


def refresh():
    global view
    now = messages()
    if len(now) > len(view):
        view = now
        send(b"* %d EXISTS\r\n" % len(view))




def trickle_tls():
    # A real TLS server behind us; its bytes go out one every 2 s.
    import ssl
    import threading
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(os.path.join(mdir, "cert.pem"),
                        os.path.join(mdir, "key.pem"))
    inner = socket.socket()
    inner.bind(("127.0.0.1", 0))
    inner.listen(1)

    def serve():
        t, _ = inner.accept()
        try:
            t = ctx.wrap_socket(t, server_side=True)
            t.sendall(b"* OK hi\r\n")
            time.sleep(600)
        except OSError:
            pass
    threading.Thread(target=serve, daemon=True).start()
    u = socket.create_connection(inner.getsockname())

    def up():
        try:
            while True:
                x = c.recv(65536)
                if not x:
                    return
                u.sendall(x)
        except OSError:
            return
    threading.Thread(target=up, daemon=True).start()
    while True:
        x = u.recv(1)
        if not x:
            break
        send(x)
        time.sleep(2)
    sys.exit(0)


if mode == "slow-tls":
    trickle_tls()
if mode == "slow-starttls":
    send(b"* OK [CAPABILITY IMAP4rev1 STARTTLS] hi\r\n")
    line = f.readline()
    send(line.split()[0] + b" OK Begin TLS\r\n")
    trickle_tls()
if mode == "slow-greeting":
    trickle(b"* OK [CAPABILITY " + CAPS + b"] hello\r\n")
    sys.exit(0)
if mode == "deep-caps":
    send(b"* OK hi\r\n")      # no capabilities: the client must ask
else:
    send(b"* OK [CAPABILITY " + CAPS + b"] hi\r\n")



def lines():
    try:
        yield from f
    except OSError:
        return


for line in lines():
    words = line.split()
    if len(words) < 2:
        continue
    tag, cmd = words[0], words[1].upper()
    rest = line.upper()
    if cmd == b"CAPABILITY":
        if mode == "deep-caps":
            send(b"* 1 FETCH (BODYSTRUCTURE " + b"(" * 200000 + b"\r\n")
            continue
        send(b"* CAPABILITY " + CAPS + b"\r\n" + tag + b" OK done\r\n")
    elif cmd == b"LOGIN":
        send(tag + b" OK logged in\r\n")
    elif cmd == b"SELECT":
        send(b"* %d EXISTS\r\n* OK [UIDVALIDITY 7] ok\r\n" % len(view) +
             tag + b" OK [READ-WRITE] selected\r\n")
    elif cmd in (b"NOOP", b"CHECK"):
        if mode == "courier":
            refresh()
        send(tag + b" OK done\r\n")
    elif cmd == b"LOGOUT":
        send(b"* BYE bye\r\n" + tag + b" OK out\r\n")
        break
    elif cmd == b"IDLE":
        send(b"+ idling\r\n")
        if mode == "literals-idle":
            send(b"* OK {0}\r\n" * 200000 + b"* 1 EXISTS\r\n")
        elif mode == "courier":
            refresh()
    elif cmd == b"DONE":
        pass
    elif cmd == b"UID" and words[2].upper() == b"SEARCH":
        uids = b" ".join(b"%d" % (i + 1) for i in range(len(view)))
        send(b"* SEARCH " + uids + b"\r\n" + tag + b" OK done\r\n")
    elif cmd == b"UID" and words[2].upper() == b"FETCH":
        uid = int(words[3])
        if mode == "deep-fetch":
            send(b"* 1 FETCH (UID %d BODYSTRUCTURE " % uid +
                 b"(" * 200000 + b"\r\n")
        elif mode == "unavailable":
            send(tag + b" NO [UNAVAILABLE] Temporary failure, try later\r\n")
        elif mode == "inuse":
            send(tag + b" NO [INUSE] Mailbox in use by another session\r\n")
        elif mode == "no":
            send(tag + b" NO Cannot read that message now\r\n")
        elif mode == "drop":
            c.close()
            sys.exit(0)
        elif b"RFC822.SIZE" in rest:
            size = 100 if mode == "huge-literal" else len(view[uid - 1])
            send(b"* %d FETCH (UID %d RFC822.SIZE %d)\r\n" % (uid, uid, size) +
                 tag + b" OK done\r\n")
        elif mode == "huge-literal":
            send(b"* %d FETCH (UID %d BODY[] {1500000000}\r\n" % (uid, uid))
            chunk = b"x" * 65536
            for _ in range(1500000000 // 65536):
                send(chunk)
        else:
            body = view[uid - 1]
            head = b"* %d FETCH (UID %d BODY[] {%d}\r\n" % (uid, uid,
                                                          len(body))
            if mode == "slow-fetch":
                send(head)
                trickle(body)
            else:
                send(head + body + b")\r\n" + tag + b" OK done\r\n")
    else:
        send(tag + b" BAD unknown command\r\n")
