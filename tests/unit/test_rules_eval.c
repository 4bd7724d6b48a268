/*
 * test_rules_eval.c -- "supportctl rules eval" (labels.c): labelled mails
 * in a scratch directory and its subdirectories, scored against a small
 * rule set; the counts, the misses with the rule that decided, unlabelled
 * mail, unreadable files, the JSON form and the --min figure.
 */
#include <sys/stat.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "labels.h"
#include "log.h"
#include "test.h"

static char	 tdir[64];

static const char rules_text[] =
    "rule boss\n  when text ~~ /supervisor/\n  priority high\n  continue\n"
    "rule refund\n  when text ~~ /refund/\n  score billing 3\n"
    "rule crash\n  when text ~~ /crash/\n  score technical 3\n";

static void
mail(const char *dir, const char *name, const char *lang, const char *q,
    const char *p, const char *body)
{
	char	*text;

	xasprintf(&text, "From: a@example.com\nSubject: test\n"
	    "Message-ID: <%s@example.com>\n%s%s%s%s%s%s%s%s%s\n%s\n", name,
	    q ? "X-Expect-Queue: " : "", q ? q : "", q ? "\n" : "",
	    p ? "X-Expect-Priority: " : "", p ? p : "", p ? "\n" : "",
	    lang ? "X-Expect-Language: " : "", lang ? lang : "",
	    lang ? "\n" : "", body);
	test_write_file(dir, name, text);
	free(text);
}

static struct rules *
setup(void)
{
	struct rules	*rs;
	struct strv	 errs = { NULL, 0 };
	char		 sub[128];

	test_scratch(tdir, sizeof tdir, "test_rules_eval");
	test_write_file(tdir, "10-test.rules", rules_text);
	if (rules_load(tdir, NULL, &rs, &errs) == -1) {
		fprintf(stderr, "%s\n", errs.n ? errs.v[0] : "?");
		exit(2);
	}
	strv_free(&errs);
	snprintf(sub, sizeof sub, "%s/en", tdir);
	if (mkdir(sub, 0700) == -1)
		exit(2);
	mail(sub, "1.eml", "en", "billing", NULL, "I want a refund");
	mail(sub, "2.eml", "en", "technical", "high",
	    "The app crash, get me a supervisor");
	mail(sub, "3.eml", "en", "technical", NULL, "refund? no, it crashes "
	    "and crash again");	/* technical 3 vs billing 3: billing */
	mail(sub, "4.eml", NULL, NULL, NULL, "no label at all");
	mail(sub, "notes.txt", NULL, "billing", NULL, "not an .eml file");
	snprintf(sub, sizeof sub, "%s/el", tdir);
	if (mkdir(sub, 0700) == -1)
		exit(2);
	mail(sub, "1.eml", "el", "general", NULL, "Καλημέρα");
	return rs;
}

static struct labels *
run(const struct rules *rs, const char *path, int *rv)
{
	struct labels_opts	 o;
	struct labels		*l;
	struct strv		 errs = { NULL, 0 };

	memset(&o, 0, sizeof o);
	o.rules = rs;
	o.fallback_charset = "windows-1252";
	o.default_queue = "general";
	l = labels_new(&o);
	*rv = labels_add(l, path, &errs);
	strv_free(&errs);
	return l;
}

/* Print into a string, to look at what the admin sees. */
static char *
printed(const struct labels *l, int json)
{
	char	*s = NULL;
	size_t	 n = 0;
	FILE	*f = open_memstream(&s, &n);

	labels_print(l, f, json);
	fclose(f);
	return s;
}

static void
test_text_report(void)
{
	struct rules	*rs = setup();
	struct labels	*l;
	char		*out;
	int		 rv;

	l = run(rs, tdir, &rv);
	CHECK_INT(rv, 0);
	out = printed(l, 0);
	CHECK_CONTAINS(out, "4 labelled mails (1 without X-Expect-Queue");
	/* en: 1 right of 3; el: the default queue, right */
	CHECK_CONTAINS(out, "en                3    66.7%");
	CHECK_CONTAINS(out, "el                1   100.0%");
	CHECK_CONTAINS(out, "/en/3.eml [en]: want technical/normal, got "
	    "billing/normal");
	CHECK_CONTAINS(out, "  queue: scores: billing 3 (refund +3), "
	    "technical 3 (crash +3)");
	CHECK(strstr(out, "/en/2.eml") == NULL);	/* right: not listed */
	free(out);
	labels_free(l);
	rules_free(rs);
	test_rmtree(tdir);
}

static void
test_json_and_min(void)
{
	struct rules	*rs = setup();
	struct labels	*l;
	char		*out, path[128];
	int		 rv;

	snprintf(path, sizeof path, "%s/en/3.eml", tdir);
	l = run(rs, path, &rv);
	CHECK_INT(rv, 0);
	out = printed(l, 1);
	CHECK_CONTAINS(out, "{\"mails\":1,\"unlabelled\":0,\"queue\":0,");
	CHECK_CONTAINS(out, "\"queue_confusion\":{\"technical\":"
	    "{\"billing\":1}");
	CHECK_CONTAINS(out, "\"queue_by\":\"scores: billing 3");
	CHECK(labels_worst(l) < 1.0);
	free(out);
	labels_free(l);

	snprintf(path, sizeof path, "%s/el", tdir);
	l = run(rs, path, &rv);
	CHECK(labels_worst(l) > 99.0);
	labels_free(l);
	rules_free(rs);
	test_rmtree(tdir);
}

/* A missing file or a directory of nothing is reported, never fatal. */
static void
test_bad_paths(void)
{
	struct rules	*rs = setup();
	struct labels	*l;
	char		*out, path[128];
	int		 rv;

	snprintf(path, sizeof path, "%s/nope.eml", tdir);
	l = run(rs, path, &rv);
	CHECK_INT(rv, -1);
	out = printed(l, 0);
	CHECK_CONTAINS(out, "0 labelled mails");
	free(out);
	labels_free(l);
	rules_free(rs);
	test_rmtree(tdir);
}

int
main(void)
{
	log_init(LOG_TO_STDERR, 0, "test_rules_eval");
	RUN(test_text_report);
	RUN(test_json_and_min);
	RUN(test_bad_paths);
	TEST_DONE();
}
