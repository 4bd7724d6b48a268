/*
 * clock.c -- the desk's clock (see clock.h).
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "clock.h"
#include "log.h"

time_t
clock_parse(const char *s)
{
	struct tm	 tm;
	const char	*end;
	char		*e;
	long long	 v;

	if (s == NULL || *s == '\0')
		return -1;
	memset(&tm, 0, sizeof tm);
	if ((end = strptime(s, "%Y-%m-%dT%H:%M:%SZ", &tm)) != NULL &&
	    *end == '\0')
		return timegm(&tm);
	memset(&tm, 0, sizeof tm);
	if ((end = strptime(s, "%Y-%m-%d", &tm)) != NULL && *end == '\0')
		return timegm(&tm);
	v = strtoll(s, &e, 10);
	if (*e != '\0' || v < 0)
		return -1;
	return (time_t)v;
}

static int	 init;
static time_t	 offset;

void
clock_set(time_t t)
{
	init = 1;
	offset = t - time(NULL);
}

time_t
clock_now(void)
{
	const char	*s;
	time_t		 t;

	if (!init) {
		init = 1;
		if ((s = getenv("SUPPORTD_NOW")) != NULL) {
			if ((t = clock_parse(s)) == -1)
				log_warnx("SUPPORTD_NOW: \"%s\" is not a time; "
				    "using the system's clock", s);
			else
				offset = t - time(NULL);
		}
	}
	return time(NULL) + offset;
}
