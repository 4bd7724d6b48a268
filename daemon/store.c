/*
 * store.c -- the one store API, dispatched to a backend: store_sqlite.c
 * (the embedded default) or store_pg.c (a desk that several daemons share),
 * chosen by the `database` setting.  The backends own every byte of SQL;
 * this file owns only the choice and the freeing of the rows they return.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "crypto.h"
#include "store_backend.h"
#include "xmalloc.h"

/* Which backend a `database` value names, and what is left for it. */
static const struct store_ops *
store_pick(const char *spec, const char **rest)
{
	if (strncmp(spec, "sqlite:", 7) == 0) {
		*rest = spec + 7;
		return &store_sqlite_ops;
	}
	if (strncmp(spec, "postgresql://", 13) == 0 ||
	    strncmp(spec, "postgres://", 11) == 0) {
		*rest = spec;
		return &store_pg_ops;
	}
	*rest = spec;
	return &store_sqlite_ops;
}

int
store_open(const char *spec, struct store **out, char **cause)
{
	const struct store_ops	*ops;
	const char		*rest;

	*out = NULL;
	ops = store_pick(spec, &rest);
	return ops->open(rest, out, cause);
}

const char *
store_backend(struct store *st)
{
	return st->ops->name;
}

int
store_mailbox_lease(struct store *st, const char *mailbox, char **cause)
{
	return st->ops->mailbox_lease(st, mailbox, cause);
}

void
store_close(struct store *st)
{
	if (st != NULL)
		st->ops->close(st);
}

int
store_schema_version(struct store *st)
{
	return st->ops->schema_version(st);
}

int
store_changes_fd(struct store *st)
{
	return st->ops->changes_fd ? st->ops->changes_fd(st) : -1;
}

int
store_changes_drain(struct store *st)
{
	return st->ops->changes_drain ? st->ops->changes_drain(st) : 0;
}

int
store_begin(struct store *st, char **cause)
{
	return st->ops->begin(st, cause);
}

int
store_commit(struct store *st, char **cause)
{
	return st->ops->commit(st, cause);
}

void
store_rollback(struct store *st)
{
	st->ops->rollback(st);
}

int
store_savepoint(struct store *st, char **cause)
{
	return st->ops->savepoint(st, cause);
}

int
store_release(struct store *st, char **cause)
{
	return st->ops->release(st, cause);
}

void
store_rollback_to(struct store *st)
{
	st->ops->rollback_to(st);
}

int
store_case_new(struct store *st, const char *prefix, const struct store_case *c,
	    int64_t *id, char **cause)
{
	return st->ops->case_new(st, prefix, c, id, cause);
}

int
store_case_get(struct store *st, int64_t id, struct store_case *c, char **cause)
{
	return st->ops->case_get(st, id, c, cause);
}

int
store_case_by_ref(struct store *st, const char *ref, struct store_case *c,
	    char **cause)
{
	return st->ops->case_by_ref(st, ref, c, cause);
}

int
store_case_set(struct store *st, int64_t id, enum store_field field,
	    const char *value, const char *actor, char **cause)
{
	return st->ops->case_set(st, id, field, value, actor, cause);
}

int
store_case_tag(struct store *st, int64_t id, const char *tag, char **cause)
{
	return st->ops->case_tag(st, id, tag, cause);
}

int
store_case_untag(struct store *st, int64_t id, const char *tag, char **cause)
{
	return st->ops->case_untag(st, id, tag, cause);
}

int
store_case_touch(struct store *st, int64_t id, char **cause)
{
	return st->ops->case_touch(st, id, cause);
}

int
store_case_link(struct store *st, int64_t a, int64_t b, char **cause)
{
	return st->ops->case_link(st, a, b, cause);
}

int
store_case_merge(struct store *st, int64_t from, int64_t into, char **cause)
{
	return st->ops->case_merge(st, from, into, cause);
}

int
store_case_has_event(struct store *st, int64_t id, const char *kind,
	    char **cause)
{
	return st->ops->case_has_event(st, id, kind, cause);
}

int
store_case_last_in(struct store *st, int64_t id, const char *kind,
	    char **message_id, char **cause)
{
	return st->ops->case_last_in(st, id, kind, message_id, cause);
}

int
store_contact_add(struct store *st, int64_t id, const char *addr, char **cause)
{
	return st->ops->contact_add(st, id, addr, cause);
}

int
store_contact_known(struct store *st, int64_t id, const char *addr,
	    char **cause)
{
	return st->ops->contact_known(st, id, addr, cause);
}

int
store_msg_seen(struct store *st, const char *dedup, int64_t *case_id,
	    char **cause)
{
	return st->ops->msg_seen(st, dedup, case_id, cause);
}

int
store_msg_add(struct store *st, const struct store_msg *m, int64_t *id,
	    char **cause)
{
	return st->ops->msg_add(st, m, id, cause);
}

int
store_case_by_msgid(struct store *st, const char *message_id, int64_t *case_id,
	    int *ours, char **cause)
{
	return st->ops->case_by_msgid(st, message_id, case_id, ours, cause);
}

int
store_event(struct store *st, int64_t case_id, const char *kind,
	    const char *actor, const char *detail, char **cause)
{
	return st->ops->event(st, case_id, kind, actor, detail, cause);
}

int
store_out_add(struct store *st, int64_t case_id, const char *message_id,
	    const char *mail_from, const struct strv *rcpts,
	    const char *subject, const char *raw, size_t rawlen,
	    const char *auto_key, int64_t *id, char **cause)
{
	return st->ops->out_add(st, case_id, message_id, mail_from, rcpts,
	    subject, raw, rawlen, auto_key, id, cause);
}

int
store_autoreplies_since(struct store *st, const char *rcpt, time_t since,
	    int *n, char **cause)
{
	return st->ops->autoreplies_since(st, rcpt, since, n, cause);
}

int
store_out_due(struct store *st, time_t now, size_t max, struct store_out **out,
	    size_t *n, char **cause)
{
	return st->ops->out_due(st, now, max, out, n, cause);
}

int
store_out_list(struct store *st, struct store_out **out, size_t *n,
	    char **cause)
{
	return st->ops->out_list(st, out, n, cause);
}

int
store_out_claim(struct store *st, int64_t id, char **cause)
{
	return st->ops->out_claim(st, id, cause);
}

int
store_out_unclaim(struct store *st, int (*dead)(const char *), int *n,
    char **cause)
{
	return st->ops->out_unclaim(st, dead, n, cause);
}

int
store_autoreplies_domain_since(struct store *st, const char *domain,
    time_t since, int *n, char **cause)
{
	return st->ops->autoreplies_domain_since(st, domain, since, n, cause);
}

void
store_claimer(char *buf, size_t len)
{
	char	 host[256];

	if (gethostname(host, sizeof host) == -1)
		snprintf(host, sizeof host, "?");
	host[sizeof host - 1] = '\0';
	snprintf(buf, len, "%s:%ld", host, (long)getpid());
}

int
store_out_sent(struct store *st, int64_t id, char **cause)
{
	return st->ops->out_sent(st, id, cause);
}

int
store_out_retry(struct store *st, int64_t id, time_t next, const char *error,
	    char **cause)
{
	return st->ops->out_retry(st, id, next, error, cause);
}

int
store_out_failed(struct store *st, int64_t id, const char *error, char **cause)
{
	return st->ops->out_failed(st, id, error, cause);
}

int
store_out_next(struct store *st, time_t *next, char **cause)
{
	return st->ops->out_next(st, next, cause);
}

int
store_out_counts(struct store *st, int *queued, int *sent, int *failed,
	    char **cause)
{
	return st->ops->out_counts(st, queued, sent, failed, cause);
}

int
store_quarantine(struct store *st, const char *mailbox, uint32_t uid,
	    const char *reason, const char *raw, size_t len, int64_t *id,
	    char **cause)
{
	return st->ops->quarantine(st, mailbox, uid, reason, raw, len, id,
	    cause);
}

int
store_quarantined(struct store *st, const char *mailbox, uint32_t uid,
	    char **cause)
{
	return st->ops->quarantined(st, mailbox, uid, cause);
}

int
store_quarantine_list(struct store *st, struct store_quarantine_row **out,
	    size_t *n, char **cause)
{
	return st->ops->quarantine_list(st, out, n, cause);
}

int
store_quarantine_raw(struct store *st, int64_t id, char **raw, size_t *len,
	    char **mailbox, char **cause)
{
	return st->ops->quarantine_raw(st, id, raw, len, mailbox, cause);
}

int
store_quarantine_delete(struct store *st, int64_t id, char **cause)
{
	return st->ops->quarantine_delete(st, id, cause);
}

int
store_checkpoint_get(struct store *st, const char *mailbox,
	    uint32_t *uidvalidity, uint32_t *last_uid, char **cause)
{
	return st->ops->checkpoint_get(st, mailbox, uidvalidity, last_uid,
	    cause);
}

int
store_checkpoint_set(struct store *st, const char *mailbox,
	    uint32_t uidvalidity, uint32_t last_uid, char **cause)
{
	return st->ops->checkpoint_set(st, mailbox, uidvalidity, last_uid,
	    cause);
}

int
store_cases_list(struct store *st, const char *status, const char *queue,
	    struct store_case **out, size_t *n, char **cause)
{
	return st->ops->cases_list(st, status, queue, out, n, cause);
}

int
store_case_detail(struct store *st, const char *ref,
	    struct store_case_detail *d, char **cause)
{
	return st->ops->case_detail(st, ref, d, cause);
}

int
store_timer_set(struct store *st, int64_t case_id, const char *kind, time_t due,
	    char **cause)
{
	return st->ops->timer_set(st, case_id, kind, due, cause);
}

int
store_timer_cancel(struct store *st, int64_t case_id, const char *kind,
	    int fired_too, char **cause)
{
	return st->ops->timer_cancel(st, case_id, kind, fired_too, cause);
}

int
store_timers_due(struct store *st, time_t now, size_t max,
	    struct store_timer **out, size_t *n, char **cause)
{
	return st->ops->timers_due(st, now, max, out, n, cause);
}

int
store_timer_fired(struct store *st, int64_t id, char **cause)
{
	return st->ops->timer_fired(st, id, cause);
}

int
store_timer_next(struct store *st, time_t *next, char **cause)
{
	return st->ops->timer_next(st, next, cause);
}

int
store_case_events(struct store *st, int64_t id, struct store_event_row **out,
	    size_t *n, char **cause)
{
	return st->ops->case_events(st, id, out, n, cause);
}

int
store_mailbox_stat(struct store *st, const char *mailbox, int ok, int processed,
	    const char *error, char **cause)
{
	return st->ops->mailbox_stat(st, mailbox, ok, processed, error, cause);
}

int
store_stats(struct store *st, time_t now, struct store_stats *out, char **cause)
{
	return st->ops->stats(st, now, out, cause);
}

int
store_kv_get(struct store *st, const char *key, char **value, char **cause)
{
	return st->ops->kv_get(st, key, value, cause);
}

int
store_kv_set(struct store *st, const char *key, const char *value, char **cause)
{
	return st->ops->kv_set(st, key, value, cause);
}

int
store_report_cases(struct store *st, time_t from, time_t to,
	    struct store_report_row **out, size_t *n, char **cause)
{
	return st->ops->report_cases(st, from, to, out, n, cause);
}

/* The tables of a desk, referenced before referencing. */
static const char *const cols_cases[] = { "id", "ref", "status", "queue",
    "priority", "subject", "customer", "customer_name", "language",
    "assignee", "linked", "created", "updated" };
static const char *const cols_tags[] = { "case_id", "tag" };
static const char *const cols_contacts[] = { "case_id", "address" };
static const char *const cols_links[] = { "case_id", "other_id" };
static const char *const cols_messages[] = { "id", "case_id", "direction",
    "kind", "dedup", "message_id", "mailbox", "sender", "subject", "date",
    "language", "body", "attachments", "raw", "created" };
static const char *const cols_events[] = { "id", "case_id", "at", "kind",
    "actor", "detail" };
static const char *const cols_outbox[] = { "id", "case_id", "message_id",
    "mail_from", "rcpts", "subject", "raw", "automatic", "status",
    "attempts", "next_attempt", "last_error", "created", "sent", "claimed",
    "rcpt_key" };
static const char *const cols_checkpoints[] = { "mailbox", "uidvalidity",
    "last_uid", "updated" };
static const char *const cols_quarantine[] = { "id", "mailbox", "uid",
    "reason", "raw", "created" };
static const char *const cols_kv[] = { "key", "value" };
static const char *const cols_timers[] = { "id", "case_id", "kind", "due",
    "fired" };
static const char *const cols_mbstats[] = { "mailbox", "last_poll",
    "last_ok", "processed", "errors", "last_error" };

#define TABLE(n, c, b)	{ n, c, sizeof c / sizeof c[0], b }
static const struct store_table store_tables[] = {
	TABLE("cases", cols_cases, 0),
	TABLE("case_tags", cols_tags, 0),
	TABLE("case_contacts", cols_contacts, 0),
	TABLE("case_links", cols_links, 0),
	TABLE("messages", cols_messages, 1U << 13),
	TABLE("events", cols_events, 0),
	TABLE("outbox", cols_outbox, 1U << 6),
	TABLE("checkpoints", cols_checkpoints, 0),
	TABLE("quarantine", cols_quarantine, 1U << 4),
	TABLE("kv", cols_kv, 0),
	TABLE("timers", cols_timers, 0),
	TABLE("mailbox_stats", cols_mbstats, 0),
};
#define NTABLES	(sizeof store_tables / sizeof store_tables[0])

char *
store_table_sql(const struct store_table *t, int insert, int numbered)
{
	struct buf	 b;
	int		 i;

	buf_init(&b, 4096);
	if (insert)
		buf_printf(&b, "INSERT INTO %s (", t->name);
	else
		buf_adds(&b, "SELECT ");
	for (i = 0; i < t->ncols; i++)
		buf_printf(&b, "%s%s", i ? ", " : "", t->cols[i]);
	if (!insert) {
		buf_printf(&b, " FROM %s", t->name);
		return buf_release(&b);
	}
	buf_adds(&b, ") VALUES (");
	for (i = 0; i < t->ncols; i++)
		if (numbered)
			buf_printf(&b, "%s$%d", i ? ", " : "", i + 1);
		else
			buf_adds(&b, i ? ", ?" : "?");
	buf_addc(&b, ')');
	return buf_release(&b);
}

/*
 * A table's fingerprint: its row count and the XOR of one SHA-256 per
 * row (over each column's length and bytes), so that the two backends
 * may return rows in any order.
 */
struct store_tally {
	const struct store_table *t;
	long long		 rows;
	unsigned char		 x[64];		/* one hex digit's value each */
	struct store		*to;		/* load each row here, or NULL */
	char			*cause;
};

static int
store_tally_row(void *arg, const struct store_value *v)
{
	struct store_tally	*y = arg;
	struct buf		 b;
	char			 hex[65], n[32];
	int			 i;

	buf_init(&b, (size_t)1 << 31);
	for (i = 0; i < y->t->ncols; i++) {
		if (v[i].p == NULL) {
			buf_adds(&b, "N;");
			continue;
		}
		snprintf(n, sizeof n, "%zu:", v[i].len);
		buf_adds(&b, n);
		buf_add(&b, v[i].p, v[i].len);
		buf_addc(&b, ';');
	}
	crypto_sha256_hex(b.data ? b.data : "", b.len, hex);
	buf_free(&b);
	for (i = 0; i < 64; i++)
		y->x[i] ^= (unsigned char)(hex[i] <= '9' ? hex[i] - '0' :
		    hex[i] - 'a' + 10);
	y->rows++;
	if (y->to != NULL &&
	    y->to->ops->load(y->to, y->t, v, &y->cause) == -1)
		return -1;
	return 0;
}

/* Dump one table through a tally (loading it into to, unless NULL). */
static int
store_tally(struct store *st, const struct store_table *t,
    struct store *to, struct store_tally *y, char **cause)
{
	memset(y, 0, sizeof *y);
	y->t = t;
	y->to = to;
	if (st->ops->dump(st, t, store_tally_row, y, cause) != 0) {
		if (y->cause != NULL) {
			if (cause != NULL && *cause == NULL)
				*cause = y->cause;
			else
				free(y->cause);
		}
		return -1;
	}
	return 0;
}

static void
store_tally_hex(const struct store_tally *y, char out[65])
{
	int	 i;

	for (i = 0; i < 64; i++)
		out[i] = "0123456789abcdef"[y->x[i] & 15];
	out[64] = '\0';
}

int
store_copy(struct store *from, struct store *to, struct strv *report,
    char **cause)
{
	struct store_tally	 a, b;
	char			 ha[65], hb[65], *line;
	size_t			 i;

	for (i = 0; i < NTABLES; i++) {
		if (store_tally(to, &store_tables[i], NULL, &b, cause) == -1)
			return -1;
		if (b.rows != 0) {
			xasprintf(cause, "the target is not empty: %s has %lld "
			    "rows", store_tables[i].name, b.rows);
			return -1;
		}
	}
	if (to->ops->begin(to, cause) == -1)
		return -1;
	if (to->ops->load_begin(to, cause) == -1)
		goto fail;
	for (i = 0; i < NTABLES; i++)
		if (store_tally(from, &store_tables[i], to, &a, cause) == -1)
			goto fail;
	if (to->ops->load_end(to, cause) == -1 ||
	    to->ops->commit(to, cause) == -1)
		goto fail;

	/* Read both back: the same rows, byte for byte. */
	for (i = 0; i < NTABLES; i++) {
		if (store_tally(from, &store_tables[i], NULL, &a, cause) == -1 ||
		    store_tally(to, &store_tables[i], NULL, &b, cause) == -1)
			return -1;
		store_tally_hex(&a, ha);
		store_tally_hex(&b, hb);
		if (a.rows != b.rows || strcmp(ha, hb) != 0) {
			xasprintf(cause, "%s: %lld rows (digest %.16s) copied "
			    "as %lld rows (digest %.16s)", store_tables[i].name,
			    a.rows, ha, b.rows, hb);
			return -1;
		}
		xasprintf(&line, "%s %lld %s", store_tables[i].name, a.rows,
		    ha);
		strv_add(report, line);
		free(line);
	}
	return 0;
fail:
	to->ops->rollback(to);
	return -1;
}

/* The rows are plain memory, whichever backend filled them. */

void
store_case_clear(struct store_case *c)
{
	free(c->ref);
	free(c->queue);
	free(c->subject);
	free(c->customer);
	free(c->customer_name);
	free(c->language);
	free(c->assignee);
	free(c->linked_ref);
	strv_free(&c->tags);
	memset(c, 0, sizeof *c);
}

void
store_out_free(struct store_out *o, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++) {
		free(o[i].case_ref);
		free(o[i].message_id);
		free(o[i].mail_from);
		strv_free(&o[i].rcpts);
		free(o[i].subject);
		free(o[i].raw);
		free(o[i].status);
		free(o[i].error);
	}
	free(o);
}

void
store_quarantine_list_free(struct store_quarantine_row *q, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++) {
		free(q[i].mailbox);
		free(q[i].reason);
	}
	free(q);
}

void
store_cases_free(struct store_case *c, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		store_case_clear(&c[i]);
	free(c);
}

void
store_case_detail_free(struct store_case_detail *d)
{
	size_t	 i;

	for (i = 0; i < d->nmsgs; i++) {
		free(d->msgs[i].direction);
		free(d->msgs[i].kind);
		free(d->msgs[i].message_id);
		free(d->msgs[i].sender);
		free(d->msgs[i].subject);
		free(d->msgs[i].language);
		free(d->msgs[i].body);
		free(d->msgs[i].attachments);
	}
	free(d->msgs);
	for (i = 0; i < d->nevents; i++) {
		free(d->events[i].kind);
		free(d->events[i].actor);
		free(d->events[i].detail);
	}
	free(d->events);
	store_case_clear(&d->c);
	memset(d, 0, sizeof *d);
}

void
store_timers_free(struct store_timer *t, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		free(t[i].kind);
	free(t);
}

void
store_events_free(struct store_event_row *e, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++) {
		free(e[i].kind);
		free(e[i].actor);
		free(e[i].detail);
	}
	free(e);
}

void
store_stats_free(struct store_stats *s)
{
	size_t	 i;

	for (i = 0; i < s->nmailboxes; i++) {
		free(s->mailboxes[i].mailbox);
		free(s->mailboxes[i].last_error);
	}
	free(s->mailboxes);
	free(s->oldest_to);
	free(s->oldest_error);
	memset(s, 0, sizeof *s);
}

void
store_report_free(struct store_report_row *r, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++) {
		free(r[i].ref);
		free(r[i].queue);
		free(r[i].assignee);
		free(r[i].subject);
		free(r[i].first_response_by);
	}
	free(r);
}
