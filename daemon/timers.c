/*
 * timers.c -- SLA timers, auto-close and follow-up.
 *
 * Planning is a pure function of the case and its events (timers_facts,
 * timers_plan), so a restart, a replay or a second daemon plan the same
 * timers.  Firing marks the timer fired and does its work in one
 * transaction: it never goes off twice, and never half.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "clock.h"
#include "fold.h"
#include "log.h"
#include "reply.h"
#include "timers.h"
#include "xmalloc.h"

static const char *const kind_names[TIMER_N] = {
	[TIMER_FIRST_WARN] = "first-response-warning",
	[TIMER_FIRST_BREACH] = "first-response-breach",
	[TIMER_RESOLVE_WARN] = "resolution-warning",
	[TIMER_RESOLVE_BREACH] = "resolution-breach",
	[TIMER_AUTOCLOSE] = "auto-close",
	[TIMER_FOLLOWUP] = "follow-up",
};

const char *
timer_kind_name(enum timer_kind k)
{
	return (unsigned)k < TIMER_N ? kind_names[k] : "?";
}

int
timer_kind_parse(const char *s, enum timer_kind *out)
{
	int	 i;

	for (i = 0; i < TIMER_N; i++)
		if (strcmp(kind_names[i], s) == 0) {
			*out = (enum timer_kind)i;
			return 0;
		}
	return -1;
}

void
timers_facts(const struct config *conf, const struct store_case *c,
    const struct store_event_row *e, size_t n, struct timer_facts *f)
{
	time_t		 pending_from = 0;
	size_t		 i;

	memset(f, 0, sizeof *f);
	f->created = c->created;
	f->status = c->status;
	f->queue = c->queue;
	f->priority = c->priority;
	f->status_since = c->created;
	for (i = 0; i < n; i++) {
		if (strcmp(e[i].kind, "first-response") == 0 &&
		    f->first_response == 0)
			f->first_response = e[i].at;
		else if (strcmp(e[i].kind, "followup-sent") == 0) {
			f->followup_sent = 1;
			f->awaiting_rating = 1;
		} else if (strcmp(e[i].kind, "satisfaction") == 0)
			f->awaiting_rating = 0;
		else if (strcmp(e[i].kind, "status") == 0) {
			f->status_since = e[i].at;
			/* The SLA clock stops while the customer has the ball. */
			if (pending_from != 0) {
				f->paused += sla_between(&conf->hours,
				    pending_from, e[i].at);
				pending_from = 0;
			}
			if (strcmp(e[i].detail, "pending") == 0)
				pending_from = e[i].at;
			if (strcmp(e[i].detail, "resolved") == 0)
				f->followup_sent = f->awaiting_rating = 0;
		}
	}
	if (f->status != CASE_RESOLVED && f->status != CASE_CLOSED)
		f->awaiting_rating = 0;
}

void
timers_plan(const struct config *conf, const struct timer_facts *f,
    time_t due[TIMER_N])
{
	const struct sla_target	*t;
	int			 open, w = conf->sla_warning;

	memset(due, 0, sizeof(time_t) * TIMER_N);
	open = f->status != CASE_RESOLVED && f->status != CASE_CLOSED;
	t = sla_find(conf->slas, conf->nslas, f->queue,
	    case_priority_name(f->priority));
	if (t != NULL && t->first_response > 0 && open &&
	    f->first_response == 0) {
		due[TIMER_FIRST_WARN] = sla_add(&conf->hours, f->created,
		    t->first_response * w / 100);
		due[TIMER_FIRST_BREACH] = sla_add(&conf->hours, f->created,
		    t->first_response);
	}
	if (t != NULL && t->resolution > 0 && open &&
	    f->status != CASE_PENDING) {
		due[TIMER_RESOLVE_WARN] = sla_add(&conf->hours, f->created,
		    t->resolution * w / 100 + f->paused);
		due[TIMER_RESOLVE_BREACH] = sla_add(&conf->hours, f->created,
		    t->resolution + f->paused);
	}
	if (f->status == CASE_PENDING && conf->autoclose_pending > 0)
		due[TIMER_AUTOCLOSE] = f->status_since +
		    conf->autoclose_pending;
	else if (f->status == CASE_RESOLVED && conf->autoclose_resolved > 0)
		due[TIMER_AUTOCLOSE] = f->status_since +
		    conf->autoclose_resolved;
	if (f->status == CASE_RESOLVED && conf->followup > 0 &&
	    !f->followup_sent)
		due[TIMER_FOLLOWUP] = f->status_since + conf->followup;
}

/* The case and its facts, for planning and firing. */
static int
load(struct desk *d, int64_t id, struct store_case *c,
    struct timer_facts *f, char **cause)
{
	struct store_event_row	*e;
	size_t			 n;
	int			 r;

	if ((r = store_case_get(d->st, id, c, cause)) != 1) {
		if (r == 0)
			xasprintf(cause, "case %lld is gone", (long long)id);
		return -1;
	}
	if (store_case_events(d->st, id, &e, &n, cause) == -1) {
		store_case_clear(c);
		return -1;
	}
	timers_facts(d->conf, c, e, n, f);
	store_events_free(e, n);
	return 0;
}

int
timers_replan(struct desk *d, int64_t id, char **cause)
{
	struct store_case	 c;
	struct timer_facts	 f;
	time_t			 due[TIMER_N];
	int			 k, rv = 0;

	if (load(d, id, &c, &f, cause) == -1)
		return -1;
	timers_plan(d->conf, &f, due);
	for (k = 0; k < TIMER_N && rv == 0; k++) {
		if (due[k] != 0)
			rv = store_timer_set(d->st, id, kind_names[k], due[k],
			    cause);
		else
			/*
			 * An SLA timer that went off stays, so it never goes
			 * off again; auto-close and follow-up may come back
			 * with the next pending or resolved spell.
			 */
			rv = store_timer_cancel(d->st, id, kind_names[k],
			    k == TIMER_AUTOCLOSE || k == TIMER_FOLLOWUP, cause);
	}
	store_case_clear(&c);
	return rv;
}

static void
when(time_t t, char *buf, size_t len)
{
	struct tm	 tm;

	localtime_r(&t, &tm);
	strftime(buf, len, "%Y-%m-%d %H:%M %Z", &tm);
}

/* What a due timer does to its case: written here, in the caller's txn. */
static int
fire(struct desk *d, const struct store_timer *t, enum timer_kind k,
    char **cause)
{
	struct store_case	 c;
	struct timer_facts	 f;
	struct reply_ctx	 x;
	const struct agent_conf	*a;
	char			 at[64], *detail = NULL, *thread = NULL;
	const char		*what;
	size_t			 i, n = 0;
	int			 rv = -1;

	if (load(d, t->case_id, &c, &f, cause) == -1)
		return -1;
	if (store_case_last_in(d->st, c.id, "customer", &thread, cause) == -1)
		goto out;
	memset(&x, 0, sizeof x);
	x.conf = d->conf;
	x.st = d->st;
	x.tmpls = d->tmpls;
	x.c = &c;
	x.thread_id = thread;
	what = k == TIMER_FIRST_WARN || k == TIMER_FIRST_BREACH ?
	    "first response" : "resolution";
	when(t->due, at, sizeof at);
	switch (k) {
	case TIMER_FIRST_WARN:
	case TIMER_RESOLVE_WARN:
		xasprintf(&detail, "%s due soon (warned %s)", what, at);
		if (store_event(d->st, c.id, "sla-warning", "supportd", detail,
		    cause) == -1)
			goto out;
		/* The case's agent, else the agents of its queue. */
		if (c.assignee != NULL &&
		    (a = config_agent_named(d->conf, c.assignee)) != NULL) {
			if (reply_agent(&x, NOTICE_SLA, a, detail, cause) == -1)
				goto out;
			break;
		}
		for (i = 0; i < d->conf->nagents; i++)
			if (config_agent_serves(&d->conf->agents[i], c.queue) &&
			    reply_agent(&x, NOTICE_SLA, &d->conf->agents[i],
			    detail, cause) == -1)
				goto out;
		break;
	case TIMER_FIRST_BREACH:
	case TIMER_RESOLVE_BREACH:
		xasprintf(&detail, "%s target missed (%s)", what, at);
		if (store_event(d->st, c.id, "sla-breach", "supportd", detail,
		    cause) == -1)
			goto out;
		if (c.priority < PRIO_URGENT && store_case_set(d->st, c.id,
		    SF_PRIORITY, case_priority_name(c.priority + 1),
		    "supportd", cause) == -1)
			goto out;
		for (i = 0; i < d->conf->nagents; i++)
			if (config_agent_supervises(&d->conf->agents[i],
			    c.queue)) {
				n++;
				if (reply_agent(&x, NOTICE_ESCALATED,
				    &d->conf->agents[i], detail, cause) == -1)
					goto out;
			}
		if (n == 0 && d->conf->supervisor != NULL &&
		    reply_notice(&x, MAIL_ESCALATE, d->conf->supervisor,
		    cause) == -1)
			goto out;
		break;
	case TIMER_AUTOCLOSE:
		if (c.status != CASE_PENDING && c.status != CASE_RESOLVED)
			break;
		if (store_case_set(d->st, c.id, SF_STATUS, "closed",
		    "supportd", cause) == -1 || store_event(d->st, c.id,
		    "auto-closed", "supportd", c.status == CASE_PENDING ?
		    "no answer from the customer" : "resolved", cause) == -1 ||
		    reply_case_mail(&x, MAIL_AUTOCLOSED, "autoclosed",
		    cause) == -1)
			goto out;
		break;
	case TIMER_FOLLOWUP:
		if (c.status != CASE_RESOLVED)
			break;
		if (store_event(d->st, c.id, "followup-sent", "supportd", "",
		    cause) == -1 || reply_case_mail(&x, MAIL_FOLLOWUP,
		    "followup", cause) == -1)
			goto out;
		break;
	default:
		break;
	}
	rv = timers_replan(d, c.id, cause);
out:
	free(detail);
	free(thread);
	store_case_clear(&c);
	return rv;
}

int
timers_run(struct desk *d, struct timers_stats *stats)
{
	struct store_timer	*t;
	enum timer_kind		 k;
	size_t			 n, i;
	char			*cause = NULL;
	int			 r;

	memset(stats, 0, sizeof *stats);
	if (store_timers_due(d->st, clock_now(), 200, &t, &n, &cause) == -1) {
		log_warnx("timers: %s", cause);
		free(cause);
		return -1;
	}
	for (i = 0; i < n; i++) {
		cause = NULL;
		if (store_begin(d->st, &cause) == -1) {
			log_warnx("timers: %s", cause);
			free(cause);
			break;
		}
		if ((r = store_timer_fired(d->st, t[i].id, &cause)) == 1 &&
		    (timer_kind_parse(t[i].kind, &k) == -1 ||
		    fire(d, &t[i], k, &cause) == 0) &&
		    store_commit(d->st, &cause) == 0) {
			stats->fired++;
			log_info("timer %s of case %lld fired", t[i].kind,
			    (long long)t[i].case_id);
			continue;
		}
		store_rollback(d->st);
		if (r == 0)
			continue;	/* another process fired it */
		stats->failed++;
		log_warnx("timer %s of case %lld: %s", t[i].kind,
		    (long long)t[i].case_id, cause ? cause : "failed");
		free(cause);
	}
	store_timers_free(t, n);
	return 0;
}

int
timers_rating(const char *text, int *more)
{
	static const struct {
		const char	*word;	/* folded: lower case, no accents */
		int		 rating;
	} words[] = {
		{ "excellent", 5 }, { "very good", 5 }, { "good", 5 },
		{ "ok", 3 }, { "bad", 1 }, { "poor", 1 }, { "terrible", 1 },
		{ "καλο", 5 }, { "πολυ καλο", 5 }, { "αριστο", 5 },
		{ "κακο", 1 }, { "bueno", 5 }, { "muy bueno", 5 },
		{ "malo", 1 }, { "dobrze", 5 }, { "bardzo dobrze", 5 },
		{ "zle", 1 }, { "slabo", 1 },
	};
	const char	*nl, *p;
	char		*line, *f, *e;
	size_t		 i, len;
	int		 r = 0;

	*more = 0;
	while (*text == '\n' || *text == ' ' || *text == '\t')
		text++;
	nl = strchr(text, '\n');
	len = nl ? (size_t)(nl - text) : strlen(text);
	if (len == 0 || len > 64)
		return 0;
	line = xstrndup(text, len);
	f = fold_text(line, len, NULL);
	/* Trim the blanks and punctuation people put around a rating. */
	for (e = f + strlen(f); e > f && (isspace((unsigned char)e[-1]) ||
	    strchr(".!/5*", e[-1]) != NULL) && !(e - f == 1); e--)
		;
	*e = '\0';
	p = f;
	while (isspace((unsigned char)*p))
		p++;
	if (p[0] >= '1' && p[0] <= '5' && p[1] == '\0')
		r = p[0] - '0';
	for (i = 0; r == 0 && i < sizeof words / sizeof words[0]; i++)
		if (strcmp(p, words[i].word) == 0)
			r = words[i].rating;
	if (r != 0 && nl != NULL)
		for (p = nl; *p != '\0'; p++)
			if (!isspace((unsigned char)*p)) {
				*more = 1;
				break;
			}
	free(line);
	free(f);
	return r;
}
