/*
 * test_secrets.c -- what keeps credentials and keys to ourselves: the
 * relay's TLS policy (credentials to another host never in clear text
 * unless "tls none" says so), the smtp "tls" keyword's errors, and the
 * refusal of secrets that other users can read.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "config.h"
#include "smtp.h"
#include "test.h"

static char	 dir[64];

/* Load text from dir/t.conf with mode; the errors joined, "" if none. */
static char *
load(const char *text, mode_t mode, struct config **out)
{
	struct strv	 errors = { NULL, 0 };
	struct config	*c = NULL;
	struct buf	 b;
	char		*path;
	size_t		 i;

	test_write_file(dir, "t.conf", text);
	xasprintf(&path, "%s/t.conf", dir);
	chmod(path, mode);
	config_load(path, &c, &errors);
	buf_init(&b, 0);
	buf_adds(&b, "");
	for (i = 0; i < errors.n; i++)
		buf_printf(&b, "%s\n", errors.v[i]);
	strv_free(&errors);
	free(path);
	if (out != NULL)
		*out = c;
	else
		config_free(c);
	return buf_release(&b);
}

static void
test_loopback(void)
{
	CHECK(smtp_url_loopback("smtp://localhost:25"));
	CHECK(smtp_url_loopback("smtp://LOCALHOST"));
	CHECK(smtp_url_loopback("smtp://127.0.0.1:587/desk.example.com"));
	CHECK(smtp_url_loopback("smtp://127.1.2.3"));
	CHECK(smtp_url_loopback("smtp://[::1]:25"));
	CHECK(smtp_url_loopback("smtp://u:p@localhost:25"));
	CHECK(!smtp_url_loopback("smtp://mail.example.com:587"));
	CHECK(!smtp_url_loopback("smtp://localhost.example.com"));
	CHECK(!smtp_url_loopback("smtp://127.0.0.1.example.com"));
	CHECK(!smtp_url_loopback("smtp://[::1]x:25"));
	CHECK(!smtp_url_loopback("smtp://localhost@evil.example:25"));
	CHECK(!smtp_url_loopback("smtp://10.0.0.1"));
	CHECK(!smtp_url_loopback(NULL));
}

/* The TLS a session uses, for every way of writing the config. */
static void
test_tls_mode(void)
{
	struct smtp_conf c;

	memset(&c, 0, sizeof c);
	c.url = (char *)"smtp://mail.example.com:587";
	CHECK_INT(smtp_tls_mode(&c), SMTP_TLS_NONE);	/* no credentials */
	c.user = (char *)"support";
	CHECK_INT(smtp_tls_mode(&c), SMTP_TLS_STARTTLS);
	c.tls = SMTP_TLS_NONE;
	CHECK_INT(smtp_tls_mode(&c), SMTP_TLS_NONE);	/* the admin said so */
	c.tls = SMTP_TLS_STARTTLS;
	CHECK_INT(smtp_tls_mode(&c), SMTP_TLS_STARTTLS);
	c.tls = SMTP_TLS_AUTO;
	c.url = (char *)"smtp://127.0.0.1:25";
	CHECK_INT(smtp_tls_mode(&c), SMTP_TLS_NONE);	/* this machine */
	c.starttls = 1;
	CHECK_INT(smtp_tls_mode(&c), SMTP_TLS_STARTTLS);
	c.url = (char *)"smtps://mail.example.com";
	CHECK_INT(smtp_tls_mode(&c), SMTP_TLS_SMTPS);
	CHECK_INT(smtp_tls_parse("none"), SMTP_TLS_NONE);
	CHECK_INT(smtp_tls_parse("smtps"), SMTP_TLS_SMTPS);
	CHECK_INT(smtp_tls_parse("auto"), -1);
	CHECK_STR(smtp_tls_name(SMTP_TLS_STARTTLS), "starttls");
}

static void
test_tls_keyword(void)
{
	static const struct {
		const char *text;
		const char *want;
	} cases[] = {
		{ "desk-address a@b\nsmtp {\n url smtp://m.example.com:587\n"
		  " tls maybe\n}\n",
		  "t.conf:4: tls: expected none, starttls or smtps" },
		{ "desk-address a@b\nsmtp {\n url smtp://m.example.com:587\n"
		  " tls smtps\n}\n",
		  "t.conf:4: tls smtps needs an smtps:// url" },
		{ "desk-address a@b\nsmtp {\n url smtps://m.example.com\n"
		  " tls none\n}\n",
		  "t.conf:4: tls none: the url is smtps://, TLS from the start" },
		{ "desk-address a@b\nsmtp {\n url smtp://m.example.com\n"
		  " starttls yes\n tls none\n}\n",
		  "t.conf:5: tls none, but starttls yes" },
	};
	struct config	*c;
	size_t		 i;
	char		*e;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		e = load(cases[i].text, 0600, NULL);
		CHECK_CONTAINS(e, cases[i].want);
		free(e);
	}
	e = load("desk-address a@b\nsmtp {\n url smtp://m.example.com:587\n"
	    " user support\n tls none\n}\n", 0600, &c);
	CHECK_STR(e, "");
	if (c != NULL)
		CHECK_INT(smtp_tls_mode(&c->smtp), SMTP_TLS_NONE);
	config_free(c);
	free(e);
	e = load("desk-address a@b\nsmtp {\n url smtp://m.example.com:587\n"
	    " user support\n}\n", 0600, &c);
	CHECK_STR(e, "");
	if (c != NULL)
		CHECK_INT(smtp_tls_mode(&c->smtp), SMTP_TLS_STARTTLS);
	config_free(c);
	free(e);
}

/* A password in a file others can read: refused, and only then. */
static void
test_readable_password(void)
{
	static const char *pw = "desk-address a@b\nsmtp {\n"
	    " url smtp://127.0.0.1\n user u\n password \"hunter2\"\n}\n";
	char	*e, *want;

	chmod(dir, 0755);
	e = load(pw, 0644, NULL);
	xasprintf(&want, "%s/t.conf: it holds a password, and other users "
	    "can read it (mode 0644); chmod o-r %s/t.conf\n", dir, dir);
	CHECK_STR(e, want);
	CHECK(strstr(e, "hunter2") == NULL);
	free(want);
	free(e);
	e = load(pw, 0640, NULL);
	CHECK_STR(e, "");
	free(e);
	e = load("desk-address a@b\n", 0644, NULL);
	CHECK_STR(e, "");
	free(e);
	e = load("desk-address a@b\n", 0646, NULL);
	CHECK_CONTAINS(e, "t.conf: other users can write it (mode 0646)");
	free(e);
	/* nobody but us gets into a 0700 directory */
	chmod(dir, 0700);
	e = load(pw, 0644, NULL);
	CHECK_STR(e, "");
	free(e);
}

int
main(void)
{
	test_scratch(dir, sizeof dir, "supportd-test-secrets");
	RUN(test_loopback);
	RUN(test_tls_mode);
	RUN(test_tls_keyword);
	RUN(test_readable_password);
	test_rmtree(dir);
	TEST_DONE();
}
