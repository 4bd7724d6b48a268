/*
 * timers.h -- what happens to a case because time passed: SLA warnings
 * and breaches (first response, resolution), auto-close, the follow-up
 * question.  Each case's timers are planned from its state and history
 * whenever it changes (timers_replan); the daemon's loop fires those that
 * are due (timers_run), each in one transaction with what it does.
 */
#ifndef TIMERS_H
#define TIMERS_H

#include <time.h>

#include "case.h"
#include "desk.h"
#include "store.h"

enum timer_kind {
	TIMER_FIRST_WARN,
	TIMER_FIRST_BREACH,
	TIMER_RESOLVE_WARN,
	TIMER_RESOLVE_BREACH,
	TIMER_AUTOCLOSE,
	TIMER_FOLLOWUP,
	TIMER_N
};

/* What a case's timers depend on, read from the case and its events. */
struct timer_facts {
	time_t			 created;
	enum case_status	 status;
	const char		*queue;
	enum case_priority	 priority;
	time_t			 first_response;	/* 0: not yet */
	time_t			 status_since;
	long			 paused;	/* business seconds pending */
	int			 followup_sent;	/* since the last resolve */
	int			 awaiting_rating;	/* and not answered */
};

const char *timer_kind_name(enum timer_kind);
int	 timer_kind_parse(const char *, enum timer_kind *);

void	 timers_facts(const struct config *, const struct store_case *,
	    const struct store_event_row *, size_t n, struct timer_facts *);
/* When each timer should go off; 0: it should not be set. */
void	 timers_plan(const struct config *, const struct timer_facts *,
	    time_t due[TIMER_N]);
/* Plan a case's timers again and write them, in the caller's transaction. */
int	 timers_replan(struct desk *, int64_t case_id, char **cause) STORE_WUR;

struct timers_stats {
	int	 fired;
	int	 failed;
};
/* Fire every timer due by now, each in its own transaction. */
int	 timers_run(struct desk *, struct timers_stats *);

/*
 * A satisfaction answer in a customer's new text: 1-5, or a word such as
 * good / bad in en, el, es, pl, on its first line.  Returns the rating, 0
 * if there is none; *more tells whether the text says anything else.
 */
int	 timers_rating(const char *text, int *more);

#endif
