/*
 * test_tmpl.c -- reply templates: loading NAME.LANG.txt files, every load
 * error, variables, language fallback, rendering, and the guard against
 * CR/LF in a rendered subject.  Also checks the example templates.
 */
#include <sys/stat.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "test.h"
#include "tmpl.h"

static char	 tdir[64];

static void
scratch(void)
{
	test_scratch(tdir, sizeof tdir, "test_tmpl");
}


/* Load the scratch dir; return the errors joined (caller frees). */
static char *
load(struct tmpl_set **ts, int want_rc)
{
	struct strv	 errs = { NULL, 0 };
	struct buf	 b;
	size_t		 i;
	int		 rc;

	rc = tmpl_load(tdir, "en", ts, &errs);
	CHECK_INT(rc, want_rc);
	buf_init(&b, 0);
	buf_adds(&b, "");
	for (i = 0; i < errs.n; i++)
		buf_printf(&b, "%s\n", errs.v[i]);
	strv_free(&errs);
	return buf_release(&b);
}

static void
expect_error(const char *file, const char *text, const char *want)
{
	struct tmpl_set	*ts;
	char		*err;

	scratch();
	test_write_file(tdir, file, text);
	err = load(&ts, -1);
	CHECK(ts == NULL);
	CHECK_CONTAINS(err, want);
	free(err);
	test_rmtree(tdir);
}

static void
test_errors(void)
{
	expect_error("ack.en.txt", "\nbody\n", "ack.en.txt:1: missing Subject:");
	expect_error("ack.en.txt", "Subject: hi\n",
	    "ack.en.txt:2: no blank line between the header part and the body");
	expect_error("ack.en.txt", "Subject: hi\nFrom: x@y\n\nbody\n",
	    "ack.en.txt:2: unknown header \"From\" (only Subject: is allowed)");
	expect_error("ack.en.txt", "Subject: a\nSubject: b\n\nbody\n",
	    "ack.en.txt:2: Subject: given twice");
	expect_error("ack.en.txt", "Subject: hi\nnot a header\n\nbody\n",
	    "ack.en.txt:2: expected a header line");
	expect_error("ack.en.txt", "Subject: hi\n\nline 3\nbad {{ var\n",
	    "ack.en.txt:4: malformed variable");
	expect_error("ack.en.txt", "Subject: [{{}}]\n\nbody\n",
	    "ack.en.txt:1: malformed variable");
	expect_error("ack.en.txt", "Subject: caf\xe9\n\nbody\n",
	    "ack.en.txt:1: not valid UTF-8 text");
	expect_error("ack.txt", "Subject: x\n\nbody\n",
	    "ack.txt:0: file name is not NAME.LANG.txt");
	expect_error("ack.EN.txt", "Subject: x\n\nbody\n",
	    "file name is not NAME.LANG.txt");
	expect_error("ack.el.txt", "Subject: x\n\nbody\n",
	    "ack.el.txt:1: template \"ack\" has no version in the default "
	    "language");
	{
		struct tmpl_set	*ts;
		struct strv	 errs = { NULL, 0 };

		CHECK_INT(tmpl_load("/nonexistent/tmpl", "en", &ts, &errs), -1);
		CHECK(ts == NULL);
		CHECK(errs.n == 1 && strstr(errs.v[0], "cannot read directory"));
		strv_free(&errs);
	}
	/* Not a regular file, or not there at all. */
	{
		struct tmpl_set	*ts;
		char		*err, path[256];

		scratch();
		snprintf(path, sizeof path, "%s/x.en.txt", tdir);
		CHECK(mkdir(path, 0700) == 0);
		err = load(&ts, -1);
		CHECK_CONTAINS(err, "x.en.txt:0: not a regular file");
		free(err);
		rmdir(path);
		CHECK(symlink("/nonexistent/x", path) == 0);
		err = load(&ts, -1);
		CHECK_CONTAINS(err, "x.en.txt:0: cannot open: No such file");
		free(err);
		test_rmtree(tdir);
	}
	/* Too large: a cap, not an unbounded read. */
	{
		char	*big = malloc(300 * 1024);

		memset(big, 'a', 300 * 1024 - 1);
		big[300 * 1024 - 1] = '\0';
		expect_error("big.en.txt", big, "file too large");
		free(big);
	}
}

static void
test_render(void)
{
	struct tmpl_set	*ts;
	struct strv	 names = { NULL, 0 }, values = { NULL, 0 }, vars = {
			    NULL, 0 };
	char		*err, *subj, *body, *cause, used[8];

	scratch();
	test_write_file(tdir, "ack.en.txt", "Subject: [{{case.ref}}] {{ message.subject }}"
	    "\r\n\r\nDear {{customer.name}},\r\ncase {{case.ref}}.\r\n");
	test_write_file(tdir, "ack.el.txt", "Subject: [{{case.ref}}] Λάβαμε\n"
	    "  το μήνυμά σας\n\nΑγαπητέ/ή {{customer.name}}, {{order}}\n");
	test_write_file(tdir, "other.en.txt", "\xef\xbb\xbfSubject: plain\n\n{{ not closed\n");
	test_write_file(tdir, "README", "not a template\n");
	err = load(&ts, -1);
	CHECK_CONTAINS(err, "other.en.txt:3: malformed variable");
	free(err);
	unlink("README");
	test_write_file(tdir, "other.en.txt", "Subject: plain\n\nno variables\n");
	err = load(&ts, 0);
	CHECK_STR(err, "");
	free(err);
	CHECK(tmpl_exists(ts, "ack"));
	CHECK(tmpl_exists(ts, "other"));
	CHECK(!tmpl_exists(ts, "nope"));
	CHECK(!tmpl_exists(NULL, "ack"));
	CHECK_CONTAINS(tmpl_file(ts, "ack"), "/ack.el.txt");
	CHECK(tmpl_file(ts, "nope") == NULL);
	tmpl_vars(ts, "ack", &vars);
	CHECK_INT(vars.n, 4);
	CHECK(strv_has(&vars, "case.ref") && strv_has(&vars, "order") &&
	    strv_has(&vars, "message.subject") &&
	    strv_has(&vars, "customer.name"));
	strv_free(&vars);

	strv_add(&names, "case.ref");
	strv_add(&values, "CS-1042");
	strv_add(&names, "message.subject");
	strv_add(&values, "Hello\r\nBcc: victim@example.com");
	strv_add(&names, "customer.name");
	strv_add(&values, "Ana\nMaria");
	strv_add(&names, "order");
	strv_add(&values, "123456");

	/* English; the CR/LF in the subject value become spaces. */
	CHECK_INT(tmpl_render(ts, "ack", "en", &names, &values, &subj, &body,
	    used, &cause), 0);
	CHECK_STR(subj, "[CS-1042] Hello  Bcc: victim@example.com");
	CHECK_STR(body, "Dear Ana\nMaria,\ncase CS-1042.\n");
	CHECK_STR(used, "en");
	free(subj);
	free(body);

	/* Greek, with a folded Subject: line. */
	CHECK_INT(tmpl_render(ts, "ack", "el", &names, &values, &subj, &body,
	    used, &cause), 0);
	CHECK_STR(subj, "[CS-1042] Λάβαμε το μήνυμά σας");
	CHECK_STR(body, "Αγαπητέ/ή Ana\nMaria, 123456\n");
	CHECK_STR(used, "el");
	free(subj);
	free(body);

	/* No Polish version, no language at all: the default. */
	CHECK_INT(tmpl_render(ts, "ack", "pl", &names, &values, &subj, &body,
	    used, &cause), 0);
	CHECK_STR(used, "en");
	free(subj);
	free(body);
	CHECK_INT(tmpl_render(ts, "ack", NULL, &names, &values, &subj, &body,
	    used, &cause), 0);
	CHECK_STR(used, "en");
	free(subj);
	free(body);

	/* Unknown template, missing value. */
	CHECK_INT(tmpl_render(ts, "nope", "en", &names, &values, &subj, &body,
	    used, &cause), -1);
	CHECK_STR(cause, "unknown template \"nope\"");
	CHECK(subj == NULL && body == NULL);
	free(cause);
	free(names.v[--names.n]);	/* drop "order" */
	CHECK_INT(tmpl_render(ts, "ack", "el", &names, &values, &subj, &body,
	    used, &cause), -1);
	CHECK_STR(cause, "variable {{order}} has no value");
	CHECK(subj == NULL && body == NULL);
	free(cause);
	CHECK_INT(tmpl_render(ts, "ack", "en", NULL, NULL, &subj, &body,
	    used, &cause), -1);
	CHECK_STR(cause, "variable {{case.ref}} has no value");
	free(cause);
	CHECK_INT(tmpl_render(NULL, "ack", "en", NULL, NULL, &subj, &body,
	    used, &cause), -1);

	CHECK_STR(cause, "no templates loaded");
	free(cause);

	/* A rendering that would pass the 1 MiB cap fails cleanly. */
	{
		char	*huge = malloc(2 * 1024 * 1024);

		memset(huge, 'x', 2 * 1024 * 1024 - 1);
		huge[2 * 1024 * 1024 - 1] = '\0';
		strv_add(&names, "order");	/* pairs with values.v[3] */
		free(values.v[3]);
		values.v[3] = huge;
		CHECK_INT(tmpl_render(ts, "ack", "el", &names, &values, &subj,
		    &body, used, &cause), -1);
		CHECK_STR(cause, "rendered text too long");
		CHECK(subj == NULL && body == NULL);
		free(cause);
	}

	strv_free(&names);
	strv_free(&values);
	tmpl_free(ts);
	tmpl_free(NULL);
	test_rmtree(tdir);
}

/* The shipped templates: all load, all render with the base variables. */
static void
test_examples(void)
{
	static const char *const names[] = { "ack", "ack-billing",
	    "ack-technical", "ack-general", "faq-hours", "faq-directions",
	    "faq-returns", "faq-invoice", NULL };
	static const char *const langs[] = { "en", "el", "es", "pl", NULL };
	struct tmpl_set	*ts;
	struct strv	 errs = { NULL, 0 }, n = { NULL, 0 }, v = { NULL, 0 };
	char		*subj, *body, *cause, used[8];
	size_t		 i, j;

	if (tmpl_load("rules/templates", "en", &ts, &errs) == -1) {
		for (i = 0; i < errs.n; i++)
			fprintf(stderr, "%s\n", errs.v[i]);
		CHECK(!"example templates load");
		strv_free(&errs);
		return;
	}
	for (i = 0; tmpl_base_vars[i] != NULL; i++) {
		strv_add(&n, tmpl_base_vars[i]);
		strv_add(&v, "X");
	}
	free(v.v[0]);
	v.v[0] = strdup("CS-7");	/* case.ref */
	for (i = 0; names[i] != NULL; i++)
		for (j = 0; langs[j] != NULL; j++) {
			if (tmpl_render(ts, names[i], langs[j], &n, &v, &subj,
			    &body, used, &cause) == -1) {
				fprintf(stderr, "%s.%s: %s\n", names[i],
				    langs[j], cause);
				free(cause);
				CHECK(!"render");
				continue;
			}
			CHECK_STR(used, langs[j]);
			CHECK_CONTAINS(subj, "[CS-7]");
			CHECK(strlen(body) > 100);
			free(subj);
			free(body);
		}
	strv_free(&n);
	strv_free(&v);
	tmpl_free(ts);
}

int
main(void)
{
	RUN(test_errors);
	RUN(test_render);
	RUN(test_examples);
	TEST_DONE();
}
