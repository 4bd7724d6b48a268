/*
 * test_config.c -- supportd.conf: defaults, relative paths, and every
 * error message with its file:line.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "config.h"
#include "test.h"

static char	 dir[] = "/tmp/supportd-test-config.XXXXXX";

static char *
write_conf(const char *name, const char *text)
{
	char	*path;

	test_write_file(dir, name, text);
	xasprintf(&path, "%s/%s", dir, name);
	return path;
}

/* Load text; return the errors joined by newlines ("" when it loaded). */
static char *
errors_of(const char *text, struct config **out)
{
	struct strv	 errors = { NULL, 0 };
	struct config	*c = NULL;
	struct buf	 b;
	char		*path = write_conf("t.conf", text);
	size_t		 i;

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
test_defaults_and_paths(void)
{
	struct config	*c;
	char		*e, *want;

	e = errors_of("desk-address support@example.com\n", &c);
	CHECK_STR(e, "");
	CHECK(c != NULL);
	if (c == NULL)
		return;
	xasprintf(&want, "%s/supportd.db", c->dir);
	CHECK_STR(c->database, want);
	free(want);
	xasprintf(&want, "%s/rules/templates", c->dir);
	CHECK_STR(c->templates_dir, want);
	free(want);
	CHECK_STR(c->case_prefix, "CS");
	CHECK_STR(c->envelope_from, "support@example.com");
	CHECK(config_is_ours(c, "SUPPORT@example.com"));
	CHECK(config_is_ours(c, "support+cs-1001.abc@example.com"));
	CHECK(!config_is_ours(c, "support+x@example.org"));
	CHECK(!config_is_ours(c, "supportx@example.com"));
	CHECK(c->secret == NULL);
	CHECK_INT(config_secret(c, NULL), 0);
	CHECK(c->secret != NULL && c->secretlen == 64);
	CHECK_INT(c->smtp.tls_verify, 1);
	config_free(c);
	free(e);
}

/* The database setting: SQLite paths resolve, connection strings do not. */
static void
test_database(void)
{
	static const char *const url =
	    "postgresql://supportd@db.example.com/desk?sslmode=verify-full";
	struct config	*c;
	char		*e, *t, *want;

	xasprintf(&t, "desk-address a@b\ndatabase %s\n", url);
	e = errors_of(t, &c);
	CHECK_STR(e, "");
	if (c != NULL)
		CHECK_STR(c->database, url);
	config_free(c);
	free(e);
	free(t);
	e = errors_of("desk-address a@b\ndatabase sqlite:desk.db\n", &c);
	CHECK_STR(e, "");
	if (c != NULL) {
		xasprintf(&want, "sqlite:%s/desk.db", c->dir);
		CHECK_STR(c->database, want);
		free(want);
	}
	config_free(c);
	free(e);
}

static void
test_secret_is_kept(void)
{
	struct config	*a, *b;
	char		*e1, *e2;
	struct stat	 sb;
	char		*path;

	e1 = errors_of("desk-address support@example.com\n", &a);
	e2 = errors_of("desk-address support@example.com\n", &b);
	CHECK(a != NULL && b != NULL);
	if (a && b)
		CHECK(config_secret(a, NULL) == 0 && config_secret(b, NULL) == 0);
	if (a && b)
		CHECK_STR(a->secret, b->secret);
	xasprintf(&path, "%s/secret", dir);
	CHECK(stat(path, &sb) == 0 && (sb.st_mode & 077) == 0);
	free(path);
	config_free(a);
	config_free(b);
	free(e1);
	free(e2);
}

static void
test_blocks(void)
{
	struct config	*c;
	char		*e;

	e = errors_of(
	    "desk-address support@example.com\n"
	    "case-prefix HELP\n"
	    "closed-policy new-case\n"
	    "agent maria maria@example.com\n"
	    "smtp {\n"
	    "  url smtp://127.0.0.1:2525\n"
	    "  tls-verify no\n"
	    "}\n"
	    "mailbox support {\n"
	    "  host 127.0.0.1\n"
	    "  port 1143\n"
	    "  tls none\n"
	    "  user support\n"
	    "  password \"sec ret \\\"x\\\"\"   # a comment\n"
	    "  queue billing\n"
	    "  move-to Done\n"
	    "  first-start now\n"
	    "}\n", &c);
	CHECK_STR(e, "");
	CHECK(c != NULL);
	if (c != NULL) {
		CHECK_STR(c->case_prefix, "HELP");
		CHECK_INT(c->closed_policy, CLOSED_NEWCASE);
		CHECK_STR(c->smtp.url, "smtp://127.0.0.1:2525");
		CHECK_INT(c->smtp.tls_verify, 0);
		CHECK_INT(c->nmailboxes, 1);
		CHECK_STR(c->mailboxes[0].imap.password, "sec ret \"x\"");
		CHECK_INT(c->mailboxes[0].imap.port, 1143);
		CHECK_INT(c->mailboxes[0].imap.tls, IMAP_TLS_NONE);
		CHECK_INT(c->mailboxes[0].imap.tls_verify, 1);
		CHECK_STR(c->mailboxes[0].queue, "billing");
		CHECK_STR(c->mailboxes[0].imap.move_to, "Done");
		CHECK_INT(c->mailboxes[0].first_start, FIRST_NOW);
		CHECK(config_agent(c, "Maria@Example.com") != NULL);
		CHECK(config_agent(c, "jan@example.com") == NULL);
	}
	config_free(c);
	free(e);
}

/* Every error message, with the line it points at. */
static void
test_errors(void)
{
	static const struct {
		const char *text;
		const char *want;
	} cases[] = {
		{ "desk-address support@example.com\nfrobnicate 1\n",
		  "t.conf:2: unknown keyword \"frobnicate\"" },
		{ "desk-address a@b\ndatabase postgresql://desk:hunter2@db/desk\n",
		  "t.conf:2: database: a password in the connection string" },
		{ "desk-address a@b\ndatabase "
		  "\"postgres:///desk?host=/run&password=hunter2\"\n",
		  "t.conf:2: database: a password in the connection string" },
		{ "desk-address support@example.com\ncase-prefix\n",
		  "t.conf:2: case-prefix takes one value" },
		{ "desk-address support@example.com\ncase-prefix C-S\n",
		  "t.conf:2: case-prefix: 1 to 16 letters or digits" },
		{ "desk-address not-an-address\n",
		  "t.conf:1: desk-address: \"not-an-address\" is not an address" },
		{ "desk-address a@b\nautoreply-limit lots\n",
		  "t.conf:2: autoreply-limit: \"lots\" is not a number from 0 to 1000" },
		{ "desk-address a@b\nmessage-cpu-limit fast\n",
		  "t.conf:2: message-cpu-limit: a time such as 10s, 500ms or 0" },
		{ "desk-address a@b\nmessage-cpu-limit 10h\n",
		  "t.conf:2: message-cpu-limit: a time such as" },
		{ "desk-address a@b\nautoreply-domain-limit -1\n",
		  "t.conf:2: autoreply-domain-limit: \"-1\" is not a number" },
		{ "desk-address a@b\npoll-interval 0\n",
		  "t.conf:2: poll-interval: \"0\" is not a number from 1 to 86400" },
		{ "desk-address a@b\nclosed-policy maybe\n",
		  "t.conf:2: closed-policy: expected reopen or new-case" },
		{ "desk-address a@b\ndesk-name \"unterminated\n",
		  "t.conf:2: unterminated quoted string" },
		{ "desk-address a@b\nsmtp {\n  url http://x\n}\n",
		  "t.conf:3: url must start with smtp:// or smtps://" },
		{ "desk-address a@b\nsmtp {\n  tls-verify maybe\n}\n",
		  "t.conf:3: tls-verify: expected yes or no" },
		{ "desk-address a@b\nsmtp {\n  colour blue\n}\n",
		  "t.conf:3: unknown smtp keyword \"colour\"" },
		{ "desk-address a@b\nmailbox m {\n  host h\n  user u\n  tls maybe\n}\n",
		  "t.conf:5: tls: expected none, starttls or imaps" },
		{ "desk-address a@b\nmailbox m {\n  host h\n  user u\n  port 70000\n}\n",
		  "t.conf:5: port: \"70000\" is not a number from 1 to 65535" },
		{ "desk-address a@b\nmailbox m {\n  user u\n}\n",
		  "t.conf:2: mailbox m: host is required" },
		{ "desk-address a@b\nmailbox m {\n  host h\n}\n",
		  "t.conf:2: mailbox m: user is required" },
		{ "desk-address a@b\nmailbox m {\n  host h\n  user u\n",
		  "t.conf:4: missing \"}\" at end of file" },
		{ "desk-address a@b\n}\n",
		  "t.conf:2: \"}\" without a block" },
		{ "desk-address a@b\nmailbox m {\nsmtp {\n}\n",
		  "t.conf:3: blocks do not nest" },
		{ "desk-address a@b\nagent ana {\n  language es\n}\n",
		  "t.conf:2: agent ana: address is required" },
		{ "desk-address a@b\nagent ana {\n  address ana@x.org\n"
		  "  colour blue\n}\n",
		  "t.conf:4: unknown keyword \"colour\" in agent ana" },
		{ "desk-address a@b\nagent ana ana@x.org\nagent ana b@x.org\n",
		  "t.conf:3: agent \"ana\" is defined twice" },
		{ "desk-address a@b\naccount ana example.org\n",
		  "account: no agent named \"ana\"" },
		{ "desk-address a@b\nagent ana ana@x.org\naccount ana x_y\n",
		  "t.conf:3: account ana: \"x_y\" is neither an address nor a "
		  "domain" },
		{ "desk-address a@b\nwidget {\n}\n",
		  "t.conf:2: expected \"smtp {\", \"mailbox NAME {\" or \"agent NAME {\"" },
		{ "desk-address a@b\nmailbox m {\n host h\n user u\n}\n"
		  "mailbox m {\n host h\n user u\n}\n",
		  "t.conf:6: mailbox \"m\" is defined twice" },
		{ "desk-address a@b\nmailbox m {\n  host h\n  user u\n  first-start later\n}\n",
		  "t.conf:5: first-start: expected all, quiet or now" },
		{ "desk-address a@b\nsmtp {\n auth none\n}\n",
		  "t.conf:3: auth: expected plain, login or xoauth2" },
		{ "desk-address a@b\nmailbox m {\n  host h\n  user u\n  auth kerberos\n}\n",
		  "t.conf:5: auth: expected plain, login or xoauth2" },
		{ "desk-address a@b\nagent maria\n",
		  "t.conf:2: agent takes 2 values" },
		{ "desk-address a@b\naddress x@b\nagent x x@b\n",
		  "t.conf: agent x uses a desk address, x@b" },
		{ "desk-address a@b\nsupervisor boss\n",
		  "t.conf:2: supervisor: \"boss\" is not an address" },
		{ "desk-address a@b\ndefault-language english\n",
		  "t.conf:2: default-language: a two-letter code" },
		{ "desk-address a@b\n\"a\"b\n",
		  "t.conf:2: missing space after quoted string" },
		{ "case-prefix CS\n",
		  "t.conf: desk-address is required" },
		{ "desk-address a@b\nmailbox m {\n  host h\n  user u\n"
		  "  password-file nonexistent\n}\n",
		  "nonexistent: No such file or directory" },
	};
	size_t	 i;
	char	*e;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		e = errors_of(cases[i].text, NULL);
		CHECK_CONTAINS(e, cases[i].want);
		free(e);
	}
}

static void
test_all_errors_reported(void)
{
	char	*e = errors_of("desk-address a@b\nfoo\nbar\nbaz 1 2\n", NULL);

	CHECK_CONTAINS(e, "t.conf:2:");
	CHECK_CONTAINS(e, "t.conf:3:");
	CHECK_CONTAINS(e, "t.conf:4:");
	free(e);
}

static void
test_password_command(void)
{
	struct config	*c;
	char		*e, *out = NULL, *cause = NULL;

	CHECK_INT(config_run_secret("printf 'tok-1\\nrest\\n'", &out, &cause), 0);
	CHECK_STR(out, "tok-1");
	free(out);
	CHECK_INT(config_run_secret("exit 3", &out, &cause), -1);
	CHECK_CONTAINS(cause, "password-command failed (status");
	free(cause);
	cause = NULL;
	CHECK_INT(config_run_secret("true", &out, &cause), -1);
	CHECK_CONTAINS(cause, "no output");
	free(cause);
	cause = NULL;

	e = errors_of("desk-address a@b\n"
	    "smtp {\n url smtp://h\n auth xoauth2\n password-command \"echo t2\"\n}\n"
	    "mailbox m {\n host h\n user u\n auth xoauth2\n"
	    " password-command \"echo t1\"\n}\n", &c);
	CHECK_STR(e, "");
	free(e);
	if (c == NULL)
		return;
	CHECK_INT(config_mailbox_credentials(&c->mailboxes[0], &cause), 0);
	CHECK_STR(c->mailboxes[0].imap.oauth_token, "t1");
	CHECK(c->mailboxes[0].imap.password == NULL);
	CHECK_INT(config_smtp_credentials(c, &cause), 0);
	CHECK_STR(c->smtp.oauth_token, "t2");
	config_free(c);
}

static void
test_missing_file(void)
{
	struct strv	 errors = { NULL, 0 };
	struct config	*c;

	CHECK_INT(config_load("/nonexistent/supportd.conf", &c, &errors), -1);
	CHECK(errors.n == 1);
	if (errors.n == 1)
		CHECK_CONTAINS(errors.v[0], "/nonexistent/supportd.conf: No such");
	strv_free(&errors);
}

static void
test_example_config(void)
{
	struct strv	 errors = { NULL, 0 };
	struct config	*c = NULL;
	char		*path;
	FILE		*in, *out;
	char		 line[4096];

	/* The shipped example, copied beside a fresh directory. */
	xasprintf(&path, "%s/supportd.conf", dir);
	in = fopen("config/supportd.conf", "r");
	out = fopen(path, "w");
	CHECK(in != NULL && out != NULL);
	if (in == NULL || out == NULL)
		return;
	while (fgets(line, sizeof line, in) != NULL)
		fputs(line, out);
	fclose(in);
	fclose(out);
	CHECK_INT(config_load(path, &c, &errors), 0);
	CHECK_INT(errors.n, 0);
	if (c != NULL) {
		const struct agent_conf *a;

		CHECK_INT(c->nagents, 3);
		a = config_agent_named(c, "jan");
		CHECK(a != NULL && !config_agent_serves(a, "billing") &&
		    config_agent_serves(a, "technical"));
		CHECK_STR(a ? a->language : NULL, "pl");
		a = config_agent_named(c, "eleni");
		CHECK(a != NULL && config_agent_supervises(a, "billing"));
		a = config_account_agent(c, "Boss@BigCustomer.example");
		CHECK_STR(a ? a->name : NULL, "maria");
		CHECK(config_account_agent(c, "x@other.example") == NULL);
	}
	config_free(c);
	strv_free(&errors);
	free(path);
}

int
main(void)
{
	if (mkdtemp(dir) == NULL) {
		perror("mkdtemp");
		return 2;
	}
	RUN(test_defaults_and_paths);
	RUN(test_database);
	RUN(test_secret_is_kept);
	RUN(test_blocks);
	RUN(test_errors);
	RUN(test_all_errors_reported);
	RUN(test_password_command);
	RUN(test_missing_file);
	RUN(test_example_config);
	test_rmtree(dir);
	TEST_DONE();
}
