/*
 * smtp.h -- delivering outgoing mail over SMTP with libcurl.  One session
 * keeps its connection across a batch; answers are classified so that the
 * outbox knows whether to retry.
 */
#ifndef SMTP_H
#define SMTP_H

#include <stddef.h>

#include "xmalloc.h"

struct smtp_conf {
	char	*url;		/* smtp://host:port or smtps://host:port */
	int	 starttls;	/* 1: require STARTTLS on smtp:// */
	int	 tls_verify;	/* 0 only when the config says so */
	char	*cafile;	/* NULL: system store */
	char	*user;		/* NULL: no AUTH */
	char	*password;
	char	*oauth_token;	/* XOAUTH2 bearer token, instead of password */
	char	*helo;		/* NULL: curl's default */
	long	 timeout;	/* seconds for one transaction */
};

#define SMTP_OK		0	/* accepted by the server */
#define SMTP_TEMPFAIL	1	/* 4xx or connection trouble: retry later */
#define SMTP_PERMFAIL	2	/* 5xx: the mail will never go */

struct smtp_session;

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
 * raw with every line ending made CRLF (bare LF and bare CR alike), so
 * that curl's dot-stuffing sees every line; NUL-terminated, *outlen set.
 * What smtp_send() puts on the wire; exposed for the tests.
 */
char	*smtp_crlf(const char *raw, size_t len, size_t *outlen);

#endif
