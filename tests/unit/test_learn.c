/*
 * test_learn.c -- the learned classifier (learn.c) and its hooks in the
 * rules: features (folding, Greeklish, stems, numbers), training on tiny
 * corpora with known answers, the model file written and read back, bad
 * model files reported as file:line, and the rule language's "model",
 * learned-queue, learned-priority and "score learned N".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "labels.h"
#include "learn.h"
#include "log.h"
#include "rules.h"
#include "test.h"

/* A feature as learn.c writes it: folded, then the Greeklish key. */
static char *
key(const char *words)
{
	size_t	 n;
	char	*f = fold_text(words, strlen(words), &n);
	char	*g = fold_greeklish(f, n, NULL);

	free(f);
	return g;
}

/* Does sv hold the key of words? */
static int
haskey(const struct strv *sv, const char *words)
{
	char	*k = key(words);
	int	 r = strv_has(sv, k);

	free(k);
	return r;
}

/* "\nf KEY COUNTS\n": a feature line of the model file. */
static char *
fline(const char *word, const char *counts)
{
	char	*k = key(word), *l;

	xasprintf(&l, "\nf %s%s", k, counts);
	free(k);
	return l;
}

/* A tiny corpus: two queues, two priorities, words that tell them apart. */
static struct learn_train *
tiny(void)
{
	struct learn_train	*t = learn_train_new();

	CHECK(learn_train_add(t, "Refund", "please refund my money",
	    "billing", NULL) == 0);
	CHECK(learn_train_add(t, "Invoice", "the invoice is wrong, refund "
	    "the difference", "billing", "") == 0);
	CHECK(learn_train_add(t, "Money", "I want my money back now",
	    "billing", "high") == 0);
	CHECK(learn_train_add(t, "Crash", "the app crashes on start",
	    "technical", NULL) == 0);
	CHECK(learn_train_add(t, "Printer", "the printer shows an error",
	    "technical", NULL) == 0);
	CHECK(learn_train_add(t, "Down", "the app crashes, error everywhere, "
	    "urgent", "technical", "high") == 0);
	return t;
}

/* Train t and read the model back through the parser. */
static struct learn_model *
roundtrip(struct learn_train *t, unsigned min_count, char **text)
{
	struct learn_model	*m = NULL;
	struct strv		 errs = { NULL, 0 };
	char			*buf = NULL, *cause = NULL;
	size_t			 len = 0;
	FILE			*f = open_memstream(&buf, &len);

	CHECK(f != NULL);
	CHECK(learn_train_write(t, f, min_count, &cause) == 0);
	fclose(f);
	CHECK(learn_parse("mem", buf, len, &m, &errs) == 0);
	CHECK_INT(errs.n, 0);
	strv_free(&errs);
	free(cause);
	if (text != NULL)
		*text = buf;
	else
		free(buf);
	return m;
}

static void
test_features_fold_and_greeklish(void)
{
	struct strv	 a = { NULL, 0 }, b = { NULL, 0 }, c = { NULL, 0 };
	size_t		 i;

	learn_features("", "Θέλω να επιστρέψω", &a);
	learn_features("", "thelo na epistrepso", &b);
	learn_features("", "8elw na epistrepsw", &c);
	CHECK(a.n > 0);
	CHECK_INT(a.n, b.n);
	CHECK_INT(a.n, c.n);
	for (i = 0; i < a.n && i < b.n && i < c.n; i++) {
		CHECK_STR(a.v[i], b.v[i]);
		CHECK_STR(a.v[i], c.v[i]);
	}
	strv_free(&a);
	strv_free(&b);
	strv_free(&c);
}

static void
test_features_words_stems_bigrams(void)
{
	struct strv	 a = { NULL, 0 };

	learn_features("Devolución", "¿Order 482913 devolver?", &a);
	CHECK(haskey(&a, "devolucion"));	/* accents folded */
	CHECK(strv_has(&a, "~devol"));	/* the stem both share */
	CHECK(strv_has(&a, "order"));
	CHECK(haskey(&a, "devolucion_order"));
	CHECK(!strv_has(&a, "482913"));	/* numbers are not words */
	CHECK(!strv_has(&a, "order_devolver"));	/* nor bridged over */
	CHECK(!strv_has(&a, "¿order"));	/* punctuation is not a letter */
	strv_free(&a);
}

/* Words a negation reaches are other features; a question is one. */
static void
test_features_negation_question(void)
{
	struct strv	 a = { NULL, 0 }, b = { NULL, 0 }, c = { NULL, 0 };
	char		*k = key("refund"), *nk, *h = key("help");

	xasprintf(&nk, "!%s", k);
	learn_features("Drawers", "I don't want a refund, help me fit them.",
	    &a);
	CHECK(strv_has(&a, nk));	/* reached by n't */
	CHECK(!strv_has(&a, k));
	CHECK(strv_has(&a, h));		/* the comma ended the clause */
	CHECK(!strv_has(&a, "?"));
	learn_features("", "Refund not needed, but the app crashes", &b);
	CHECK(strv_has(&b, k));		/* before the negation */
	CHECK(!haskey(&b, "!app"));	/* "but" ends its reach */
	learn_features("", "Πότε ανοίγετε το Σάββατο;", &c);
	CHECK(strv_has(&c, "?"));	/* the Greek question mark */
	strv_free(&a);
	strv_free(&b);
	strv_free(&c);
	free(k);
	free(nk);
	free(h);
}

static void
test_features_distinct_sorted(void)
{
	struct strv	 a = { NULL, 0 };
	size_t		 i;

	learn_features("refund refund", "refund", &a);
	for (i = 1; i < a.n; i++)
		CHECK(strcmp(a.v[i - 1], a.v[i]) < 0);
	CHECK(haskey(&a, "refund_refund"));
	strv_free(&a);
}

static void
test_train_classify(void)
{
	struct learn_train	*t = tiny();
	struct learn_model	*m = roundtrip(t, 1, NULL);
	struct learn_guess	 g;

	CHECK_INT(learn_train_mails(t), 6);
	if (m == NULL) {
		learn_train_free(t);
		return;
	}
	CHECK_INT(learn_nclasses(m, LEARN_QUEUE), 2);
	CHECK_INT(learn_nclasses(m, LEARN_PRIORITY), 2);
	learn_classify(m, "Hello", "can I have a refund of my money", &g);
	CHECK_STR(learn_class(m, LEARN_QUEUE, g.best[LEARN_QUEUE]),
	    "billing");
	CHECK(g.p[LEARN_QUEUE][g.best[LEARN_QUEUE]] > 0.5);
	CHECK(g.p[LEARN_QUEUE][0] + g.p[LEARN_QUEUE][1] > 0.999 &&
	    g.p[LEARN_QUEUE][0] + g.p[LEARN_QUEUE][1] < 1.001);
	learn_classify(m, "", "the app crashes with an error", &g);
	CHECK_STR(learn_class(m, LEARN_QUEUE, g.best[LEARN_QUEUE]),
	    "technical");
	learn_classify(m, "", "urgent, back now", &g);
	CHECK_STR(learn_class(m, LEARN_PRIORITY, g.best[LEARN_PRIORITY]),
	    "high");
	learn_classify(m, "", "", &g);		/* the prior decides */
	CHECK_STR(learn_class(m, LEARN_PRIORITY, g.best[LEARN_PRIORITY]),
	    "normal");
	learn_free(m);
	learn_train_free(t);
}

static void
test_train_file_format(void)
{
	struct learn_train	*t = tiny();
	struct learn_model	*m;
	char			*text = NULL, *money, *crash;

	m = roundtrip(t, 1, &text);
	money = fline("money", " 2 0 1 1\n");
	crash = fline("app_crashes", " 0 2 1 1\n");
	CHECK(strncmp(text, "supportd-model 1\n", 17) == 0);
	CHECK_CONTAINS(text, "\nalpha 0.5\ntemperature 3\nfeatures 2\n");
	CHECK_CONTAINS(text, "\nclass queue billing 3\n"
	    "class queue technical 3\n"
	    "class priority normal 4\nclass priority high 2\n");
	/* seen in 2 billing mails, no technical, 1 normal and 1 high */
	CHECK_CONTAINS(text, money);
	CHECK_CONTAINS(text, crash);
	learn_free(m);
	free(money);
	free(crash);
	free(text);
	learn_train_free(t);
}

static void
test_train_min_count(void)
{
	struct learn_train	*t = tiny();
	struct learn_model	*m;
	char			*text = NULL, *money, *printer;

	m = roundtrip(t, 2, &text);
	money = fline("money", " 2 0 1 1\n");
	printer = fline("printer", " ");
	CHECK_CONTAINS(text, money);
	CHECK(strstr(text, printer) == NULL);	/* in one mail only */
	free(money);
	free(printer);
	learn_free(m);
	free(text);
	learn_train_free(t);
}

static void
test_train_bad_labels(void)
{
	struct learn_train	*t = learn_train_new();
	char			 q[16];
	char			*cause = NULL;
	FILE			*f = fopen("/dev/null", "w");
	int			 i;

	CHECK(learn_train_write(t, f, 1, &cause) == -1);
	CHECK_CONTAINS(cause, "no labelled mail");
	free(cause);
	fclose(f);
	CHECK(learn_train_add(t, "", "x", "bad queue", NULL) == -1);
	CHECK(learn_train_add(t, "", "x", NULL, NULL) == -1);
	for (i = 0; i < LEARN_MAX_CLASSES; i++) {
		snprintf(q, sizeof q, "q%d", i);
		CHECK(learn_train_add(t, "", "x", q, NULL) == 0);
	}
	CHECK(learn_train_add(t, "", "x", "one-too-many", NULL) == -1);
	CHECK_INT(learn_train_mails(t), LEARN_MAX_CLASSES);
	learn_train_free(t);
}

/*
 * A full table drops what it has seen once, so a word first written
 * after it filled is still counted: "lateword" comes in the last five
 * mails and is in the model with its five mails; an early word seen
 * once is not.
 */
static void
test_train_full_table(void)
{
	struct learn_train	*t = learn_train_new_max(1000);
	struct buf		 b;
	char			*text = NULL, *cause = NULL, *late, *early;
	size_t			 len = 0;
	FILE			*f;
	int			 i, j;

	for (i = 0; i < 60; i++) {
		buf_init(&b, 0);
		for (j = 0; j < 40; j++)
			buf_printf(&b, "w%dx%d ", i, j);
		if (i >= 55)
			buf_adds(&b, "lateword");
		CHECK(learn_train_add(t, "", b.data, i % 2 ? "billing" :
		    "technical", NULL) == 0);
		buf_free(&b);
	}
	f = open_memstream(&text, &len);
	CHECK(f != NULL);
	CHECK(learn_train_write(t, f, 1, &cause) == 0);
	fclose(f);
	late = fline("lateword", " 2 3 5\n");
	early = fline("w0x0", " ");
	CHECK_CONTAINS(text, late);
	CHECK(text != NULL && strstr(text, early) == NULL);
	free(late);
	free(early);
	free(text);
	free(cause);
	learn_train_free(t);
}

/* The first error parsing text, or NULL when it loads. */
static char *
bad(const char *text)
{
	struct learn_model	*m = NULL;
	struct strv		 errs = { NULL, 0 };
	char			*e = NULL;

	if (learn_parse("m.model", text, strlen(text), &m, &errs) == -1) {
		CHECK(m == NULL);
		e = strdup(errs.n ? errs.v[0] : "(no error)");
	}
	learn_free(m);
	strv_free(&errs);
	return e;
}

#define HEAD	"supportd-model 1\nclass queue a 2\nclass priority normal 2\n"

static void
test_parse_good(void)
{
	CHECK(bad(HEAD "f x 1 2\n") == NULL);
	CHECK(bad("# comment\n\nsupportd-model 1\r\nalpha 1\n"
	    "class queue a 2\nclass queue b 1\nclass priority normal 3\n"
	    "f x\t1 0 1\n") == NULL);
	CHECK(bad(HEAD) == NULL);		/* no features: priors only */
	CHECK(bad("supportd-model 1\ntemperature 2.5\nfeatures 1\n"
	    "class queue a 2\nclass priority normal 2\nf x 1 2\n") == NULL);
}

static void
test_parse_errors(void)
{
	static const struct {
		const char	*text, *want;
	} cases[] = {
		{ "", "m.model:1: empty model" },
		{ "model 1\n", "m.model:1: not a supportd model" },
		{ "supportd-model 2\n", "m.model:1: model version \"2\" not "
		    "understood" },
		{ HEAD "g x 1 1\n", "m.model:4: unknown line \"g\"" },
		{ HEAD "f x 1\n", "m.model:4: a feature needs 2 counts" },
		{ HEAD "f x 3 1\n", "m.model:4: count \"3\" for queue a" },
		{ HEAD "f x -1 1\n", "m.model:4: count \"-1\"" },
		{ HEAD "f x 1 1\nf x 1 1\n", "m.model:5: feature \"x\" given "
		    "twice" },
		{ HEAD "f x 1 1\nclass queue b 1\n", "m.model:5: \"class\" "
		    "after the first feature" },
		{ "supportd-model 1\nf x 1\n", "m.model:2: feature before" },
		{ "supportd-model 1\nclass queue a 1\nclass queue a 1\n",
		    "m.model:3: queue class \"a\" given twice" },
		{ "supportd-model 1\nclass urgency a 1\n", "m.model:2: "
		    "unknown head" },
		{ "supportd-model 1\nclass queue a/b 1\n", "m.model:2: bad "
		    "class name" },
		{ "supportd-model 1\nclass queue a x\n", "m.model:2: bad mail "
		    "count" },
		{ "supportd-model 1\nclass queue a 1\n", "m.model:2: the model "
		    "has no priority class" },
		{ "supportd-model 1\nalpha 0\n", "m.model:2: \"alpha\" must "
		    "be" },
		{ "supportd-model 1\nalpha nan\n", "m.model:2: \"alpha\"" },
		{ "supportd-model 1\n\xff\n", "m.model:1: not valid UTF-8" },
		{ "supportd-model 1\ntemperature 0\n", "m.model:2: "
		    "\"temperature\" must be" },
		{ "supportd-model 1\nfeatures 3\n", "m.model:2: \"features\" "
		    "takes a feature set from 1 to 2" },
		{ HEAD "f x 1 1\nfeatures 1\n", "m.model:5: \"features\" "
		    "after the first feature" },
	};
	size_t	 i;
	char	*e;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		e = bad(cases[i].text);
		if (e == NULL) {
			fprintf(stderr, "case %zu loaded\n", i);
			CHECK(!"a bad model loaded");
			continue;
		}
		if (strncmp(e, cases[i].want, strlen(cases[i].want)) != 0) {
			fprintf(stderr, "case %zu: got \"%s\", want \"%s...\"\n",
			    i, e, cases[i].want);
			CHECK(!"the right file:line error");
		}
		free(e);
	}
}

static void
test_parse_too_many_classes(void)
{
	struct buf	 b;
	char		*e;
	int		 i;

	buf_init(&b, 0);
	buf_adds(&b, "supportd-model 1\n");
	for (i = 0; i <= LEARN_MAX_CLASSES; i++)
		buf_printf(&b, "class queue q%d 1\n", i);
	e = bad(b.data);
	CHECK_CONTAINS(e, "m.model:18: more than 16 queue classes");
	free(e);
	buf_free(&b);
}

static void
test_load_missing_file(void)
{
	struct learn_model	*m = NULL;
	struct strv		 errs = { NULL, 0 };

	CHECK(learn_load("/nonexistent/x.model", &m, &errs) == -1);
	CHECK(m == NULL);
	CHECK(errs.n == 1 && strncmp(errs.v[0], "/nonexistent/x.model:0: "
	    "cannot open", 34) == 0);
	strv_free(&errs);
}

/*
 * A model file read a line at a time loads as the same text parsed in
 * memory: the same guesses to the last bit, CRLF and comments or not; a
 * bad byte is reported at its line.
 */
static void
test_load_file(void)
{
	struct learn_train	*t = tiny();
	struct learn_model	*a, *b = NULL;
	struct learn_guess	 ga, gb;
	struct strv		 errs = { NULL, 0 };
	struct buf		 crlf;
	char			 dir[64], *text = NULL, *path, *p;
	const char		*mails[] = { "can I have a refund of my money",
				    "the app crashes with an error",
				    "urgent, back now", "" };
	size_t			 i, h, c;

	test_scratch(dir, sizeof dir, "test_learn_load");
	a = roundtrip(t, 1, &text);
	buf_init(&crlf, 0);
	buf_adds(&crlf, "# written by hand\r\n");
	for (p = text; *p != '\0'; p++) {
		if (*p == '\n')
			buf_addc(&crlf, '\r');
		buf_addc(&crlf, *p);
	}
	test_write_file(dir, "a.model", crlf.data);
	xasprintf(&path, "%s/a.model", dir);
	CHECK(learn_load(path, &b, &errs) == 0);
	CHECK_INT(errs.n, 0);
	for (i = 0; a != NULL && b != NULL && i < sizeof mails / sizeof mails[0]; i++) {
		learn_classify(a, "", mails[i], &ga);
		learn_classify(b, "", mails[i], &gb);
		for (h = 0; h < LEARN_NHEADS; h++) {
			CHECK_INT(ga.best[h], gb.best[h]);
			for (c = 0; c < learn_nclasses(a, h); c++)
				CHECK(ga.p[h][c] == gb.p[h][c]);
		}
	}
	learn_free(b);
	b = NULL;
	free(path);

	test_write_file(dir, "bad.model", "supportd-model 1\n"
	    "class queue a 2\nclass priority normal 2\nf caf\xc3 1 2\n");
	xasprintf(&path, "%s/bad.model", dir);
	CHECK(learn_load(path, &b, &errs) == -1);
	CHECK(b == NULL);
	CHECK(errs.n == 1 && strstr(errs.v[0], "bad.model:4: not valid "
	    "UTF-8 text") != NULL);
	strv_free(&errs);
	free(path);
	buf_free(&crlf);
	free(text);
	learn_free(a);
	learn_train_free(t);
}

/* labels.c's walk over labelled mail feeds training; unlabelled is skipped. */
static void
test_train_from_labelled_mail(void)
{
	struct labels_opts	 o;
	struct labels		*l;
	struct learn_train	*t = learn_train_new();
	struct strv		 errs = { NULL, 0 };
	struct learn_model	*m;
	char			 dir[64], *text = NULL;

	test_scratch(dir, sizeof dir, "test_learn");
	test_write_file(dir, "1.eml", "From: a@example.com\nSubject: Refund\n"
	    "X-Expect-Queue: Billing\nX-Expect-Priority: HIGH\n\nmoney back\n");
	test_write_file(dir, "2.eml", "From: a@example.com\nSubject: Crash\n"
	    "X-Expect-Queue: technical\n\nthe app crashes\n");
	test_write_file(dir, "3.eml", "From: a@example.com\nSubject: x\n\n"
	    "no label\n");
	test_write_file(dir, "4.eml", "From: a@example.com\nSubject: x\n"
	    "X-Expect-Queue: no/such\n\nbad label\n");
	memset(&o, 0, sizeof o);
	o.fallback_charset = "windows-1252";
	o.train = t;
	l = labels_new(&o);
	CHECK(labels_add(l, dir, &errs) == -1);
	CHECK_INT(errs.n, 1);
	CHECK_CONTAINS(errs.n ? errs.v[0] : "", "/4.eml: labels not learnable");
	CHECK_INT(learn_train_mails(t), 2);
	m = roundtrip(t, 1, &text);
	CHECK_CONTAINS(text, "\nclass queue billing 1\nclass queue technical 1\n"
	    "class priority high 1\nclass priority normal 1\n");
	learn_free(m);
	free(text);
	labels_free(l);
	learn_train_free(t);
	strv_free(&errs);
	test_rmtree(dir);
}

/* The rule language: a model next to the rules. */

static char	 tdir[64];

static void
write_model(void)
{
	struct learn_train	*t = tiny();
	char			 path[128], *cause = NULL;
	FILE			*f;

	snprintf(path, sizeof path, "%s/m.model", tdir);
	f = fopen(path, "w");
	CHECK(f != NULL && learn_train_write(t, f, 1, &cause) == 0);
	fclose(f);
	free(cause);
	learn_train_free(t);
}

static struct rules *
load(const char *rules_text, struct strv *errs)
{
	struct rules	*rs = NULL;

	test_scratch(tdir, sizeof tdir, "test_learn");
	write_model();
	test_write_file(tdir, "10-test.rules", rules_text);
	if (rules_load(tdir, NULL, &rs, errs) == -1)
		rs = NULL;
	test_rmtree(tdir);
	return rs;
}

static void
eval(const struct rules *rs, const char *body, struct rules_result *res,
    struct buf *trace)
{
	struct mime_message	 m;
	struct rules_input	 in;

	memset(&m, 0, sizeof m);
	m.subject = (char *)"Hello";
	m.body = (char *)body;
	m.from.name = (char *)"";
	m.from.addr = (char *)"";
	memcpy(m.lang, "en", 3);
	memset(&in, 0, sizeof in);
	in.msg = &m;
	in.mailbox = "INBOX";
	in.is_new = 1;
	rules_eval(rs, &in, res, trace);
}

static void
test_rules_score_learned(void)
{
	struct strv		 errs = { NULL, 0 };
	struct rules_result	 res;
	struct rules		*rs;

	rs = load("model m.model\n"
	    "rule learned\n  score learned 5\n"
	    "rule crash\n  when text ~ /printer/\n  score technical 2\n", &errs);
	CHECK(rs != NULL);
	if (rs == NULL)
		return;
	eval(rs, "please give my money back, the refund is late", &res, NULL);
	CHECK_STR(res.queue, "billing");
	CHECK_CONTAINS(res.scores, "billing 5 (learned +5)");
	rules_result_free(&res);
	/* two keyword points do not outvote a sure model */
	eval(rs, "the printer took my money, refund please", &res, NULL);
	CHECK_STR(res.queue, "billing");
	rules_result_free(&res);
	rules_free(rs);
	strv_free(&errs);
}

static void
test_rules_learned_conditions(void)
{
	struct strv		 errs = { NULL, 0 };
	struct rules_result	 res;
	struct rules		*rs;
	struct buf		 trace;

	rs = load("model \"m.model\"\n"
	    "rule hi\n  when learned-priority is high\n  priority high\n"
	    "  continue\n"
	    "rule tech\n  when learned-queue is technical\n  queue technical\n",
	    &errs);
	CHECK(rs != NULL);
	if (rs == NULL)
		return;
	buf_init(&trace, 0);
	eval(rs, "urgent: the app crashes with an error", &res, &trace);
	CHECK_STR(res.queue, "technical");
	CHECK_STR(res.priority, "high");
	CHECK_CONTAINS(res.queue_by, "learned-queue is \"technical\"");
	CHECK_CONTAINS(trace.data, "learned queue: billing 0.");
	CHECK_CONTAINS(trace.data, "learned priority: normal 0.");
	rules_result_free(&res);
	buf_free(&trace);
	eval(rs, "a refund please", &res, NULL);
	CHECK(res.queue == NULL);
	CHECK(res.priority == NULL);
	rules_result_free(&res);
	rules_free(rs);
	strv_free(&errs);
}

/* "sure N": the model's class counts only when it gives it N percent. */
static void
test_rules_learned_sure(void)
{
	struct strv		 errs = { NULL, 0 };
	struct rules_result	 res;
	struct rules		*rs;
	struct buf		 trace;
	const char		*p;
	double			 high;

	rs = load("model m.model\n"
	    "rule hi\n  when learned-priority is high sure 100\n"
	    "  priority high\n  continue\n"
	    "rule hi2\n  when learned-priority is high sure 1\n"
	    "  tag high-at-all\n", &errs);
	CHECK(rs != NULL);
	if (rs == NULL)
		return;
	buf_init(&trace, 0);
	eval(rs, "urgent: the app crashes with an error", &res, &trace);
	/* high is the model's class, but not 100% sure */
	p = strstr(trace.data ? trace.data : "", "learned priority:");
	p = p ? strstr(p, " high ") : NULL;
	high = p ? strtod(p + 6, NULL) : 0;
	CHECK(high > 0.5 && high < 1);
	CHECK(res.priority == NULL);
	CHECK(strv_has(&res.tags, "high-at-all"));
	rules_result_free(&res);
	buf_free(&trace);
	rules_free(rs);
	strv_free(&errs);

	CHECK(load("model m.model\nrule a\n  when learned-queue is billing "
	    "sure 0\n  queue x\n", &errs) == NULL);
	CHECK_CONTAINS(errs.n ? errs.v[0] : "", "10-test.rules:3: \"sure\" "
	    "needs a whole percent from 1 to 100");
	strv_free(&errs);
	CHECK(load("model m.model\nrule a\n  when queue is billing sure 70\n"
	    "  queue x\n", &errs) == NULL);
	CHECK_CONTAINS(errs.n ? errs.v[0] : "", "10-test.rules:3: \"sure\" "
	    "only follows learned-queue or learned-priority");
	strv_free(&errs);
}

static void
test_rules_need_model(void)
{
	struct strv	 errs = { NULL, 0 };

	CHECK(load("rule a\n  when learned-queue is billing\n  queue x\n",
	    &errs) == NULL);
	CHECK(errs.n >= 1);
	CHECK_CONTAINS(errs.n ? errs.v[0] : "", "10-test.rules:2: "
	    "\"learned-queue\" needs a model");
	strv_free(&errs);
	CHECK(load("rule a\n  score learned 3\n", &errs) == NULL);
	CHECK_CONTAINS(errs.n ? errs.v[0] : "", "10-test.rules:2: "
	    "\"score learned\" needs a model");
	strv_free(&errs);
}

static void
test_rules_bad_model(void)
{
	struct strv	 errs = { NULL, 0 };
	struct rules	*rs;

	test_scratch(tdir, sizeof tdir, "test_learn");
	test_write_file(tdir, "m.model", "supportd-model 1\nclass queue a 1\n"
	    "class priority normal 1\nf x 2 0\n");
	test_write_file(tdir, "10-test.rules", "\n\nmodel m.model\n");
	CHECK(rules_load(tdir, NULL, &rs, &errs) == -1);
	CHECK(errs.n == 2);
	CHECK_CONTAINS(errs.n > 0 ? errs.v[0] : "", "/m.model:4: count \"2\"");
	CHECK_CONTAINS(errs.n > 1 ? errs.v[1] : "", "/10-test.rules:3: "
	    "model ");
	strv_free(&errs);
	/* rules that use the model that did not load add no more errors */
	test_write_file(tdir, "10-test.rules", "model nonexistent.model\n"
	    "rule a\n  score learned 3\n");
	CHECK(rules_load(tdir, NULL, &rs, &errs) == -1);
	CHECK_INT(errs.n, 2);
	CHECK_CONTAINS(errs.n ? errs.v[0] : "", "nonexistent.model:0: "
	    "cannot open");
	strv_free(&errs);
	test_rmtree(tdir);
}

static void
test_rules_two_models(void)
{
	struct strv	 errs = { NULL, 0 };

	CHECK(load("model m.model\nmodel m.model\n", &errs) == NULL);
	CHECK_CONTAINS(errs.n ? errs.v[0] : "", "10-test.rules:2: a second "
	    "model (the first is at ");
	strv_free(&errs);
	CHECK(load("model\n", &errs) == NULL);
	CHECK_CONTAINS(errs.n ? errs.v[0] : "", "10-test.rules:1: \"model\" "
	    "needs a file name");
	strv_free(&errs);
}

int
main(void)
{
	log_init(LOG_TO_STDERR, 0, "test_learn");
	RUN(test_features_fold_and_greeklish);
	RUN(test_features_words_stems_bigrams);
	RUN(test_features_negation_question);
	RUN(test_features_distinct_sorted);
	RUN(test_train_classify);
	RUN(test_train_file_format);
	RUN(test_train_min_count);
	RUN(test_train_bad_labels);
	RUN(test_train_full_table);
	RUN(test_train_from_labelled_mail);
	RUN(test_parse_good);
	RUN(test_parse_errors);
	RUN(test_parse_too_many_classes);
	RUN(test_load_missing_file);
	RUN(test_load_file);
	RUN(test_rules_score_learned);
	RUN(test_rules_learned_conditions);
	RUN(test_rules_learned_sure);
	RUN(test_rules_need_model);
	RUN(test_rules_bad_model);
	RUN(test_rules_two_models);
	TEST_DONE();
}
