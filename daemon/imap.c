/*
 * imap.c -- one IMAP mailbox read with libetpan: connect (plain, STARTTLS
 * or implicit TLS), verify the server certificate ourselves, log in, SELECT,
 * list new UIDs, fetch raw messages without setting \Seen (a batch in
 * pipelined commands: its sizes at once, then its bodies with several
 * commands in flight), flag or move a message once the store has
 * committed it, and wait in IDLE.
 *
 * libetpan's GnuTLS backend never verifies the peer: it hands us whatever
 * chain the server sent.  So every TLS connection is checked here, against
 * the system trust store or the configured CA file, host name included,
 * before a password is ever sent.
 *
 * Every byte from the server passes a guard (a stream driver under
 * libetpan's parser) that bounds nesting, length and literals and holds
 * each command to an overall deadline: the parser recurses, and a server
 * can send anything, as slowly as it likes.
 *
 * Servers differ: a relative processed folder gets the personal namespace
 * prefix (Courier, Cyrus: "INBOX."), new mail is asked for with NOOP before
 * a search, and without MOVE or UIDPLUS a copy stays \Deleted unless a
 * plain EXPUNGE can only remove what is ours.
 *
 * Every error is returned as -1 with a cause (without the mailbox's name:
 * the caller's log line has it); a broken connection is just such an
 * error, and the caller reconnects with its own backoff.
 */
#include <sys/types.h>
#include <sys/socket.h>
#include <arpa/inet.h>
#include <netinet/in.h>

#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <gnutls/gnutls.h>
#include <gnutls/x509.h>
#include <libetpan/libetpan.h>

#include "imap.h"
#include "rawmsg.h"
#include "log.h"
#include "mime.h"
#include "xmalloc.h"

#define IMAP_DEFAULT_TIMEOUT	60
/* Servers drop an IDLE after 30 minutes (RFC 2177 asks clients to re-IDLE
 * before 29); we leave a margin for slow links. */
#define IMAP_IDLE_MAX		(25 * 60)

struct guard;

struct imap_session {
	mailimap	*imap;
	char		*name;		/* for log lines */
	char		*host;
	char		*folder;	/* UTF-8, for log lines and causes */
	char		*move_to;
	char		*folder_mb;	/* the same in modified UTF-7, for */
	char		*move_to_mb;	/* the wire (RFC 3501 5.1.3) */
	int		 timeout;
	int		 authed;	/* protocol trace allowed from here on */
	int		 broken;	/* connection lost: no LOGOUT */
	uint32_t	 uidvalidity;
	int		 has_idle;
	int		 has_move;
	int		 has_uidplus;
	int		 move_to_ready;	/* target folder known to exist */
	int		 fallback;	/* no processed folder: flag \Seen */
	int		 expunge;	/* plain EXPUNGE allowed (no UIDPLUS) */
	int		 temporary;	/* the last failure may pass: retry */
	struct guard	*guard;		/* bounds what the server sends */
	uint32_t	 ours_lo;	/* UIDs in (ours_lo, ours_hi] flagged */
	uint32_t	 ours_hi;	/* \Deleted by us, after copying */
	int		 warned_deleted; /* said once: \Deleted left */
	MMAPString	*idle_buf;	/* non-NULL while IDLE runs */
	char		 idle_tag[24];
	int		 idle_news;	/* EXISTS or RECENT seen in IDLE */
	struct plan	*plan;		/* a batch being fetched, or NULL */
};

/*
 * A mailbox name from UTF-8 to IMAP's modified UTF-7: printable ASCII as
 * is ("&" as "&-"), anything else as UTF-16 in base64 with "," for "/"
 * between "&" and "-".  NULL when the name is not valid UTF-8.
 */
static char *
mutf7_encode(const char *in)
{
	static const char b64[] =
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+,";
	const unsigned char	*p = (const unsigned char *)in;
	struct buf		 b;
	uint32_t		 c, bits = 0;
	int			 nbits = 0, in_b64 = 0, len, i;
	unsigned int		 u[2], nu, k;

	buf_init(&b, 4 * strlen(in) + 16);
	while (*p != '\0') {
		if (*p >= 0x20 && *p < 0x7f) {
			if (in_b64) {
				if (nbits > 0)
					buf_addc(&b, b64[(bits << (6 - nbits)) &
					    0x3f]);
				buf_addc(&b, '-');
				in_b64 = 0;
				nbits = 0;
				bits = 0;
			}
			if (*p == '&')
				buf_adds(&b, "&-");
			else
				buf_addc(&b, (char)*p);
			p++;
			continue;
		}
		/* One UTF-8 sequence, strictly: no overlongs, no surrogates. */
		if (*p < 0x80)
			goto bad;	/* control characters */
		else if ((*p & 0xe0) == 0xc0) {
			c = *p & 0x1f;
			len = 1;
		} else if ((*p & 0xf0) == 0xe0) {
			c = *p & 0x0f;
			len = 2;
		} else if ((*p & 0xf8) == 0xf0) {
			c = *p & 0x07;
			len = 3;
		} else
			goto bad;
		for (i = 1; i <= len; i++) {
			if ((p[i] & 0xc0) != 0x80)
				goto bad;
			c = (c << 6) | (p[i] & 0x3f);
		}
		if ((len == 1 && c < 0x80) || (len == 2 && c < 0x800) ||
		    (len == 3 && c < 0x10000) || c > 0x10ffff ||
		    (c >= 0xd800 && c <= 0xdfff))
			goto bad;
		p += len + 1;
		if (c >= 0x10000) {
			c -= 0x10000;
			u[0] = 0xd800 | (c >> 10);
			u[1] = 0xdc00 | (c & 0x3ff);
			nu = 2;
		} else {
			u[0] = c;
			nu = 1;
		}
		if (!in_b64) {
			buf_addc(&b, '&');
			in_b64 = 1;
		}
		for (k = 0; k < nu; k++) {
			bits = (bits << 16) | u[k];
			nbits += 16;
			while (nbits >= 6) {
				nbits -= 6;
				buf_addc(&b, b64[(bits >> nbits) & 0x3f]);
			}
			bits &= (1U << nbits) - 1;
		}
	}
	if (in_b64) {
		if (nbits > 0)
			buf_addc(&b, b64[(bits << (6 - nbits)) & 0x3f]);
		buf_addc(&b, '-');
	}
	return buf_release(&b);
bad:
	buf_free(&b);
	return NULL;
}

/* libetpan's error codes say which command failed; stream errors mean the
 * connection is gone. */
static const char *
etpan_strerror(int r)
{
	switch (r) {
	case MAILIMAP_ERROR_STREAM:
		return "connection lost or timed out";
	case MAILIMAP_ERROR_PARSE:
		return "unparsable server response";
	case MAILIMAP_ERROR_CONNECTION_REFUSED:
		return "connection refused";
	case MAILIMAP_ERROR_MEMORY:
		return "out of memory";
	case MAILIMAP_ERROR_FATAL:
		return "server closed the session";
	case MAILIMAP_ERROR_PROTOCOL:
		return "protocol error";
	case MAILIMAP_ERROR_BAD_STATE:
		return "command in the wrong state";
	case MAILIMAP_ERROR_SSL:
		return "TLS error";
	case MAILIMAP_ERROR_STARTTLS:
		return "STARTTLS refused";
	case MAILIMAP_ERROR_LOGIN:
	case MAILIMAP_ERROR_SASL:
		return "authentication failed";
	default:
		return "command failed";
	}
}

/*
 * The guard: a stream driver between libetpan and the connection.  Every
 * byte the server sends passes it before libetpan's parser, which recurses
 * once per "(" and holds whole literals in memory, sees it.  It refuses a
 * response nested deeper than GUARD_MAX_DEPTH, longer than GUARD_MAX_LINE
 * outside its literals, with more than GUARD_MAX_LITERALS literals, or a
 * literal over GUARD_MAX_LITERAL; and it holds every command to an overall
 * deadline, so a server trickling a byte at a time cannot keep us.  A
 * refusal is a read error: libetpan gives up and the session is broken.
 */
#define GUARD_MAX_DEPTH		64
#define GUARD_MAX_LINE		(16U * 1024 * 1024)
#define GUARD_MAX_LITERALS	1024
#define GUARD_MAX_LITERAL	((uint64_t)MIME_MAX_SIZE)

enum guard_err {
	GUARD_OK,
	GUARD_DEPTH,
	GUARD_LINE,
	GUARD_LITERALS,
	GUARD_LITERAL,
	GUARD_DEADLINE,
	GUARD_NERR
};

static const char *const guard_err_names[GUARD_NERR] = {
	[GUARD_OK] = "no error",
	[GUARD_DEPTH] = "server response nested too deeply (over 64 levels)",
	[GUARD_LINE] = "server response too long (over 16 MB outside "
	    "literals)",
	[GUARD_LITERALS] = "server response with too many literals (over "
	    "1024)",
	[GUARD_LITERAL] = "server announced a literal over the size limit",
	[GUARD_DEADLINE] = "command deadline passed (server too slow)",
};

struct guard {
	mailstream_low	*inner;		/* the socket or TLS driver */
	time_t		 deadline;	/* 0: none (waiting in IDLE) */
	time_t		 timeout;	/* for one read or write */
	enum guard_err	 err;
	int		 eof;		/* the server closed the connection */
	uint64_t	 litval;	/* "{123}" being read */
	uint64_t	 literal;	/* bytes of literal still to come */
	size_t		 line;		/* response bytes outside literals */
	size_t		 nlit;		/* literals in this response */
	size_t		 depth;		/* open "(" */
	int		 quoted;	/* inside "..." */
	int		 escaped;	/* after a backslash in "..." */
	int		 litstate;	/* 0, 1 in "{digits", 2 after "}" */
	char		 cur[200];	/* the response being read, cut */
	size_t		 curlen;
	char		 last[200];	/* the last one, without its tag */
};

/* A response is complete: keep its text, for causes and the log. */
static void
guard_keep(struct guard *g)
{
	const char	*p;

	g->cur[g->curlen] = '\0';
	p = g->cur;
	p += strcspn(p, " ");
	p += strspn(p, " ");
	if (*p != '\0')
		(void)snprintf(g->last, sizeof(g->last), "%s", p);
	g->curlen = 0;
}

/* Walk what the server sent; GUARD_OK, or the bound it broke. */
static enum guard_err
guard_scan(struct guard *g, const unsigned char *p, size_t n)
{
	size_t	 i, k;

	for (i = 0; i < n; i++) {
		if (g->literal > 0) {
			k = n - i;
			if ((uint64_t)k > g->literal)
				k = (size_t)g->literal;
			g->literal -= k;
			i += k - 1;
			continue;
		}
		if (++g->line > GUARD_MAX_LINE)
			return GUARD_LINE;
		if (p[i] != '\r' && p[i] != '\n' &&
		    g->curlen < sizeof(g->cur) - 1)
			g->cur[g->curlen++] = p[i] >= 0x20 && p[i] < 0x7f ?
			    (char)p[i] : '?';
		switch (p[i]) {
		case '\n':
			if (g->litstate == 2) {
				/* A literal follows; the response goes on. */
				if (g->litval > GUARD_MAX_LITERAL)
					return GUARD_LITERAL;
				if (++g->nlit > GUARD_MAX_LITERALS)
					return GUARD_LITERALS;
				g->literal = g->litval;
			} else {
				g->line = g->nlit = g->depth = 0;
				guard_keep(g);
			}
			g->quoted = g->escaped = g->litstate = 0;
			continue;
		case '\r':
			continue;	/* keeps litstate for the '\n' */
		}
		if (g->quoted) {
			if (g->escaped)
				g->escaped = 0;
			else if (p[i] == '\\')
				g->escaped = 1;
			else if (p[i] == '"')
				g->quoted = 0;
			continue;
		}
		if (g->litstate == 1 && p[i] >= '0' && p[i] <= '9') {
			if (g->litval > UINT64_MAX / 16)
				return GUARD_LITERAL;
			g->litval = g->litval * 10 + (uint64_t)(p[i] - '0');
			continue;
		}
		if (g->litstate == 1 && p[i] == '}') {
			g->litstate = 2;
			continue;
		}
		g->litstate = 0;
		switch (p[i]) {
		case '"':
			g->quoted = 1;
			break;
		case '{':
			g->litstate = 1;
			g->litval = 0;
			break;
		case '(':
			if (++g->depth > GUARD_MAX_DEPTH)
				return GUARD_DEPTH;
			break;
		case ')':
			if (g->depth > 0)
				g->depth--;
			break;
		}
	}
	return GUARD_OK;
}

/* Before a read or write: the time left until the deadline, as the inner
 * driver's timeout.  -1 once the deadline has passed. */
static int
guard_arm(struct guard *g)
{
	time_t	 left, now;

	if (g->err != GUARD_OK)
		return -1;
	left = g->timeout;
	if (g->deadline != 0) {
		now = time(NULL);
		if (now >= g->deadline) {
			g->err = GUARD_DEADLINE;
			return -1;
		}
		if (g->deadline - now < left)
			left = g->deadline - now;
	}
	mailstream_low_set_timeout(g->inner, left > 0 ? left : 1);
	return 0;
}

static ssize_t
guard_read(mailstream_low *low, void *buf, size_t count)
{
	struct guard	*g = low->data;
	ssize_t		 r;
	enum guard_err	 e;

	if (guard_arm(g) == -1)
		return -1;
	r = g->inner->driver->mailstream_read(g->inner, buf, count);
	if (r < 0 && g->deadline != 0 && time(NULL) >= g->deadline)
		g->err = GUARD_DEADLINE;
	if (r == 0)
		g->eof = 1;
	if (r <= 0)
		return r;
	if ((e = guard_scan(g, buf, (size_t)r)) != GUARD_OK) {
		g->err = e;
		return -1;
	}
	return r;
}

static ssize_t
guard_write(mailstream_low *low, const void *buf, size_t count)
{
	struct guard	*g = low->data;
	ssize_t		 r;

	if (guard_arm(g) == -1)
		return -1;
	r = g->inner->driver->mailstream_write(g->inner, buf, count);
	if (r < 0 && g->deadline != 0 && time(NULL) >= g->deadline)
		g->err = GUARD_DEADLINE;
	return r;
}

static int
guard_close(mailstream_low *low)
{
	struct guard	*g = low->data;

	return mailstream_low_close(g->inner);
}

static int
guard_get_fd(mailstream_low *low)
{
	struct guard	*g = low->data;

	return mailstream_low_get_fd(g->inner);
}

static void
guard_free(mailstream_low *low)
{
	struct guard	*g = low->data;

	mailstream_low_free(g->inner);
	free(g);
	free(low);
}

static void
guard_cancel(mailstream_low *low)
{
	struct guard	*g = low->data;

	mailstream_low_cancel(g->inner);
}

static struct mailstream_cancel *
guard_get_cancel(mailstream_low *low)
{
	struct guard	*g = low->data;

	return mailstream_low_get_cancel(g->inner);
}

static carray *
guard_get_certificate_chain(mailstream_low *low)
{
	struct guard	*g = low->data;

	if (g->inner->driver->mailstream_get_certificate_chain == NULL)
		return NULL;
	return g->inner->driver->mailstream_get_certificate_chain(g->inner);
}

static mailstream_low_driver guard_driver = {
	.mailstream_read = guard_read,
	.mailstream_write = guard_write,
	.mailstream_close = guard_close,
	.mailstream_get_fd = guard_get_fd,
	.mailstream_free = guard_free,
	.mailstream_cancel = guard_cancel,
	.mailstream_get_cancel = guard_get_cancel,
	.mailstream_get_certificate_chain = guard_get_certificate_chain,
};

/* Put the guard between the stream and its driver; the stream owns it. */
static struct guard *
guard_wrap(mailstream *stream, time_t timeout)
{
	struct guard	*g;
	mailstream_low	*low;

	g = xcalloc(1, sizeof(*g));
	g->inner = mailstream_get_low(stream);
	g->timeout = timeout;
	if ((low = mailstream_low_new(g, &guard_driver)) == NULL)
		fatalx("out of memory");
	mailstream_set_low(stream, low);
	return g;
}

/* The server's own words about the last command, for a cause: its last
 * complete response line without the tag, response code included. */
static const char *
server_said(const struct imap_session *s)
{
	if (s->guard != NULL && s->guard->last[0] != '\0')
		return s->guard->last;
	if (s->imap != NULL && s->imap->imap_response != NULL &&
	    s->imap->imap_response[0] != '\0')
		return s->imap->imap_response;
	return "no text from server";
}

/* Arm the overall deadline of the next command, seconds from now. */
static void
deadline(struct imap_session *s, int seconds)
{
	if (s->guard != NULL)
		s->guard->deadline = time(NULL) + seconds;
}

static int news_since(struct imap_session *, char **);
static void plan_free(struct imap_session *);
static void set_cause(struct imap_session *, char **, int, const char *, ...)
    __attribute__((format(printf, 4, 5)));

/* A cause naming the step, libetpan's reading of it and the server text. */
static void
set_cause(struct imap_session *s, char **cause, int r, const char *fmt, ...)
{
	va_list	 ap;
	char	*what;

	va_start(ap, fmt);
	xvasprintf(&what, fmt, ap);
	va_end(ap);
	if (r == MAILIMAP_ERROR_STREAM || r == MAILIMAP_ERROR_PARSE ||
	    r == MAILIMAP_ERROR_FATAL)
		s->broken = 1;
	/* Only a proven permanent condition is not temporary; the callers
	 * that can prove one say so after this. */
	s->temporary = 1;
	if (s->guard != NULL && s->guard->err != GUARD_OK) {
		s->broken = 1;
		xasprintf(cause, "%s: %s: %s", what,
		    guard_err_names[s->guard->err], s->host);
	} else if (s->guard != NULL && s->guard->eof) {
		s->broken = 1;
		xasprintf(cause, "%s: connection closed by the server: %s",
		    what, s->host);
	} else if (s->broken)
		xasprintf(cause, "%s: %s: %s", what,
		    etpan_strerror(r), s->host);
	else
		xasprintf(cause, "%s: %s: %s", what,
		    etpan_strerror(r), server_said(s));
	free(what);
}

/*
 * Protocol trace at debug verbosity 2.  Nothing is logged before login
 * completes, so neither a password nor a token can reach a log line,
 * whatever libetpan marks as private.
 */
static void
trace(mailimap *imap, int type, const char *str, size_t len, void *arg)
{
	struct imap_session	*s = arg;
	size_t			 n;

	(void)imap;
	if (!s->authed || log_getverbose() < 2)
		return;
	if (type != MAILSTREAM_LOG_TYPE_DATA_SENT &&
	    type != MAILSTREAM_LOG_TYPE_DATA_RECEIVED)
		return;
	n = len;
	while (n > 0 && (str[n - 1] == '\n' || str[n - 1] == '\r'))
		n--;
	if (n > 200)
		n = 200;
	log_debug("imap %s %s %.*s", s->name,
	    type == MAILSTREAM_LOG_TYPE_DATA_SENT ? ">" : "<", (int)n, str);
}

/*
 * TCP connect with a timeout (libetpan's own connect blocks for as long as
 * the kernel lets it).  The socket is handed back in blocking mode, which
 * is what libetpan's stream drivers expect.
 */
static int
tcp_connect(const char *host, int port, int timeout, int *fdp, char **cause)
{
	struct addrinfo	 hints, *res, *ai;
	struct pollfd	 pfd;
	char		 portstr[16];
	int		 fd = -1, r, flags, err = 0, saved = 0;
	socklen_t	 elen;

	memset(&hints, 0, sizeof(hints));
	hints.ai_family = AF_UNSPEC;
	hints.ai_socktype = SOCK_STREAM;
	snprintf(portstr, sizeof(portstr), "%d", port);
	if ((r = getaddrinfo(host, portstr, &hints, &res)) != 0) {
		xasprintf(cause, "cannot resolve %s: %s", host,
		    gai_strerror(r));
		return -1;
	}
	for (ai = res; ai != NULL; ai = ai->ai_next) {
		fd = socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC,
		    ai->ai_protocol);
		if (fd == -1) {
			saved = errno;
			continue;
		}
		flags = fcntl(fd, F_GETFL, 0);
		(void)fcntl(fd, F_SETFL, flags | O_NONBLOCK);
		r = connect(fd, ai->ai_addr, ai->ai_addrlen);
		if (r == -1 && errno == EINPROGRESS) {
			pfd.fd = fd;
			pfd.events = POLLOUT;
			do
				r = poll(&pfd, 1, timeout * 1000);
			while (r == -1 && errno == EINTR);
			if (r == 0) {
				errno = ETIMEDOUT;
				r = -1;
			} else if (r > 0) {
				elen = sizeof(err);
				if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &err,
				    &elen) == -1)
					err = errno;
				if (err != 0) {
					errno = err;
					r = -1;
				} else
					r = 0;
			}
		}
		if (r == 0) {
			(void)fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
			break;
		}
		saved = errno;
		close(fd);
		fd = -1;
	}
	freeaddrinfo(res);
	if (fd == -1) {
		xasprintf(cause, "cannot connect to %s port %d: %s", host, port,
		    strerror(saved ? saved : ECONNREFUSED));
		return -1;
	}
	*fdp = fd;
	return 0;
}

/*
 * libetpan's TLS handshake has a timeout per read only: a server sending a
 * byte every few seconds holds it for as long as it likes.  A timer shuts
 * the socket down at the deadline, which fails the handshake at once.
 */
struct watchdog {
	timer_t		 timer;
	int		 armed;
};

static void
watchdog_fire(union sigval v)
{
	(void)shutdown(v.sival_int, SHUT_RDWR);
}

static void
watchdog_start(struct watchdog *w, int fd, int seconds)
{
	struct sigevent		 sev;
	struct itimerspec	 its;

	memset(&sev, 0, sizeof(sev));
	sev.sigev_notify = SIGEV_THREAD;
	sev.sigev_notify_function = watchdog_fire;
	sev.sigev_value.sival_int = fd;
	w->armed = 0;
	if (timer_create(CLOCK_MONOTONIC, &sev, &w->timer) == -1) {
		log_warn("TLS handshake deadline: timer_create");
		return;
	}
	memset(&its, 0, sizeof(its));
	its.it_value.tv_sec = seconds;
	if (timer_settime(w->timer, 0, &its, NULL) == -1) {
		log_warn("TLS handshake deadline: timer_settime");
		(void)timer_delete(w->timer);
		return;
	}
	w->armed = 1;
}

/* Disarm; 1 when the deadline had passed (the socket is shut down). */
static int
watchdog_stop(struct watchdog *w)
{
	struct itimerspec	 its;
	int			 fired = 0;

	if (!w->armed)
		return 0;
	if (timer_gettime(w->timer, &its) == 0 && its.it_value.tv_sec == 0 &&
	    its.it_value.tv_nsec == 0)
		fired = 1;
	(void)timer_delete(w->timer);
	w->armed = 0;
	return fired;
}

/* Called by libetpan before the handshake: send SNI, as servers hosting
 * several names pick their certificate by it. */
static void
tls_setup(struct mailstream_ssl_context *ctx, void *arg)
{
	struct imap_session	*s = arg;
	unsigned char		 addr[sizeof(struct in6_addr)];

	/* RFC 6066: no SNI for an address literal. */
	if (inet_pton(AF_INET, s->host, addr) == 1 ||
	    inet_pton(AF_INET6, s->host, addr) == 1)
		return;
	(void)mailstream_ssl_set_server_name(ctx, s->host);
}

/*
 * Verify the chain the server presented: trusted by cafile (or the system
 * store), valid now, issued for a TLS server, and for the host name we
 * connected to.
 */
static int
tls_verify(struct imap_session *s, const struct imap_conf *conf,
    mailstream *stream, char **cause)
{
	carray				*chain;
	gnutls_x509_trust_list_t	 tl = NULL;
	gnutls_x509_crt_t		*crts = NULL;
	gnutls_typed_vdata_st		 vdata[2];
	gnutls_datum_t			 der, out;
	unsigned int			 i, n = 0, ncrt = 0, status = 0;
	int				 r, rc = -1;

	chain = mailstream_get_certificate_chain(stream);
	if (chain == NULL || carray_count(chain) == 0) {
		xasprintf(cause, "certificate verification failed: "
		    "server %s sent no certificate", s->host);
		goto done;
	}
	n = carray_count(chain);
	crts = xcalloc(n, sizeof(*crts));
	for (i = 0; i < n; i++) {
		MMAPString *m = carray_get(chain, i);

		der.data = (unsigned char *)m->str;
		der.size = (unsigned int)m->len;
		if (gnutls_x509_crt_init(&crts[ncrt]) < 0)
			goto bad_cert;
		if (gnutls_x509_crt_import(crts[ncrt], &der,
		    GNUTLS_X509_FMT_DER) < 0) {
			gnutls_x509_crt_deinit(crts[ncrt]);
			goto bad_cert;
		}
		ncrt++;
	}

	if (gnutls_x509_trust_list_init(&tl, 0) < 0) {
		xasprintf(cause, "certificate verification failed: "
		    "cannot set up a trust list");
		goto done;
	}
	if (conf->cafile != NULL) {
		r = gnutls_x509_trust_list_add_trust_file(tl, conf->cafile,
		    NULL, GNUTLS_X509_FMT_PEM, 0, 0);
		if (r <= 0) {
			xasprintf(cause, "certificate verification failed: "
			    "no CA certificate loaded from %s%s%s", conf->cafile,
			    r < 0 ? ": " : "",
			    r < 0 ? gnutls_strerror(r) : "");
			goto done;
		}
	} else {
		r = gnutls_x509_trust_list_add_system_trust(tl, 0, 0);
		if (r <= 0) {
			xasprintf(cause, "certificate verification failed: "
			    "the system trust store is empty; set cafile");
			goto done;
		}
	}

	memset(vdata, 0, sizeof(vdata));
	vdata[0].type = GNUTLS_DT_DNS_HOSTNAME;
	vdata[0].data = (unsigned char *)s->host;
	vdata[0].size = 0;
	vdata[1].type = GNUTLS_DT_KEY_PURPOSE_OID;
	vdata[1].data = (unsigned char *)GNUTLS_KP_TLS_WWW_SERVER;
	vdata[1].size = 0;
	r = gnutls_x509_trust_list_verify_crt2(tl, crts, ncrt, vdata, 2, 0,
	    &status, NULL);
	if (r < 0) {
		xasprintf(cause, "certificate verification failed: %s",
		    gnutls_strerror(r));
		goto done;
	}
	if (status != 0) {
		if (gnutls_certificate_verification_status_print(status,
		    GNUTLS_CRT_X509, &out, 0) == 0) {
			xasprintf(cause, "certificate verification failed: "
			    "%s (host %s)", out.data, s->host);
			gnutls_free(out.data);
		} else
			xasprintf(cause, "certificate verification failed: "
			    "status 0x%x (host %s)", status, s->host);
		goto done;
	}
	log_debug("imap %s: certificate for %s verified", s->name, s->host);
	rc = 0;
	goto done;

bad_cert:
	xasprintf(cause, "certificate verification failed: "
	    "unreadable certificate %u in the chain", ncrt);
done:
	for (i = 0; i < ncrt; i++)
		gnutls_x509_crt_deinit(crts[i]);
	free(crts);
	if (tl != NULL)
		gnutls_x509_trust_list_deinit(tl, 1);
	if (chain != NULL)
		mailstream_certificate_chain_free(chain);
	return rc;
}

/* Capabilities change after STARTTLS and after login: ask again. */
static int
refresh_caps(struct imap_session *s, char **cause)
{
	struct mailimap_capability_data	*caps = NULL;
	int				 r;

	deadline(s, s->timeout);
	if ((r = mailimap_capability(s->imap, &caps)) != MAILIMAP_NO_ERROR) {
		set_cause(s, cause, r, "CAPABILITY");
		return -1;
	}
	mailimap_capability_data_free(caps);
	return 0;
}

/* STARTTLS by hand rather than mailimap_socket_starttls(), whose handshake
 * has no timeout of its own. */
static int
starttls(struct imap_session *s, char **cause)
{
	mailstream_low	*low, *tls;
	struct watchdog	 wd;
	int		 r, fd, late;

	if (!mailimap_has_extension(s->imap, "STARTTLS")) {
		xasprintf(cause, "server %s does not offer STARTTLS", s->host);
		return -1;
	}
	deadline(s, s->timeout);
	if ((r = mailimap_starttls(s->imap)) != MAILIMAP_NO_ERROR) {
		set_cause(s, cause, r, "STARTTLS");
		return -1;
	}
	/* Bytes the server sent after its OK but before the handshake would
	 * be read as if they came over TLS: someone in the middle put them
	 * there (the STARTTLS injection of CVE-2011-0411's kind). */
	if (s->imap->imap_stream->read_buffer_len > 0) {
		s->broken = 1;
		xasprintf(cause, "STARTTLS: %s sent data before the TLS "
		    "handshake; refusing it", s->host);
		return -1;
	}
	/* Under the guard, which stays and reads the TLS side from now. */
	low = s->guard->inner;
	if ((fd = mailstream_low_get_fd(low)) == -1) {
		xasprintf(cause, "STARTTLS: no socket");
		return -1;
	}
	watchdog_start(&wd, fd, s->timeout);
	tls = mailstream_low_tls_open_with_callback_timeout(fd, s->timeout,
	    tls_setup, s);
	if ((late = watchdog_stop(&wd)) || tls == NULL) {
		if (tls != NULL)
			mailstream_low_free(tls);
		s->broken = 1;
		xasprintf(cause, "TLS handshake with %s failed%s", s->host,
		    late ? ": command deadline passed (server too slow)" : "");
		return -1;
	}
	/* The plain driver's free leaves the socket open for the TLS one. */
	mailstream_low_free(low);
	s->guard->inner = tls;
	return 0;
}

/*
 * A relative move-to lives in the personal namespace (RFC 2342): Courier
 * and Cyrus keep personal folders under "INBOX.", where "Processed" alone
 * cannot be created.  Put the personal prefix in front unless the name
 * has it already or is INBOX itself.  -1 only when the connection failed.
 */
static int
namespace_prefix(struct imap_session *s, char **cause)
{
	struct mailimap_namespace_data	*ns = NULL;
	struct mailimap_namespace_info	*info;
	const char			*prefix;
	char				*p;
	int				 r;

	if (!mailimap_has_namespace(s->imap))
		return 0;
	deadline(s, s->timeout);
	if ((r = mailimap_namespace(s->imap, &ns)) != MAILIMAP_NO_ERROR) {
		set_cause(s, cause, r, "NAMESPACE");
		if (s->broken)
			return -1;
		log_warnx("mailbox %s: %s; move-to %s taken as it is", s->name,
		    *cause, s->move_to);
		free(*cause);
		*cause = NULL;
		return 0;
	}
	if (ns == NULL || ns->ns_personal == NULL ||
	    clist_begin(ns->ns_personal->ns_data_list) == NULL)
		goto done;
	info = clist_content(clist_begin(ns->ns_personal->ns_data_list));
	prefix = info->ns_prefix;
	if (prefix == NULL || prefix[0] == '\0' ||
	    strncasecmp(s->move_to, prefix, strlen(prefix)) == 0 ||
	    strcasecmp(s->move_to, "INBOX") == 0)
		goto done;
	/* The prefix comes in the wire's modified UTF-7 already. */
	xasprintf(&p, "%s%s", prefix, s->move_to_mb);
	free(s->move_to_mb);
	s->move_to_mb = p;
	xasprintf(&p, "%s%s", prefix, s->move_to);
	free(s->move_to);
	s->move_to = p;
	log_info("mailbox %s: processed folder is %s (personal namespace "
	    "\"%s\", separator \"%c\")", s->name, s->move_to, prefix,
	    info->ns_delimiter != '\0' ? info->ns_delimiter : '/');
done:
	if (ns != NULL)
		mailimap_namespace_data_free(ns);
	return 0;
}

/*
 * The session's names and limits from its configuration, and the libetpan
 * session, not yet connected.  Returns -1 with *cause set.
 */
static int
open_setup(struct imap_session *s, const struct imap_conf *conf,
    char **cause)
{
	s->name = xstrdup(conf->name != NULL ? conf->name : "imap");
	s->host = xstrdup(conf->host != NULL ? conf->host : "localhost");
	s->folder = xstrdup(conf->folder != NULL ? conf->folder : "INBOX");
	if (conf->move_to != NULL && conf->move_to[0] != '\0')
		s->move_to = xstrdup(conf->move_to);
	if ((s->folder_mb = mutf7_encode(s->folder)) == NULL ||
	    (s->move_to != NULL &&
	    (s->move_to_mb = mutf7_encode(s->move_to)) == NULL)) {
		xasprintf(cause, "folder name is not valid UTF-8");
		return -1;
	}
	s->timeout = conf->timeout > 0 ? conf->timeout : IMAP_DEFAULT_TIMEOUT;
	s->expunge = conf->expunge;

	if ((s->imap = mailimap_new(0, NULL)) == NULL) {
		xasprintf(cause, "cannot allocate an IMAP session");
		return -1;
	}
	mailimap_set_timeout(s->imap, s->timeout);
	mailimap_set_logger(s->imap, trace, s);
	return 0;
}

/*
 * A stream to the server, through TLS at once on the implicit TLS port.
 * Returns NULL with *cause set, the connection closed.
 */
static mailstream *
open_stream(struct imap_session *s, const struct imap_conf *conf,
    char **cause)
{
	mailstream	*stream;
	struct watchdog	 wd;
	int		 fd, late;

	if (tcp_connect(s->host, conf->port > 0 ? conf->port :
	    (conf->tls == IMAP_TLS_IMPLICIT ? 993 : 143), s->timeout, &fd,
	    cause) == -1) {
		char *c = *cause;

		xasprintf(cause, "%s", c);
		free(c);
		return NULL;
	}
	if (conf->tls == IMAP_TLS_IMPLICIT) {
		watchdog_start(&wd, fd, s->timeout);
		stream = mailstream_ssl_open_with_callback_timeout(fd,
		    s->timeout, tls_setup, s);
		if ((late = watchdog_stop(&wd)) || stream == NULL) {
			if (stream != NULL)
				mailstream_close(stream);
			else
				close(fd);
			xasprintf(cause, "TLS handshake with %s failed%s",
			    s->host, late ? ": command deadline passed (server "
			    "too slow)" : "");
			return NULL;
		}
	} else if ((stream = mailstream_socket_open_timeout(fd,
	    s->timeout)) == NULL) {
		close(fd);
		xasprintf(cause, "cannot open a stream");
		return NULL;
	}
	return stream;
}

/*
 * After the greeting r: STARTTLS when asked for, the certificate checked
 * unless told not to, a warning for clear text off this host.  Returns -1
 * with *cause set when the session is not as safe as configured.
 */
static int
open_secure(struct imap_session *s, const struct imap_conf *conf, int r,
    char **cause)
{
	if (conf->tls == IMAP_TLS_STARTTLS) {
		/* PREAUTH in clear text would skip STARTTLS altogether. */
		if (r == MAILIMAP_NO_ERROR_AUTHENTICATED) {
			xasprintf(cause, "%s sent PREAUTH before STARTTLS; "
			    "refusing an unprotected session", s->host);
			return -1;
		}
		if (!mailimap_has_extension(s->imap, "STARTTLS") &&
		    refresh_caps(s, cause) == -1)
			return -1;
		if (starttls(s, cause) == -1)
			return -1;
	}
	if (conf->tls != IMAP_TLS_NONE) {
		if (conf->tls_verify &&
		    tls_verify(s, conf, s->imap->imap_stream, cause) == -1)
			return -1;
		if (!conf->tls_verify)
			log_warnx("mailbox %s: certificate of %s NOT verified "
			    "(tls_verify is off)", s->name, s->host);
	}
	if (conf->tls == IMAP_TLS_STARTTLS && refresh_caps(s, cause) == -1)
		return -1;
	if (conf->tls == IMAP_TLS_NONE && strcmp(s->host, "localhost") != 0 &&
	    strcmp(s->host, "127.0.0.1") != 0 && strcmp(s->host, "::1") != 0)
		log_warnx("mailbox %s: logging in to %s without TLS", s->name,
		    s->host);
	return 0;
}

/* LOGIN, or XOAUTH2 with the token.  Returns -1 with *cause set. */
static int
open_login(struct imap_session *s, const struct imap_conf *conf,
    char **cause)
{
	int	 r;

	deadline(s, s->timeout);
	if (conf->auth == IMAP_AUTH_XOAUTH2) {
		if (conf->oauth_token == NULL) {
			xasprintf(cause, "XOAUTH2 without a token");
			return -1;
		}
		if (!mailimap_has_xoauth2(s->imap)) {
			xasprintf(cause, "server %s does not offer "
			    "AUTH=XOAUTH2", s->host);
			return -1;
		}
		r = mailimap_oauth2_authenticate(s->imap,
		    conf->user != NULL ? conf->user : "",
		    conf->oauth_token);
	} else
		r = mailimap_login(s->imap,
		    conf->user != NULL ? conf->user : "",
		    conf->password != NULL ? conf->password : "");
	if (r != MAILIMAP_NO_ERROR) {
		xasprintf(cause, "login as %s failed: %s%s%s",
		    conf->user != NULL ? conf->user : "",
		    etpan_strerror(r),
		    r == MAILIMAP_ERROR_STREAM ? "" : ": ",
		    r == MAILIMAP_ERROR_STREAM ? "" : server_said(s));
		return -1;
	}
	return 0;
}

/* SELECT the folder and keep its UIDVALIDITY.  Returns -1 with *cause set. */
static int
open_select(struct imap_session *s, char **cause)
{
	int	 r;

	deadline(s, s->timeout);
	if ((r = mailimap_select(s->imap, s->folder_mb)) != MAILIMAP_NO_ERROR) {
		set_cause(s, cause, r, "SELECT %s", s->folder);
		return -1;
	}
	if (s->imap->imap_selection_info == NULL ||
	    s->imap->imap_selection_info->sel_uidvalidity == 0) {
		xasprintf(cause, "server sent no UIDVALIDITY for %s",
		    s->folder);
		return -1;
	}
	s->uidvalidity = s->imap->imap_selection_info->sel_uidvalidity;
	log_debug("imap %s: %s selected, uidvalidity %u, %u messages%s%s%s",
	    s->name, s->folder, s->uidvalidity,
	    s->imap->imap_selection_info->sel_exists,
	    s->has_idle ? ", IDLE" : "", s->has_move ? ", MOVE" : "",
	    s->has_uidplus ? ", UIDPLUS" : "");
	return 0;
}

int
imap_open(const struct imap_conf *conf, struct imap_session **sp,
    char **cause)
{
	struct imap_session	*s;
	mailstream		*stream;
	int			 r;

	*sp = NULL;
	s = xcalloc(1, sizeof(*s));
	if (open_setup(s, conf, cause) == -1)
		goto fail;
	if ((stream = open_stream(s, conf, cause)) == NULL)
		goto fail;
	s->guard = guard_wrap(stream, s->timeout);
	/* From here the session owns the stream, even when this fails. */
	deadline(s, s->timeout);
	r = mailimap_connect(s->imap, stream);
	if (r != MAILIMAP_NO_ERROR_AUTHENTICATED &&
	    r != MAILIMAP_NO_ERROR_NON_AUTHENTICATED) {
		set_cause(s, cause, r, "greeting");
		goto fail;
	}
	if (open_secure(s, conf, r, cause) == -1)
		goto fail;
	if (r == MAILIMAP_NO_ERROR_NON_AUTHENTICATED &&
	    open_login(s, conf, cause) == -1)
		goto fail;
	s->authed = 1;
	if (refresh_caps(s, cause) == -1)
		goto fail;
	s->has_idle = mailimap_has_idle(s->imap);
	s->has_move = mailimap_has_extension(s->imap, "MOVE");
	s->has_uidplus = mailimap_has_uidplus(s->imap);
	if (s->move_to != NULL && namespace_prefix(s, cause) == -1)
		goto fail;
	if (open_select(s, cause) == -1)
		goto fail;
	*sp = s;
	return 0;

fail:
	imap_close(s);
	return -1;
}

void
imap_close(struct imap_session *s)
{
	if (s == NULL)
		return;
	if (s->imap != NULL) {
		/* LOGOUT only on a live, logged-in session: on a dead one it
		 * would wait for the timeout to learn what we know, and before
		 * login (a refused certificate) we have nothing to say. */
		if (s->authed && !s->broken && s->imap->imap_stream != NULL) {
			deadline(s, s->timeout);
			(void)mailimap_logout(s->imap);
		}
		/* mailimap_free() sends LOGOUT itself while a stream is open:
		 * close it first when that would only wait for a timeout. */
		if (s->imap->imap_stream != NULL) {
			mailstream_close(s->imap->imap_stream);
			s->imap->imap_stream = NULL;
		}
		mailimap_free(s->imap);
	}
	if (s->idle_buf != NULL)
		mmap_string_free(s->idle_buf);
	plan_free(s);
	free(s->name);
	free(s->host);
	free(s->folder);
	free(s->move_to);
	free(s->folder_mb);
	free(s->move_to_mb);
	free(s);
}

uint32_t
imap_uidvalidity(const struct imap_session *s)
{
	return s->uidvalidity;
}

int
imap_broken(const struct imap_session *s)
{
	return s->broken;
}

int
imap_has_idle(const struct imap_session *s)
{
	return s->has_idle;
}

static int
cmp_uid(const void *a, const void *b)
{
	uint32_t	 x = *(const uint32_t *)a, y = *(const uint32_t *)b;

	return x < y ? -1 : x > y;
}

/* A search key of one kind that takes no argument (UNDELETED, ...). */
static struct mailimap_search_key *
flag_key(int type)
{
	return mailimap_search_key_new(type, NULL, NULL, NULL, NULL, NULL,
	    NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, NULL,
	    NULL, NULL, NULL, NULL, NULL, 0, NULL, NULL, NULL);
}

/*
 * UID SEARCH for key (taken), UIDs in (after, upto] in ascending order,
 * at most max of them ("n:*" always matches the last message, even below
 * n: that one is filtered out).
 */
static int
search(struct imap_session *s, struct mailimap_search_key *key,
    uint32_t after, uint32_t upto, size_t max, uint32_t **uids, size_t *n,
    char **cause)
{
	clist		*res = NULL;
	clistiter	*it;
	uint32_t	*v = NULL;
	size_t		 nv = 0, cap = 0;
	int		 r;

	deadline(s, s->timeout);
	r = mailimap_uid_search(s->imap, NULL, key, &res);
	mailimap_search_key_free(key);
	if (r != MAILIMAP_NO_ERROR) {
		set_cause(s, cause, r, "UID SEARCH");
		return -1;
	}
	for (it = clist_begin(res); it != NULL; it = clist_next(it)) {
		uint32_t u = *(uint32_t *)clist_content(it);

		if (u <= after || u > upto)
			continue;
		if (nv == cap) {
			cap = cap ? cap * 2 : 16;
			v = xreallocarray(v, cap, sizeof(*v));
		}
		v[nv++] = u;
	}
	mailimap_search_result_free(res);
	if (nv > 1)
		qsort(v, nv, sizeof(*v), cmp_uid);
	if (nv > max)
		nv = max;
	if (nv == 0) {
		free(v);
		v = NULL;
	}
	*uids = v;
	*n = nv;
	return 0;
}

int
imap_list_new(struct imap_session *s, uint32_t after, size_t max,
    uint32_t **uids, size_t *n, char **cause)
{
	*uids = NULL;
	*n = 0;
	if (after == UINT32_MAX || max == 0)
		return 0;
	/* Servers need not tell a client of new mail in the folder it has
	 * selected until a NOOP, CHECK or IDLE (RFC 3501 5.2; Courier
	 * does not): ask first, or a UID SEARCH sees nothing new. */
	if (news_since(s, cause) == -1)
		return -1;
	/* UID after+1:* -- a set's last value 0 is libetpan's "*". */
	return search(s, mailimap_search_key_new_uid(
	    mailimap_set_new_interval(after + 1, 0)), after, UINT32_MAX, max,
	    uids, n, cause);
}

int
imap_list_unfinished(struct imap_session *s, uint32_t after, uint32_t upto,
    uint32_t **uids, size_t *n, char **cause)
{
	struct mailimap_search_key	*key;

	*uids = NULL;
	*n = 0;
	if (after >= upto)
		return 0;
	/* What we left \Deleted after a COPY is done: copying it again is
	 * how copies piled up.  Without a processed folder, \Seen is done. */
	key = mailimap_search_key_new_multiple_empty();
	mailimap_search_key_multiple_add(key, mailimap_search_key_new_uid(
	    mailimap_set_new_interval(after + 1, upto)));
	mailimap_search_key_multiple_add(key,
	    flag_key(MAILIMAP_SEARCH_KEY_UNDELETED));
	if (s->move_to == NULL || s->fallback)
		mailimap_search_key_multiple_add(key,
		    flag_key(MAILIMAP_SEARCH_KEY_UNSEEN));
	/* Committed, so ours: what is \Deleted in here we copied. */
	if (s->ours_hi == 0 || s->ours_lo > after)
		s->ours_lo = after;
	if (s->ours_hi < upto)
		s->ours_hi = upto;
	return search(s, key, after, upto, SIZE_MAX, uids, n, cause);
}

/* The attribute items of the FETCH response for uid (servers may add
 * unsolicited FETCH responses for other messages). */
static struct mailimap_msg_att *
find_uid(clist *res, uint32_t uid)
{
	clistiter	*it, *jt;

	for (it = clist_begin(res); it != NULL; it = clist_next(it)) {
		struct mailimap_msg_att *att = clist_content(it);

		for (jt = clist_begin(att->att_list); jt != NULL;
		    jt = clist_next(jt)) {
			struct mailimap_msg_att_item *item = clist_content(jt);

			if (item->att_type == MAILIMAP_MSG_ATT_ITEM_STATIC &&
			    item->att_data.att_static->att_type ==
			    MAILIMAP_MSG_ATT_UID &&
			    item->att_data.att_static->att_data.att_uid == uid)
				return att;
		}
	}
	return NULL;
}

static struct mailimap_msg_att_static *
find_static(struct mailimap_msg_att *att, int type)
{
	clistiter	*jt;

	for (jt = clist_begin(att->att_list); jt != NULL; jt = clist_next(jt)) {
		struct mailimap_msg_att_item *item = clist_content(jt);

		if (item->att_type == MAILIMAP_MSG_ATT_ITEM_STATIC &&
		    item->att_data.att_static->att_type == type)
			return item->att_data.att_static;
	}
	return NULL;
}

/* A slow link still moves this much a second: a message's fetch may take
 * the timeout plus its size at this rate, and no longer. */
#define IMAP_MIN_RATE	(64 * 1024)

/* UID FETCH uid (UID plus one more attribute) within seconds; res NULL
 * when it is gone. */
static int
fetch_one(struct imap_session *s, uint32_t uid, struct mailimap_fetch_att *fa,
    int seconds, clist **res, char **cause)
{
	struct mailimap_fetch_type	*ft;
	struct mailimap_set		*set;
	int				 r;

	*res = NULL;
	ft = mailimap_fetch_type_new_fetch_att_list_empty();
	mailimap_fetch_type_new_fetch_att_list_add(ft,
	    mailimap_fetch_att_new_uid());
	mailimap_fetch_type_new_fetch_att_list_add(ft, fa);
	set = mailimap_set_new_single(uid);
	deadline(s, seconds);
	r = mailimap_uid_fetch(s->imap, set, ft, res);
	mailimap_set_free(set);
	mailimap_fetch_type_free(ft);
	if (r != MAILIMAP_NO_ERROR) {
		*res = NULL;
		set_cause(s, cause, r, "UID FETCH %u", uid);
		/* A literal over the limit is the message's size, proven. */
		if (s->guard->err == GUARD_LITERAL)
			s->temporary = 0;
		return -1;
	}
	return 0;
}

/* A failure of this message alone that will not pass: too large, gone. */
static int
fetch_permanent(struct imap_session *s, char **cause, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static int
fetch_permanent(struct imap_session *s, char **cause, const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	xvasprintf(cause, fmt, ap);
	va_end(ap);
	s->temporary = 0;
	return -1;
}

int
imap_fetch_temporary(const struct imap_session *s)
{
	return s->temporary;
}

/*
 * The message uid from its FETCH data att (NULL: the server sent none):
 * 0, or -1 as for imap_fetch().  The caller frees att.
 */
static int
take_body(struct imap_session *s, uint32_t uid, struct mailimap_msg_att *att,
    struct rawmsg *raw, char **cause)
{
	struct mailimap_msg_att_static	*st;
	struct mailimap_msg_att_body_section *sec;

	if (att == NULL)
		return fetch_permanent(s, cause, "message UID %u no longer "
		    "exists in %s (expunged)", uid, s->folder);
	st = find_static(att, MAILIMAP_MSG_ATT_BODY_SECTION);
	sec = st != NULL ? st->att_data.att_body_section : NULL;
	if (sec == NULL || sec->sec_body_part == NULL) {
		/* Not proof that it is gone: servers say so for a message
		 * they cannot read just now.  Try again later. */
		xasprintf(cause, "message UID %u: server sent no body "
		    "(expunged meanwhile?)", uid);
		s->temporary = 1;
		return -1;
	}
	if (sec->sec_length > MIME_MAX_SIZE)
		return fetch_permanent(s, cause, "message UID %u is %zu bytes, "
		    "over the limit of %u", uid, sec->sec_length,
		    (unsigned)MIME_MAX_SIZE);
	rawmsg_init(raw, MIME_MAX_SIZE);
	if (rawmsg_add(raw, sec->sec_body_part, sec->sec_length, cause) == -1 ||
	    rawmsg_finish(raw, cause) == -1) {
		rawmsg_free(raw);
		s->temporary = 1;	/* no room for it here: not its fault */
		return -1;
	}
	log_debug("imap %s: fetched UID %u, %zu bytes", s->name, uid,
	    raw->len);
	return 0;
}

/*
 * A large message in pieces of RAWMSG_WINDOW (BODY.PEEK[]<off.len>), each
 * written to a temporary file as it comes: libetpan holds a literal whole
 * in memory, so one literal of 25 MiB would be 25 MiB here.  The size the
 * server announced is not trusted: the pieces go on until a short one.
 */
static int
fetch_pieces(struct imap_session *s, uint32_t uid, struct rawmsg *raw,
    char **cause)
{
	struct mailimap_msg_att_static	*st;
	struct mailimap_msg_att_body_section *sec;
	struct mailimap_msg_att		*att;
	clist				*res;
	size_t				 got;

	rawmsg_init(raw, MIME_MAX_SIZE);
	do {
		if (fetch_one(s, uid, mailimap_fetch_att_new_body_peek_section_partial(
		    mailimap_section_new(NULL), (uint32_t)raw->len,
		    RAWMSG_WINDOW), s->timeout + (int)(RAWMSG_WINDOW /
		    IMAP_MIN_RATE), &res, cause) == -1)
			goto fail;
		if ((att = find_uid(res, uid)) == NULL) {
			mailimap_fetch_list_free(res);
			rawmsg_free(raw);
			return fetch_permanent(s, cause, "message UID %u no "
			    "longer exists in %s (expunged)", uid, s->folder);
		}
		st = find_static(att, MAILIMAP_MSG_ATT_BODY_SECTION);
		sec = st != NULL ? st->att_data.att_body_section : NULL;
		got = sec != NULL && sec->sec_body_part != NULL ?
		    sec->sec_length : 0;
		if (got == 0 && raw->len == 0) {
			mailimap_fetch_list_free(res);
			xasprintf(cause, "message UID %u: server sent no body "
			    "(expunged meanwhile?)", uid);
			s->temporary = 1;
			goto fail;
		}
		if (got > MIME_MAX_SIZE - raw->len) {
			mailimap_fetch_list_free(res);
			rawmsg_free(raw);
			return fetch_permanent(s, cause, "message UID %u is "
			    "over the limit of %u bytes", uid,
			    (unsigned)MIME_MAX_SIZE);
		}
		if (got > 0 && rawmsg_add(raw, sec->sec_body_part, got,
		    cause) == -1) {
			mailimap_fetch_list_free(res);
			s->temporary = 1;	/* the disk, not the message */
			goto fail;
		}
		mailimap_fetch_list_free(res);
	} while (got == RAWMSG_WINDOW);
	if (rawmsg_finish(raw, cause) == -1) {
		s->temporary = 1;
		goto fail;
	}
	log_debug("imap %s: fetched UID %u in pieces, %zu bytes", s->name,
	    uid, raw->len);
	return 0;
fail:
	rawmsg_free(raw);
	return -1;
}

/*
 * The pipeline: the batch's sizes from one UID FETCH over its range, then
 * one UID FETCH (UID BODY.PEEK[]) per message, several in flight, their
 * completions read in order as the caller asks for each message.  One
 * command per message keeps each message's failure its own: a NO for one
 * is a temporary failure of that one, as when it is fetched alone.  A
 * server may answer commands in flight together (Dovecot sends the FETCH
 * data of several before their tagged OKs), so the data is kept by UID
 * as it comes, whichever completion it came before.
 */
#define PIPE_MAX_CMDS	32			/* commands in flight */
#define PIPE_MAX_BYTES	(16U * 1024 * 1024)	/* announced bytes in flight */

/*
 * After a connection lost with commands in flight, the next batch is
 * fetched one message at a time: which message broke it is then known,
 * and a proven permanent failure (a literal over the limit) is that
 * message's alone.  A stray tag (a server completing commands out of
 * order) turns pipelining off for good.
 */
static int	 pipe_single_next;
static int	 pipe_off;

struct plan {
	uint32_t	*uid;
	int64_t		*size;		/* -1: not in the answer (expunged) */
	int		*tag;		/* of its body command; 0: none in flight */
	struct mailimap_msg_att **att;	/* its FETCH data, once come */
	size_t		 n;
	size_t		 sent;		/* commands considered, in order */
	size_t		 read;		/* messages handed to the caller */
	size_t		 inflight;
	uint64_t	 bytes;		/* announced sizes in flight */
};

static void
plan_free(struct imap_session *s)
{
	struct plan	*pl = s->plan;
	size_t		 i;

	if (pl == NULL)
		return;
	for (i = 0; i < pl->n; i++)
		if (pl->att[i] != NULL)
			mailimap_msg_att_free(pl->att[i]);
	free(pl->uid);
	free(pl->size);
	free(pl->tag);
	free(pl->att);
	free(pl);
	s->plan = NULL;
}

/* Where the plan holds uid, or -1. */
static ssize_t
plan_index(const struct plan *pl, uint32_t uid)
{
	const uint32_t	*hit;

	hit = bsearch(&uid, pl->uid, pl->n, sizeof uid, cmp_uid);
	return hit == NULL ? -1 : hit - pl->uid;
}

int
imap_fetch_begin(struct imap_session *s, const uint32_t *uids, size_t n,
    size_t max_bytes, char **cause)
{
	struct mailimap_fetch_type	*ft;
	struct mailimap_set		*set;
	struct mailimap_msg_att_static	*st;
	struct plan			*pl;
	clist				*res = NULL;
	clistiter			*it;
	uint64_t			 bytes = 0;
	ssize_t				 j;
	size_t				 i, k;
	char				 range[32];
	int				 r;

	if (imap_fetch_end(s, cause) == -1)
		return -1;
	if (n == 0 || pipe_off)
		return 0;
	if (pipe_single_next) {
		pipe_single_next = 0;
		return 0;
	}
	for (i = 1; i < n; i++)
		if (uids[i] <= uids[i - 1])
			return 0;	/* not ascending: one at a time */
	ft = mailimap_fetch_type_new_fetch_att_list_empty();
	mailimap_fetch_type_new_fetch_att_list_add(ft,
	    mailimap_fetch_att_new_uid());
	mailimap_fetch_type_new_fetch_att_list_add(ft,
	    mailimap_fetch_att_new_rfc822_size());
	set = mailimap_set_new_interval(uids[0], uids[n - 1]);
	if (uids[0] == uids[n - 1])
		snprintf(range, sizeof range, "%u", uids[0]);
	else
		snprintf(range, sizeof range, "%u:%u", uids[0], uids[n - 1]);
	deadline(s, s->timeout);
	r = mailimap_uid_fetch(s->imap, set, ft, &res);
	mailimap_set_free(set);
	mailimap_fetch_type_free(ft);
	if (r != MAILIMAP_NO_ERROR) {
		set_cause(s, cause, r, "UID FETCH %s", range);
		if (s->broken)
			return -1;
		/* Refused: each message is asked for alone, and says why. */
		log_debug("imap %s: %s; fetching one at a time", s->name,
		    *cause);
		free(*cause);
		*cause = NULL;
		s->temporary = 0;
		return 0;
	}
	pl = xcalloc(1, sizeof *pl);
	pl->uid = xreallocarray(NULL, n, sizeof *pl->uid);
	pl->size = xreallocarray(NULL, n, sizeof *pl->size);
	pl->tag = xcalloc(n, sizeof *pl->tag);
	pl->att = xcalloc(n, sizeof *pl->att);
	memcpy(pl->uid, uids, n * sizeof *uids);
	pl->n = n;
	for (i = 0; i < n; i++)
		pl->size[i] = -1;
	for (it = clist_begin(res); it != NULL; it = clist_next(it)) {
		struct mailimap_msg_att *att = clist_content(it);

		if ((st = find_static(att, MAILIMAP_MSG_ATT_UID)) == NULL ||
		    (j = plan_index(pl, st->att_data.att_uid)) == -1)
			continue;
		st = find_static(att, MAILIMAP_MSG_ATT_RFC822_SIZE);
		pl->size[j] = st != NULL ? st->att_data.att_rfc822_size : 0;
	}
	mailimap_fetch_list_free(res);
	/* As many as the caller will take: up to max_bytes, at least one. */
	for (k = 0; k < n && (k == 0 || bytes < max_bytes); k++)
		if (pl->size[k] > 0 && pl->size[k] <= MIME_MAX_SIZE)
			bytes += (uint64_t)pl->size[k];
	pl->n = k;
	s->plan = pl;
	return 0;
}

/* Send body commands ahead, up to the window, and always up to upto. */
static int
plan_send(struct imap_session *s, size_t upto, char **cause)
{
	struct plan	*pl = s->plan;
	mailstream	*st = s->imap->imap_stream;
	char		 cmd[64];
	int		 len, sent = 0;

	while (pl->sent < pl->n && (pl->sent <= upto ||
	    (pl->inflight < PIPE_MAX_CMDS && pl->bytes < PIPE_MAX_BYTES))) {
		size_t	 i = pl->sent;

		/* A large message is fetched in pieces when its turn
		 * comes, with nothing in flight: nothing is sent past it
		 * before then. */
		if (pl->size[i] > RAWMSG_SPILL && pl->size[i] <= MIME_MAX_SIZE &&
		    i > upto)
			break;
		pl->sent++;
		if (pl->size[i] > RAWMSG_SPILL && pl->size[i] <= MIME_MAX_SIZE)
			break;		/* its turn: fetched in pieces */
		if (pl->size[i] < 0 || pl->size[i] > MIME_MAX_SIZE)
			continue;	/* refused without asking */
		/* BODY.PEEK[], not BODY[]: the message keeps its \Seen
		 * state until the store has committed it. */
		len = snprintf(cmd, sizeof cmd, "UID FETCH %u (UID "
		    "BODY.PEEK[])\r\n", pl->uid[i]);
		deadline(s, s->timeout);
		if (mailimap_send_current_tag(s->imap) != MAILIMAP_NO_ERROR ||
		    mailstream_write(st, cmd, (size_t)len) != len) {
			set_cause(s, cause, MAILIMAP_ERROR_STREAM,
			    "UID FETCH %u", pl->uid[i]);
			pipe_single_next = 1;
			return -1;
		}
		pl->tag[i] = s->imap->imap_tag;
		pl->inflight++;
		pl->bytes += (uint64_t)pl->size[i];
		sent = 1;
	}
	if (sent && mailstream_flush(st) == -1) {
		set_cause(s, cause, MAILIMAP_ERROR_STREAM, "UID FETCH %u",
		    pl->uid[upto]);
		pipe_single_next = 1;
		return -1;
	}
	return 0;
}

/* Keep each message's FETCH data of a response, by UID; drop the rest
 * (unsolicited FETCH responses, flags of other messages). */
static void
plan_keep(struct plan *pl, clist *res)
{
	struct mailimap_msg_att_static	*st;
	clistiter			*it;
	ssize_t				 j;

	for (it = clist_begin(res); it != NULL; it = clist_next(it)) {
		struct mailimap_msg_att *att = clist_content(it);

		if ((st = find_static(att, MAILIMAP_MSG_ATT_UID)) == NULL ||
		    (j = plan_index(pl, st->att_data.att_uid)) == -1 ||
		    pl->att[j] != NULL ||
		    find_static(att, MAILIMAP_MSG_ATT_BODY_SECTION) == NULL) {
			mailimap_msg_att_free(att);
			continue;
		}
		pl->att[j] = att;
	}
	clist_free(res);
}

/*
 * Read up to the completion of message i's command (the oldest in
 * flight: completions come in order), keeping the FETCH data that came.
 * -1 with *cause when the command failed and its data did not come.
 */
static int
plan_read(struct imap_session *s, size_t i, char **cause)
{
	struct plan			*pl = s->plan;
	struct mailimap_response	*resp;
	clist				*res;
	int				 top = s->imap->imap_tag, r, state;

	/* The data of every command in flight may come first: its time
	 * counts.  libetpan checks the tag against its last: show it this
	 * one. */
	deadline(s, s->timeout + (int)(pl->bytes / IMAP_MIN_RATE));
	s->imap->imap_tag = pl->tag[i];
	if (mailimap_read_line(s->imap) == NULL)
		r = MAILIMAP_ERROR_STREAM;
	else
		r = mailimap_parse_response(s->imap, &resp);
	s->imap->imap_tag = top;
	pl->tag[i] = 0;
	pl->inflight--;
	pl->bytes -= (uint64_t)pl->size[i];
	if (r == MAILIMAP_NO_ERROR) {
		res = s->imap->imap_response_info->rsp_fetch_list;
		s->imap->imap_response_info->rsp_fetch_list = NULL;
		if (res != NULL)
			plan_keep(pl, res);
		state = resp->rsp_resp_done->rsp_data.rsp_tagged->
		    rsp_cond_state->rsp_type;
		mailimap_response_free(resp);
		/* As libetpan: data answered is taken, even with a NO. */
		if (pl->att[i] != NULL || state == MAILIMAP_RESP_COND_STATE_OK)
			return 0;
		r = MAILIMAP_ERROR_UID_FETCH;
	} else if (r == MAILIMAP_ERROR_PROTOCOL) {
		/* A BAD, or another command's tag: out of step. */
		s->broken = 1;
		if (!pipe_off)
			log_warnx("mailbox %s: %s completed commands out of "
			    "order: fetching one message at a time from now "
			    "on", s->name, s->host);
		pipe_off = 1;
	}
	set_cause(s, cause, r, "UID FETCH %u", pl->uid[i]);
	/* A literal over the limit is the message's size, proven, when it
	 * was the only command in flight; with others it may be another
	 * message's: temporary, and proven in the next, single, try. */
	if (s->guard->err == GUARD_LITERAL && pl->inflight == 0)
		s->temporary = 0;
	else if (s->broken)
		pipe_single_next = 1;
	return -1;
}

int
imap_fetch_end(struct imap_session *s, char **cause)
{
	struct plan	*pl = s->plan;
	size_t		 i;
	char		*why = NULL;

	if (pl == NULL)
		return 0;
	/* Completions still to come are read, their data dropped: the
	 * stream must be in step for the next command. */
	for (i = pl->read; i < pl->sent && !s->broken; i++) {
		if (pl->tag[i] == 0)
			continue;
		if (plan_read(s, i, &why) == -1 && !s->broken) {
			free(why);
			why = NULL;
		}
	}
	plan_free(s);
	if (!s->broken) {
		free(why);
		return 0;
	}
	if (why == NULL)
		xasprintf(&why, "UID FETCH: connection lost: %s", s->host);
	*cause = why;
	return -1;
}

/* The next message of the plan, which the caller asked for as uid. */
static int
fetch_planned(struct imap_session *s, uint32_t uid, struct rawmsg *raw,
    char **cause)
{
	struct plan	*pl = s->plan;
	size_t		 i = pl->read++;
	int		 r;

	if (pl->size[i] < 0)
		return fetch_permanent(s, cause, "message UID %u no longer "
		    "exists in %s (expunged)", uid, s->folder);
	if (pl->size[i] > MIME_MAX_SIZE)
		return fetch_permanent(s, cause, "message UID %u is %lld bytes, "
		    "over the limit of %u", uid, (long long)pl->size[i],
		    (unsigned)MIME_MAX_SIZE);
	if (pl->size[i] > RAWMSG_SPILL) {
		/* Nothing is in flight (plan_send stops before it). */
		if (plan_send(s, i, cause) == -1)
			return -1;
		return fetch_pieces(s, uid, raw, cause);
	}
	if (plan_send(s, i, cause) == -1 || plan_read(s, i, cause) == -1)
		return -1;
	r = take_body(s, uid, pl->att[i], raw, cause);
	if (pl->att[i] != NULL) {
		mailimap_msg_att_free(pl->att[i]);
		pl->att[i] = NULL;
	}
	return r;
}

int
imap_fetch(struct imap_session *s, uint32_t uid, struct rawmsg *raw,
    char **cause)
{
	clist				*res;
	struct mailimap_msg_att		*att;
	struct mailimap_msg_att_static	*st;
	uint32_t			 size;
	int				 r;

	rawmsg_init(raw, MIME_MAX_SIZE);
	s->temporary = 0;
	if (s->plan != NULL && s->plan->read < s->plan->n &&
	    s->plan->uid[s->plan->read] == uid)
		return fetch_planned(s, uid, raw, cause);
	if (imap_fetch_end(s, cause) == -1) {
		s->temporary = 1;
		return -1;
	}

	/* Ask the size first, so a huge message is refused before a byte
	 * of it is read: libetpan holds a whole literal in memory. */
	if (fetch_one(s, uid, mailimap_fetch_att_new_rfc822_size(), s->timeout,
	    &res, cause) == -1)
		return -1;
	if ((att = find_uid(res, uid)) == NULL) {
		mailimap_fetch_list_free(res);
		return fetch_permanent(s, cause, "message UID %u no longer "
		    "exists in %s (expunged)", uid, s->folder);
	}
	st = find_static(att, MAILIMAP_MSG_ATT_RFC822_SIZE);
	size = st != NULL ? st->att_data.att_rfc822_size : 0;
	mailimap_fetch_list_free(res);
	if (size > MIME_MAX_SIZE)
		return fetch_permanent(s, cause, "message UID %u is %u bytes, "
		    "over the limit of %u", uid, size,
		    (unsigned)MIME_MAX_SIZE);
	if (size > RAWMSG_SPILL)
		return fetch_pieces(s, uid, raw, cause);

	/* BODY.PEEK[], not BODY[]: the message keeps its \Seen state until
	 * the store has committed it. */
	if (fetch_one(s, uid, mailimap_fetch_att_new_body_peek_section(
	    mailimap_section_new(NULL)), s->timeout + (int)(size /
	    IMAP_MIN_RATE), &res, cause) == -1)
		return -1;
	r = take_body(s, uid, find_uid(res, uid), raw, cause);
	mailimap_fetch_list_free(res);
	return r;
}

/* UID STORE uid +FLAGS.SILENT (flag) */
/*
 * The UIDs of a batch as an IMAP set, contiguous runs as ranges, and the
 * same in words for causes ("UID 7", "UIDs 7:9,12").
 */
static struct mailimap_set *
uid_set(const uint32_t *uids, size_t n, char **words)
{
	struct mailimap_set	*set = mailimap_set_new_empty();
	struct buf		 b;
	size_t			 i, j;

	buf_init(&b, 64 * 1024);
	buf_adds(&b, n == 1 ? "UID " : "UIDs ");
	for (i = 0; i < n; i = j) {
		for (j = i + 1; j < n && uids[j] == uids[j - 1] + 1; j++)
			;
		mailimap_set_add_interval(set, uids[i], uids[j - 1]);
		if (b.len < 200) {
			if (j - 1 > i)
				buf_printf(&b, "%s%u:%u", i ? "," : "", uids[i],
				    uids[j - 1]);
			else
				buf_printf(&b, "%s%u", i ? "," : "", uids[i]);
		}
	}
	*words = buf_release(&b);
	return set;
}

static int
add_flag(struct imap_session *s, struct mailimap_set *set, const char *uids,
    struct mailimap_flag *flag, const char *name, char **cause)
{
	struct mailimap_flag_list	*fl;
	struct mailimap_store_att_flags	*sf;
	int				 r;

	fl = mailimap_flag_list_new_empty();
	mailimap_flag_list_add(fl, flag);
	sf = mailimap_store_att_flags_new_add_flags_silent(fl);
	deadline(s, s->timeout);
	r = mailimap_uid_store(s->imap, set, sf);
	mailimap_store_att_flags_free(sf);
	if (r != MAILIMAP_NO_ERROR) {
		set_cause(s, cause, r, "STORE %s +FLAGS (%s)", uids, name);
		return -1;
	}
	return 0;
}

/*
 * Without UIDPLUS only a plain EXPUNGE removes what we copied, and it
 * removes whatever else is flagged \Deleted too.  So: only when the admin
 * allows it (expunge yes), or when every \Deleted message in the folder
 * is one of ours.  Else the originals stay, flagged, and the sweep skips
 * them.  0, or -1 when the connection failed.
 */
static int
expunge_if_ours(struct imap_session *s, const char *uids, char **cause)
{
	uint32_t	*del;
	size_t		 ndel, i;
	int		 r;

	if (!s->expunge) {
		if (search(s, flag_key(MAILIMAP_SEARCH_KEY_DELETED), 0,
		    UINT32_MAX, SIZE_MAX, &del, &ndel, cause) == -1) {
			if (s->broken)
				return -1;
			/* The copy is safe; the original stays flagged. */
			log_warnx("mailbox %s: %s", s->name, *cause);
			free(*cause);
			*cause = NULL;
			return 0;
		}
		for (i = 0; i < ndel; i++)
			if (del[i] <= s->ours_lo || del[i] > s->ours_hi)
				break;
		free(del);
		if (i < ndel) {
			if (!s->warned_deleted)
				log_warnx("mailbox %s: server has neither MOVE "
				    "nor UIDPLUS and %s holds messages flagged "
				    "\\Deleted that are not ours: %s left "
				    "flagged \\Deleted (\"expunge yes\" would "
				    "remove them all)", s->name, s->folder,
				    uids);
			s->warned_deleted = 1;
			return 0;
		}
	}
	deadline(s, s->timeout);
	if ((r = mailimap_expunge(s->imap)) != MAILIMAP_NO_ERROR) {
		set_cause(s, cause, r, "EXPUNGE");
		if (s->broken)
			return -1;
		log_warnx("mailbox %s: %s", s->name, *cause);
		free(*cause);
		*cause = NULL;
	}
	return 0;
}

static int
move_once(struct imap_session *s, struct mailimap_set *set, const char *uids,
    uint32_t lo, uint32_t hi, int *trycreate, char **cause)
{
	int	 r;

	*trycreate = 0;
	deadline(s, s->timeout);
	if (s->has_move)
		r = mailimap_uid_move(s->imap, set, s->move_to_mb);
	else
		r = mailimap_uid_copy(s->imap, set, s->move_to_mb);
	if (r != MAILIMAP_NO_ERROR) {
		if (s->imap->imap_response_info != NULL)
			*trycreate =
			    s->imap->imap_response_info->rsp_trycreate;
		/* A NO without TRYCREATE may still mean a missing folder on
		 * servers that do not send the code. */
		if (r == MAILIMAP_ERROR_UID_MOVE || r == MAILIMAP_ERROR_UID_COPY)
			*trycreate = *trycreate || !s->move_to_ready;
		set_cause(s, cause, r, "%s %s %s", s->has_move ? "MOVE" :
		    "COPY", uids, s->move_to);
		return -1;
	}
	if (s->has_move)
		return 0;

	if (add_flag(s, set, uids, mailimap_flag_new_deleted(), "\\Deleted",
	    cause) == -1)
		return -1;
	if (s->ours_hi == 0 || s->ours_lo > lo - 1)
		s->ours_lo = lo - 1;
	if (s->ours_hi < hi)
		s->ours_hi = hi;
	if (!s->has_uidplus)
		return expunge_if_ours(s, uids, cause);
	deadline(s, s->timeout);
	r = mailimap_uid_expunge(s->imap, set);
	if (r != MAILIMAP_NO_ERROR) {
		set_cause(s, cause, r, "EXPUNGE %s", uids);
		return -1;
	}
	return 0;
}

/* Did a refused CREATE say the folder is there already (RFC 5530)? */
static int
already_exists(const struct imap_session *s)
{
	const char	*said = server_said(s);

	return strcasestr(said, "ALREADYEXISTS") != NULL ||
	    strcasestr(said, "already exists") != NULL;
}

/*
 * The processed folder cannot be had: say so once, loudly, and from now
 * on flag processed mail \Seen, as without move-to.
 */
static int
fall_back(struct imap_session *s, struct mailimap_set *set, const char *uids,
    const char *why, char **cause)
{
	s->fallback = 1;
	log_warnx("mailbox %s: PROCESSED FOLDER %s UNAVAILABLE (%s): processed "
	    "mail is flagged \\Seen and stays in %s; set move-to to a folder "
	    "this server allows (see NAMESPACE, e.g. INBOX.Processed)",
	    s->name, s->move_to, why, s->folder);
	return add_flag(s, set, uids, mailimap_flag_new_seen(), "\\Seen",
	    cause);
}

static int
done_set(struct imap_session *s, struct mailimap_set *set, const char *uids,
    uint32_t lo, uint32_t hi, char **cause)
{
	int	 r, trycreate;
	char	*first = NULL, *second, *why;

	if (s->move_to == NULL || s->fallback)
		return add_flag(s, set, uids, mailimap_flag_new_seen(),
		    "\\Seen", cause);

	if (move_once(s, set, uids, lo, hi, &trycreate, &first) == 0) {
		s->move_to_ready = 1;
		return 0;
	}
	if (s->broken || !trycreate || s->move_to_ready) {
		*cause = first;
		return -1;
	}
	/* The target folder is missing: create it, once, and retry. */
	log_info("mailbox %s: creating folder %s", s->name, s->move_to);
	deadline(s, s->timeout);
	r = mailimap_create(s->imap, s->move_to_mb);
	if (r != MAILIMAP_NO_ERROR) {
		if (r != MAILIMAP_ERROR_CREATE) {
			free(first);
			set_cause(s, cause, r, "CREATE %s", s->move_to);
			return -1;
		}
		if (!already_exists(s)) {
			xasprintf(&why, "CREATE %s refused by the server: %s",
			    s->move_to, server_said(s));
			free(first);
			r = fall_back(s, set, uids, why, cause);
			free(why);
			return r;
		}
	} else {
		deadline(s, s->timeout);
		if ((r = mailimap_subscribe(s->imap, s->move_to_mb)) !=
		    MAILIMAP_NO_ERROR) {
			if (r != MAILIMAP_ERROR_SUBSCRIBE) {
				free(first);
				set_cause(s, cause, r, "SUBSCRIBE %s",
				    s->move_to);
				return -1;
			}
			log_warnx("mailbox %s: SUBSCRIBE %s refused by the "
			    "server: %s", s->name, s->move_to, server_said(s));
		}
	}
	s->move_to_ready = 1;
	if (move_once(s, set, uids, lo, hi, &trycreate, &second) == -1) {
		if (s->broken || !trycreate) {
			xasprintf(cause, "%s (after CREATE: %s)", first,
			    second);
			free(first);
			free(second);
			return -1;
		}
		/* Created, or said to exist, and still not there. */
		free(first);
		r = fall_back(s, set, uids, second, cause);
		free(second);
		return r;
	}
	free(first);
	return 0;
}

int
imap_done_many(struct imap_session *s, const uint32_t *uids, size_t n,
    char **cause)
{
	struct mailimap_set	*set;
	char			*words;
	int			 r;

	if (n == 0)
		return 0;
	set = uid_set(uids, n, &words);
	r = done_set(s, set, words, uids[0], uids[n - 1], cause);
	mailimap_set_free(set);
	free(words);
	return r;
}

int
imap_fallback(const struct imap_session *s)
{
	return s->fallback;
}

int
imap_done(struct imap_session *s, uint32_t uid, char **cause)
{
	return imap_done_many(s, &uid, 1, cause);
}

/* Sleep in one-second slices so *stop is noticed. */
static int
sleep_poll(int seconds, volatile int *stop)
{
	time_t	 end = time(NULL) + seconds;

	while (!(stop != NULL && *stop) && time(NULL) < end)
		(void)poll(NULL, 0, 1000);
	return 0;
}

#define IDLE_OTHER	0	/* keepalive, EXPUNGE, FETCH flags: let go */
#define IDLE_NEWS	1	/* EXISTS or RECENT */
#define IDLE_CONT	2	/* "+ idling" */
#define IDLE_TAGGED	3	/* the server answered IDLE itself: refused */

/*
 * Read one response the server sent around IDLE and say what it is.  BYE
 * or a lost connection is an error.  Literals are read and dropped, in a
 * loop (a server may send any number of them), so the stream stays in
 * step; the guard bounds their size, their number and the time taken.
 */
static int
idle_line(struct imap_session *s, MMAPString *line, const char *tag,
    int *kind, char **cause)
{
	char		*l, *p, *end, buf[4096];
	unsigned long	 lit;
	ssize_t		 got;
	size_t		 n, want;

	*kind = IDLE_OTHER;
	deadline(s, s->timeout);
	for (;;) {
		if ((l = mailstream_read_line(s->imap->imap_stream,
		    line)) == NULL)
			goto lost;
		n = line->len;
		while (n > 0 && (l[n - 1] == '\n' || l[n - 1] == '\r'))
			n--;
		if (n <= 2 || l[n - 1] != '}' ||
		    (p = memrchr(l, '{', n)) == NULL)
			break;
		lit = strtoul(p + 1, &end, 10);
		while (lit > 0) {
			want = lit < sizeof(buf) ? lit : sizeof(buf);
			if ((got = mailstream_read(s->imap->imap_stream, buf,
			    want)) <= 0)
				goto lost;
			lit -= (unsigned long)got;
		}
		/* The rest of the response follows on a line of its own. */
	}
	if (n >= 1 && l[0] == '+') {
		*kind = IDLE_CONT;
		return 0;
	}
	if (n > strlen(tag) && strncmp(l, tag, strlen(tag)) == 0) {
		*kind = IDLE_TAGGED;
		xasprintf(cause, "IDLE refused: %s", server_said(s));
		return 0;
	}
	if (n < 2 || l[0] != '*' || l[1] != ' ')
		return 0;
	p = l + 2;
	if (strncasecmp(p, "BYE", 3) == 0) {
		s->broken = 1;
		xasprintf(cause, "IDLE: server closed the connection: %s",
		    server_said(s));
		return -1;
	}
	(void)strtoul(p, &end, 10);
	if (end != p && *end == ' ' && (strncasecmp(end + 1, "EXISTS", 6) == 0 ||
	    strncasecmp(end + 1, "RECENT", 6) == 0))
		*kind = IDLE_NEWS;
	return 0;

lost:
	s->broken = 1;
	xasprintf(cause, "IDLE: %s: %s", s->guard->err != GUARD_OK ?
	    guard_err_names[s->guard->err] : "connection lost or timed out",
	    s->host);
	return -1;
}

/*
 * Send IDLE and read up to the server's "+ idling".  We send IDLE and read
 * the server's lines ourselves: mailimap_idle() throws away what comes
 * before "+ idling" (an EXISTS for mail that came just then would be lost
 * until the next one), and libetpan would look at the rest only at DONE,
 * sitting through a BYE until its timeout.
 */
static int
idle_start(struct imap_session *s, char **cause)
{
	mailstream	*st = s->imap->imap_stream;
	int		 r, kind;

	s->idle_news = 0;
	s->imap->imap_selection_info->sel_has_exists = 0;
	s->imap->imap_selection_info->sel_has_recent = 0;
	deadline(s, s->timeout);
	if ((r = mailimap_send_current_tag(s->imap)) != MAILIMAP_NO_ERROR ||
	    mailstream_write(st, "IDLE\r\n", 6) != 6 ||
	    mailstream_flush(st) == -1) {
		set_cause(s, cause, MAILIMAP_ERROR_STREAM, "IDLE");
		return -1;
	}
	snprintf(s->idle_tag, sizeof(s->idle_tag), "%d ", s->imap->imap_tag);
	if ((s->idle_buf = mmap_string_new("")) == NULL) {
		s->broken = 1;	/* IDLE is running and we cannot stop it */
		xasprintf(cause, "out of memory");
		return -1;
	}
	do {
		if (idle_line(s, s->idle_buf, s->idle_tag, &kind, cause) == -1 ||
		    kind == IDLE_TAGGED)
			return -1;
		if (kind == IDLE_NEWS)
			s->idle_news = 1;
	} while (kind != IDLE_CONT);
	return 0;
}

int
imap_idle_fd(struct imap_session *s, int *buffered)
{
	*buffered = s->imap->imap_stream->read_buffer_len > 0;
	return mailimap_idle_get_fd(s->imap);
}

int
imap_idle_read(struct imap_session *s, char **cause)
{
	int	 kind;

	if (s->idle_buf == NULL)
		return s->idle_news;
	if (idle_line(s, s->idle_buf, s->idle_tag, &kind, cause) == -1 ||
	    kind == IDLE_TAGGED)	/* the server ended IDLE */
		return -1;
	if (kind == IDLE_NEWS)
		s->idle_news = 1;
	return s->idle_news;
}

int
imap_idle_end(struct imap_session *s, char **cause)
{
	int	 r;

	if (s->idle_buf == NULL)
		return s->idle_news;
	mmap_string_free(s->idle_buf);
	s->idle_buf = NULL;
	/* DONE; libetpan reads the rest up to the tagged OK. */
	deadline(s, s->timeout);
	if ((r = mailimap_idle_done(s->imap)) != MAILIMAP_NO_ERROR) {
		set_cause(s, cause, r, "IDLE DONE");
		return -1;
	}
	return s->idle_news || s->imap->imap_selection_info->sel_has_exists ||
	    s->imap->imap_selection_info->sel_has_recent;
}

/*
 * One IDLE of at most `seconds`: 1 when the server announced EXISTS or
 * RECENT, 0 on timeout, stop or mere keepalives, -1 on error.
 */
static int
idle_once(struct imap_session *s, int seconds, volatile int *stop,
    char **cause)
{
	struct pollfd	 pfd;
	time_t		 end = time(NULL) + seconds;
	int		 r, buffered;

	if (idle_start(s, cause) == -1)
		return -1;
	while (!s->idle_news && !(stop != NULL && *stop)) {
		pfd.fd = imap_idle_fd(s, &buffered);
		/* Data already buffered by the stream never shows on the fd. */
		if (!buffered) {
			if (time(NULL) >= end)
				break;
			pfd.events = POLLIN;
			pfd.revents = 0;
			r = poll(&pfd, 1, 1000);
			if (r == -1 && errno != EINTR) {
				s->broken = 1;
				xasprintf(cause, "IDLE: poll: %s",
				    strerror(errno));
				return -1;
			}
			if (r <= 0)
				continue;
		}
		if (imap_idle_read(s, cause) == -1)
			return -1;
	}
	return imap_idle_end(s, cause);
}

/* Mail delivered since the caller last looked?  Servers need not repeat
 * its EXISTS at IDLE, so a NOOP asks first.  1 yes, 0 no, -1 error. */
static int
news_since(struct imap_session *s, char **cause)
{
	int	 r;

	s->imap->imap_selection_info->sel_has_exists = 0;
	s->imap->imap_selection_info->sel_has_recent = 0;
	deadline(s, s->timeout);
	if ((r = mailimap_noop(s->imap)) != MAILIMAP_NO_ERROR) {
		set_cause(s, cause, r, "NOOP");
		return -1;
	}
	return s->imap->imap_selection_info->sel_has_exists ||
	    s->imap->imap_selection_info->sel_has_recent;
}

int
imap_idle_begin(struct imap_session *s, char **cause)
{
	int	 r;

	if (!s->has_idle) {
		xasprintf(cause, "the server has no IDLE");
		return -1;
	}
	if ((r = news_since(s, cause)) != 0)
		return r;
	return idle_start(s, cause);
}

int
imap_idle(struct imap_session *s, int seconds, volatile int *stop,
    char **cause)
{
	time_t	 end, now;
	int	 r, slice;

	if (seconds <= 0)
		return 0;
	if (!s->has_idle)
		return sleep_poll(seconds, stop);

	if ((r = news_since(s, cause)) != 0)
		return r;

	end = time(NULL) + seconds;
	while (!(stop != NULL && *stop) && (now = time(NULL)) < end) {
		slice = (int)(end - now);
		if (slice > IMAP_IDLE_MAX)
			slice = IMAP_IDLE_MAX;
		if ((r = idle_once(s, slice, stop, cause)) != 0)
			return r;
	}
	return 0;
}
