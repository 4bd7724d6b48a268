/*
 * clock.h -- what time it is for the desk.  Normally the system's clock;
 * SUPPORTD_NOW (seconds since the epoch, or YYYY-MM-DDTHH:MM:SSZ) moves
 * it to another moment, from which it runs on at the normal pace, so that
 * tests of SLA timers, auto-close and follow-ups never sleep for real.
 */
#ifndef CLOCK_H
#define CLOCK_H

#include <time.h>

time_t	 clock_now(void);
/* Move the clock to t, from which it runs on (tests). */
void	 clock_set(time_t t);
/* "YYYY-MM-DDTHH:MM:SSZ", "YYYY-MM-DD" or seconds; -1 if none of those. */
time_t	 clock_parse(const char *);

#endif
