/*
 * sla.h -- time as a support desk counts it: business hours in the desk's
 * time zone (weekly windows and holidays), service-level targets per queue
 * and priority, and the durations admins write ("10m", "4h", "2d").
 */
#ifndef SLA_H
#define SLA_H

#include <stddef.h>
#include <time.h>

/* When the desk is open.  No window at all: every hour counts. */
struct bizhours {
	int		 set;		/* any business-hours line given */
	int		 open[7];	/* minutes after midnight, by tm_wday */
	int		 close[7];	/* open == close: closed that day */
	int		*holidays;	/* YYYYMMDD, sorted */
	size_t		 nholidays;
};

/* Targets for a queue and priority ("*" for any); seconds, 0: none. */
struct sla_target {
	char		*queue;
	char		*priority;
	long		 first_response;
	long		 resolution;
	int		 line;
};

/* "90s", "10m", "4h", "2d" (d: 24 hours) to seconds; -1 if malformed. */
long	 sla_duration(const char *);
/*
 * "mon-fri 09:00-18:00" (days as a range or a comma list) into b.
 * -1 and *why (static text) if malformed.
 */
int	 sla_hours(struct bizhours *, const char *days, const char *hours,
	    const char **why);
/* Read a holidays file: YYYY-MM-DD a line, # comments; -1 and *why. */
int	 sla_holidays(struct bizhours *, const char *path, char **why);
void	 sla_hours_free(struct bizhours *);

/* The moment secs of business time after t. */
time_t	 sla_add(const struct bizhours *, time_t t, long secs);
/* Business seconds between a and b (0 when b <= a). */
long	 sla_between(const struct bizhours *, time_t a, time_t b);

/* The targets that apply: exact queue and priority before "*". */
const struct sla_target *sla_find(const struct sla_target *, size_t n,
	    const char *queue, const char *priority);

#endif
