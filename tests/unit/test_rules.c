/*
 * test_rules.c -- the rule engine: every load error, the matching modes
 * (case, accents, Greek, Polish ł), conditions on case state, captures,
 * traces, match limits, and the example rule set against the labelled
 * multilingual corpus in tests/corpus/labelled/.
 */
#include <sys/stat.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "fold.h"
#include "lang.h"
#include "log.h"
#include "rules.h"
#include "test.h"
#include "tmpl.h"

static char	 tdir[64];	/* scratch directory of the current test */


static void
scratch(void)
{
	test_scratch(tdir, sizeof tdir, "test_rules");
}

/* Templates used by the cross-check tests: base vars and {{order}}. */
static struct tmpl_set *
some_templates(void)
{
	char		 dir[64];
	struct tmpl_set	*ts;
	struct strv	 errs = { NULL, 0 };

	snprintf(dir, sizeof dir, "/tmp/test_tmpls.XXXXXX");
	if (mkdtemp(dir) == NULL)
		exit(2);
	test_write_file(dir, "ack.en.txt", "Subject: [{{case.ref}}] {{message.subject}}\n"
	    "\nHello {{customer.name}}\n");
	test_write_file(dir, "refund-ack.en.txt", "Subject: [{{case.ref}}] Refund\n"
	    "\nOrder {{order}} noted.\n");
	if (tmpl_load(dir, "en", &ts, &errs) == -1) {
		fprintf(stderr, "templates: %s\n", errs.n ? errs.v[0] : "?");
		exit(2);
	}
	strv_free(&errs);
	test_rmtree(dir);
	return ts;
}

/*
 * Load text as the one file 10-test.rules; returns the rules (or NULL)
 * and every error joined by newlines into *errtext (caller frees).
 */
static struct rules *
load_text(const char *text, const struct tmpl_set *ts, char **errtext)
{
	struct rules	*rs;
	struct strv	 errs = { NULL, 0 };
	struct buf	 b;
	size_t		 i;

	scratch();
	test_write_file(tdir, "10-test.rules", text);
	if (rules_load(tdir, ts, &rs, &errs) == -1)
		rs = NULL;
	buf_init(&b, 0);
	buf_adds(&b, "");
	for (i = 0; i < errs.n; i++)
		buf_printf(&b, "%s\n", errs.v[i]);
	*errtext = buf_release(&b);
	strv_free(&errs);
	test_rmtree(tdir);
	return rs;
}

/* Expect text to fail with an error containing want on line line. */
static void
expect_error(const char *text, int line, const char *want)
{
	struct tmpl_set	*ts = some_templates();
	struct rules	*rs;
	char		*err, prefix[64];

	rs = load_text(text, ts, &err);
	CHECK(rs == NULL);
	snprintf(prefix, sizeof prefix, "10-test.rules:%d: ", line);
	CHECK_CONTAINS(err, prefix);
	CHECK_CONTAINS(err, want);
	rules_free(rs);
	tmpl_free(ts);
	free(err);
}

static void
test_errors(void)
{
	expect_error("rule\n  queue billing\n", 1, "rule without a name");
	expect_error("rule a\n  queue x\nrule a\n  queue y\n", 3,
	    "duplicate rule name \"a\" (first at ");
	expect_error("rule a\n  when subject ~ /x/\n  frobnicate\n", 3,
	    "unknown action \"frobnicate\"");
	expect_error("rule a\n  when subject ~ /refund(/\n", 2,
	    "bad pattern /refund(/: missing closing parenthesis at offset 7");
	expect_error("rule a\n  when subject ~ /refund\n  queue b\n", 2,
	    "unterminated pattern");
	expect_error("rule a\n  when header \"X-Foo\n", 2,
	    "unterminated string");
	expect_error("rule a\n  when (subject ~ /x/ or body ~ /y/\n"
	    "  queue b\n", 2, "unbalanced parentheses: \"(\" without \")\"");
	expect_error("rule a\n  when subject ~ /x/)\n  queue b\n", 2,
	    "unbalanced parentheses: \")\" without \"(\"");
	expect_error("rule a\n  when subjekt ~ /x/\n", 2,
	    "unknown condition \"subjekt\"");
	expect_error("rule a\n  when subject = /x/\n", 2,
	    "expected \"is\", \"~\" or \"~~\" after \"subject\"");
	expect_error("rule a\n  when subject ~ refund\n", 2,
	    "expected a /pattern/ after \"~\"");
	expect_error("rule a\n  when subject ~ /x/z\n", 2,
	    "unknown pattern flag \"z\"");
	expect_error("rule a\n  when subject ~ /x/\n  priority extreme\n", 3,
	    "\"priority\" must be one of low, normal, high, urgent");
	expect_error("rule a\n  status waiting\n", 2,
	    "\"status\" must be one of new, open, pending, resolved, closed");
	expect_error("rule a\n  queue\n  tag x\n", 2,
	    "\"queue\" needs an argument on the same line");
	expect_error("rule a\n  when subject ~ /x/\n  reply nosuch\n", 3,
	    "unknown template \"nosuch\"");
	expect_error("rule a\n  when subject ~ /refund/\n"
	    "  reply refund-ack\n", 3,
	    "template \"refund-ack\" uses {{order}}, which this rule does "
	    "not capture");
	expect_error("rule a\n  reply ack\n  reply other\n", 3,
	    "unknown template \"other\"");
	expect_error("rule a\n  when subject ~ /x/\n  when body ~ /y/\n", 3,
	    "\"when\" given twice");
	expect_error("rule a\n  when\n", 2, "\"when\" without a condition");
	expect_error("queue billing\nrule a\n  queue b\n", 1,
	    "\"queue\" outside a rule");
	expect_error("rule a\n  when header ~ /x/\n", 2,
	    "\"header\" needs a header name");
	expect_error("rule a\n  when tagged\n", 2,
	    "\"tagged\" needs a tag name");
	expect_error("rule a\n  when subject is ~\n", 2,
	    "\"is\" needs a word or a \"string\"");
	expect_error("rule a\n  capture body ~ /\\d+/\n", 2,
	    "\"capture\" pattern has no named group");
	expect_error("rule a\n  capture body is x\n", 2,
	    "expected \"~\" or \"~~\" and a /pattern/ after \"capture body\"");
	expect_error("rule a\n  when subject ~ /x/ and\n", 2,
	    "expected a condition, found \"end of file\"");
	expect_error("rule a/b\n", 1, "bad rule name \"a/b\"");
	expect_error("rule a\n  when subject ~ /x/\n  42\n", 3,
	    "unknown action \"42\"");
	expect_error("rule a\n  when subject ~ /x/\n  /y/\n", 3,
	    "expected an action, found \"/.../\"");
	expect_error("rule a\n  when subject ~ /x/ /y/\n", 2,
	    "expected an action, found \"/.../\"");
	expect_error("rule a\n  when subject ~ /x/abcdefghij\n", 2,
	    "too many pattern flags");
	expect_error("# caf\xc3\n rule a\n", 1, "not valid UTF-8 text");

	/* Nesting and length limits (hostile or generated rule files). */
	{
		struct buf	 b;
		int		 i;

		buf_init(&b, 0);
		buf_adds(&b, "rule a\n  when ");
		for (i = 0; i < 40; i++)
			buf_adds(&b, "(");
		buf_adds(&b, "new");
		for (i = 0; i < 40; i++)
			buf_adds(&b, ")");
		buf_adds(&b, "\n");
		expect_error(b.data, 2, "conditions nested too deeply");
		buf_reset(&b);
		buf_adds(&b, "rule a\n  when new");
		for (i = 0; i < 300; i++)
			buf_adds(&b, " or new");
		buf_adds(&b, "\n");
		expect_error(b.data, 2, "too many conditions in one rule");
		buf_free(&b);
	}

	/* Errors go on after the first one: both bad rules are reported. */
	{
		struct rules	*rs;
		char		*err;

		rs = load_text("rule a\n  bogus\nrule b\n  when x\n"
		    "rule c\n  queue ok\n", NULL, &err);
		CHECK(rs == NULL);
		CHECK_CONTAINS(err, "10-test.rules:2: unknown action \"bogus\"");
		CHECK_CONTAINS(err, "10-test.rules:4: unknown condition \"x\"");
		free(err);
	}
	/* Errors are capped: a garbage file cannot flood the log. */
	{
		struct rules	*rs;
		struct strv	 errs = { NULL, 0 };
		struct buf	 b;
		int		 i;

		buf_init(&b, 0);
		for (i = 0; i < 300; i++)
			buf_printf(&b, "rule r%d\n  bogus\n", i);
		scratch();
		test_write_file(tdir, "10-test.rules", b.data);
		CHECK_INT(rules_load(tdir, NULL, &rs, &errs), -1);
		CHECK(errs.n == 101);
		if (errs.n == 101)
			CHECK_STR(errs.v[100], "too many errors, giving up on "
			    "the rest");
		strv_free(&errs);
		buf_free(&b);
		test_rmtree(tdir);
	}
	/* A .rules name that is not a readable regular file. */
	{
		struct rules	*rs;
		struct strv	 errs = { NULL, 0 };
		char		 path[256];

		scratch();
		snprintf(path, sizeof path, "%s/20-dangling.rules", tdir);
		CHECK(symlink("/nonexistent/x", path) == 0);
		snprintf(path, sizeof path, "%s/30-dir.rules", tdir);
		CHECK(mkdir(path, 0700) == 0);
		CHECK_INT(rules_load(tdir, NULL, &rs, &errs), -1);
		CHECK_INT(errs.n, 2);
		if (errs.n == 2) {
			CHECK_CONTAINS(errs.v[0], "20-dangling.rules:0: cannot "
			    "open: No such file");
			CHECK_CONTAINS(errs.v[1], "30-dir.rules:0: not a regular "
			    "file");
		}
		strv_free(&errs);
		rmdir(path);
		test_rmtree(tdir);
	}
	/* A directory that does not exist. */
	{
		struct rules	*rs;
		struct strv	 errs = { NULL, 0 };

		CHECK_INT(rules_load("/nonexistent/rules", NULL, &rs, &errs),
		    -1);
		CHECK(rs == NULL);
		CHECK(errs.n == 1);
		if (errs.n)
			CHECK_CONTAINS(errs.v[0], "cannot read directory");
		strv_free(&errs);
	}
}

static void
test_good_load(void)
{
	struct tmpl_set	*ts = some_templates();
	struct rules	*rs;
	char		*err;

	rs = load_text(
	    "# a comment\n"
	    "rule refund   # trailing comment\n"
	    "  when subject ~ /refund|reembolso|zwrot|επιστροφ/i\n"
	    "    or body    ~~ /money back|devolucion/\n"
	    "  capture body ~ /order\\s*(?:no\\.?|#)?\\s*(?<order>\\d{6})/\n"
	    "  queue billing\n"
	    "  priority HIGH\n"
	    "  tag refund\n"
	    "  reply refund-ack\n"
	    "rule any\n"
	    "  reply ack\n", ts, &err);
	CHECK(rs != NULL);
	CHECK_STR(err, "");
	CHECK_INT(rules_count(rs), 2);
	rules_free(rs);
	tmpl_free(ts);
	free(err);

	/* Without templates the reply names are not checked. */
	rs = load_text("rule a\n reply whatever\n", NULL, &err);
	CHECK(rs != NULL);
	CHECK_INT(rules_count(rs), 1);
	rules_free(rs);
	free(err);

	/* A byte-order mark and CRLF line ends, as some editors write. */
	rs = load_text("\xef\xbb\xbf# rules\r\nrule a\r\n  when subject ~ /x/i\r\n"
	    "  queue q\r\n", NULL, &err);
	CHECK(rs != NULL);
	CHECK_STR(err, "");
	CHECK_INT(rules_count(rs), 1);
	rules_free(rs);
	free(err);

	/* Vertical tab and form feed are white space (found by fuzzing). */
	rs = load_text("rule a\v\f\n queue q\v", NULL, &err);
	CHECK(rs != NULL);
	CHECK_INT(rules_count(rs), 1);
	rules_free(rs);
	free(err);

	/* An empty directory is an empty rule set, not an error. */
	rs = load_text("# nothing yet\n", NULL, &err);
	CHECK(rs != NULL);
	CHECK_INT(rules_count(rs), 0);
	rules_free(rs);
	free(err);
}

static void
test_fold(void)
{
	char	*f;

	f = fold_text("Επιστροφή ΧΡΗΜΆΤΩΝ", strlen("Επιστροφή ΧΡΗΜΆΤΩΝ"), NULL);
	CHECK_STR(f, "επιστροφη χρηματων");
	free(f);
	f = fold_text("DEVOLUCIÓN Señor", strlen("DEVOLUCIÓN Señor"), NULL);
	CHECK_STR(f, "devolucion senor");
	free(f);
	f = fold_text("Zwrot pieniędzy, ŁÓDŹ, żółw", strlen("Zwrot pieniędzy, "
	    "ŁÓDŹ, żółw"), NULL);
	CHECK_STR(f, "zwrot pieniedzy, lodz, zolw");
	free(f);
	/* Line breaks and runs of white space become one space. */
	f = fold_text("money\r\n  back\t\u00a0now", strlen("money\r\n  back\t"
	    "\u00a0now"), NULL);
	CHECK_STR(f, "money back now");
	free(f);
	f = fold_text("Straße ﬁx", strlen("Straße ﬁx"), NULL);
	CHECK_STR(f, "strasse fix");
	free(f);
	/* Invalid UTF-8 and NUL are replaced, never refused. */
	f = fold_text("a\xff\0b", 4, NULL);
	CHECK_STR(f, "a\xef\xbf\xbd\xef\xbf\xbd" "b");
	free(f);
	/* Pattern syntax survives: \D and group names keep their case. */
	f = fold_pattern("(?<Order>\\D+)Ώρες\\É");
	CHECK_STR(f, "(?<Order>\\D+)ωρεσ\\É");
	free(f);
}

static void
lang_guess_msg(struct mime_message *m)
{
	char	*t, g[8];

	if (asprintf(&t, "%s\n%s", m->subject, m->body) == -1)
		abort();
	lang_guess(t, g);
	free(t);
	memcpy(m->lang, strcmp(g, "el") == 0 || g[0] == '\0' ? g : "en", 3);
}

static struct mime_message *
msg_new(const char *subject, const char *body)
{
	struct mime_message	*m = calloc(1, sizeof *m);

	m->subject = strdup(subject);
	m->body = strdup(body);
	m->from.name = strdup("");
	m->from.addr = strdup("");
	/*
	 * English, as the tests read, unless the text is Greek or Greeklish
	 * or too short to tell, as mime_parse would find: /g patterns skip
	 * mail known to be in another language.
	 */
	lang_guess_msg(m);
	return m;
}

static void
msg_add_header(struct mime_message *m, const char *name, const char *value)
{
	m->headers = realloc(m->headers, (m->nheaders + 1) * sizeof *m->headers);
	m->headers[m->nheaders].name = strdup(name);
	m->headers[m->nheaders].value = strdup(value);
	m->nheaders++;
}

static void
msg_free(struct mime_message *m)
{
	size_t	 i;

	for (i = 0; i < m->nheaders; i++) {
		free(m->headers[i].name);
		free(m->headers[i].value);
	}
	free(m->headers);
	for (i = 0; i < m->nto; i++) {
		free(m->to[i].name);
		free(m->to[i].addr);
	}
	free(m->to);
	for (i = 0; i < m->nattachments; i++) {
		free(m->attachments[i].name);
		free(m->attachments[i].type);
	}
	free(m->attachments);
	free(m->from.name);
	free(m->from.addr);
	free(m->subject);
	free(m->body);
	free(m);
}

/* Evaluate rules text against in; returns the result's queue or "-". */
static char *
eval_text(const char *rulestext, const struct rules_input *in,
    struct rules_result *res, char **trace)
{
	struct rules	*rs;
	struct buf	 b;
	char		*err, *q;

	memset(res, 0, sizeof *res);
	if ((rs = load_text(rulestext, NULL, &err)) == NULL) {
		fprintf(stderr, "load failed: %s", err);
		free(err);
		test_failed_now = 1;
		return strdup("-");
	}
	free(err);
	buf_init(&b, 64 * 1024);
	rules_eval(rs, in, res, &b);
	if (trace)
		*trace = buf_release(&b);
	else
		buf_free(&b);
	rules_free(rs);
	q = strdup(res->queue ? res->queue : "-");
	return q;
}

static void
check_queue(const char *rulestext, const struct rules_input *in,
    const char *want)
{
	struct rules_result	 res;
	char			*q;

	q = eval_text(rulestext, in, &res, NULL);
	CHECK_STR(q, want);
	free(q);
	rules_result_free(&res);
}

static void
test_matching(void)
{
	struct mime_message	*m;
	struct rules_input	 in;
	const char		*r;

	m = msg_new("Επιστροφή χρημάτων", "Θα ήθελα να επιστρέψω την "
	    "παραγγελία. Zwrot pieniędzy, devolución. DEVOLUCIÓN");
	memset(&in, 0, sizeof in);
	in.msg = m;
	in.mailbox = "INBOX";
	in.is_new = 1;

	/* Case-insensitive by default, Greek included. */
	check_queue("rule a\n when subject ~ /ΕΠΙΣΤΡΟΦΉ/\n queue q\n", &in,
	    "q");
	/* Without ~~ accents matter ... */
	check_queue("rule a\n when subject ~ /επιστροφη/\n queue q\n", &in,
	    "-");
	/* ... with ~~ or /a they do not, in either direction. */
	check_queue("rule a\n when subject ~~ /επιστροφη/\n queue q\n", &in,
	    "q");
	check_queue("rule a\n when subject ~ /ΕΠΙΣΤΡΟΦΗ/a\n queue q\n", &in,
	    "q");
	check_queue("rule a\n when body ~~ /devolucion/\n queue q\n", &in, "q");
	check_queue("rule a\n when body ~~ /devolución/\n queue q\n", &in, "q");
	check_queue("rule a\n when body ~~ /zwrot pieniedzy/\n queue q\n", &in,
	    "q");
	check_queue("rule a\n when body ~~ /επιστρεψ/\n queue q\n", &in, "q");
	/* \b and \w know Greek letters (UCP). */
	check_queue("rule a\n when body ~ /\\bπαραγγελία\\b/\n queue q\n",
	    &in, "q");
	check_queue("rule a\n when body ~ /^\\w+ ήθελα/\n queue q\n", &in, "q");
	/* The c flag makes case count. */
	check_queue("rule a\n when body ~ /devolución/c\n queue q\n", &in, "q");
	check_queue("rule a\n when body ~ /DEVOLUCIÓN/c\n queue q\n", &in, "q");
	check_queue("rule a\n when body ~ /Devolución/c\n queue q\n", &in, "-");
	/* text is subject and body together. */
	check_queue("rule a\n when text ~ /χρημάτων.*zwrot/\n queue q\n",
	    &in, "-");	/* . does not cross lines ... */
	check_queue("rule a\n when text ~ /χρημάτων.*zwrot/s\n queue q\n",
	    &in, "q");	/* ... unless the s flag says so ... */
	check_queue("rule a\n when text ~~ /χρηματων.*zwrot/\n queue q\n",
	    &in, "q");	/* ... and folded text is one line */
	check_queue("rule a\n when text ~~ /χρηματων θα ηθελα/\n queue q\n",
	    &in, "q");
	check_queue("rule a\n when text ~~ /(?s)χρηματων.*zwrot/\n queue q\n",
	    &in, "q");
	/* is: whole value, case and accent folded. */
	check_queue("rule a\n when subject is \"επιστροφη ΧΡΗΜΑΤΩΝ\"\n queue q\n",
	    &in, "q");
	check_queue("rule a\n when mailbox is inbox\n queue q\n", &in, "q");
	check_queue("rule a\n when mailbox ~ /^sales$/\n queue q\n", &in, "-");

	/* not, and, or, parentheses and precedence (and binds tighter). */
	r = "rule a\n when not subject ~ /nothing/ and (body ~ /zzz/ or new)\n"
	    " queue q\n";
	check_queue(r, &in, "q");
	r = "rule a\n when body ~ /zzz/ and body ~ /zzz/ or new\n queue q\n";
	check_queue(r, &in, "q");
	r = "rule a\n when body ~ /zzz/ and (body ~ /zzz/ or new)\n queue q\n";
	check_queue(r, &in, "-");
	r = "rule a\n when not not new\n queue q\n";
	check_queue(r, &in, "q");

	/* First match wins ... */
	r = "rule a\n when new\n queue first\nrule b\n when new\n queue second\n";
	check_queue(r, &in, "first");
	/* ... unless the rule says continue; later rules override. */
	r = "rule a\n when new\n queue first\n tag t1\n continue\n"
	    "rule b\n when new\n queue second\n tag t2\n";
	check_queue(r, &in, "second");
	/* A rule without when always matches. */
	check_queue("rule default\n queue general\n", &in, "general");
	msg_free(m);
}

/*
 * The literal prefilter only ever skips a pattern that cannot match: optional
 * and repeated letters, groups, classes, escapes, inline options, flags,
 * folding and the two non-ASCII letters PCRE2 matches to ASCII ones (KELVIN
 * SIGN to k, LONG S to s) give what PCRE2 alone gives.
 */
static void
test_prefilter(void)
{
	static const struct {
		const char	*when;
		const char	*body;
		const char	*want;
	} t[] = {
		{ "body ~ /colou?r/", "what color", "q" },
		{ "body ~ /colou*r/", "what color", "q" },
		{ "body ~ /colou{0,2}r/", "what color", "q" },
		{ "body ~ /ab+c/", "xABBBC", "q" },
		{ "body ~ /ab{2}c/", "abbc", "q" },
		{ "body ~ /(?:re)?fund/", "fund", "q" },
		{ "body ~ /(?<!no )refund/", "a refund", "q" },
		{ "body ~ /zzz|refund|yyy/", "REFUND please", "q" },
		{ "body ~ /zzz|yyy/", "refund please", "-" },
		{ "body ~ /foo|/", "anything", "q" },
		{ "body ~ /order\\.no/", "ORDER.NO 5", "q" },
		{ "body ~ /order\\.no/", "orderXno 5", "-" },
		{ "body ~ /order\\s+no/", "order \t no", "q" },
		{ "body ~ /inv[o0]ice/", "inv0ice", "q" },
		{ "body ~ /\\x{41}bc/", "abc", "q" },
		{ "body ~ /\\Qa.b\\E/", "a.b", "q" },
		{ "body ~ /re fund/x", "refund", "q" },
		{ "body ~ /(?x)re fund/", "refund", "q" },
		{ "body ~ /(?i)REFUND/c", "refund", "q" },
		{ "body ~ /REFUND/c", "refund", "-" },
		{ "body ~ /kelvin/", "\xe2\x84\xaa" "elvin", "q" },
		{ "body ~ /class/", "cla\xc5\xbfs", "q" },
		{ "body ~~ /devolucion/", "DEVOLUCIÓN", "q" },
		{ "body ~~ /zwrot pieniedzy/", "Zwrot  PIENIĘDZY", "q" },
		{ "body ~ /ΕΠΙΣΤΡΟΦΉ/", "επιστροφή", "q" },
		{ "body ~ /επιστροφη/", "επιστροφή", "-" },
		{ "body ~~ /epistrofh/g", "επιστροφή", "q" },
		{ "subject ~ /^hello$/", "hello", "q" },
		{ "text ~ /hello\\nhello/", "hello", "q" },
		{ "text ~~ /hello hello/", "hello", "q" },
		{ "body ~ /a{/", "a{", "q" },
		{ "body ~ / (refund|money back) /", "my MONEY BACK now", "q" },
		{ "body ~ / (refund|money back) /", "my cash back now", "-" },
		{ "body ~ /x (refund|money back)? y/", "x  y", "q" },
		{ "body ~ /x (refund|money back)* y/", "x  y", "q" },
		{ "body ~ /x (refund|money back){0,2} y/", "x  y", "q" },
		{ "body ~ /x (?:refund|money back)+ y/", "x refundrefund y", "q" },
		{ "body ~ /x (refund|(money|cash) back) y/", "x cash back y",
		    "q" },
		{ "body ~ /(?=refund)refund|abc/", "refund", "q" },
		{ "body ~ /a (refund|) b/", "a  b", "q" },
	};
	struct mime_message	*m;
	struct rules_input	 in;
	char			*r;
	size_t			 i;

	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		m = msg_new("hello", t[i].body);
		memset(&in, 0, sizeof in);
		in.msg = m;
		xasprintf(&r, "rule a\n when %s\n queue q\n", t[i].when);
		check_queue(r, &in, t[i].want);
		if (test_failed_now)
			fprintf(stderr, "  at %s on \"%s\"\n", t[i].when,
			    t[i].body);
		free(r);
		msg_free(m);
		if (test_failed_now)
			return;
	}
}

/*
 * A reply is classified by what it says: the history it quotes (an
 * earlier mail about money, the desk's answer) is not read; a mail that is
 * all quotation is read whole.
 */
static void
test_quoted_history(void)
{
	static const char rules[] =
	    "rule money\n when text ~~ /refund/\n queue billing\n stop\n"
	    "rule fault\n when body ~~ /printer/\n queue technical\n";
	struct mime_message	*m;
	struct rules_input	 in;

	m = msg_new("Re: order 42", "The printer still jams.\n\n"
	    "On Mon, 2 Nov 2026, Support wrote:\n"
	    "> We have sent your refund.\n> Kind regards\n");
	memset(&in, 0, sizeof in);
	in.msg = m;
	check_queue(rules, &in, "technical");
	msg_free(m);
	m = msg_new("Fwd: old", "> I want a refund\n> now\n");
	memset(&in, 0, sizeof in);
	in.msg = m;
	check_queue(rules, &in, "billing");
	msg_free(m);
}

static void
test_fields(void)
{
	struct mime_message	*m;
	struct rules_input	 in;
	struct strv		 tags = { NULL, 0 };

	m = msg_new("Hello", "body");
	free(m->from.name);
	free(m->from.addr);
	m->from.name = strdup("Μαρία Παπαδοπούλου");
	m->from.addr = strdup("maria@example.gr");
	m->to = calloc(2, sizeof *m->to);
	m->to[0].name = strdup("");
	m->to[0].addr = strdup("support@desk.example");
	m->to[1].name = strdup("Sales");
	m->to[1].addr = strdup("sales@desk.example");
	m->nto = 2;
	m->attachments = calloc(1, sizeof *m->attachments);
	m->attachments[0].name = strdup("Τιμολόγιο 2024.PDF");
	m->attachments[0].type = strdup("application/pdf");
	m->nattachments = 1;
	msg_add_header(m, "X-Priority", "1 (Highest)");
	msg_add_header(m, "X-Expect-Queue", "billing");
	memcpy(m->lang, "el", 3);
	memset(&in, 0, sizeof in);
	in.msg = m;
	in.mailbox = "";
	in.is_new = 0;
	in.queue = "billing";
	in.status = "pending";
	strv_add(&tags, "vip");
	in.tags = &tags;

	check_queue("rule a\n when from is MARIA@example.gr\n queue q\n", &in,
	    "q");
	check_queue("rule a\n when from ~~ /παπαδοπουλου/\n queue q\n", &in,
	    "q");
	check_queue("rule a\n when to ~ /^sales@/\n queue q\n", &in, "-");
	check_queue("rule a\n when to ~ /\\bsales@/\n queue q\n", &in, "q");
	check_queue("rule a\n when to is sales@desk.example\n queue q\n", &in,
	    "q");
	check_queue("rule a\n when cc ~ /./\n queue q\n", &in, "-");
	check_queue("rule a\n when header \"x-priority\" ~ /^1\\b/\n"
	    " queue q\n", &in, "q");
	check_queue("rule a\n when header X-Missing ~ /./\n queue q\n", &in,
	    "-");
	check_queue("rule a\n when attachment ~~ /τιμολογιο.*\\.pdf$/\n"
	    " queue q\n", &in, "q");
	check_queue("rule a\n when attachment-type is application/pdf\n"
	    " queue q\n", &in, "q");
	check_queue("rule a\n when language is el\n queue q\n", &in, "q");
	check_queue("rule a\n when language ~ /^(es|pl)$/\n queue q\n", &in,
	    "-");
	check_queue("rule a\n when new\n queue q\n", &in, "-");
	check_queue("rule a\n when reply and status is pending\n queue q\n",
	    &in, "q");
	check_queue("rule a\n when queue is billing and tagged VIP\n"
	    " queue q\n", &in, "q");
	check_queue("rule a\n when tagged refund\n queue q\n", &in, "-");
	/* A new case has no queue or status yet: the conditions are false. */
	in.queue = in.status = NULL;
	in.tags = NULL;
	in.is_new = 1;
	check_queue("rule a\n when status is pending\n queue q\n", &in, "-");
	check_queue("rule a\n when not tagged vip\n queue q\n", &in, "q");
	strv_free(&tags);
	msg_free(m);
}

static void
test_actions_captures_trace(void)
{
	struct mime_message	*m;
	struct rules_input	 in;
	struct rules_result	 res;
	char			*q, *tr;

	m = msg_new("Refund for my order", "Hi,\nmy order no. 123456 arrived "
	    "broken.\nInvoice INV-77\n");
	memset(&in, 0, sizeof in);
	in.msg = m;
	in.is_new = 1;
	q = eval_text(
	    "rule legal\n"
	    "  when body ~ /lawyer/\n"
	    "  priority urgent\n"
	    "  continue\n"
	    "rule refund\n"
	    "  when subject ~ /(?<what>refund)/ or body ~ /money back/\n"
	    "  capture body ~ /order\\s*(?:no\\.?|#)?\\s*(?<order>\\d{6})/\n"
	    "  capture body ~ /(?<invoice>INV-\\d+)/c\n"
	    "  capture body ~ /(?<missing>XYZ\\d+)/\n"
	    "  queue billing\n  priority high\n  tag refund\n  tag refund\n"
	    "  tag money\n  assign maria\n  status open\n  reply refund-ack\n"
	    "  notify boss@example.com\n  forward ledger@example.com\n"
	    "  escalate\n  quarantine\n  drop\n  continue\n"
	    "rule last\n"
	    "  when new\n"
	    "  tag seen\n"
	    "  stop\n"
	    "rule never\n"
	    "  queue never\n", &in, &res, &tr);
	CHECK_STR(q, "billing");
	CHECK_STR(res.priority, "high");
	CHECK_STR(res.status, "open");
	CHECK_STR(res.assignee, "maria");
	CHECK_STR(res.reply, "refund-ack");
	CHECK_INT(res.tags.n, 3);
	CHECK(strv_has(&res.tags, "refund") && strv_has(&res.tags, "money") &&
	    strv_has(&res.tags, "seen"));
	CHECK_INT(res.notify.n, 1);
	CHECK_INT(res.forward.n, 1);
	CHECK(res.escalate && res.quarantine && res.drop);
	CHECK_INT(res.matched.n, 2);
	if (res.matched.n == 2) {
		CHECK_STR(res.matched.v[0], "refund");
		CHECK_STR(res.matched.v[1], "last");
	}
	CHECK_INT(res.var_names.n, 4);
	CHECK_INT(res.var_values.n, 4);
	if (res.var_names.n == 4) {
		CHECK_STR(res.var_names.v[0], "what");
		CHECK_STR(res.var_values.v[0], "Refund");
		CHECK_STR(res.var_names.v[1], "order");
		CHECK_STR(res.var_values.v[1], "123456");
		CHECK_STR(res.var_names.v[2], "invoice");
		CHECK_STR(res.var_values.v[2], "INV-77");
		/* Declared but not found: defined, empty. */
		CHECK_STR(res.var_names.v[3], "missing");
		CHECK_STR(res.var_values.v[3], "");
	}
	CHECK_CONTAINS(tr, "rule legal (");
	CHECK_CONTAINS(tr, "10-test.rules:1)\n  => no match\n");
	CHECK_CONTAINS(tr, "subject ~ /(?<what>refund)/ matched "
	    "\"[Refund] for my order\"");
	CHECK_CONTAINS(tr, "matched \"Hi, my [order no. 123456] arrived");
	CHECK_CONTAINS(tr, "capture order = \"123456\"");
	CHECK_CONTAINS(tr, "capture body ~ /(?<missing>XYZ\\d+)/: no match");
	CHECK_CONTAINS(tr, "action queue billing\n");
	CHECK_CONTAINS(tr, "action escalate\n");
	CHECK_CONTAINS(tr, "=> matched, continue\n");
	CHECK_CONTAINS(tr, "rule last (");
	CHECK_CONTAINS(tr, "  new matched\n");
	CHECK(strstr(tr, "rule never") == NULL);
	free(q);
	free(tr);
	rules_result_free(&res);

	/* The excerpt of a long text is cut around the match. */
	free(m->body);
	m->body = strdup("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
	    "aaaaaaa\nneedle\nbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb");
	q = eval_text("rule a\n when body ~ /needle/\n queue q\n", &in, &res,
	    &tr);
	CHECK_CONTAINS(tr, "matched \"...aaaa");
	CHECK_CONTAINS(tr, "a [needle] b");
	CHECK_CONTAINS(tr, "bbb...\"");
	free(q);
	free(tr);
	rules_result_free(&res);

	/* Accent-insensitive matches show the folded text. */
	free(m->subject);
	m->subject = strdup("ΕΠΙΣΤΡΟΦΉ");
	q = eval_text("rule a\n when subject ~~ /επιστροφ/\n queue q\n", &in,
	    &res, &tr);
	CHECK_CONTAINS(tr, "subject ~~ /επιστροφ/ matched \"[επιστροφ]η\"");
	free(q);
	free(tr);
	rules_result_free(&res);
	msg_free(m);
}

static void
test_limits(void)
{
	struct mime_message	*m;
	struct rules_input	 in;
	struct rules_result	 res;
	char			*q, *tr, big[4096];

	/* Catastrophic backtracking: bounded, logged, no match. */
	memset(big, 'a', 40);
	big[40] = '!';
	big[41] = '\0';
	m = msg_new("x", big);
	memset(&in, 0, sizeof in);
	in.msg = m;
	in.is_new = 1;
	log_init(LOG_TO_STDERR, 0, "test_rules");
	q = eval_text("rule evil\n when body ~ /^(a|a?)+$/\n queue evil\n"
	    "rule fine\n when body ~ /!$/\n queue fine\n", &in, &res, &tr);
	CHECK_STR(q, "fine");
	CHECK_CONTAINS(tr, "limit");
	CHECK_CONTAINS(tr, "counted as no match");
	free(q);
	free(tr);
	rules_result_free(&res);

	/* A body with invalid UTF-8 is still matched, not refused. */
	free(m->body);
	m->body = strdup("caf\xe9 refund \xff");
	q = eval_text("rule a\n when body ~ /refund/\n queue q\n", &in, &res,
	    NULL);
	CHECK_STR(q, "q");
	free(q);
	rules_result_free(&res);
	q = eval_text("rule a\n when body ~~ /refund/\n queue q\n", &in, &res,
	    NULL);
	CHECK_STR(q, "q");
	free(q);
	rules_result_free(&res);

	/* A trace buffer that fills up is cut short, nothing worse. */
	{
		struct rules	*rs;
		struct buf	 b;
		char		*err;

		rs = load_text("rule a\n when body ~ /refund/\n queue q\n",
		    NULL, &err);
		free(err);
		buf_init(&b, 16);
		rules_eval(rs, &in, &res, &b);
		CHECK_STR(res.queue, "q");
		CHECK(b.len <= 16);
		buf_free(&b);
		rules_result_free(&res);
		rules_free(rs);
	}
	msg_free(m);
}

/*
 * The example rules in rules/ against tests/corpus/labelled/: a tiny
 * reader (headers to the blank line, then the body), queue and priority
 * compared per message, the misses and the accuracy printed per language.
 * The corpus holds mail written after the rules, which they were not tuned
 * on, so the test asks for a floor per language, not for every mail.
 */
#define LABELLED_MIN_PCT	85
static struct mime_message *
read_eml(const char *path, char *expq, size_t expqsz, char *expp,
    size_t exppsz)
{
	struct mime_message	*m;
	char			*raw, *p, *eol, *colon, *subject = NULL;
	const char		*body;
	size_t			 len;

	raw = test_slurp(path, &len);
	m = calloc(1, sizeof *m);
	m->from.name = strdup("");
	m->from.addr = strdup("");
	*expq = *expp = '\0';
	body = "";
	for (p = raw; *p != '\0'; p = eol + 1) {
		if ((eol = strchr(p, '\n')) == NULL) {
			body = "";
			break;
		}
		*eol = '\0';
		if (eol > p && eol[-1] == '\r')
			eol[-1] = '\0';
		if (*p == '\0') {
			body = eol + 1;
			break;
		}
		if ((colon = strchr(p, ':')) == NULL)
			continue;
		*colon = '\0';
		colon++;
		colon += strspn(colon, " \t");
		msg_add_header(m, p, colon);
		if (strcasecmp(p, "Subject") == 0)
			subject = colon;
		else if (strcasecmp(p, "X-Expect-Queue") == 0)
			snprintf(expq, expqsz, "%s", colon);
		else if (strcasecmp(p, "X-Expect-Priority") == 0)
			snprintf(expp, exppsz, "%s", colon);
		else if (strcasecmp(p, "From") == 0) {
			free(m->from.addr);
			m->from.addr = strdup(colon);
		}
	}
	m->subject = strdup(subject ? subject : "");
	m->body = strdup(body);
	free(raw);
	return m;
}

static void
test_labelled_corpus(void)
{
	static const char *const langs[] = { "en", "el", "es", "pl" };
	struct tmpl_set		*ts;
	struct rules		*rs;
	struct strv		 errs = { NULL, 0 };
	struct rules_input	 in;
	struct rules_result	 res;
	struct mime_message	*m;
	struct dirent		**ents;
	char			 dir[256], path[512], expq[64], expp[64];
	size_t			 i, k;
	int			 n, ok, total, allok = 0, alltotal = 0;

	if (tmpl_load("rules/templates", "en", &ts, &errs) == -1 ||
	    rules_load("rules", ts, &rs, &errs) == -1) {
		for (i = 0; i < errs.n; i++)
			fprintf(stderr, "%s\n", errs.v[i]);
		CHECK(!"example rules load");
		strv_free(&errs);
		return;
	}
	CHECK(rules_count(rs) > 10);
	for (k = 0; k < sizeof langs / sizeof langs[0]; k++) {
		snprintf(dir, sizeof dir, "tests/corpus/labelled/%s", langs[k]);
		if ((n = scandir(dir, &ents, NULL, alphasort)) == -1) {
			perror(dir);
			CHECK(!"corpus directory");
			continue;
		}
		ok = total = 0;
		for (i = 0; i < (size_t)n; i++) {
			size_t	 l = strlen(ents[i]->d_name);

			if (l < 4 || strcmp(ents[i]->d_name + l - 4,
			    ".eml") != 0) {
				free(ents[i]);
				continue;
			}
			snprintf(path, sizeof path, "%s/%s", dir,
			    ents[i]->d_name);
			free(ents[i]);
			m = read_eml(path, expq, sizeof expq, expp,
			    sizeof expp);
			memcpy(m->lang, langs[k], 3);
			memset(&in, 0, sizeof in);
			in.msg = m;
			in.mailbox = "INBOX";
			in.is_new = 1;
			rules_eval(rs, &in, &res, NULL);
			total++;
			if (res.queue != NULL && strcmp(res.queue, expq) == 0 &&
			    (*expp == '\0' || (res.priority != NULL &&
			    strcmp(res.priority, expp) == 0)) &&
			    (*expp != '\0' || res.priority == NULL ||
			    strcmp(res.priority, "high") != 0))
				ok++;
			else
				fprintf(stderr, "%s: got queue %s priority %s, "
				    "want %s %s\n", path, res.queue ?
				    res.queue : "(none)", res.priority ?
				    res.priority : "(none)", expq,
				    *expp ? expp : "(not high)");
			CHECK(res.reply != NULL);
			rules_result_free(&res);
			msg_free(m);
		}
		free(ents);
		printf("labelled %s: %d/%d (%.1f%%)\n", langs[k], ok, total,
		    total ? 100.0 * ok / total : 0.0);
		CHECK(total >= 100);
		CHECK(ok * 100 >= LABELLED_MIN_PCT * total);
		allok += ok;
		alltotal += total;
	}
	printf("labelled all: %d/%d\n", allok, alltotal);
	rules_free(rs);
	tmpl_free(ts);
	strv_free(&errs);
}

/* The example rules and templates in rules/; -1 (test failed) if broken. */
static int
example_load(struct tmpl_set **ts, struct rules **rs)
{
	struct strv	 errs = { NULL, 0 };

	if (tmpl_load("rules/templates", "en", ts, &errs) == -1 ||
	    rules_load("rules", *ts, rs, &errs) == -1) {
		CHECK(!"example rules load");
		strv_free(&errs);
		return -1;
	}
	return 0;
}

/* A new case with text as its body, against the example rules. */
static void
example_eval(const struct rules *rs, const char *text,
    struct rules_result *res)
{
	struct rules_input	 in;
	struct mime_message	*m = msg_new("", text);

	memset(&in, 0, sizeof in);
	in.msg = m;
	in.is_new = 1;
	rules_eval(rs, &in, res, NULL);
	msg_free(m);
}

/*
 * Inflected forms, with and without accents, in short sentences: the
 * example rules must send each to billing (stems, not whole words).
 */
static void
test_example_inflections(void)
{
	static const char *const billing[] = {
	    "Ζητώ επιστροφή", "Η επιστροφή χρημάτων αργεί",
	    "Για την επιστροφή του ποσού", "Ποια είναι τα έξοδα επιστροφής;",
	    "Οι επιστροφές σας είναι αργές", "Θέλω να το επιστρέψω",
	    "θελω να επιστρεψω τα παπουτσια", "Πότε θα μου επιστρέψετε τα "
	    "χρήματα;", "Λείπει το ΦΠΑ από το τιμολόγιο",
	    "Ο αριθμός του τιμολογίου είναι λάθος", "τιμολογιο παρακαλω",
	    "Chcę zwrot", "Kiedy dostanę zwrot pieniędzy?",
	    "Nie dostałem zwrotu", "Jak zwrócić buty",
	    "chce zwrocic buty", "Brak faktury", "Proszę o fakturę",
	    "faktura jest bledna", "Składam reklamację",
	    "reklamacja butow", "Quiero una devolución", "quiero devolver "
	    "esto", "Devuélvanme el dinero", "devuelvanme el dinero",
	    "No he recibido la factura", "Mis facturas", "Solicito el "
	    "reembolso", "reembolso ya", "I want a refund",
	    "Please refund me", "The invoice is missing",
	    NULL };
	struct tmpl_set		*ts;
	struct rules		*rs;
	struct rules_result	 res;
	size_t			 i;

	if (example_load(&ts, &rs) == -1)
		return;
	for (i = 0; billing[i] != NULL; i++) {
		example_eval(rs, billing[i], &res);
		if (res.queue == NULL || strcmp(res.queue, "billing") != 0) {
			fprintf(stderr, "\"%s\": queue %s\n", billing[i],
			    res.queue ? res.queue : "(none)");
			test_failed_now = 1;
		}
		rules_result_free(&res);
	}
	rules_free(rs);
	tmpl_free(ts);
}

/* Replies on a pending self-service case reopen it. */
static void
test_example_reply(void)
{
	struct tmpl_set		*ts;
	struct rules		*rs;
	struct rules_input	 in;
	struct rules_result	 res;
	struct mime_message	*m;

	if (example_load(&ts, &rs) == -1)
		return;
	m = msg_new("Re: [CS-1042] Opening hours", "That did not answer my "
	    "question, are you open on Sunday?");
	memset(&in, 0, sizeof in);
	in.msg = m;
	in.is_new = 0;
	in.queue = "general";
	in.status = "pending";
	rules_eval(rs, &in, &res, NULL);
	CHECK_STR(res.status, "open");
	CHECK(res.reply == NULL);
	rules_result_free(&res);

	/* A self-service question gets the answer and waits as pending. */
	free(m->subject);
	m->subject = strdup("¿A qué hora abren el sábado?");
	free(m->body);
	m->body = strdup("Hola, quería saber el horario de la tienda.");
	memcpy(m->lang, "es", 3);
	in.is_new = 1;
	in.queue = in.status = NULL;
	rules_eval(rs, &in, &res, NULL);
	CHECK_STR(res.queue, "general");
	CHECK_STR(res.status, "pending");
	CHECK_STR(res.reply, "faq-hours");
	rules_result_free(&res);
	msg_free(m);
	rules_free(rs);
	tmpl_free(ts);
}

/* Evaluate text as a new case against rules; caller frees res. */
static void
eval_new(const char *rules, const char *subject, const char *body,
    struct rules_result *res)
{
	struct rules		*rs;
	struct rules_input	 in;
	struct mime_message	*m;
	char			*err;

	rs = load_text(rules, NULL, &err);
	if (rs == NULL) {
		fprintf(stderr, "%s", err);
		test_failed_now = 1;
	}
	free(err);
	m = msg_new(subject, body);
	memset(&in, 0, sizeof in);
	in.msg = m;
	in.is_new = 1;
	rules_eval(rs, &in, res, NULL);
	msg_free(m);
	rules_free(rs);
}

static const char scoring[] =
    "rule refund\n  when text ~~ /refund|money back/\n  score billing 3\n"
    "rule crash\n  when text ~~ /crash|error/\n  score technical 3\n"
    "rule broken\n  when text ~~ /broken/\n  score technical 2\n"
    "rule not-billing\n  when text ~~ /not a (billing|refund)/\n"
    "  score billing -6\n"
    "rule ack-billing\n  when best is billing\n  reply ack-billing\n"
    "rule default\n  when best is none\n  queue general\n";

/* Several weak signals outvote one keyword; a negation takes points. */
static void
test_scores_decide(void)
{
	struct rules_result	 res;

	eval_new(scoring, "Refund", "I want a refund", &res);
	CHECK_STR(res.queue, "billing");
	CHECK_STR(res.reply, "ack-billing");
	CHECK_STR(res.scores, "billing 3 (refund +3)");
	CHECK_CONTAINS(res.queue_by, "scores: billing 3");
	rules_result_free(&res);

	/* refund 3 against crash 3 + broken 2 */
	eval_new(scoring, "Refund?", "the app is broken, error 5", &res);
	CHECK_STR(res.queue, "technical");
	CHECK(res.reply == NULL);
	rules_result_free(&res);

	/* "not a billing question": billing -3 is no candidate at all */
	eval_new(scoring, "", "This is not a billing question, a refund "
	    "would not help", &res);
	CHECK_STR(res.queue, "general");
	CHECK_STR(res.scores, "billing -3 (refund +3, not-billing -6)");
	rules_result_free(&res);
}

/* A tie goes to the queue that scored first, in rule order. */
static void
test_scores_tie(void)
{
	struct rules_result	 res;

	eval_new(scoring, "", "error, and my money back", &res);
	CHECK_STR(res.queue, "billing");
	rules_result_free(&res);
	eval_new("rule a\n  when body ~ /x/\n  score technical 2\n"
	    "rule b\n  when body ~ /x/\n  score billing 2\n", "", "x", &res);
	CHECK_STR(res.queue, "technical");
	rules_result_free(&res);
}

/* An explicit queue wins over points; stop still stops a scoring rule. */
static void
test_scores_explicit_queue(void)
{
	struct rules_result	 res;

	eval_new("rule vip\n  when subject ~ /VIP/\n  queue vip\n  continue\n"
	    "rule refund\n  when text ~ /refund/\n  score billing 5\n",
	    "VIP refund", "", &res);
	CHECK_STR(res.queue, "vip");
	CHECK_CONTAINS(res.queue_by, "rule vip (");
	CHECK_CONTAINS(res.queue_by, "[VIP]");
	rules_result_free(&res);

	eval_new("rule a\n  when text ~ /refund/\n  score billing 1\n  stop\n"
	    "rule b\n  score technical 5\n", "refund", "", &res);
	CHECK_STR(res.queue, "billing");
	CHECK_INT((int)res.matched.n, 1);
	rules_result_free(&res);

	/* no positive total, no queue: the caller's default applies */
	eval_new("rule a\n  score billing -1\n", "x", "", &res);
	CHECK(res.queue == NULL);
	CHECK_STR(res.scores, "billing -1 (a -1)");
	rules_result_free(&res);
}

static void
test_scores_errors(void)
{
	expect_error("rule a\n  score billing\n", 2,
	    "\"score\" needs a queue and a number");
	expect_error("rule a\n  score billing lots\n", 2,
	    "\"score\" needs a whole number from -1000 to 1000, not \"lots\"");
	expect_error("rule a\n  score billing 1001\n", 2, "not \"1001\"");
	expect_error("rule a\n  score\n  queue x\n", 2,
	    "\"score\" needs an argument on the same line");
	expect_error("rule a\n  when bets is x\n", 2,
	    "unknown condition \"bets\"");
}

/* What decided the priority, with the text the rule matched. */
static void
test_priority_by(void)
{
	struct rules_result	 res;

	eval_new("rule boss\n  when text ~~ /supervisor/\n  priority high\n"
	    "  continue\nrule refund\n  when text ~ /refund/\n"
	    "  score billing 3\n", "Refund", "Let me speak to a supervisor",
	    &res);
	CHECK_STR(res.queue, "billing");
	CHECK_STR(res.priority, "high");
	CHECK_CONTAINS(res.priority_by, "rule boss (");
	CHECK_CONTAINS(res.priority_by, "[supervisor]");
	rules_result_free(&res);
}

/* tagged sees the case's tags and those added earlier in the same run. */
static void
test_tagged_this_run(void)
{
	struct rules_result	 res;

	eval_new("rule a\n  when body ~ /refund/\n  tag refund\n  continue\n"
	    "rule faq\n  when not tagged refund\n  reply faq\n"
	    "rule other\n  reply other\n", "", "refund", &res);
	CHECK_STR(res.reply, "other");
	rules_result_free(&res);
	eval_new("rule a\n  when body ~ /refund/\n  tag refund\n  continue\n"
	    "rule faq\n  when not tagged refund\n  reply faq\n",
	    "", "hours", &res);
	CHECK_STR(res.reply, "faq");
	rules_result_free(&res);
}

/* /.../g: one Greek pattern finds Greek and real Greeklish spellings. */
static void
test_greeklish_flag(void)
{
	static const char *const texts[] = { "Θέλω να επιστρέψω το προϊόν",
	    "thelo na epistrepso to proion", "8elw na epistrepsw to proion",
	    "THELW NA EPISTREPSW", NULL };
	static const char rules[] =
	    "rule r\n  when text ~~ /θελω να επιστρεψ/g\n  queue billing\n";
	struct rules_result	 res;
	size_t			 i;

	for (i = 0; texts[i] != NULL; i++) {
		eval_new(rules, "", texts[i], &res);
		if (res.queue == NULL) {
			fprintf(stderr, "/g missed \"%s\"\n", texts[i]);
			test_failed_now = 1;
		}
		rules_result_free(&res);
	}
	/* a pattern written in Greeklish finds Greek */
	eval_new("rule r\n  when text ~~ /den erxetai/g\n  queue technical\n",
	    "", "Δεν έρχεται το email", &res);
	CHECK_STR(res.queue, "technical");
	rules_result_free(&res);
	/* without g, Greeklish is just Latin text */
	eval_new("rule r\n  when text ~~ /θελω/\n  queue billing\n", "",
	    "thelo", &res);
	CHECK(res.queue == NULL);
	rules_result_free(&res);
	/* the capture groups and \d survive the key */
	eval_new("rule r\n  when text ~~ /paraggel\\w* (?<order>\\d+)/g\n"
	    "  queue billing\n", "", "Παραγγελία 39914", &res);
	CHECK_STR(res.queue, "billing");
	CHECK(res.var_values.n == 1 && strcmp(res.var_values.v[0],
	    "39914") == 0);
	rules_result_free(&res);
	/*
	 * A mail known to be in another language is not read as Greeklish:
	 * the key of Spanish "horarios" spells ωράρια, of Polish "pos" πώς.
	 */
	eval_new("rule r\n  when text ~~ /ωραρι/g\n  queue general\n", "",
	    "Hola, no vamos a seguir con las clases, es solo un tema de "
	    "horarios. Gracias por todo.", &res);
	CHECK(res.queue == NULL);
	rules_result_free(&res);
	eval_new("rule r\n  when text ~~ /ωραρι/g\n  queue general\n", "",
	    "Kalhspera, ti wrario exete to Savvato?", &res);
	CHECK_STR(res.queue, "general");
	rules_result_free(&res);
	/* nor are its headers and names */
	{
		static const char hdr_rules[] =
		    "rule r\n  when header \"X-Topic\" ~~ /ωραρι/g\n"
		    "  queue general\n";
		struct rules		*rs;
		struct rules_input	 in;
		struct mime_message	*m;
		char			*err;

		rs = load_text(hdr_rules, NULL, &err);
		CHECK(rs != NULL);
		free(err);
		m = msg_new("", "Hola, es solo un tema de horarios.");
		msg_add_header(m, "X-Topic", "horarios");
		memset(&in, 0, sizeof in);
		in.msg = m;
		in.is_new = 1;
		rules_eval(rs, &in, &res, NULL);
		CHECK(res.queue == NULL);
		rules_result_free(&res);
		memcpy(m->lang, "el", 3);
		rules_eval(rs, &in, &res, NULL);
		CHECK_STR(res.queue, "general");
		rules_result_free(&res);
		msg_free(m);
		rules_free(rs);
	}
}

/*
 * The example rules on one sentence per class of the issue, in each
 * language: escalation raises the priority and keeps the topic, a negated
 * keyword does not decide, Greeklish is understood.
 */
static void
test_example_classes(void)
{
	static const struct {
		const char	*text, *queue, *priority;
	} cases[] = {
	    { "I want to speak to a supervisor about my refund", "billing",
	      "high" },
	    { "quiero hablar con un responsable, no me devuelven el dinero",
	      "billing", "high" },
	    { "chcę rozmawiać z kierownikiem, zwrot pieniędzy nie dotarł",
	      "billing", "high" },
	    { "θέλω να μιλήσω με τον υπεύθυνο για την επιστροφή χρημάτων",
	      "billing", "high" },
	    { "This is not a billing question - the app crashes", "technical",
	      NULL },
	    { "thelo na epistrepso to proion", "billing", NULL },
	    { "den erxetai to email otan kanw eggrafh", "technical", NULL },
	    { "Please cancel my paid subscription", "billing", NULL },
	    { "URGENT: the whole team cannot log in", "technical", "high" },
	    { "Just wanted to say your service was brilliant", "general",
	      NULL },
	};
	struct tmpl_set		*ts;
	struct rules		*rs;
	struct rules_result	 res;
	size_t			 i;

	if (example_load(&ts, &rs) == -1)
		return;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		example_eval(rs, cases[i].text, &res);
		if (res.queue == NULL || strcmp(res.queue,
		    cases[i].queue) != 0 || (cases[i].priority != NULL) !=
		    (res.priority != NULL) || (res.priority != NULL &&
		    strcmp(res.priority, cases[i].priority) != 0)) {
			fprintf(stderr, "\"%s\": %s/%s, want %s/%s\n",
			    cases[i].text, res.queue ? res.queue : "-",
			    res.priority ? res.priority : "-", cases[i].queue,
			    cases[i].priority ? cases[i].priority : "-");
			test_failed_now = 1;
		}
		CHECK(res.reply != NULL);
		rules_result_free(&res);
	}
	rules_free(rs);
	tmpl_free(ts);
}

int
main(void)
{
	RUN(test_errors);
	RUN(test_good_load);
	RUN(test_fold);
	RUN(test_matching);
	RUN(test_prefilter);
	RUN(test_quoted_history);
	RUN(test_fields);
	RUN(test_actions_captures_trace);
	RUN(test_limits);
	RUN(test_labelled_corpus);
	RUN(test_example_inflections);
	RUN(test_example_reply);
	RUN(test_scores_decide);
	RUN(test_scores_tie);
	RUN(test_scores_explicit_queue);
	RUN(test_scores_errors);
	RUN(test_priority_by);
	RUN(test_tagged_this_run);
	RUN(test_greeklish_flag);
	RUN(test_example_classes);
	TEST_DONE();
}
