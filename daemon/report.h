/*
 * report.h -- the manager's report: per queue and per agent, the cases
 * opened, resolved, closed and still open in a period, first response and
 * resolution in business hours (median, 90th percentile), SLA breaches,
 * satisfaction, the oldest open cases and a day-by-day count.  Built from
 * the store's rows (store_report_cases), written as text, JSON or one
 * self-contained HTML page, and mailed weekly to the supervisors.
 */
#ifndef REPORT_H
#define REPORT_H

#include <time.h>

#include "desk.h"
#include "sla.h"
#include "store.h"
#include "xmalloc.h"

#define REPORT_MAX_DAYS	366	/* the longest period */
#define REPORT_OLDEST	10	/* open cases listed */
#define REPORT_NONE	"(unassigned)"	/* the agent of nobody's cases */

/* The figures of one queue, one agent, or the whole desk. */
struct report_figures {
	char		*name;
	int		 opened;	/* created in the period */
	int		 resolved;	/* resolved in the period */
	int		 closed;	/* closed in the period */
	int		 open;		/* new, open or pending at its end */
	/* Business seconds; a median or p90 means nothing when n is 0. */
	int		 first_n;	/* opened and answered */
	long		 first_median;
	long		 first_p90;
	int		 res_n;		/* resolved (or closed) in the period */
	long		 res_median;
	long		 res_p90;
	int		 breaches;	/* sla-breach events in the period */
	int		 sat_n;		/* satisfaction answers in the period */
	int		 sat_sum;
	int		 sat_good;	/* of them 4 or 5 */
};

struct report_day {
	char		 date[11];	/* YYYY-MM-DD, the desk's time */
	int		 opened;
	int		 closed;	/* resolved or closed that day */
};

struct report_case {
	char		*ref;
	char		*queue;
	char		*assignee;	/* NULL: nobody's */
	char		*subject;
	enum case_status status;
	time_t		 created;
	int		 age_days;	/* whole days old at the period's end */
};

struct report {
	time_t			 from, to;	/* [from, to) */
	char			 from_date[11];	/* first day */
	char			 to_date[11];	/* last day, inclusive */
	struct report_figures	 total;
	struct report_figures	*queues;
	size_t			 nqueues;
	struct report_figures	*agents;
	size_t			 nagents;
	struct report_day	*days;
	size_t			 ndays;
	struct report_case	*oldest;	/* open at the end, oldest first */
	size_t			 noldest;
};

/*
 * The period from two dates (YYYY-MM-DD, either NULL) in the desk's time
 * zone, both days included: by default the seven days ending today.
 * -1 and *cause for a malformed or backward period.
 */
int	 report_period(const char *from, const char *to, time_t now,
	    time_t *pfrom, time_t *pto, char **cause);
/* The report of [from, to) from the store's rows. */
void	 report_build(const struct bizhours *, time_t from, time_t to,
	    const struct store_report_row *, size_t n, struct report *);
/* The store's rows for the period, then report_build. */
int	 report_load(struct desk *, time_t from, time_t to, struct report *,
	    char **cause);
void	 report_free(struct report *);

/* Median and nearest-rank 90th percentile of v (sorted here); 0 if n 0. */
long	 report_median(long *v, size_t n);
long	 report_p90(long *v, size_t n);

/* Write the report; -1 when the buffer's cap is reached. */
int	 report_text(const struct report *, const char *desk, struct buf *);
int	 report_json(const struct report *, struct buf *);
int	 report_html(const struct report *, const char *desk, struct buf *);

/*
 * The weekly mail (report-weekly DAY HH:MM): when the latest such moment
 * has passed and its report was not sent yet, the last seven days' report
 * goes to the supervisors through the outbox.  1 sent, 0 nothing due.
 */
int	 report_weekly(struct desk *, char **cause);

#endif
