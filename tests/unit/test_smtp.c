/*
 * test_smtp.c -- what smtp.c decides without a mail server: line ends made
 * CRLF, envelope addresses refused before they reach curl, a bad config
 * or an unreachable server classified as temporary.  The conversation with
 * a real server is in tests/t_smtp.sh.
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "smtp.h"
#include "test.h"

static char *
crlf(const char *in)
{
	size_t	 n;
	char	*out = smtp_crlf(in, strlen(in), &n);

	if (strlen(out) != n) {
		fprintf(stderr, "smtp_crlf: length %zu, strlen %zu\n", n,
		    strlen(out));
		test_failed_now = 1;
	}
	return out;
}

static void
test_crlf(void)
{
	char	*s;

	CHECK_STR(s = crlf(""), ""); free(s);
	CHECK_STR(s = crlf("a\nb\n"), "a\r\nb\r\n"); free(s);
	CHECK_STR(s = crlf("a\r\nb\r\n"), "a\r\nb\r\n"); free(s);
	CHECK_STR(s = crlf("a\rb"), "a\r\nb"); free(s);
	CHECK_STR(s = crlf("a\r\n\nb\r"), "a\r\n\r\nb\r\n"); free(s);
	CHECK_STR(s = crlf("\n.\n..x\n"), "\r\n.\r\n..x\r\n"); free(s);
	CHECK_STR(s = crlf("\r\r\n\n"), "\r\n\r\n\r\n"); free(s);
	CHECK_STR(s = crlf("no end"), "no end"); free(s);
}

static void
test_crlf_binary(void)
{
	const char	 in[] = { 'a', '\0', '\n', 'b' };
	size_t		 n;
	char		*s = smtp_crlf(in, sizeof in, &n);

	CHECK_INT(n, 5);
	CHECK(memcmp(s, "a\0\r\nb", 5) == 0);
	free(s);
}

static struct smtp_conf
conf_for(const char *url)
{
	struct smtp_conf	 c;

	memset(&c, 0, sizeof c);
	c.url = (char *)url;
	c.tls_verify = 1;
	c.timeout = 5;
	return c;
}

static int
send1(struct smtp_session *s, const char *from, const char *to,
    char **cause)
{
	struct strv	 r = { NULL, 0 };
	int		 rv;

	if (to != NULL)
		strv_add(&r, to);
	rv = smtp_send(s, from, &r, "Subject: x\n\nx\n", 14, cause);
	strv_free(&r);
	return rv;
}

static void
test_refusals(void)
{
	struct smtp_conf	 c = conf_for("smtp://127.0.0.1:1");
	struct smtp_session	*s = smtp_open(&c);
	static const char	*bad[] = {
		"", "a\r@example.com", "a\n@example.com",
		"a@example.com\r\nRCPT TO:<x@example.org>",
		"<a@example.com>", "a@example.com>", "a>b@example.com",
		"a\t@example.com", "a\x7f@example.com",
	};
	char			*cause;
	size_t			 i;

	for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		cause = NULL;
		CHECK_INT(send1(s, bad[i], "ok@example.com", &cause),
		    SMTP_PERMFAIL);
		CHECK_CONTAINS(cause, "refused sender address");
		CHECK(cause == NULL || strchr(cause, '\n') == NULL);
		free(cause);
		cause = NULL;
		CHECK_INT(send1(s, "ok@example.com", bad[i], &cause),
		    SMTP_PERMFAIL);
		CHECK_CONTAINS(cause, "refused recipient address");
		free(cause);
	}
	CHECK_INT(send1(s, NULL, "ok@example.com", &cause), SMTP_PERMFAIL);
	free(cause);
	cause = NULL;
	CHECK_INT(send1(s, "ok@example.com", NULL, &cause), SMTP_PERMFAIL);
	CHECK_CONTAINS(cause, "no recipients");
	free(cause);
	/* a NULL cause is allowed */
	CHECK_INT(send1(s, "", "ok@example.com", NULL), SMTP_PERMFAIL);
	smtp_close(s);
}

static void
test_unreachable(void)
{
	struct smtp_conf	 c = conf_for("smtp://127.0.0.1:1");
	struct smtp_session	*s = smtp_open(&c);
	char			*cause = NULL;

	CHECK_INT(send1(s, "a@example.com", "b@example.com", &cause),
	    SMTP_TEMPFAIL);
	CHECK(cause != NULL && *cause != '\0');
	free(cause);
	/* and again, on the renewed handle */
	cause = NULL;
	CHECK_INT(send1(s, "a@example.com", "b@example.com", &cause),
	    SMTP_TEMPFAIL);
	CHECK(cause != NULL);
	free(cause);
	smtp_close(s);
}

static void
test_bad_config(void)
{
	struct smtp_conf	 c = conf_for("smtp://127.0.0.1:1");
	struct smtp_session	*s;
	char			*cause = NULL;
	char			 path[] = "/tmp/test_smtp_fileXXXXXX";
	char			*url;
	int			 fd;

	c.helo = (char *)"bad helo\r\nMAIL FROM:<x@y>";
	s = smtp_open(&c);
	CHECK(s != NULL);
	CHECK_INT(send1(s, "a@example.com", "b@example.com", &cause),
	    SMTP_TEMPFAIL);
	CHECK_CONTAINS(cause, "helo");
	free(cause);
	smtp_close(s);

	c = conf_for(NULL);
	s = smtp_open(&c);
	cause = NULL;
	CHECK_INT(send1(s, "a@example.com", "b@example.com", &cause),
	    SMTP_TEMPFAIL);
	CHECK_CONTAINS(cause, "no smtp url");
	free(cause);
	smtp_close(s);

	/* only smtp and smtps: an upload to file:// would write a file */
	fd = mkstemp(path);
	CHECK(fd != -1);
	close(fd);
	unlink(path);
	xasprintf(&url, "file://%s", path);
	c = conf_for(url);
	s = smtp_open(&c);
	cause = NULL;
	CHECK_INT(send1(s, "a@example.com", "b@example.com", &cause),
	    SMTP_TEMPFAIL);
	CHECK(cause != NULL);
	CHECK(access(path, F_OK) == -1);
	unlink(path);
	free(cause);
	free(url);
	smtp_close(s);
}

int
main(void)
{
	RUN(test_crlf);
	RUN(test_crlf_binary);
	RUN(test_refusals);
	RUN(test_unreachable);
	RUN(test_bad_config);
	TEST_DONE();
}
