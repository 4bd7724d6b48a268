/*
 * smtp.c -- outgoing mail over SMTP with libcurl, the only file that
 * includes curl.  A session keeps one easy handle so that curl reuses the
 * connection across a batch; after any failure the handle is replaced,
 * which closes the connection, so that a relay that capped the session
 * (OpenSMTPD answers 452 after 100 messages) or a half-dead connection
 * never poisons the next message.  A pool runs several sessions at once,
 * one thread each (a session's handle is only ever used by its thread),
 * and starts a new session before the relay's per-session cap.
 */
#include <curl/curl.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "log.h"
#include "smtp.h"
#include "xmalloc.h"

#define SMTP_DEFAULT_TIMEOUT	300L	/* seconds, when the config says 0 */
#define SMTP_LINE_MAX		512	/* of the server's answer we keep */

struct smtp_session {
	CURL		*curl;
	char		*url;		/* conf url with the EHLO name as path */
	int		 tlsmode;	/* SMTP_TLS_NONE, _STARTTLS, _SMTPS */
	int		 tls_verify;
	char		*cafile;
	char		*user;
	char		*password;
	char		*oauth_token;
	long		 timeout;
	char		*broken;	/* set: every send fails with this */
	int		 fresh;		/* replace the handle before the next send */

	char		 errbuf[CURL_ERROR_SIZE];
	char		 lasterr[SMTP_LINE_MAX]; /* the server's last 4xx/5xx */

	/* the message being uploaded, already in CRLF form */
	const char	*up;
	size_t		 uplen;
	size_t		 upoff;
};

static int	 curl_ready;

static const char *const smtp_tls_names[] = {
	[SMTP_TLS_AUTO] = "auto",
	[SMTP_TLS_NONE] = "none",
	[SMTP_TLS_STARTTLS] = "starttls",
	[SMTP_TLS_SMTPS] = "smtps",
};

const char *
smtp_tls_name(int t)
{
	if (t < 0 || (size_t)t >= sizeof smtp_tls_names /
	    sizeof smtp_tls_names[0])
		return "?";
	return smtp_tls_names[t];
}

/* "auto" is the absence of a word, not something to write. */
int
smtp_tls_parse(const char *w)
{
	size_t	 i;

	for (i = SMTP_TLS_NONE; i < sizeof smtp_tls_names /
	    sizeof smtp_tls_names[0]; i++)
		if (strcmp(w, smtp_tls_names[i]) == 0)
			return (int)i;
	return -1;
}

int
smtp_url_loopback(const char *url)
{
	const char	*h, *e, *s;

	if (url == NULL || (h = strstr(url, "://")) == NULL)
		return 0;
	h += 3;
	e = h + strcspn(h, "/");
	/* credentials in the url end at the last '@' before the path */
	for (s = h; s < e; s++)
		if (*s == '@')
			h = s + 1;
	if (*h == '[')
		return strncmp(h, "[::1]", 5) == 0 && (h[5] == ':' ||
		    h + 5 == e);
	e = h + strcspn(h, ":/");
	if ((size_t)(e - h) == 9 && strncasecmp(h, "localhost", 9) == 0)
		return 1;
	if (e - h < 4 || strncmp(h, "127.", 4) != 0)
		return 0;
	for (s = h + 4; s < e; s++)
		if ((*s < '0' || *s > '9') && *s != '.')
			return 0;
	return 1;
}

int
smtp_tls_mode(const struct smtp_conf *c)
{
	if (c->url != NULL && strncmp(c->url, "smtps://", 8) == 0)
		return SMTP_TLS_SMTPS;
	if (c->starttls || c->tls == SMTP_TLS_STARTTLS)
		return SMTP_TLS_STARTTLS;
	if (c->tls == SMTP_TLS_AUTO && c->user != NULL &&
	    !smtp_url_loopback(c->url))
		return SMTP_TLS_STARTTLS;
	return SMTP_TLS_NONE;
}

/*
 * Bare LF and bare CR become CRLF, CRLF stays.  curl dot-stuffs only lines
 * that follow a CRLF, and RFC 5321 allows no other line end on the wire,
 * so this is what makes a "." line arrive as written.
 */
char *
smtp_crlf(const char *raw, size_t len, size_t *outlen)
{
	size_t	 i, n = 0;
	char	*out;

	for (i = 0; i < len; i++) {
		if (raw[i] == '\r' && i + 1 < len && raw[i + 1] == '\n') {
			n += 2;
			i++;
		} else if (raw[i] == '\r' || raw[i] == '\n')
			n += 2;
		else
			n++;
	}
	out = xmalloc(n + 1);
	for (i = 0, n = 0; i < len; i++) {
		if (raw[i] == '\r' && i + 1 < len && raw[i + 1] == '\n') {
			out[n++] = '\r';
			out[n++] = '\n';
			i++;
		} else if (raw[i] == '\r' || raw[i] == '\n') {
			out[n++] = '\r';
			out[n++] = '\n';
		} else
			out[n++] = raw[i];
	}
	out[n] = '\0';
	*outlen = n;
	return out;
}

/*
 * An envelope address goes between "<" and ">" on a command line: refuse
 * what could end that line or that bracket, and the empty address, before
 * curl sees it.  NULL when fine, else why not.
 */
static const char *
addr_bad(const char *a)
{
	const unsigned char	*p;

	if (a == NULL || *a == '\0')
		return "empty address";
	for (p = (const unsigned char *)a; *p != '\0'; p++) {
		if (*p == '\r' || *p == '\n')
			return "CR or LF in address";
		if (*p == '<' || *p == '>')
			return "'<' or '>' in address";
		if (*p < 0x20 || *p == 0x7f)
			return "control character in address";
	}
	return NULL;
}

/* An EHLO name: a host name or an address literal, nothing else. */
static int
helo_ok(const char *h)
{
	const char	*p;

	if (*h == '\0' || strlen(h) > 255)
		return 0;
	for (p = h; *p != '\0'; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') || strchr(".-[]:", *p) != NULL)
			continue;
		return 0;
	}
	return 1;
}

static size_t
read_cb(char *dst, size_t size, size_t nmemb, void *arg)
{
	struct smtp_session	*s = arg;
	size_t			 n = size * nmemb;

	if (n > s->uplen - s->upoff)
		n = s->uplen - s->upoff;
	memcpy(dst, s->up + s->upoff, n);
	s->upoff += n;
	return n;
}

/*
 * Keep the server's last 4xx or 5xx line for the cause (not merely the
 * last line: after a refused RCPT curl says QUIT, and "221 Bye" explains
 * nothing).  Only what the server sent (CURLINFO_HEADER_IN) is looked at:
 * what we send holds AUTH data.
 */
static int
debug_cb(CURL *c, curl_infotype type, char *data, size_t len, void *arg)
{
	struct smtp_session	*s = arg;
	size_t			 start = 0, end, i, n;

	if (type != CURLINFO_HEADER_IN)
		return 0;
	while (start < len) {
		for (end = start; end < len && data[end] != '\n'; end++)
			;
		n = end - start;
		while (n > 0 && (data[start + n - 1] == '\r'))
			n--;
		if (n > 0 && (data[start] == '4' || data[start] == '5')) {
			if (n >= sizeof s->lasterr)
				n = sizeof s->lasterr - 1;
			for (i = 0; i < n; i++) {
				unsigned char ch = (unsigned char)data[start + i];
				/* a cause goes into logs: no control bytes */
				s->lasterr[i] = (ch < 0x20 || ch == 0x7f) ?
				    '?' : (char)ch;
			}
			s->lasterr[n] = '\0';
		}
		start = end + 1;
	}
	return 0;
}

static int
setup(struct smtp_session *s)
{
	CURL	*c;
	long	 t = s->timeout > 0 ? s->timeout : SMTP_DEFAULT_TIMEOUT;

	if ((c = curl_easy_init()) == NULL)
		return -1;
	s->curl = c;
	s->errbuf[0] = '\0';
	if (curl_easy_setopt(c, CURLOPT_URL, s->url) != CURLE_OK ||
	    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "smtp,smtps") !=
	    CURLE_OK)
		return -1;
	curl_easy_setopt(c, CURLOPT_ERRORBUFFER, s->errbuf);
	curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(c, CURLOPT_TIMEOUT, t);
	curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, t < 30 ? t : 30L);
	curl_easy_setopt(c, CURLOPT_TCP_KEEPALIVE, 1L);
	curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
	curl_easy_setopt(c, CURLOPT_READFUNCTION, read_cb);
	curl_easy_setopt(c, CURLOPT_READDATA, s);
	/* the debug callback only runs in verbose mode; it prints nothing */
	curl_easy_setopt(c, CURLOPT_VERBOSE, 1L);
	curl_easy_setopt(c, CURLOPT_DEBUGFUNCTION, debug_cb);
	curl_easy_setopt(c, CURLOPT_DEBUGDATA, s);

	curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, s->tls_verify ? 1L : 0L);
	curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, s->tls_verify ? 2L : 0L);
	if (s->cafile != NULL &&
	    curl_easy_setopt(c, CURLOPT_CAINFO, s->cafile) != CURLE_OK)
		return -1;
	if (s->tlsmode == SMTP_TLS_STARTTLS)
		curl_easy_setopt(c, CURLOPT_USE_SSL, (long)CURLUSESSL_ALL);

	if (s->user != NULL) {
		curl_easy_setopt(c, CURLOPT_USERNAME, s->user);
		if (s->oauth_token != NULL)
			curl_easy_setopt(c, CURLOPT_XOAUTH2_BEARER,
			    s->oauth_token);
		else if (s->password != NULL)
			curl_easy_setopt(c, CURLOPT_PASSWORD, s->password);
	}
	return 0;
}

/* A session for conf; warn: say what is unsafe in conf (once per pool). */
static struct smtp_session *
session_open(const struct smtp_conf *conf, int warn)
{
	struct smtp_session	*s;
	size_t			 n;

	if (!curl_ready) {
		if (curl_global_init(CURL_GLOBAL_DEFAULT) != 0)
			fatalx("curl_global_init failed");
		curl_ready = 1;
	}
	s = xcalloc(1, sizeof *s);
	s->tlsmode = smtp_tls_mode(conf);
	s->tls_verify = conf->tls_verify;
	s->timeout = conf->timeout;
	s->cafile = conf->cafile ? xstrdup(conf->cafile) : NULL;
	s->user = conf->user ? xstrdup(conf->user) : NULL;
	s->password = conf->password ? xstrdup(conf->password) : NULL;
	s->oauth_token = conf->oauth_token ? xstrdup(conf->oauth_token) : NULL;

	/*
	 * curl takes the EHLO name from the URL's path.  The outbox expects
	 * a session in any case, so a bad config makes a session whose every
	 * send fails (TEMPFAIL: the mail waits for a fixed config).
	 */
	if (conf->url == NULL || *conf->url == '\0') {
		s->broken = xstrdup("no smtp url configured");
		return s;
	}
	if (conf->helo != NULL && !helo_ok(conf->helo)) {
		s->broken = xstrdup("bad helo name in the configuration");
		return s;
	}
	n = strlen(conf->url);
	if (conf->helo != NULL) {
		while (n > 0 && conf->url[n - 1] == '/')
			n--;
		xasprintf(&s->url, "%.*s/%s", (int)n, conf->url, conf->helo);
	} else
		s->url = xstrdup(conf->url);
	if (!s->tls_verify && warn)
		log_warnx("smtp: TLS certificate verification is off, as "
		    "configured");
	if (s->tlsmode == SMTP_TLS_NONE && s->user != NULL && warn &&
	    !smtp_url_loopback(s->url))
		log_warnx("smtp: credentials go to a relay on another host "
		    "in clear text (tls none, as configured)");
	if (setup(s) == -1) {
		xasprintf(&s->broken, "smtp: cannot set up curl for this "
		    "url (scheme must be smtp or smtps)");
		if (s->curl != NULL) {
			curl_easy_cleanup(s->curl);
			s->curl = NULL;
		}
	}
	return s;
}

struct smtp_session *
smtp_open(const struct smtp_conf *conf)
{
	return session_open(conf, 1);
}

/* Drop the connection: the next send starts a new session. */
static void
renew(struct smtp_session *s)
{
	if (s->curl != NULL)
		curl_easy_cleanup(s->curl);
	s->curl = NULL;
	if (setup(s) == -1 && s->broken == NULL)
		s->broken = xstrdup("smtp: cannot set up curl");
	s->fresh = 0;
}

/* The address itself stays out of the cause: it may hold CR or LF. */
static int
refuse(char **cause, const char *what, const char *why)
{
	if (cause != NULL)
		xasprintf(cause, "refused %s address: %s", what, why);
	return SMTP_PERMFAIL;
}

int
smtp_send(struct smtp_session *s, const char *from, const struct strv *rcpts,
    const char *raw, size_t len, char **cause)
{
	struct curl_slist	*rl = NULL, *tmp;
	const char		*why;
	char			*msg;
	size_t			 i, msglen;
	long			 code = 0;
	CURLcode		 rc;
	int			 rv;

	if (cause != NULL)
		*cause = NULL;
	if ((why = addr_bad(from)) != NULL)
		return refuse(cause, "sender", why);
	if (rcpts == NULL || rcpts->n == 0) {
		if (cause != NULL)
			*cause = xstrdup("no recipients");
		return SMTP_PERMFAIL;
	}
	for (i = 0; i < rcpts->n; i++)
		if ((why = addr_bad(rcpts->v[i])) != NULL)
			return refuse(cause, "recipient", why);
	if (s->broken != NULL) {
		if (cause != NULL)
			*cause = xstrdup(s->broken);
		return SMTP_TEMPFAIL;
	}
	if (s->fresh || s->curl == NULL) {
		renew(s);
		if (s->broken != NULL) {
			if (cause != NULL)
				*cause = xstrdup(s->broken);
			return SMTP_TEMPFAIL;
		}
	}

	/*
	 * All recipients or none: one refused RCPT fails the message (no
	 * CURLOPT_MAIL_RCPT_ALLOWFAILS), so that a retry never sends a second
	 * copy to those who got the first.
	 */
	for (i = 0; i < rcpts->n; i++) {
		if ((tmp = curl_slist_append(rl, rcpts->v[i])) == NULL)
			fatalx("curl_slist_append: out of memory");
		rl = tmp;
	}
	msg = smtp_crlf(raw, len, &msglen);
	s->up = msg;
	s->uplen = msglen;
	s->upoff = 0;
	s->lasterr[0] = '\0';
	s->errbuf[0] = '\0';
	curl_easy_setopt(s->curl, CURLOPT_MAIL_FROM, from);
	curl_easy_setopt(s->curl, CURLOPT_MAIL_RCPT, rl);
	curl_easy_setopt(s->curl, CURLOPT_INFILESIZE_LARGE, (curl_off_t)msglen);

	rc = curl_easy_perform(s->curl);
	curl_easy_getinfo(s->curl, CURLINFO_RESPONSE_CODE, &code);

	/* the handle must not keep pointers to what we free now */
	curl_easy_setopt(s->curl, CURLOPT_MAIL_RCPT, NULL);
	curl_slist_free_all(rl);
	s->up = NULL;
	s->uplen = s->upoff = 0;
	free(msg);

	if (rc == CURLE_OK)
		return SMTP_OK;

	/*
	 * A 5xx is the server's final word on this message.  A refused
	 * login is a 5xx too, but it says nothing about the message: the
	 * mail waits for a fixed password like for any other local trouble.
	 */
	if (code >= 500 && code <= 599 && rc != CURLE_LOGIN_DENIED)
		rv = SMTP_PERMFAIL;
	else
		rv = SMTP_TEMPFAIL;
	if (cause != NULL) {
		if (code >= 400 && s->lasterr[0] != '\0')
			xasprintf(cause, "%s", s->lasterr);
		else
			xasprintf(cause, "%s%s%s", curl_easy_strerror(rc),
			    s->errbuf[0] != '\0' ? ": " : "", s->errbuf);
	}
	/* a new connection for the next message, whatever went wrong */
	s->fresh = 1;
	return rv;
}

void
smtp_close(struct smtp_session *s)
{
	if (s == NULL)
		return;
	if (s->curl != NULL)
		curl_easy_cleanup(s->curl);
	free(s->url);
	free(s->cafile);
	free(s->user);
	freezero_str(s->password);
	freezero_str(s->oauth_token);
	free(s->broken);
	free(s);
}

#define SMTP_POOL_MAX		64	/* sessions, whatever the config says */

struct smtp_pool {
	struct smtp_session	**s;
	int			 *insession;	/* messages on each connection */
	int			  n;
	int			  per_session;

	/* one batch: shared by the threads, under lock */
	pthread_mutex_t		  lock;
	struct smtp_job		 *jobs;
	size_t			  njobs;
	size_t			  next;		/* the next job to start */
	int			  tempfails;	/* in a row */
};

struct smtp_worker {
	struct smtp_pool	*p;
	int			 i;		/* its session */
};

struct smtp_pool *
smtp_pool_open(const struct smtp_conf *conf)
{
	struct smtp_pool	*p;
	int			 i;

	p = xcalloc(1, sizeof *p);
	p->n = conf->sessions < 1 ? 1 : conf->sessions;
	if (p->n > SMTP_POOL_MAX)
		p->n = SMTP_POOL_MAX;
	p->per_session = conf->per_session;
	p->s = xcalloc((size_t)p->n, sizeof *p->s);
	p->insession = xcalloc((size_t)p->n, sizeof *p->insession);
	for (i = 0; i < p->n; i++)
		p->s[i] = session_open(conf, i == 0);
	if (pthread_mutex_init(&p->lock, NULL) != 0)
		fatalx("pthread_mutex_init failed");
	return p;
}

int
smtp_pool_size(const struct smtp_pool *p)
{
	return p->n;
}

/* One job on session i: a new connection first when the cap is reached. */
static void
pool_one(struct smtp_pool *p, int i, struct smtp_job *j)
{
	struct smtp_session	*s = p->s[i];

	if (p->per_session > 0 && p->insession[i] >= p->per_session) {
		s->fresh = 1;
		p->insession[i] = 0;
	}
	j->rv = smtp_send(s, j->from, j->rcpts, j->raw, j->len, &j->cause);
	if (j->rv == SMTP_TEMPFAIL && p->insession[i] > 0) {
		/*
		 * A relay whose cap is below per-session answers 452: a new
		 * session, at once (smtp_send has dropped the connection).
		 */
		free(j->cause);
		j->cause = NULL;
		p->insession[i] = 0;
		j->rv = smtp_send(s, j->from, j->rcpts, j->raw, j->len,
		    &j->cause);
	}
	if (j->rv == SMTP_OK)
		p->insession[i]++;
	else
		p->insession[i] = 0;	/* smtp_send dropped the connection */
}

/* A worker: take the next job until none is left or the relay fails. */
static void *
pool_worker(void *arg)
{
	struct smtp_worker	*w = arg;
	struct smtp_pool	*p = w->p;
	struct smtp_job		*j;

	for (;;) {
		pthread_mutex_lock(&p->lock);
		if (p->next >= p->njobs || p->tempfails >= 3) {
			pthread_mutex_unlock(&p->lock);
			return NULL;
		}
		j = &p->jobs[p->next++];
		pthread_mutex_unlock(&p->lock);

		pool_one(p, w->i, j);

		pthread_mutex_lock(&p->lock);
		if (j->rv == SMTP_TEMPFAIL)
			p->tempfails++;
		else if (j->rv == SMTP_OK)
			p->tempfails = 0;
		pthread_mutex_unlock(&p->lock);
	}
}

int
smtp_pool_send(struct smtp_pool *p, struct smtp_job *jobs, size_t n,
    int tempfails)
{
	struct smtp_worker	 w[SMTP_POOL_MAX];
	pthread_t		 t[SMTP_POOL_MAX];
	size_t			 i;
	int			 k, nt, started = 0;

	for (i = 0; i < n; i++) {
		jobs[i].rv = SMTP_UNTRIED;
		jobs[i].cause = NULL;
	}
	p->jobs = jobs;
	p->njobs = n;
	p->next = 0;
	p->tempfails = tempfails;
	nt = (size_t)p->n < n ? p->n : (int)n;
	/* One session needs no thread; nor does a thread that cannot start. */
	for (k = 1; k < nt; k++) {
		w[k].p = p;
		w[k].i = k;
		if (pthread_create(&t[k], NULL, pool_worker, &w[k]) != 0)
			break;
		started++;
	}
	w[0].p = p;
	w[0].i = 0;
	pool_worker(&w[0]);
	for (k = 1; k <= started; k++)
		pthread_join(t[k], NULL);
	p->jobs = NULL;
	p->njobs = p->next = 0;
	return p->tempfails;
}

void
smtp_pool_close(struct smtp_pool *p)
{
	int	 i;

	if (p == NULL)
		return;
	for (i = 0; i < p->n; i++)
		smtp_close(p->s[i]);
	pthread_mutex_destroy(&p->lock);
	free(p->s);
	free(p->insession);
	free(p);
}
