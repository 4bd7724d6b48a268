/*
 * test_timers.c -- business time, SLA planning, and timers firing on a
 * scratch desk with the desk's clock moved (clock_set): a case created on
 * Friday 17:55 in a desk open Monday to Friday 09-18 is due on Monday at
 * 09:05 for a 10-minute first response; warnings and breaches fire once;
 * auto-close and the follow-up question; a rating does not reopen.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "clock.h"
#include "desk.h"
#include "ingest.h"
#include "sla.h"
#include "test.h"
#include "test_pg.h"
#include "timers.h"

static char		 tdir[64];
static struct desk	 d;


static void
test_durations_and_hours(void)
{
	struct bizhours	 b;
	const char	*why;

	CHECK_INT(sla_duration("10m"), 600);
	CHECK_INT(sla_duration("4h"), 14400);
	CHECK_INT(sla_duration("2d"), 172800);
	CHECK_INT(sla_duration("90"), 90);
	CHECK_INT(sla_duration("ten"), -1);
	CHECK_INT(sla_duration("5w"), -1);
	memset(&b, 0, sizeof b);
	CHECK_INT(sla_hours(&b, "mon-fri", "09:00-18:00", &why), 0);
	CHECK_INT(b.open[1], 540);
	CHECK_INT(b.close[5], 1080);
	CHECK_INT(b.open[0], b.close[0]);	/* Sunday closed */
	CHECK_INT(sla_hours(&b, "sat", "10:00-14:00", &why), 0);
	CHECK_INT(b.open[6], 600);
	CHECK_INT(sla_hours(&b, "fri-mon", "09:00-08:00", &why), -1);
	CHECK_INT(sla_hours(&b, "funday", "09:00-18:00", &why), -1);
}

static void
test_friday_evening(void)
{
	struct bizhours	 b;
	const char	*why;
	time_t		 fri, mon;

	setenv("TZ", "Europe/Athens", 1);
	tzset();
	memset(&b, 0, sizeof b);
	CHECK_INT(sla_hours(&b, "mon-fri", "09:00-18:00", &why), 0);
	/* Friday 4 December 2026, 17:55. */
	fri = test_local(2026, 12, 4, 17, 55);
	mon = test_local(2026, 12, 7, 9, 5);
	CHECK_INT(sla_add(&b, fri, 600), mon);
	CHECK_INT(sla_between(&b, fri, mon), 600);
	/* Outside hours the clock waits: Saturday 11:00 + 1 h. */
	CHECK_INT(sla_add(&b, test_local(2026, 12, 5, 11, 0), 3600),
	    test_local(2026, 12, 7, 10, 0));
	/* A holiday is closed too. */
	b.holidays = malloc(sizeof *b.holidays);
	b.holidays[0] = 20261207;
	b.nholidays = 1;
	CHECK_INT(sla_add(&b, fri, 600), test_local(2026, 12, 8, 9, 5));
	sla_hours_free(&b);
}

static void
test_rating(void)
{
	int	 more;

	CHECK_INT(timers_rating("5", &more), 5);
	CHECK_INT(more, 0);
	CHECK_INT(timers_rating("  4.\n", &more), 4);
	CHECK_INT(timers_rating("5/5", &more), 5);
	CHECK_INT(timers_rating("Good!", &more), 5);
	CHECK_INT(timers_rating("καλό", &more), 5);
	CHECK_INT(timers_rating("Κακό", &more), 1);
	CHECK_INT(timers_rating("bueno", &more), 5);
	CHECK_INT(timers_rating("źle", &more), 1);
	CHECK_INT(timers_rating("Dobrze", &more), 5);
	CHECK_INT(timers_rating("2\nbut the printer still jams", &more), 2);
	CHECK_INT(more, 1);
	CHECK_INT(timers_rating("The printer still jams", &more), 0);
	CHECK_INT(timers_rating("7", &more), 0);
}

static void
desk_up(const char *extra)
{
	char		 path[128], *conf;
	struct strv	 errors = { NULL, 0 };
	char		*db = test_pg_database();

	test_scratch(tdir, sizeof tdir, "test_timers");
	xasprintf(&conf, "desk-address support@example.com\n"
	    "database test.db\nrules rules\ntemplates templates\n"
	    "secret-file secret\nautoreply-limit 0\n"
	    "timezone Europe/Athens\nbusiness-hours mon-fri 09:00-18:00\n"
	    "sla * * first-response 10m resolution 8h\n"
	    "sla * high first-response 5m\n"
	    "supervisor lead@example.com\n%s%s", extra ? extra : "", db);
	free(db);
	test_write_file(tdir, "supportd.conf", conf);
	free(conf);
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

static void
feed(const char *raw)
{
	struct ingest_opts	 o;
	struct ingest_result	 res;
	char			*cause = NULL;

	memset(&o, 0, sizeof o);
	o.mailbox = "";
	if (store_begin(d.st, &cause) == -1 ||
	    ingest_message(&d, &o, raw, strlen(raw), &res, &cause) == -1 ||
	    store_commit(d.st, &cause) == -1) {
		fprintf(stderr, "feed: %s\n", cause);
		exit(2);
	}
}

/* How many events of a kind the case has. */
static int
events(const char *kind)
{
	struct store_event_row	*e;
	size_t			 n, i;
	int			 k = 0;

	if (store_case_events(d.st, 1001, &e, &n, NULL) == -1)
		return -1;
	for (i = 0; i < n; i++)
		if (strcmp(e[i].kind, kind) == 0)
			k++;
	store_events_free(e, n);
	return k;
}

static int
run_at(time_t t)
{
	struct timers_stats	 ts;

	clock_set(t);
	if (timers_run(&d, &ts) == -1)
		return -1;
	return ts.fired;
}

static void
test_first_response_sla(void)
{
	struct store_case	 c;
	time_t			 next;

	desk_up(NULL);
	clock_set(test_local(2026, 12, 4, 17, 55));
	feed("From: ana@example.es\r\nSubject: Hello\r\n"
	    "Message-ID: <t1@example.es>\r\n\r\nhelp\r\n");
	/* Warning at 80%: 8 minutes of business time, Monday 09:03. */
	CHECK_INT(store_timer_next(d.st, &next, NULL), 0);
	CHECK_INT(next, test_local(2026, 12, 7, 9, 3));
	/* Nothing over the weekend. */
	CHECK_INT(run_at(test_local(2026, 12, 6, 23, 0)), 0);
	CHECK_INT(run_at(test_local(2026, 12, 7, 9, 4)), 1);
	CHECK_INT(events("sla-warning"), 1);
	CHECK_INT(events("sla-breach"), 0);
	CHECK_INT(run_at(test_local(2026, 12, 7, 9, 6)), 1);
	CHECK_INT(events("sla-breach"), 1);
	/* Past it: one step up, and the supervisor is told. */
	CHECK_INT(store_case_get(d.st, 1001, &c, NULL), 1);
	CHECK_INT(c.priority, PRIO_HIGH);
	store_case_clear(&c);
	/* Once each, however often the loop runs, even after a reopen. */
	CHECK_INT(run_at(test_local(2026, 12, 7, 9, 30)), 0);
	desk_close(&d);
	{
		char		 path[128];
		struct strv	 errors = { NULL, 0 };

		snprintf(path, sizeof path, "%s/supportd.conf", tdir);
		if (desk_open(path, &d, &errors) == -1)
			exit(2);
	}
	CHECK_INT(run_at(test_local(2026, 12, 7, 10, 0)), 0);
	CHECK_INT(events("sla-warning"), 1);
	CHECK_INT(events("sla-breach"), 1);
	desk_down();
}

static void
test_pending_pauses_resolution(void)
{
	struct store_case	 c;
	time_t			 next;
	char			*cause = NULL;

	desk_up(NULL);
	clock_set(test_local(2026, 12, 7, 9, 0));
	feed("From: ana@example.es\r\nSubject: Hello\r\n"
	    "Message-ID: <p1@example.es>\r\n\r\nhelp\r\n");
	/* First response counts as given; resolution: 8 h from 09:00. */
	if (store_begin(d.st, &cause) == -1 ||
	    store_event(d.st, 1001, "first-response", "maria", "", &cause) ==
	    -1 || timers_replan(&d, 1001, &cause) == -1 ||
	    store_commit(d.st, &cause) == -1)
		exit(2);
	CHECK_INT(store_timer_next(d.st, &next, NULL), 0);
	CHECK_INT(next, test_local(2026, 12, 7, 15, 24));	/* 80% of 8 h */
	/* Pending from 10:00 to 12:00: the clock stops two hours. */
	clock_set(test_local(2026, 12, 7, 10, 0));
	if (store_begin(d.st, &cause) == -1 ||
	    store_case_set(d.st, 1001, SF_STATUS, "pending", "maria",
	    &cause) == -1 || timers_replan(&d, 1001, &cause) == -1 ||
	    store_commit(d.st, &cause) == -1)
		exit(2);
	CHECK_INT(store_timer_next(d.st, &next, NULL), 0);
	CHECK_INT(next, 0);
	clock_set(test_local(2026, 12, 7, 12, 0));
	if (store_begin(d.st, &cause) == -1 ||
	    store_case_set(d.st, 1001, SF_STATUS, "open", "ana", &cause) ==
	    -1 || timers_replan(&d, 1001, &cause) == -1 ||
	    store_commit(d.st, &cause) == -1)
		exit(2);
	CHECK_INT(store_timer_next(d.st, &next, NULL), 0);
	CHECK_INT(next, test_local(2026, 12, 7, 17, 24));
	CHECK_INT(store_case_get(d.st, 1001, &c, NULL), 1);
	store_case_clear(&c);
	desk_down();
}

static void
test_autoclose_and_followup(void)
{
	struct store_case	 c;
	char			*cause = NULL;

	desk_up("autoclose-resolved 7d\nfollowup 1d\n");
	clock_set(test_local(2026, 12, 7, 9, 0));
	feed("From: ana@example.es\r\nSubject: Hello\r\n"
	    "Message-ID: <a1@example.es>\r\n\r\nhelp\r\n");
	if (store_begin(d.st, &cause) == -1 ||
	    store_case_set(d.st, 1001, SF_STATUS, "resolved", "maria",
	    &cause) == -1 || timers_replan(&d, 1001, &cause) == -1 ||
	    store_commit(d.st, &cause) == -1)
		exit(2);
	/* A day later: the question, once. */
	CHECK_INT(run_at(test_local(2026, 12, 8, 9, 1)), 1);
	CHECK_INT(events("followup-sent"), 1);
	/* "5": recorded, and the case stays resolved. */
	feed("From: ana@example.es\r\nSubject: Re: [CS-1001] How did we do?\r\n"
	    "Message-ID: <a2@example.es>\r\n\r\n5\r\n\r\n"
	    "> Rate CS-1001 from 1 to 5.\r\n");
	CHECK_INT(events("satisfaction"), 1);
	CHECK_INT(store_case_get(d.st, 1001, &c, NULL), 1);
	CHECK_INT(c.status, CASE_RESOLVED);
	store_case_clear(&c);
	/* A week after resolving: closed, with a notice. */
	CHECK_INT(run_at(test_local(2026, 12, 14, 9, 1)), 1);
	CHECK_INT(store_case_get(d.st, 1001, &c, NULL), 1);
	CHECK_INT(c.status, CASE_CLOSED);
	store_case_clear(&c);
	CHECK_INT(events("auto-closed"), 1);
	desk_down();
}

static void
test_rating_with_more_reopens(void)
{
	struct store_case	 c;
	char			*cause = NULL;

	desk_up("followup 1d\n");
	clock_set(test_local(2026, 12, 7, 9, 0));
	feed("From: ana@example.es\r\nSubject: Hello\r\n"
	    "Message-ID: <r1@example.es>\r\n\r\nhelp\r\n");
	if (store_begin(d.st, &cause) == -1 ||
	    store_case_set(d.st, 1001, SF_STATUS, "resolved", "maria",
	    &cause) == -1 || timers_replan(&d, 1001, &cause) == -1 ||
	    store_commit(d.st, &cause) == -1)
		exit(2);
	CHECK_INT(run_at(test_local(2026, 12, 8, 9, 1)), 1);
	feed("From: ana@example.es\r\nSubject: Re: [CS-1001] How did we do?\r\n"
	    "Message-ID: <r2@example.es>\r\n\r\n2\r\nIt broke again.\r\n");
	CHECK_INT(events("satisfaction"), 1);
	CHECK_INT(store_case_get(d.st, 1001, &c, NULL), 1);
	CHECK_INT(c.status, CASE_OPEN);
	store_case_clear(&c);
	desk_down();
}

int
main(void)
{
	RUN(test_durations_and_hours);
	RUN(test_friday_evening);
	RUN(test_rating);
	RUN(test_first_response_sla);
	RUN(test_pending_pauses_resolution);
	RUN(test_autoclose_and_followup);
	RUN(test_rating_with_more_reopens);
	TEST_DONE();
}
