/*
 * report.c -- the manager's report (see report.h).
 *
 * Every figure is computed here from plain rows, so a test can feed the
 * same rows and check the arithmetic; the store only says what happened
 * when.  Times are business seconds (sla_between on the desk's hours);
 * days are the desk's local days, walked with mktime so that a change of
 * daylight saving time does not shift them.  The HTML page carries every
 * number twice: as text for people, and in data-* attributes (raw
 * seconds, counts) for scripts and tests.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "clock.h"
#include "json.h"
#include "log.h"
#include "reply.h"
#include "report.h"
#include "xmalloc.h"

/* Local midnight of t's day moved by days. */
static time_t
day_start(time_t t, int days)
{
	struct tm	 tm;

	localtime_r(&t, &tm);
	tm.tm_mday += days;
	tm.tm_hour = tm.tm_min = tm.tm_sec = 0;
	tm.tm_isdst = -1;
	return mktime(&tm);
}

static void
ymd(time_t t, char out[11])
{
	struct tm	 tm;

	localtime_r(&t, &tm);
	strftime(out, 11, "%Y-%m-%d", &tm);
}

/* A date as local midnight; -1 unless it is a real YYYY-MM-DD. */
static time_t
parse_date(const char *s)
{
	struct tm	 tm;
	const char	*end;
	char		 back[11];
	time_t		 t;

	memset(&tm, 0, sizeof tm);
	if (strlen(s) != 10 || (end = strptime(s, "%Y-%m-%d", &tm)) == NULL ||
	    *end != '\0')
		return -1;
	tm.tm_isdst = -1;
	if ((t = mktime(&tm)) == -1)
		return -1;
	ymd(t, back);
	return strcmp(back, s) == 0 ? t : -1;	/* no 2026-02-31 */
}

int
report_period(const char *from, const char *to, time_t now, time_t *pfrom,
    time_t *pto, char **cause)
{
	time_t	 f, t;

	if (to != NULL) {
		if ((t = parse_date(to)) == -1) {
			xasprintf(cause, "--to: \"%s\" is not a date "
			    "YYYY-MM-DD", to);
			return -1;
		}
		t = day_start(t, 1);
	} else
		t = day_start(now, 1);
	if (from != NULL) {
		if ((f = parse_date(from)) == -1) {
			xasprintf(cause, "--from: \"%s\" is not a date "
			    "YYYY-MM-DD", from);
			return -1;
		}
	} else
		f = day_start(t, -7);
	if (f >= t) {
		xasprintf(cause, "the period ends before it begins");
		return -1;
	}
	if (day_start(f, REPORT_MAX_DAYS) < t) {
		xasprintf(cause, "a report covers at most %d days",
		    REPORT_MAX_DAYS);
		return -1;
	}
	*pfrom = f;
	*pto = t;
	return 0;
}

static int
cmp_long(const void *a, const void *b)
{
	long	 x = *(const long *)a, y = *(const long *)b;

	return x < y ? -1 : x > y;
}

long
report_median(long *v, size_t n)
{
	if (n == 0)
		return 0;
	qsort(v, n, sizeof *v, cmp_long);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

long
report_p90(long *v, size_t n)
{
	size_t	 rank;

	if (n == 0)
		return 0;
	qsort(v, n, sizeof *v, cmp_long);
	rank = (n * 9 + 9) / 10;	/* ceil(0.9 n), 1-based */
	return v[rank - 1];
}

static int
in(time_t t, time_t from, time_t to)
{
	return t != 0 && t >= from && t < to;
}

static int
is_open(enum case_status s)
{
	return s == CASE_NEW || s == CASE_OPEN || s == CASE_PENDING;
}

/* When a case was done with: resolved, else closed; 0 if neither. */
static time_t
done_at(const struct store_report_row *r)
{
	return r->resolved_at != 0 ? r->resolved_at : r->closed_at;
}

static const char *
agent_of(const struct store_report_row *r)
{
	return r->assignee != NULL ? r->assignee : REPORT_NONE;
}

/* Which cases a set of figures is about. */
enum scope { SCOPE_TOTAL, SCOPE_QUEUE, SCOPE_AGENT };

/*
 * The figures of one scope.  An agent's cases are those assigned to them;
 * their first responses are those they wrote, whoever has the case now.
 */
static void
figures(const struct bizhours *b, time_t from, time_t to,
    const struct store_report_row *r, size_t n, enum scope sc,
    const char *name, struct report_figures *f)
{
	long	*fv, *rv;
	size_t	 i, nf = 0, nr = 0;
	int	 mine;

	memset(f, 0, sizeof *f);
	f->name = xstrdup(name);
	fv = xcalloc(n ? n : 1, sizeof *fv);
	rv = xcalloc(n ? n : 1, sizeof *rv);
	for (i = 0; i < n; i++) {
		mine = sc == SCOPE_TOTAL ||
		    (sc == SCOPE_QUEUE && strcmp(r[i].queue, name) == 0) ||
		    (sc == SCOPE_AGENT && strcmp(agent_of(&r[i]), name) == 0);
		if (in(r[i].created, from, to) && r[i].first_response_at != 0 &&
		    (sc == SCOPE_AGENT ? r[i].first_response_by != NULL &&
		    strcmp(r[i].first_response_by, name) == 0 : mine))
			fv[nf++] = sla_between(b, r[i].created,
			    r[i].first_response_at);
		if (!mine)
			continue;
		f->opened += in(r[i].created, from, to);
		f->resolved += in(r[i].resolved_at, from, to);
		f->closed += in(r[i].closed_at, from, to);
		f->open += is_open(r[i].status);
		if (in(done_at(&r[i]), from, to))
			rv[nr++] = sla_between(b, r[i].created, done_at(&r[i]));
		f->breaches += r[i].breaches;
		if (r[i].rating != 0 && in(r[i].rated_at, from, to)) {
			f->sat_n++;
			f->sat_sum += r[i].rating;
			f->sat_good += r[i].rating >= 4;
		}
	}
	f->first_n = (int)nf;
	f->first_median = report_median(fv, nf);
	f->first_p90 = report_p90(fv, nf);
	f->res_n = (int)nr;
	f->res_median = report_median(rv, nr);
	f->res_p90 = report_p90(rv, nr);
	free(fv);
	free(rv);
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The distinct names of a scope among the rows, sorted. */
static void
names(const struct store_report_row *r, size_t n, enum scope sc,
    struct strv *out)
{
	size_t	 i;

	for (i = 0; i < n; i++) {
		const char *a = sc == SCOPE_QUEUE ? r[i].queue : agent_of(&r[i]);

		if (!strv_has(out, a))
			strv_add(out, a);
		if (sc == SCOPE_AGENT && r[i].first_response_by != NULL &&
		    !strv_has(out, r[i].first_response_by))
			strv_add(out, r[i].first_response_by);
	}
	if (out->n > 1)
		qsort(out->v, out->n, sizeof *out->v, cmp_str);
}

void
report_build(const struct bizhours *b, time_t from, time_t to,
    const struct store_report_row *r, size_t n, struct report *rep)
{
	struct strv	 q, a;
	time_t		 d, next;
	size_t		 i;

	memset(rep, 0, sizeof *rep);
	memset(&q, 0, sizeof q);
	memset(&a, 0, sizeof a);
	rep->from = from;
	rep->to = to;
	ymd(from, rep->from_date);
	ymd(day_start(to, -1), rep->to_date);
	figures(b, from, to, r, n, SCOPE_TOTAL, "total", &rep->total);

	names(r, n, SCOPE_QUEUE, &q);
	rep->queues = xcalloc(q.n ? q.n : 1, sizeof *rep->queues);
	for (i = 0; i < q.n; i++)
		figures(b, from, to, r, n, SCOPE_QUEUE, q.v[i],
		    &rep->queues[i]);
	rep->nqueues = q.n;
	names(r, n, SCOPE_AGENT, &a);
	rep->agents = xcalloc(a.n ? a.n : 1, sizeof *rep->agents);
	for (i = 0; i < a.n; i++)
		figures(b, from, to, r, n, SCOPE_AGENT, a.v[i],
		    &rep->agents[i]);
	rep->nagents = a.n;
	strv_free(&q);
	strv_free(&a);

	/* Day by day, in the desk's days. */
	rep->days = xcalloc(REPORT_MAX_DAYS + 1, sizeof *rep->days);
	for (d = from; d < to && rep->ndays <= REPORT_MAX_DAYS; d = next) {
		struct report_day *day = &rep->days[rep->ndays++];

		next = day_start(d, 1);
		ymd(d, day->date);
		for (i = 0; i < n; i++) {
			day->opened += in(r[i].created, d, next);
			day->closed += in(done_at(&r[i]), d, next);
		}
	}

	/* The oldest open cases; the rows come oldest first. */
	rep->oldest = xcalloc(REPORT_OLDEST, sizeof *rep->oldest);
	for (i = 0; i < n && rep->noldest < REPORT_OLDEST; i++) {
		struct report_case *c;

		if (!is_open(r[i].status))
			continue;
		c = &rep->oldest[rep->noldest++];
		c->ref = xstrdup(r[i].ref);
		c->queue = xstrdup(r[i].queue);
		c->assignee = r[i].assignee ? xstrdup(r[i].assignee) : NULL;
		c->subject = xstrdup(r[i].subject ? r[i].subject : "");
		c->status = r[i].status;
		c->created = r[i].created;
		c->age_days = (int)((to - r[i].created) / 86400);
	}
}

int
report_load(struct desk *d, time_t from, time_t to, struct report *rep,
    char **cause)
{
	struct store_report_row	*r;
	size_t			 n;

	if (store_report_cases(d->st, from, to, &r, &n, cause) == -1)
		return -1;
	report_build(&d->conf->hours, from, to, r, n, rep);
	store_report_free(r, n);
	return 0;
}

static void
figures_free(struct report_figures *f)
{
	free(f->name);
}

void
report_free(struct report *rep)
{
	size_t	 i;

	figures_free(&rep->total);
	for (i = 0; i < rep->nqueues; i++)
		figures_free(&rep->queues[i]);
	free(rep->queues);
	for (i = 0; i < rep->nagents; i++)
		figures_free(&rep->agents[i]);
	free(rep->agents);
	free(rep->days);
	for (i = 0; i < rep->noldest; i++) {
		free(rep->oldest[i].ref);
		free(rep->oldest[i].queue);
		free(rep->oldest[i].assignee);
		free(rep->oldest[i].subject);
	}
	free(rep->oldest);
	memset(rep, 0, sizeof *rep);
}

/* Business seconds for people: "45m", "3h05m", "-" for nothing. */
static void
duration(char *out, size_t len, int n, long secs)
{
	long	 m = (secs + 30) / 60;

	if (n == 0)
		snprintf(out, len, "-");
	else if (m < 60)
		snprintf(out, len, "%ldm", m);
	else
		snprintf(out, len, "%ldh%02ldm", m / 60, m % 60);
}

static void
mean(char *out, size_t len, const struct report_figures *f)
{
	if (f->sat_n == 0)
		snprintf(out, len, "-");
	else
		snprintf(out, len, "%.2f", (double)f->sat_sum / f->sat_n);
}

/* Percent of answers that were 4 or 5, rounded; -1 if none. */
static int
good_percent(const struct report_figures *f)
{
	if (f->sat_n == 0)
		return -1;
	return (int)((200L * f->sat_good + f->sat_n) / (2L * f->sat_n));
}

/*
 * Text as a terminal may show it: at most max bytes, cut between
 * characters, every C0 and C1 control (an escape sequence) made '?'.
 */
static char *
safe(const char *s, size_t max)
{
	unsigned char	*o, *p;
	size_t		 len;

	s = s ? s : "";
	len = strnlen(s, max);
	while (len > 0 && len < strlen(s) &&
	    ((unsigned char)s[len] & 0xc0) == 0x80)
		len--;
	o = (unsigned char *)xstrndup(s, len);
	for (p = o; *p != '\0'; p++)
		if (*p < 0x20 || *p == 0x7f)
			*p = '?';
		else if (*p == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f) {
			p[0] = '?';
			p[1] = '?';
			p++;
		}
	return (char *)o;
}

static void
text_row(struct buf *b, const struct report_figures *f, const char *name)
{
	char	 fm[16], fp[16], rm[16], rp[16], mn[16], gp[16], *nm;

	duration(fm, sizeof fm, f->first_n, f->first_median);
	duration(fp, sizeof fp, f->first_n, f->first_p90);
	duration(rm, sizeof rm, f->res_n, f->res_median);
	duration(rp, sizeof rp, f->res_n, f->res_p90);
	mean(mn, sizeof mn, f);
	if (f->sat_n == 0)
		snprintf(gp, sizeof gp, "-");
	else
		snprintf(gp, sizeof gp, "%d%%", good_percent(f));
	nm = safe(name, 20);
	buf_printf(b, "%-20s %6d %6d %6d %5d  %4d %8s %8s  %4d %8s %8s  %5d  "
	    "%4d %5s %5s\n", nm, f->opened, f->resolved, f->closed, f->open,
	    f->first_n, fm, fp, f->res_n, rm, rp, f->breaches, f->sat_n, mn,
	    gp);
	free(nm);
}

static void
text_table(struct buf *b, const char *title,
    const struct report_figures *f, size_t n, const struct report_figures *tot)
{
	size_t	 i;

	buf_printf(b, "\n%s\n", title);
	buf_printf(b, "%-20s %6s %6s %6s %5s  %-22s  %-22s  %5s  %-16s\n", "",
	    "", "", "", "", "first response", "resolution", "SLA",
	    "satisfaction");
	buf_printf(b, "%-20s %6s %6s %6s %5s  %4s %8s %8s  %4s %8s %8s  %5s  "
	    "%4s %5s %5s\n", "name", "opened", "resolv", "closed", "open", "n",
	    "median", "p90", "n", "median", "p90", "brch", "n", "mean", "4-5");
	for (i = 0; i < n; i++)
		text_row(b, &f[i], f[i].name);
	if (tot != NULL)
		text_row(b, tot, "= total");
}

int
report_text(const struct report *rep, const char *desk, struct buf *b)
{
	const char	*tz = getenv("TZ");
	char		*s, *q, *a;
	struct tm	 tm;
	char		 when[20];
	size_t		 i;

	s = safe(desk, 80);
	buf_printf(b, "%s report, %s to %s (%s); times in business hours\n",
	    s, rep->from_date, rep->to_date, tz && *tz ? tz : "local time");
	free(s);
	text_table(b, "Queues", rep->queues, rep->nqueues, &rep->total);
	text_table(b, "Agents", rep->agents, rep->nagents, NULL);
	buf_printf(b, "\nOldest open cases\n");
	if (rep->noldest == 0)
		buf_printf(b, "  none\n");
	for (i = 0; i < rep->noldest; i++) {
		const struct report_case *c = &rep->oldest[i];

		localtime_r(&c->created, &tm);
		strftime(when, sizeof when, "%Y-%m-%d %H:%M", &tm);
		s = safe(c->subject, 50);
		q = safe(c->queue, 12);
		a = safe(c->assignee ? c->assignee : "-", 12);
		buf_printf(b, "  %-10s %-8s %-12s %-12s %s %4dd  %s\n", c->ref,
		    case_status_name(c->status), q, a, when, c->age_days, s);
		free(s);
		free(q);
		free(a);
	}
	buf_printf(b, "\nDay          opened closed\n");
	for (i = 0; i < rep->ndays; i++)
		buf_printf(b, "%s %6d %6d\n", rep->days[i].date,
		    rep->days[i].opened, rep->days[i].closed);
	return b->max > 0 && b->len >= b->max ? -1 : 0;
}

static void
json_duration(struct json *j, const char *key, int n, long median, long p90)
{
	json_key(j, key);
	json_open(j, '{');
	json_key(j, "count");
	json_int(j, n);
	json_key(j, "median");
	if (n)
		json_int(j, median);
	else
		json_null(j);
	json_key(j, "p90");
	if (n)
		json_int(j, p90);
	else
		json_null(j);
	json_close(j, '}');
}

static void
json_figures(struct json *j, const struct report_figures *f)
{
	char	 mn[16];

	json_open(j, '{');
	json_key(j, "name");
	json_string(j, f->name);
	json_key(j, "opened");
	json_int(j, f->opened);
	json_key(j, "resolved");
	json_int(j, f->resolved);
	json_key(j, "closed");
	json_int(j, f->closed);
	json_key(j, "open");
	json_int(j, f->open);
	json_duration(j, "first_response", f->first_n, f->first_median,
	    f->first_p90);
	json_duration(j, "resolution", f->res_n, f->res_median, f->res_p90);
	json_key(j, "sla_breaches");
	json_int(j, f->breaches);
	json_key(j, "satisfaction");
	json_open(j, '{');
	json_key(j, "answers");
	json_int(j, f->sat_n);
	json_key(j, "mean");
	mean(mn, sizeof mn, f);
	if (f->sat_n)
		json_raw(j, mn);
	else
		json_null(j);
	json_key(j, "good_percent");
	if (f->sat_n)
		json_int(j, good_percent(f));
	else
		json_null(j);
	json_close(j, '}');
	json_close(j, '}');
}

int
report_json(const struct report *rep, struct buf *b)
{
	struct json	 j;
	size_t		 i;

	json_init(&j, b);
	json_open(&j, '{');
	json_key(&j, "from");
	json_string(&j, rep->from_date);
	json_key(&j, "to");
	json_string(&j, rep->to_date);
	json_key(&j, "total");
	json_figures(&j, &rep->total);
	json_key(&j, "queues");
	json_open(&j, '[');
	for (i = 0; i < rep->nqueues; i++)
		json_figures(&j, &rep->queues[i]);
	json_close(&j, ']');
	json_key(&j, "agents");
	json_open(&j, '[');
	for (i = 0; i < rep->nagents; i++)
		json_figures(&j, &rep->agents[i]);
	json_close(&j, ']');
	json_key(&j, "days");
	json_open(&j, '[');
	for (i = 0; i < rep->ndays; i++) {
		json_open(&j, '{');
		json_key(&j, "date");
		json_string(&j, rep->days[i].date);
		json_key(&j, "opened");
		json_int(&j, rep->days[i].opened);
		json_key(&j, "closed");
		json_int(&j, rep->days[i].closed);
		json_close(&j, '}');
	}
	json_close(&j, ']');
	json_key(&j, "oldest_open");
	json_open(&j, '[');
	for (i = 0; i < rep->noldest; i++) {
		const struct report_case *c = &rep->oldest[i];

		json_open(&j, '{');
		json_key(&j, "ref");
		json_string(&j, c->ref);
		json_key(&j, "status");
		json_string(&j, case_status_name(c->status));
		json_key(&j, "queue");
		json_string(&j, c->queue);
		json_key(&j, "assignee");
		json_string(&j, c->assignee);
		json_key(&j, "subject");
		json_string(&j, c->subject);
		json_key(&j, "created");
		json_time(&j, c->created);
		json_key(&j, "age_days");
		json_int(&j, c->age_days);
		json_close(&j, '}');
	}
	json_close(&j, ']');
	json_close(&j, '}');
	buf_addc(b, '\n');
	return b->max > 0 && b->len >= b->max ? -1 : 0;
}

/* Text into HTML, as element content or a quoted attribute value. */
static void
esc(struct buf *b, const char *s)
{
	const unsigned char	*p;

	for (p = (const unsigned char *)(s ? s : ""); *p != '\0'; p++) {
		switch (*p) {
		case '&':
			buf_adds(b, "&amp;");
			break;
		case '<':
			buf_adds(b, "&lt;");
			break;
		case '>':
			buf_adds(b, "&gt;");
			break;
		case '"':
			buf_adds(b, "&quot;");
			break;
		case '\'':
			buf_adds(b, "&#39;");
			break;
		default:
			if (*p < 0x20 || *p == 0x7f)
				buf_addc(b, ' ');
			else
				buf_addc(b, (char)*p);
		}
	}
}

static const char css[] =
    ":root{color-scheme:light}"
    "body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,"
    "'Helvetica Neue',Arial,sans-serif;margin:0 auto;max-width:1180px;"
    "padding:14px;color:#1d2433;background:#fff}"
    "h1{font-size:1.45em;margin:.1em 0}"
    "h2{font-size:1.12em;margin:1.5em 0 .5em}"
    ".sub{color:#5b6474;margin:0 0 1em}"
    ".cards{display:grid;grid-template-columns:repeat(auto-fit,"
    "minmax(130px,1fr));gap:10px}"
    ".card{border:1px solid #d8dde6;border-radius:10px;padding:10px 12px;"
    "background:#f6f8fb}"
    ".card b{display:block;font-size:1.55em;line-height:1.2}"
    ".card span{color:#5b6474;font-size:.85em}"
    ".scroll{overflow-x:auto;-webkit-overflow-scrolling:touch;"
    "border:1px solid #e3e7ee;border-radius:10px}"
    "table{border-collapse:collapse;width:100%;"
    "font-variant-numeric:tabular-nums}"
    "th,td{padding:6px 9px;border-bottom:1px solid #e3e7ee;"
    "text-align:right;white-space:nowrap}"
    "tr>:first-child{text-align:left;position:sticky;left:0;"
    "background:#fff}"
    "thead th{background:#eef1f6;font-weight:600;font-size:.85em}"
    "thead tr>:first-child{background:#eef1f6}"
    "tfoot td,tfoot th{font-weight:600;border-top:2px solid #c9d0dc}"
    "thead th[colspan]{text-align:center}"
    "table[data-table=oldest] :is(th,td){text-align:left}"
    "table[data-table=oldest] td[data-k]{text-align:right}"
    "td.subj{white-space:normal;min-width:12em}"
    ".chart{border:1px solid #e3e7ee;border-radius:10px;padding:8px;"
    "overflow-x:auto}"
    /* On a phone the chart keeps readable labels and scrolls sideways. */
    ".chart svg{display:block;width:100%;min-width:560px;height:auto}"
    ".legend{font-size:.9em;color:#3a4354;margin:.3em 0 0}"
    ".sw{display:inline-block;width:.85em;height:.85em;border-radius:2px;"
    "vertical-align:-.08em;margin:0 .35em 0 .9em}"
    ".none{color:#8a93a3}"
    "@media (max-width:640px){body{font-size:14px;padding:8px}"
    "th,td{padding:4px 6px}.card b{font-size:1.3em}}";

/* One number cell: what people read, and the raw value for scripts. */
static void
cell_int(struct buf *b, const char *key, int v)
{
	buf_printf(b, "<td data-k=\"%s\" data-v=\"%d\">%d</td>", key, v, v);
}

static void
cell_dur(struct buf *b, const char *key, int n, long secs)
{
	char	 s[16];

	duration(s, sizeof s, n, secs);
	if (n)
		buf_printf(b, "<td data-k=\"%s\" data-v=\"%ld\">%s</td>", key,
		    secs, s);
	else
		buf_printf(b, "<td data-k=\"%s\" data-v=\"\" class=\"none\">"
		    "&ndash;</td>", key);
}

static void
html_row(struct buf *b, const char *tag, const char *scope,
    const struct report_figures *f)
{
	char	 mn[16];

	buf_printf(b, "<tr data-scope=\"%s\" data-name=\"", scope);
	esc(b, f->name);
	buf_printf(b, "\"><%s>", tag);
	esc(b, f->name);
	buf_printf(b, "</%s>", tag);
	cell_int(b, "opened", f->opened);
	cell_int(b, "resolved", f->resolved);
	cell_int(b, "closed", f->closed);
	cell_int(b, "open", f->open);
	cell_int(b, "first_response.count", f->first_n);
	cell_dur(b, "first_response.median", f->first_n, f->first_median);
	cell_dur(b, "first_response.p90", f->first_n, f->first_p90);
	cell_int(b, "resolution.count", f->res_n);
	cell_dur(b, "resolution.median", f->res_n, f->res_median);
	cell_dur(b, "resolution.p90", f->res_n, f->res_p90);
	cell_int(b, "sla_breaches", f->breaches);
	cell_int(b, "satisfaction.answers", f->sat_n);
	if (f->sat_n) {
		mean(mn, sizeof mn, f);
		buf_printf(b, "<td data-k=\"satisfaction.mean\" data-v=\"%s\">"
		    "%s</td><td data-k=\"satisfaction.good_percent\" "
		    "data-v=\"%d\">%d%%</td>", mn, mn, good_percent(f),
		    good_percent(f));
	} else
		buf_printf(b, "<td data-k=\"satisfaction.mean\" data-v=\"\" "
		    "class=\"none\">&ndash;</td><td "
		    "data-k=\"satisfaction.good_percent\" data-v=\"\" "
		    "class=\"none\">&ndash;</td>");
	buf_adds(b, "</tr>\n");
}

static void
html_table(struct buf *b, const char *id, const char *title,
    const char *scope, const struct report_figures *f, size_t n,
    const struct report_figures *tot)
{
	size_t	 i;

	buf_printf(b, "<h2 id=\"%s\">%s</h2>\n<div class=\"scroll\">"
	    "<table data-table=\"%s\">\n<thead><tr><th rowspan=\"2\">%s</th>"
	    "<th rowspan=\"2\">Opened</th><th rowspan=\"2\">Resolved</th>"
	    "<th rowspan=\"2\">Closed</th><th rowspan=\"2\">Open</th>"
	    "<th colspan=\"3\">First response</th>"
	    "<th colspan=\"3\">Resolution</th>"
	    "<th rowspan=\"2\">SLA breaches</th>"
	    "<th colspan=\"3\">Satisfaction</th></tr>\n"
	    "<tr><th>cases</th><th>median</th><th>p90</th>"
	    "<th>cases</th><th>median</th><th>p90</th>"
	    "<th>answers</th><th>mean</th><th>4&ndash;5</th></tr></thead>\n"
	    "<tbody>\n", id, title, id, scope[0] == 'q' ? "Queue" : "Agent");
	for (i = 0; i < n; i++)
		html_row(b, "th", scope, &f[i]);
	if (n == 0)
		buf_adds(b, "<tr><td colspan=\"15\" class=\"none\">no cases"
		    "</td></tr>\n");
	buf_adds(b, "</tbody>\n");
	if (tot != NULL) {
		buf_adds(b, "<tfoot>");
		html_row(b, "th", "total", tot);
		buf_adds(b, "</tfoot>");
	}
	buf_adds(b, "</table></div>\n");
}

/* A round top for the chart's scale: 1, 2, 5, 10, 20, 50... */
static int
nice_top(int v)
{
	int	 m = 1;

	if (v < 1)
		return 1;
	for (;;) {
		if (v <= m)
			return m;
		if (v <= 2 * m)
			return 2 * m;
		if (v <= 5 * m)
			return 5 * m;
		m *= 10;
	}
}

/* Cases opened and closed per day, as bars in an inline SVG. */
static void
html_chart(struct buf *b, const struct report *rep)
{
	const int	 W = 760, H = 280, L = 40, R = 10, T = 12, B = 34;
	double		 slot, bw, x, h;
	int		 top = 0, i, y, step;
	size_t		 k, every = (rep->ndays + 11) / 12;

	for (k = 0; k < rep->ndays; k++) {
		if (rep->days[k].opened > top)
			top = rep->days[k].opened;
		if (rep->days[k].closed > top)
			top = rep->days[k].closed;
	}
	top = nice_top(top);
	if (every == 0)
		every = 1;
	slot = (double)(W - L - R) / (double)(rep->ndays ? rep->ndays : 1);
	bw = slot * 0.38;
	buf_printf(b, "<h2 id=\"daily\">Cases per day</h2>\n<div class=\"chart\">"
	    "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" "
	    "role=\"img\" aria-label=\"Cases opened and closed per day\" "
	    "font-family=\"system-ui,sans-serif\" font-size=\"13\">\n", W, H);
	/* The scale: four steps with their numbers. */
	for (i = 0; i <= 4; i++) {
		step = top * i / 4;
		y = H - B - (H - B - T) * i / 4;
		if (i > 0 && top * i % 4 != 0)
			continue;
		buf_printf(b, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" "
		    "stroke=\"%s\"/><text x=\"%d\" y=\"%d\" text-anchor=\"end\" "
		    "fill=\"#5b6474\">%d</text>\n", L, y, W - R, y,
		    i ? "#e3e7ee" : "#9aa3b2", L - 6, y + 4, step);
	}
	for (k = 0; k < rep->ndays; k++) {
		const struct report_day *d = &rep->days[k];

		x = L + slot * (double)k + slot * 0.1;
		buf_printf(b, "<g data-date=\"%s\" data-opened=\"%d\" "
		    "data-closed=\"%d\"><title>%s: %d opened, %d closed"
		    "</title>", d->date, d->opened, d->closed, d->date,
		    d->opened, d->closed);
		h = (double)(H - B - T) * d->opened / top;
		buf_printf(b, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
		    "height=\"%.1f\" fill=\"#3b6fd8\" rx=\"1.5\"/>", x,
		    H - B - h, bw, h);
		h = (double)(H - B - T) * d->closed / top;
		buf_printf(b, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
		    "height=\"%.1f\" fill=\"#2e9d6a\" rx=\"1.5\"/>", x + bw,
		    H - B - h, bw, h);
		/* A date under every few bars, as many as fit. */
		if (k % every == 0)
			buf_printf(b, "<text x=\"%.1f\" y=\"%d\" "
			    "text-anchor=\"middle\" fill=\"#5b6474\">%.5s"
			    "</text>", x + bw, H - B + 16, d->date + 5);
		buf_adds(b, "</g>\n");
	}
	buf_adds(b, "</svg>\n<p class=\"legend\"><span class=\"sw\" "
	    "style=\"background:#3b6fd8\"></span>opened<span class=\"sw\" "
	    "style=\"background:#2e9d6a\"></span>resolved or closed</p>"
	    "</div>\n");
}

/* A duration's data-v: the seconds, or nothing when there is no case. */
static void
raw_secs(char *out, size_t len, int n, long secs)
{
	if (n)
		snprintf(out, len, "%ld", secs);
	else
		out[0] = '\0';
}

static void
card(struct buf *b, const char *key, const char *value, const char *raw,
    const char *label)
{
	buf_printf(b, "<div class=\"card\" data-scope=\"total\" data-k=\"%s\" "
	    "data-v=\"%s\"><b>%s</b><span>%s</span></div>\n", key, raw, value,
	    label);
}

int
report_html(const struct report *rep, const char *desk, struct buf *b)
{
	const struct report_figures *t = &rep->total;
	const char	*tz = getenv("TZ");
	char		 v[32], raw[32], when[20];
	struct tm	 tm;
	size_t		 i;

	buf_adds(b, "<!DOCTYPE html>\n<html lang=\"en\"><head>"
	    "<meta charset=\"utf-8\">\n<meta name=\"viewport\" "
	    "content=\"width=device-width, initial-scale=1\">\n<title>");
	esc(b, desk);
	buf_printf(b, " report %s to %s</title>\n<style>%s</style>\n"
	    "</head>\n<body data-from=\"%s\" data-to=\"%s\">\n<h1>", rep->from_date,
	    rep->to_date, css, rep->from_date, rep->to_date);
	esc(b, desk);
	buf_printf(b, " &mdash; report</h1>\n<p class=\"sub\">%s to %s (",
	    rep->from_date, rep->to_date);
	esc(b, tz && *tz ? tz : "local time");
	buf_adds(b, "); first response and resolution in business hours</p>\n"
	    "<div class=\"cards\">\n");
	snprintf(v, sizeof v, "%d", t->opened);
	card(b, "opened", v, v, "opened");
	snprintf(v, sizeof v, "%d", t->resolved);
	card(b, "resolved", v, v, "resolved");
	snprintf(v, sizeof v, "%d", t->closed);
	card(b, "closed", v, v, "closed");
	snprintf(v, sizeof v, "%d", t->open);
	card(b, "open", v, v, "still open");
	duration(v, sizeof v, t->first_n, t->first_median);
	raw_secs(raw, sizeof raw, t->first_n, t->first_median);
	card(b, "first_response.median", v, raw, "median first response");
	duration(v, sizeof v, t->res_n, t->res_median);
	raw_secs(raw, sizeof raw, t->res_n, t->res_median);
	card(b, "resolution.median", v, raw, "median resolution");
	snprintf(v, sizeof v, "%d", t->breaches);
	card(b, "sla_breaches", v, v, "SLA breaches");
	mean(v, sizeof v, t);
	card(b, "satisfaction.mean", v, t->sat_n ? v : "", "satisfaction");
	buf_adds(b, "</div>\n");

	html_chart(b, rep);
	html_table(b, "queues", "Queues", "queue", rep->queues, rep->nqueues,
	    t);
	html_table(b, "agents", "Agents", "agent", rep->agents, rep->nagents,
	    NULL);

	buf_adds(b, "<h2 id=\"oldest\">Oldest open cases</h2>\n"
	    "<div class=\"scroll\"><table data-table=\"oldest\">\n<thead><tr>"
	    "<th>Case</th><th>Status</th><th>Queue</th><th>Agent</th>"
	    "<th>Opened</th><th>Age (days)</th><th>Subject</th></tr></thead>\n"
	    "<tbody>\n");
	for (i = 0; i < rep->noldest; i++) {
		const struct report_case *c = &rep->oldest[i];

		localtime_r(&c->created, &tm);
		strftime(when, sizeof when, "%Y-%m-%d %H:%M", &tm);
		buf_adds(b, "<tr data-scope=\"oldest\" data-name=\"");
		esc(b, c->ref);
		buf_adds(b, "\"><th>");
		esc(b, c->ref);
		buf_printf(b, "</th><td>%s</td><td>",
		    case_status_name(c->status));
		esc(b, c->queue);
		buf_adds(b, "</td><td>");
		esc(b, c->assignee ? c->assignee : "\xe2\x80\x93");
		buf_printf(b, "</td><td>%s</td>", when);
		cell_int(b, "age_days", c->age_days);
		buf_adds(b, "<td class=\"subj\">");
		esc(b, c->subject);
		buf_adds(b, "</td></tr>\n");
	}
	if (rep->noldest == 0)
		buf_adds(b, "<tr><td colspan=\"7\" class=\"none\">none</td>"
		    "</tr>\n");
	buf_adds(b, "</tbody></table></div>\n</body></html>\n");
	return b->max > 0 && b->len >= b->max ? -1 : 0;
}

/* The latest report-weekly moment at or before now; 0 if none is set. */
static time_t
weekly_due(const struct config *c, time_t now)
{
	struct tm	 tm;
	time_t		 t;
	int		 back;

	if (c->report_day < 0)
		return 0;
	for (back = 0; back <= 7; back++) {
		localtime_r(&now, &tm);
		tm.tm_mday -= back;
		tm.tm_hour = c->report_minute / 60;
		tm.tm_min = c->report_minute % 60;
		tm.tm_sec = 0;
		tm.tm_isdst = -1;
		t = mktime(&tm);
		localtime_r(&t, &tm);
		if (tm.tm_wday == c->report_day && t <= now)
			return t;
	}
	return 0;
}

#define WEEKLY_KEY	"report-weekly-last"

/* The mail's own text: the headline figures; the page is attached. */
static void
summary(const struct report *rep, const char *desk, const char *fname,
    struct buf *b)
{
	const struct report_figures *t = &rep->total;
	char	 fm[16], rm[16], mn[16];

	duration(fm, sizeof fm, t->first_n, t->first_median);
	duration(rm, sizeof rm, t->res_n, t->res_median);
	mean(mn, sizeof mn, t);
	buf_printf(b, "%s, %s to %s.\n\n"
	    "Opened %d, resolved %d, closed %d; %d still open.\n"
	    "Median first response %s, resolution %s (business hours).\n"
	    "SLA breaches: %d.  Satisfaction: %s from %d answers.\n\n"
	    "Queues, agents, the oldest open cases and a chart per day are "
	    "in the\nattached %s; \"supportctl report\" gives any period.\n",
	    desk, rep->from_date, rep->to_date, t->opened, t->resolved,
	    t->closed, t->open, fm, rm, t->breaches, mn, t->sat_n, fname);
}

int
report_weekly(struct desk *d, char **cause)
{
	struct report	 rep;
	struct buf	 html, text;
	struct strv	 to;
	char		*last = NULL, *subject = NULL, *fname = NULL, stamp[32];
	time_t		 due, end;
	size_t		 i;
	int		 r, rv = -1;

	if ((due = weekly_due(d->conf, clock_now())) == 0)
		return 0;
	if ((r = store_kv_get(d->st, WEEKLY_KEY, &last, cause)) == -1)
		return -1;
	if (r == 1 && strtoll(last, NULL, 10) >= (long long)due) {
		free(last);
		return 0;
	}
	free(last);
	last = NULL;

	memset(&to, 0, sizeof to);
	for (i = 0; i < d->conf->nagents; i++)
		if (d->conf->agents[i].supervises.n > 0 &&
		    !strv_has(&to, d->conf->agents[i].address))
			strv_add(&to, d->conf->agents[i].address);
	if (to.n == 0 && d->conf->supervisor != NULL)
		strv_add(&to, d->conf->supervisor);

	/* The seven whole days before the one it is sent on. */
	end = day_start(due, 0);
	if (report_load(d, day_start(end, -7), end, &rep, cause) == -1) {
		strv_free(&to);
		return -1;
	}
	buf_init(&html, BUF_DEFAULT_MAX);
	buf_init(&text, BUF_DEFAULT_MAX);
	if (report_html(&rep, d->conf->desk_name, &html) == -1) {
		xasprintf(cause, "report: larger than %u bytes",
		    BUF_DEFAULT_MAX);
		goto out;
	}
	xasprintf(&subject, "%s: weekly report %s to %s", d->conf->desk_name,
	    rep.from_date, rep.to_date);
	xasprintf(&fname, "report-%s.html", rep.to_date);
	summary(&rep, d->conf->desk_name, fname, &text);
	snprintf(stamp, sizeof stamp, "%lld", (long long)due);

	/* The mails and the mark that they went, together or not at all. */
	if (store_begin(d->st, cause) == -1)
		goto out;
	if ((r = store_kv_get(d->st, WEEKLY_KEY, &last, cause)) == -1 ||
	    (r == 1 && strtoll(last, NULL, 10) >= (long long)due)) {
		store_rollback(d->st);
		rv = r == -1 ? -1 : 0;
		goto out;
	}
	for (i = 0; i < to.n; i++)
		if (reply_report(d->conf, d->st, to.v[i], subject, text.data ? text.data :
		    "", fname, html.data, html.len, cause) == -1) {
			store_rollback(d->st);
			goto out;
		}
	if (store_kv_set(d->st, WEEKLY_KEY, stamp, cause) == -1) {
		store_rollback(d->st);
		goto out;
	}
	if (store_commit(d->st, cause) == -1)
		goto out;
	if (to.n == 0)
		log_warnx("weekly report: nobody supervises a queue and there "
		    "is no supervisor address; not sent");
	else
		log_info("weekly report %s to %s: %zu recipients",
		    rep.from_date, rep.to_date, to.n);
	rv = to.n > 0;
out:
	free(last);
	free(subject);
	free(fname);
	buf_free(&html);
	buf_free(&text);
	strv_free(&to);
	report_free(&rep);
	return rv;
}
