/*
 * smtp.h -- delivering outgoing mail over SMTP with libcurl.  One session
 * keeps its connection across a batch, a pool runs several sessions in
 * parallel; answers are classified so that the outbox knows whether to
 * retry.
 */
#ifndef SMTP_H
#define SMTP_H

#include <stddef.h>

#include "xmalloc.h"

/*
 * TLS toward the relay.  Credentials never cross the network in clear
 * text unless the admin wrote "tls none": with SMTP_TLS_AUTO a relay that
 * is not this machine gets STARTTLS required as soon as there is a user.
 */
#define SMTP_TLS_AUTO		0	/* nothing said */
#define SMTP_TLS_NONE		1	/* clear text, as the admin wrote */
#define SMTP_TLS_STARTTLS	2	/* STARTTLS required */
#define SMTP_TLS_SMTPS		3	/* implicit TLS: an smtps:// url */

struct smtp_conf {
	char	*url;		/* smtp://host:port or smtps://host:port */
	int	 starttls;	/* 1: require STARTTLS on smtp:// */
	int	 tls;		/* SMTP_TLS_*, as configured */
	int	 tls_verify;	/* 0 only when the config says so */
	char	*cafile;	/* NULL: system store */
	char	*user;		/* NULL: no AUTH */
	char	*password;
	char	*oauth_token;	/* XOAUTH2 bearer token, instead of password */
	char	*helo;		/* NULL: curl's default */
	long	 timeout;	/* seconds for one transaction */
	int	 sessions;	/* sessions in parallel (a pool); 0 means 1 */
	int	 per_session;	/* messages before a new session; 0: no cap */
};

#define SMTP_OK		0	/* accepted by the server */
#define SMTP_TEMPFAIL	1	/* 4xx or connection trouble: retry later */
#define SMTP_PERMFAIL	2	/* 5xx: the mail will never go */

struct smtp_session;

/* The config word for SMTP_TLS_*, and back (-1: no such word). */
const char *smtp_tls_name(int);
int	 smtp_tls_parse(const char *);
/* Is the url's host this machine: localhost, 127.0.0.0/8, ::1? */
int	 smtp_url_loopback(const char *url);
/* What a session with conf does: SMTP_TLS_NONE, _STARTTLS or _SMTPS. */
int	 smtp_tls_mode(const struct smtp_conf *);

struct smtp_session *smtp_open(const struct smtp_conf *);
/*
 * Send raw (a complete message, LF or CRLF line endings) from envelope
 * sender from to rcpts.  Returns SMTP_OK, SMTP_TEMPFAIL or SMTP_PERMFAIL;
 * on failure *cause holds the server's answer or the connection error.
 * Addresses holding CR, LF, NUL, '<' or '>' are refused (PERMFAIL) before
 * they reach the wire.
 */
int	 smtp_send(struct smtp_session *, const char *from,
	    const struct strv *rcpts, const char *raw, size_t len,
	    char **cause);
void	 smtp_close(struct smtp_session *);

/*
 * A pool: conf->sessions sessions sending one batch in parallel, each on
 * its own thread and connection, each closed and reopened after
 * conf->per_session messages (before the relay's cap, not after its 452).
 */
struct smtp_job {
	const char		*from;		/* in */
	const struct strv	*rcpts;
	const char		*raw;
	size_t			 len;
	int			 rv;		/* out: SMTP_*, or SMTP_UNTRIED */
	char			*cause;		/* out, the caller frees it */
};
#define SMTP_UNTRIED	-1	/* not sent: the relay was failing */

struct smtp_pool;

struct smtp_pool *smtp_pool_open(const struct smtp_conf *);
/*
 * Send every job; each gets rv and cause.  After three temporary failures
 * in a row (the relay is down) the jobs not yet started stay SMTP_UNTRIED.
 * Returns the temporary failures in a row at the end of the batch.
 */
int	 smtp_pool_send(struct smtp_pool *, struct smtp_job *, size_t n,
	    int tempfails);
int	 smtp_pool_size(const struct smtp_pool *);
void	 smtp_pool_close(struct smtp_pool *);

/*
 * raw with every line ending made CRLF (bare LF and bare CR alike), so
 * that curl's dot-stuffing sees every line; NUL-terminated, *outlen set.
 * What smtp_send() puts on the wire; exposed for the tests.
 */
char	*smtp_crlf(const char *raw, size_t len, size_t *outlen);

#endif
