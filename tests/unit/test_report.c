/*
 * test_report.c -- the manager's report over a generated month of cases on
 * a scratch desk (Europe/Athens, Monday to Friday 09-18, one holiday): the
 * desk's clock is moved (clock_set) to write each case and event when it
 * happens, and every figure of the report -- counts, medians, 90th
 * percentiles in business time, breaches, satisfaction, the day-by-day
 * counts, the oldest open cases -- is checked against figures this test
 * computes on its own, business hours included.  Then the period's dates
 * and the weekly mail to the supervisors.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "clock.h"
#include "desk.h"
#include "reply.h"
#include "report.h"
#include "test.h"
#include "test_pg.h"

static char		 tdir[64];
static struct desk	 d;


static void
desk_up(const char *extra)
{
	char		 path[128], name[64], *conf;
	const char *const *t;
	struct strv	 errors = { NULL, 0 };
	char		*db = test_pg_database();

	test_scratch(tdir, sizeof tdir, "test_report");
	xasprintf(&conf, "desk-address support@example.com\n"
	    "desk-name \"Acme Support\"\n"
	    "database test.db\nrules rules\ntemplates templates\n"
	    "secret-file secret\nautoreply-limit 0\n"
	    "timezone Europe/Athens\nbusiness-hours mon-fri 09:00-18:00\n"
	    "holidays holidays\n"
	    "sla * * first-response 4h resolution 2d\n%s%s",
	    extra ? extra : "", db);
	free(db);
	test_write_file(tdir, "supportd.conf", conf);
	free(conf);
	/* A Tuesday in the month: no business hours that day. */
	test_write_file(tdir, "holidays", "2026-11-17\n");
	snprintf(path, sizeof path, "%s/rules", tdir);
	mkdir(path, 0700);
	test_write_file(path, "10.rules", "rule any\n  queue general\n");
	snprintf(path, sizeof path, "%s/templates", tdir);
	mkdir(path, 0700);
	test_write_file(path, "ack.en.txt", "Subject: [{{case.ref}}] ok\n\n"
	    "Case {{case.ref}}.\n");
	test_write_file(path, "autoclosed.en.txt", "Subject: Closed\n\n"
	    "{{case.ref}} is closed.\n");
	test_write_file(path, "followup.en.txt", "Subject: How did we do?\n\n"
	    "Rate {{case.ref}} from 1 to 5.\n");
	for (t = reply_agent_templates; *t != NULL; t++) {
		snprintf(name, sizeof name, "%s.en.txt", *t);
		test_write_file(path, name, "Subject: {{case.ref}}\n\n"
		    "{{case.subject}}\n");
	}
	snprintf(path, sizeof path, "%s/supportd.conf", tdir);
	if (desk_open(path, &d, &errors) == -1) {
		fprintf(stderr, "desk_open: %s\n", errors.n ? errors.v[0] :
		    "?");
		exit(2);
	}
	strv_free(&errors);
}

static void
desk_down(void)
{
	desk_close(&d);
	test_rmtree(tdir);
}

/* A small fixed generator: the same month every run. */
static unsigned long	 seed = 20261101;

static long
rnd(long n)
{
	seed = seed * 6364136223846793005UL + 1442695040888963407UL;
	return (long)((seed >> 33) % (unsigned long)n);
}

/* What the test wrote for one case: its own record of the facts. */
#define MAXB	3
struct gen {
	int64_t		 id;
	char		 ref[16];
	const char	*queue;
	const char	*assignee;	/* NULL: nobody's */
	time_t		 created;
	time_t		 fr;		/* first response, 0: none */
	const char	*fr_by;
	time_t		 pending;	/* went pending, 0: no */
	time_t		 resolved;
	time_t		 closed;
	time_t		 breach[MAXB];
	int		 nbreach;
	int		 rating;
	time_t		 rated;
};

#define NCASES	140
static struct gen	 g[NCASES];
static time_t		 P_FROM, P_TO;

static const char *const queues[] = { "billing", "general", "tech" };
static const char *const agents[] = { "ana", "ben", "cleo" };

/*
 * Business seconds, the test's own way: walk hour by hour (windows and
 * holidays are whole hours and days), asking localtime what day it is.
 */
static long
biz(time_t a, time_t z)
{
	struct tm	 tm;
	long		 sum = 0, chunk;

	while (a < z) {
		localtime_r(&a, &tm);
		chunk = (60 - tm.tm_min) * 60L - tm.tm_sec;
		if (chunk > z - a)
			chunk = (long)(z - a);
		if (tm.tm_wday >= 1 && tm.tm_wday <= 5 && tm.tm_hour >= 9 &&
		    tm.tm_hour < 18 && !(tm.tm_mon == 10 && tm.tm_mday == 17))
			sum += chunk;
		a += chunk;
	}
	return sum;
}

static void
at(time_t t)
{
	clock_set(t);
}

static void
must(int r, char *cause)
{
	if (r == -1) {
		fprintf(stderr, "store: %s\n", cause ? cause : "?");
		exit(2);
	}
}

/* A month of cases, from late October to early December. */
static void
generate(void)
{
	struct store_case	 c;
	char			*cause = NULL, num[4];
	time_t			 t0 = test_local(2026, 10, 20, 0, 0), t;
	size_t			 i;
	int			 k;

	P_FROM = test_local(2026, 11, 1, 0, 0);
	P_TO = test_local(2026, 12, 1, 0, 0);
	must(store_begin(d.st, &cause), cause);
	for (i = 0; i < NCASES; i++) {
		struct gen *x = &g[i];

		memset(x, 0, sizeof *x);
		/* Whole minutes between 20 October and 5 December. */
		x->created = t0 + 60 * rnd(46L * 24 * 60);
		/* Most mail comes while the desk is open, some does not. */
		if (rnd(3) != 0) {
			struct tm tm;

			localtime_r(&x->created, &tm);
			tm.tm_hour = 9 + (int)rnd(9);
			tm.tm_isdst = -1;
			x->created = mktime(&tm);
		}
		x->queue = queues[rnd(3)];
		x->assignee = rnd(5) == 0 ? NULL : agents[rnd(3)];
		if (rnd(10) < 8) {
			x->fr = x->created + 60 * (5 + rnd(rnd(2) ? 600 :
			    3 * 24 * 60));
			x->fr_by = x->assignee && rnd(5) ? x->assignee :
			    agents[rnd(3)];
		}
		t = x->fr ? x->fr : x->created;
		if (x->fr && rnd(3) == 0)
			x->pending = t + 60 * (1 + rnd(600));
		if (rnd(10) < 6) {
			x->resolved = (x->pending ? x->pending : t) +
			    60 * (30 + rnd(5 * 24 * 60));
			if (rnd(2))
				x->closed = x->resolved + 7 * 86400;
			if (rnd(2)) {
				x->rating = 1 + (int)rnd(5);
				x->rated = x->resolved + 86400 + 60 * rnd(600);
			}
		} else if (rnd(6) == 0)
			x->closed = t + 60 * (60 + rnd(3000));
		x->nbreach = (int)rnd(MAXB + 1);
		for (k = 0; k < x->nbreach; k++)
			x->breach[k] = x->created + 60 * (1 + k * 5000 +
			    rnd(4000));

		/* Write it, each thing when it happened. */
		at(x->created);
		memset(&c, 0, sizeof c);
		c.status = CASE_NEW;
		c.queue = (char *)x->queue;
		c.priority = PRIO_NORMAL;
		xasprintf(&c.subject, "Generated case %zu <%s> & co", i,
		    x->queue);
		c.customer = "customer@example.org";
		c.language = "en";
		c.assignee = (char *)x->assignee;
		must(store_case_new(d.st, "CS", &c, &x->id, &cause), cause);
		free(c.subject);
		snprintf(x->ref, sizeof x->ref, "CS-%lld", (long long)x->id);
		must(store_event(d.st, x->id, "created", "rules", "", &cause),
		    cause);
		if (x->fr) {
			at(x->fr);
			must(store_event(d.st, x->id, "answered", x->fr_by, "",
			    &cause), cause);
			must(store_event(d.st, x->id, "first-response",
			    x->fr_by, "", &cause), cause);
			must(store_case_set(d.st, x->id, SF_STATUS, "open",
			    x->fr_by, &cause), cause);
		}
		if (x->pending) {
			at(x->pending);
			must(store_case_set(d.st, x->id, SF_STATUS, "pending",
			    "ana", &cause), cause);
		}
		for (k = 0; k < x->nbreach; k++) {
			at(x->breach[k]);
			must(store_event(d.st, x->id, "sla-breach", "supportd",
			    "first response target missed", &cause), cause);
		}
		if (x->resolved) {
			at(x->resolved);
			must(store_case_set(d.st, x->id, SF_STATUS, "resolved",
			    "ben", &cause), cause);
		}
		if (x->rating) {
			at(x->rated);
			snprintf(num, sizeof num, "%d", x->rating);
			must(store_event(d.st, x->id, "satisfaction",
			    "customer@example.org", num, &cause), cause);
		}
		if (x->closed) {
			at(x->closed);
			must(store_case_set(d.st, x->id, SF_STATUS, "closed",
			    "supportd", &cause), cause);
		}
	}
	must(store_commit(d.st, &cause), cause);
}

static int
within(time_t t)
{
	return t != 0 && t >= P_FROM && t < P_TO;
}

/* Open at the period's end, by the test's record. */
static int
open_at_end(const struct gen *x)
{
	if (x->created >= P_TO)
		return 0;
	if ((x->closed && x->closed < P_TO) ||
	    (x->resolved && x->resolved < P_TO))
		return 0;
	return 1;
}

static int
cmp_l(const void *a, const void *b)
{
	long	 x = *(const long *)a, y = *(const long *)b;

	return x < y ? -1 : x > y;
}

/* The expected figures of a scope, computed from the test's record. */
struct want {
	int	 opened, resolved, closed, open, breaches;
	int	 fn, rn, sn, ssum, sgood;
	long	 fmed, fp90, rmed, rp90;
};

static void
stats(long *v, int n, long *med, long *p90)
{
	*med = *p90 = 0;
	if (n == 0)
		return;
	qsort(v, (size_t)n, sizeof *v, cmp_l);
	/* The median of an even count is the mean of the two middle ones. */
	*med = n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
	/* Nearest rank: the smallest value with 90% at or below it. */
	*p90 = v[(int)((n * 90 + 99) / 100) - 1];
}

/* q: a queue's cases; a: an agent's ("" for nobody's); neither: all. */
static void
expect(const char *q, const char *a, struct want *w)
{
	long	 fv[NCASES], rv[NCASES];
	time_t	 done;
	int	 i, k, mine;

	memset(w, 0, sizeof *w);
	for (i = 0; i < NCASES; i++) {
		const struct gen *x = &g[i];
		const char *who = x->assignee ? x->assignee : "";

		if (x->created >= P_TO)
			continue;
		mine = (q == NULL || strcmp(x->queue, q) == 0) &&
		    (a == NULL || strcmp(who, a) == 0);
		if (within(x->created) && x->fr && x->fr < P_TO &&
		    (a != NULL ? strcmp(x->fr_by, a) == 0 : mine))
			fv[w->fn++] = biz(x->created, x->fr);
		if (!mine)
			continue;
		w->opened += within(x->created);
		w->resolved += within(x->resolved);
		w->closed += within(x->closed);
		w->open += open_at_end(x);
		done = x->resolved && x->resolved < P_TO ? x->resolved :
		    x->closed;
		if (within(done))
			rv[w->rn++] = biz(x->created, done);
		for (k = 0; k < x->nbreach; k++)
			w->breaches += within(x->breach[k]);
		if (x->rating && within(x->rated)) {
			w->sn++;
			w->ssum += x->rating;
			w->sgood += x->rating >= 4;
		}
	}
	stats(fv, w->fn, &w->fmed, &w->fp90);
	stats(rv, w->rn, &w->rmed, &w->rp90);
}

static int
same(const struct report_figures *f, const struct want *w)
{
	CHECK_INT(f->opened, w->opened);
	CHECK_INT(f->resolved, w->resolved);
	CHECK_INT(f->closed, w->closed);
	CHECK_INT(f->open, w->open);
	CHECK_INT(f->first_n, w->fn);
	CHECK_INT(f->first_median, w->fmed);
	CHECK_INT(f->first_p90, w->fp90);
	CHECK_INT(f->res_n, w->rn);
	CHECK_INT(f->res_median, w->rmed);
	CHECK_INT(f->res_p90, w->rp90);
	CHECK_INT(f->breaches, w->breaches);
	CHECK_INT(f->sat_n, w->sn);
	CHECK_INT(f->sat_sum, w->ssum);
	CHECK_INT(f->sat_good, w->sgood);
	if (test_failed_now)
		fprintf(stderr, "  ... in %s\n", f->name);
	return !test_failed_now;
}

static void
test_month(void)
{
	struct report	 rep;
	struct want	 w;
	char		*cause = NULL;
	size_t		 i;
	int		 k, n, opened, closed;

	desk_up(NULL);
	generate();
	CHECK_INT(report_load(&d, P_FROM, P_TO, &rep, &cause), 0);
	CHECK_STR(rep.from_date, "2026-11-01");
	CHECK_STR(rep.to_date, "2026-11-30");

	expect(NULL, NULL, &w);
	/* The month has enough of everything for the figures to mean much. */
	CHECK(w.opened > 60 && w.fn > 40 && w.rn > 30 && w.sn > 8 &&
	    w.open > 10 && w.breaches > 40);
	if (!same(&rep.total, &w))
		goto out;
	printf("month: %d opened, %d resolved, %d closed, %d open; first "
	    "response median %lds p90 %lds (%d); resolution median %lds p90 "
	    "%lds (%d); %d breaches; %d ratings, mean %.2f, %d of 4-5\n",
	    w.opened, w.resolved, w.closed, w.open, w.fmed, w.fp90, w.fn,
	    w.rmed, w.rp90, w.rn, w.breaches, w.sn, (double)w.ssum / w.sn,
	    w.sgood);

	CHECK_INT(rep.nqueues, 3);
	for (i = 0; i < rep.nqueues && !test_failed_now; i++) {
		CHECK_STR(rep.queues[i].name, queues[i]);
		expect(queues[i], NULL, &w);
		same(&rep.queues[i], &w);
	}
	/* ana, ben, cleo, and nobody's cases. */
	CHECK_INT(rep.nagents, 4);
	for (i = 0; i < rep.nagents && !test_failed_now; i++) {
		const char *a = strcmp(rep.agents[i].name, REPORT_NONE) == 0 ?
		    "" : rep.agents[i].name;

		expect(NULL, a, &w);
		same(&rep.agents[i], &w);
	}

	/* Thirty days, each with its cases. */
	CHECK_INT(rep.ndays, 30);
	for (i = 0; i < rep.ndays && !test_failed_now; i++) {
		time_t a = test_local(2026, 11, (int)i + 1, 0, 0);
		time_t z = test_local(2026, 11, (int)i + 2, 0, 0);

		opened = closed = 0;
		for (k = 0; k < NCASES; k++) {
			time_t done = g[k].resolved && g[k].resolved < P_TO ?
			    g[k].resolved : g[k].closed;

			opened += g[k].created >= a && g[k].created < z;
			closed += done >= a && done < z;
		}
		CHECK_INT(rep.days[i].opened, opened);
		CHECK_INT(rep.days[i].closed, closed);
	}

	/* The oldest open cases, oldest first. */
	for (n = 0, k = 0; k < NCASES; k++)
		n += open_at_end(&g[k]);
	CHECK_INT(rep.noldest, n < REPORT_OLDEST ? n : REPORT_OLDEST);
	for (i = 1; i < rep.noldest; i++)
		CHECK(rep.oldest[i - 1].created <= rep.oldest[i].created);
	for (i = 0, k = 0; i < rep.noldest && k < NCASES; k++) {
		time_t oldest = 0;
		int j, best = -1;

		/* The i-th oldest open case, by the test's record. */
		for (j = 0; j < NCASES; j++)
			if (open_at_end(&g[j]) && (oldest == 0 ||
			    g[j].created < oldest) && (i == 0 ||
			    g[j].created > rep.oldest[i - 1].created)) {
				oldest = g[j].created;
				best = j;
			}
		CHECK(best >= 0);
		if (best < 0)
			break;
		CHECK_STR(rep.oldest[i].ref, g[best].ref);
		CHECK_INT(rep.oldest[i].age_days,
		    (P_TO - g[best].created) / 86400);
		i++;
	}
out:
	report_free(&rep);
	desk_down();
}

/* What the three writers put out for the same month. */
static void
test_outputs(void)
{
	struct report	 rep;
	struct buf	 b;
	char		*cause = NULL, want[64];

	struct store_case	 c;
	int64_t			 id;

	desk_up(NULL);
	generate();
	/* The oldest open case, with a subject that tries the terminal. */
	at(test_local(2026, 10, 1, 10, 0));
	memset(&c, 0, sizeof c);
	c.queue = "general";
	c.subject = "\x1b[2J\xc2\x9b" "1m Καλησπέρα, τα χρήματά μου πίσω";
	c.customer = "x@example.org";
	CHECK_INT(store_case_new(d.st, "CS", &c, &id, &cause), 0);
	CHECK_INT(report_load(&d, P_FROM, P_TO, &rep, &cause), 0);

	buf_init(&b, BUF_DEFAULT_MAX);
	CHECK_INT(report_json(&rep, &b), 0);
	CHECK_CONTAINS(b.data, "\"from\":\"2026-11-01\"");
	snprintf(want, sizeof want, "\"opened\":%d,\"resolved\":%d",
	    rep.total.opened, rep.total.resolved);
	CHECK_CONTAINS(b.data, want);
	buf_free(&b);

	buf_init(&b, BUF_DEFAULT_MAX);
	CHECK_INT(report_html(&rep, "Acme <Support>", &b), 0);
	CHECK_CONTAINS(b.data, "<svg");
	CHECK_CONTAINS(b.data, "data-date=\"2026-11-30\"");
	CHECK_CONTAINS(b.data, "Acme &lt;Support&gt;");
	/* A customer's subject is text, never markup. */
	CHECK_CONTAINS(b.data, "&lt;billing&gt; &amp; co");
	CHECK(strstr(b.data, "<billing>") == NULL);
	CHECK(strstr(b.data, "<script") == NULL);
	CHECK(strstr(b.data, "http://") == NULL ||
	    strstr(b.data, "http://") == strstr(b.data,
	    "http://www.w3.org/2000/svg"));
	snprintf(want, sizeof want, "data-k=\"opened\" data-v=\"%d\"",
	    rep.total.opened);
	CHECK_CONTAINS(b.data, want);
	buf_free(&b);

	buf_init(&b, BUF_DEFAULT_MAX);
	CHECK_INT(report_text(&rep, "Acme", &b), 0);
	CHECK_CONTAINS(b.data, "2026-11-01 to 2026-11-30 (Europe/Athens)");
	CHECK_CONTAINS(b.data, "billing");
	CHECK_CONTAINS(b.data, "Oldest open cases");
	/* Cut to 50 bytes between two letters, not inside one. */
	CHECK_CONTAINS(b.data, "?[2J??1m Καλησπέρα, τα χρήματά \n");
	CHECK(strchr(b.data, '\x1b') == NULL);
	CHECK(strstr(b.data, "\xc2\x9b") == NULL);
	buf_free(&b);
	report_free(&rep);
	desk_down();
}

static void
test_period(void)
{
	time_t	 f, t;
	char	*cause = NULL;

	setenv("TZ", "Europe/Athens", 1);
	tzset();
	CHECK_INT(report_period("2026-11-01", "2026-11-30", 0, &f, &t,
	    &cause), 0);
	CHECK_INT(f, test_local(2026, 11, 1, 0, 0));
	CHECK_INT(t, test_local(2026, 12, 1, 0, 0));
	/* Across the end of summer time: 25 October has 25 hours. */
	CHECK_INT(report_period("2026-10-25", "2026-10-25", 0, &f, &t,
	    &cause), 0);
	CHECK_INT(t - f, 25 * 3600);
	/* By default the seven days ending today. */
	CHECK_INT(report_period(NULL, NULL, test_local(2026, 11, 29, 15, 0), &f,
	    &t, &cause), 0);
	CHECK_INT(f, test_local(2026, 11, 23, 0, 0));
	CHECK_INT(t, test_local(2026, 11, 30, 0, 0));
	CHECK_INT(report_period("2026-02-31", NULL, 0, &f, &t, &cause), -1);
	CHECK_CONTAINS(cause, "not a date");
	free(cause);
	cause = NULL;
	CHECK_INT(report_period("2026-11-30", "2026-11-01", 0, &f, &t,
	    &cause), -1);
	free(cause);
	cause = NULL;
	CHECK_INT(report_period("2024-01-01", "2026-01-01", 0, &f, &t,
	    &cause), -1);
	free(cause);
}

/* Mondays at 08:00 the supervisors get last week's page, once. */
static void
test_weekly_mail(void)
{
	struct store_out	*o;
	char			*cause = NULL;
	size_t			 n;

	desk_up("report-weekly mon 08:00\n"
	    "agent ana ana@example.com\n"
	    "agent lead {\n address lead@example.com\n supervises *\n}\n"
	    "agent boss {\n address boss@example.com\n"
	    " supervises billing\n}\n");
	CHECK_INT(d.conf->report_day, 1);
	CHECK_INT(d.conf->report_minute, 480);
	generate();
	at(test_local(2026, 11, 30, 7, 59));
	CHECK_INT(report_weekly(&d, &cause), 1);	/* last Monday's */
	CHECK_INT(report_weekly(&d, &cause), 0);
	at(test_local(2026, 11, 30, 8, 0));
	CHECK_INT(report_weekly(&d, &cause), 1);
	CHECK_INT(report_weekly(&d, &cause), 0);
	at(test_local(2026, 12, 6, 23, 0));
	CHECK_INT(report_weekly(&d, &cause), 0);
	CHECK_INT(store_out_list(d.st, &o, &n, &cause), 0);
	CHECK_INT(n, 4);		/* two weeks, two supervisors */
	if (n == 4) {
		CHECK_STR(o[2].rcpts.v[0], "lead@example.com");
		CHECK_STR(o[3].rcpts.v[0], "boss@example.com");
		CHECK_STR(o[3].subject, "Acme Support: weekly report "
		    "2026-11-23 to 2026-11-29");
		CHECK_CONTAINS(o[3].raw, "Content-Type: text/html");
		CHECK_CONTAINS(o[3].raw, "report-2026-11-29.html");
		CHECK_CONTAINS(o[3].raw, "Auto-Submitted: auto-generated");
		CHECK(o[3].case_ref == NULL);
	}
	store_out_free(o, n);
	desk_down();
}

static void
test_weekly_config(void)
{
	struct config	*c;
	struct strv	 errors = { NULL, 0 };
	char		 path[128];

	test_scratch(tdir, sizeof tdir, "test_report");
	test_write_file(tdir, "supportd.conf",
	    "desk-address support@example.com\n"
	    "report-weekly monday 8:00\n");
	snprintf(path, sizeof path, "%s/supportd.conf", tdir);
	CHECK_INT(config_load(path, &c, &errors), -1);
	CHECK(errors.n == 1);
	if (errors.n == 1)
		CHECK_CONTAINS(errors.v[0], "supportd.conf:2: report-weekly");
	strv_free(&errors);
	test_rmtree(tdir);
}

int
main(void)
{
	RUN(test_period);
	RUN(test_month);
	RUN(test_outputs);
	RUN(test_weekly_mail);
	RUN(test_weekly_config);
	TEST_DONE();
}
