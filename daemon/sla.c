/*
 * sla.c -- business time.
 *
 * All calendar work is done in local time through mktime(), so a window
 * of 09:00-18:00 stays that across a change of daylight saving time; the
 * process's time zone is the desk's (config.c sets TZ from "timezone").
 * Walking is a day at a time and bounded, never a loop over seconds.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "sla.h"
#include "xmalloc.h"

#define WALK_DAYS	(366 * 5)	/* no target is longer than this */

static const char *const days[7] = {
	"sun", "mon", "tue", "wed", "thu", "fri", "sat"
};

long
sla_duration(const char *s)
{
	char	*end;
	long	 v, mul;

	if (s == NULL || !isdigit((unsigned char)*s))
		return -1;
	v = strtol(s, &end, 10);
	if (v < 0 || v > 100000)
		return -1;
	if (*end == '\0' || strcmp(end, "s") == 0)
		mul = 1;
	else if (strcmp(end, "m") == 0)
		mul = 60;
	else if (strcmp(end, "h") == 0)
		mul = 3600;
	else if (strcmp(end, "d") == 0)
		mul = 86400;
	else
		return -1;
	return v * mul;
}

static int
day_index(const char *s, size_t len)
{
	int	 i;

	for (i = 0; i < 7; i++)
		if (len == 3 && strncasecmp(s, days[i], 3) == 0)
			return i;
	return -1;
}

static int
hhmm(const char *s, size_t len)
{
	int	 h, m;

	if (len != 5 || s[2] != ':' || !isdigit((unsigned char)s[0]) ||
	    !isdigit((unsigned char)s[1]) || !isdigit((unsigned char)s[3]) ||
	    !isdigit((unsigned char)s[4]))
		return -1;
	h = (s[0] - '0') * 10 + (s[1] - '0');
	m = (s[3] - '0') * 10 + (s[4] - '0');
	if (h > 24 || m > 59 || (h == 24 && m != 0))
		return -1;
	return h * 60 + m;
}

int
sla_hours(struct bizhours *b, const char *spec, const char *hours,
    const char **why)
{
	const char	*p = spec, *dash, *comma;
	int		 sel[7] = { 0 }, a, z, i, open, close;

	while (*p != '\0') {
		comma = strchr(p, ',');
		if (comma == NULL)
			comma = p + strlen(p);
		dash = memchr(p, '-', (size_t)(comma - p));
		if (dash != NULL) {
			a = day_index(p, (size_t)(dash - p));
			z = day_index(dash + 1, (size_t)(comma - dash - 1));
		} else
			a = z = day_index(p, (size_t)(comma - p));
		if (a == -1 || z == -1) {
			*why = "days are mon, tue, ... sun, as a range or a list";
			return -1;
		}
		for (i = a;; i = (i + 1) % 7) {
			sel[i] = 1;
			if (i == z)
				break;
		}
		p = *comma ? comma + 1 : comma;
	}
	if ((dash = strchr(hours, '-')) == NULL ||
	    (open = hhmm(hours, (size_t)(dash - hours))) == -1 ||
	    (close = hhmm(dash + 1, strlen(dash + 1))) == -1 || close <= open) {
		*why = "hours are HH:MM-HH:MM, opening before closing";
		return -1;
	}
	if (!b->set) {
		/* The first line: every other day is closed. */
		memset(b->open, 0, sizeof b->open);
		memset(b->close, 0, sizeof b->close);
		b->set = 1;
	}
	for (i = 0; i < 7; i++)
		if (sel[i]) {
			b->open[i] = open;
			b->close[i] = close;
		}
	return 0;
}

static int
cmp_int(const void *a, const void *b)
{
	int	 x = *(const int *)a, y = *(const int *)b;

	return x < y ? -1 : x > y;
}

int
sla_holidays(struct bizhours *b, const char *path, char **why)
{
	FILE	*f;
	char	 line[256];
	int	 y, m, d, n = 0;

	if ((f = fopen(path, "r")) == NULL) {
		xasprintf(why, "%s: cannot open", path);
		return -1;
	}
	while (fgets(line, sizeof line, f) != NULL) {
		n++;
		line[strcspn(line, "#\r\n")] = '\0';
		if (line[strspn(line, " \t")] == '\0')
			continue;
		if (sscanf(line, "%4d-%2d-%2d", &y, &m, &d) != 3 || m < 1 ||
		    m > 12 || d < 1 || d > 31 || y < 1970 || y > 9999) {
			xasprintf(why, "%s:%d: not a date YYYY-MM-DD", path, n);
			fclose(f);
			return -1;
		}
		if (b->nholidays >= 10000) {
			xasprintf(why, "%s:%d: more than 10000 holidays", path,
			    n);
			fclose(f);
			return -1;
		}
		b->holidays = xreallocarray(b->holidays, b->nholidays + 1,
		    sizeof *b->holidays);
		b->holidays[b->nholidays++] = y * 10000 + m * 100 + d;
	}
	fclose(f);
	qsort(b->holidays, b->nholidays, sizeof *b->holidays, cmp_int);
	return 0;
}

void
sla_hours_free(struct bizhours *b)
{
	free(b->holidays);
	memset(b, 0, sizeof *b);
}

/* The local moment "minutes" after midnight of tm's day. */
static time_t
at(const struct tm *day, int minutes)
{
	struct tm	 t = *day;

	t.tm_hour = minutes / 60;
	t.tm_min = minutes % 60;
	t.tm_sec = 0;
	t.tm_isdst = -1;
	return mktime(&t);
}

/* The business window of t's local day: 0 if the desk is closed. */
static int
window(const struct bizhours *b, time_t t, time_t *ws, time_t *we,
    time_t *next_day)
{
	struct tm	 tm;
	int		 ymd;

	localtime_r(&t, &tm);
	*next_day = at(&tm, 24 * 60);
	if (*next_day <= t)		/* a day of 23 hours at its end */
		*next_day = t + 3600;
	ymd = (tm.tm_year + 1900) * 10000 + (tm.tm_mon + 1) * 100 + tm.tm_mday;
	if (b->open[tm.tm_wday] == b->close[tm.tm_wday] ||
	    (b->nholidays > 0 && bsearch(&ymd, b->holidays, b->nholidays,
	    sizeof *b->holidays, cmp_int) != NULL))
		return 0;
	*ws = at(&tm, b->open[tm.tm_wday]);
	*we = at(&tm, b->close[tm.tm_wday]);
	return 1;
}

time_t
sla_add(const struct bizhours *b, time_t t, long secs)
{
	time_t	 ws, we, next;
	int	 d;

	if (b == NULL || !b->set)
		return t + secs;
	for (d = 0; d < WALK_DAYS; d++) {
		if (window(b, t, &ws, &we, &next)) {
			if (t < ws)
				t = ws;
			if (t < we) {
				if ((time_t)secs <= we - t)
					return t + secs;
				secs -= (long)(we - t);
			}
		}
		t = next;
	}
	return t + secs;		/* a desk that is never open */
}

long
sla_between(const struct bizhours *b, time_t a, time_t z)
{
	time_t	 ws, we, next, s, e;
	long	 sum = 0;
	int	 d;

	if (z <= a)
		return 0;
	if (b == NULL || !b->set)
		return (long)(z - a);
	for (d = 0; d < WALK_DAYS && a < z; d++) {
		if (window(b, a, &ws, &we, &next)) {
			s = a > ws ? a : ws;
			e = z < we ? z : we;
			if (e > s)
				sum += (long)(e - s);
		}
		a = next;
	}
	return sum;
}

const struct sla_target *
sla_find(const struct sla_target *t, size_t n, const char *queue,
    const char *priority)
{
	const struct sla_target	*best = NULL;
	int			 score, bscore = -1;
	size_t			 i;

	for (i = 0; i < n; i++) {
		int q = strcmp(t[i].queue, queue) == 0;
		int p = strcmp(t[i].priority, priority) == 0;

		if ((!q && strcmp(t[i].queue, "*") != 0) ||
		    (!p && strcmp(t[i].priority, "*") != 0))
			continue;
		/* Queue before priority: "billing *" beats "* high". */
		score = q * 2 + p;
		if (score > bscore) {
			best = &t[i];
			bscore = score;
		}
	}
	return best;
}
