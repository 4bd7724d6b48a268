/*
 * report_desk.c -- fill a desk with a generated month of work for
 * tests/t_report.sh: cases from late October to early December 2026 in
 * three queues, answered, pending, resolved, closed, breached and rated
 * by the example config's agents, each written when it happened (the
 * desk's clock is moved).  Always the same month for the same seed.
 *
 *	report_desk CONFIG [SEED]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "clock.h"
#include "desk.h"
#include "store.h"

static unsigned long	 seed = 1;

static long
rnd(long n)
{
	seed = seed * 6364136223846793005UL + 1442695040888963407UL;
	return (long)((seed >> 33) % (unsigned long)n);
}

static struct desk	 d;

static void
must(int r, char *cause)
{
	if (r == -1) {
		fprintf(stderr, "report_desk: %s\n", cause ? cause : "?");
		exit(1);
	}
}

static void
status(int64_t id, time_t t, const char *s, const char *who)
{
	char	*cause = NULL;

	clock_set(t);
	must(store_case_set(d.st, id, SF_STATUS, s, who, &cause), cause);
}

static void
event(int64_t id, time_t t, const char *kind, const char *who,
    const char *detail)
{
	char	*cause = NULL;

	clock_set(t);
	must(store_event(d.st, id, kind, who, detail, &cause), cause);
}

int
main(int argc, char **argv)
{
	static const char *const queues[] = { "billing", "general",
	    "technical" };
	static const char *const agents[] = { "maria", "jan", "eleni" };
	static const char *const topics[] = { "Invoice twice", "Cannot log in",
	    "Refund for order", "Printer jams", "Λάθος χρέωση",
	    "Problema con el pedido", "Zwrot pieniędzy" };
	struct strv		 errors = { NULL, 0 };
	struct store_case	 c;
	struct tm		 tm;
	char			*cause = NULL, subj[128], num[4];
	time_t			 t0, created, t, fr;
	int64_t			 id;
	int			 i, k, n = 160;

	if (argc < 2 || argc > 3) {
		fprintf(stderr, "usage: report_desk config [seed]\n");
		return 2;
	}
	if (argc == 3)
		seed = strtoul(argv[2], NULL, 10);
	if (desk_open(argv[1], &d, &errors) == -1) {
		fprintf(stderr, "report_desk: %s\n", errors.n ? errors.v[0] :
		    "cannot open the desk");
		return 1;
	}
	memset(&tm, 0, sizeof tm);
	tm.tm_year = 2026 - 1900;
	tm.tm_mon = 9;
	tm.tm_mday = 20;
	tm.tm_isdst = -1;
	t0 = mktime(&tm);
	must(store_begin(d.st, &cause), cause);
	for (i = 0; i < n; i++) {
		const char *q = queues[rnd(3)];
		const char *a = rnd(6) == 0 ? NULL : agents[rnd(3)];
		const char *by;

		created = t0 + 60 * rnd(46L * 24 * 60);
		if (rnd(4) != 0) {	/* mostly while the desk is open */
			localtime_r(&created, &tm);
			tm.tm_hour = 9 + (int)rnd(9);
			tm.tm_isdst = -1;
			created = mktime(&tm);
		}
		clock_set(created);
		memset(&c, 0, sizeof c);
		c.status = CASE_NEW;
		c.queue = (char *)q;
		c.priority = rnd(8) == 0 ? PRIO_HIGH : PRIO_NORMAL;
		snprintf(subj, sizeof subj, "%s #%d", topics[rnd(7)], i + 1);
		c.subject = subj;
		c.customer = "customer@example.org";
		c.language = "en";
		c.assignee = (char *)a;
		must(store_case_new(d.st, d.conf->case_prefix, &c, &id, &cause),
		    cause);
		event(id, created, "created", "rules", "");
		t = created;
		fr = 0;
		if (rnd(10) < 8) {
			fr = created + 60 * (5 + rnd(rnd(2) ? 480 : 4000));
			by = a != NULL && rnd(5) ? a : agents[rnd(3)];
			event(id, fr, "answered", by, "");
			event(id, fr, "first-response", by, "");
			status(id, fr, rnd(2) ? "pending" : "open", by);
			t = fr;
		}
		for (k = (int)rnd(3); k > 0; k--)
			event(id, created + 60 * (30 + rnd(6000)), "sla-breach",
			    "supportd", "first response target missed");
		if (rnd(10) < 6) {
			t += 60 * (30 + rnd(4 * 24 * 60));
			status(id, t, "resolved", a ? a : "maria");
			if (rnd(2)) {
				snprintf(num, sizeof num, "%d",
				    rnd(3) ? 4 + (int)rnd(2) : 1 + (int)rnd(3));
				event(id, t + 3600 + 60 * rnd(2000),
				    "satisfaction", "customer@example.org",
				    num);
			}
			if (rnd(2))
				status(id, t + 7 * 86400, "closed", "supportd");
		} else if (rnd(6) == 0)
			status(id, t + 60 * (60 + rnd(3000)), "closed",
			    a ? a : "jan");
	}
	must(store_commit(d.st, &cause), cause);
	desk_close(&d);
	printf("%d cases\n", n);
	return 0;
}
