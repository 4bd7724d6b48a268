/*
 * store.h -- the case store.  Everything supportd knows lives here: cases,
 * their messages (raw bytes kept), events, the outbox, mailbox checkpoints
 * and quarantined mail.  Two backends sit behind it (store_backend.h):
 * SQLite in WAL mode with synchronous=FULL, the embedded default
 * (store_sqlite.c), and PostgreSQL for a desk that several daemons share
 * (store_pg.c).  Nothing outside those two files sees SQL.
 *
 * Every call that can fail says so: writers return 0 or -1 with *cause,
 * and the compiler refuses a caller that drops the result.  Look-ups
 * return 1 (found), 0 (not there) or -1 (the store failed), so a broken
 * store is never mistaken for "no such case".  The store returns rows;
 * how they are shown (text, JSON) is the caller's business.
 */
#ifndef STORE_H
#define STORE_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "case.h"
#include "xmalloc.h"

#define STORE_WUR	__attribute__((warn_unused_result))

struct store;

struct store_case {
	int64_t		 id;
	char		*ref;
	enum case_status status;
	char		*queue;
	enum case_priority priority;
	char		*subject;
	char		*customer;
	char		*customer_name;
	char		*language;
	char		*assignee;	/* NULL if none */
	int64_t		 linked;	/* earlier case this one follows, or 0 */
	char		*linked_ref;	/* its reference, or NULL */
	time_t		 created;
	time_t		 updated;
	struct strv	 tags;
	int		 nmessages;
};

/* One message to store on a case (or on none). */
struct store_msg {
	int64_t		 case_id;	/* 0: belongs to no case */
	const char	*direction;	/* "in" or "out" */
	const char	*kind;		/* customer, auto, bounce, ack, reply... */
	const char	*dedup;		/* unique key: "mid:<id>" or "sha:<hex>" */
	const char	*message_id;	/* NULL if the mail had none */
	const char	*mailbox;
	const char	*sender;
	const char	*subject;
	time_t		 date;
	const char	*language;
	const char	*body;
	const char	*attachments;	/* JSON array, or NULL */
	const char	*raw;
	size_t		 rawlen;
};

/* A stored message as a report shows it. */
struct store_msg_row {
	int64_t		 id;
	char		*direction;
	char		*kind;
	char		*message_id;
	char		*sender;
	char		*subject;
	time_t		 date;
	char		*language;
	char		*body;
	char		*attachments;	/* JSON array */
};

struct store_event_row {
	time_t		 at;
	char		*kind;
	char		*actor;
	char		*detail;
};

struct store_case_detail {
	struct store_case	 c;
	struct store_msg_row	*msgs;
	size_t			 nmsgs;
	struct store_event_row	*events;
	size_t			 nevents;
};

/* An outbox row: what the sender needs, and what a report shows. */
struct store_out {
	int64_t		 id;
	int64_t		 case_id;
	char		*case_ref;	/* NULL if none */
	char		*message_id;
	char		*mail_from;
	struct strv	 rcpts;
	char		*subject;
	char		*raw;		/* bytes, NUL-terminated for convenience */
	size_t		 rawlen;
	char		*status;	/* queued, sending, sent, failed */
	int		 attempts;
	char		*error;		/* last error, or NULL */
};

struct store_quarantine_row {
	int64_t		 id;
	char		*mailbox;
	uint32_t	 uid;
	char		*reason;
	size_t		 size;
	time_t		 created;
};

/* The case fields that change one at a time, each with its event. */
enum store_field { SF_STATUS, SF_QUEUE, SF_PRIORITY, SF_ASSIGNEE };

/*
 * spec is the config's `database`: "sqlite:PATH" or a bare path for
 * SQLite, "postgresql://..." or "postgres://..." for PostgreSQL (a libpq
 * connection string; the password comes from PGPASSFILE or ~/.pgpass).
 */
int	 store_open(const char *spec, struct store **, char **cause);
/* "sqlite" or "postgresql". */
const char *store_backend(struct store *);
void	 store_close(struct store *);
int	 store_schema_version(struct store *);

/*
 * A descriptor that becomes readable when another process may have
 * written to the store (supportctl queued mail, a case changed), so that
 * the daemon's sleep ends then rather than at its next interval; -1 where
 * the backend cannot tell.  store_changes_drain() reads what it has told
 * so far: 1 if a write was among it, 0 if not.
 */
int	 store_changes_fd(struct store *);
int	 store_changes_drain(struct store *);

/* One write transaction: BEGIN IMMEDIATE ... COMMIT (or ROLLBACK). */
int	 store_begin(struct store *, char **cause) STORE_WUR;
int	 store_commit(struct store *, char **cause) STORE_WUR;
void	 store_rollback(struct store *);
/* A savepoint inside it, so one message's failure undoes only its part. */
int	 store_savepoint(struct store *, char **cause) STORE_WUR;
int	 store_release(struct store *, char **cause) STORE_WUR;
void	 store_rollback_to(struct store *);

/* Cases. */
int	 store_case_new(struct store *, const char *prefix,
	    const struct store_case *, int64_t *id, char **cause) STORE_WUR;
int	 store_case_get(struct store *, int64_t id, struct store_case *,
	    char **cause) STORE_WUR;
int	 store_case_by_ref(struct store *, const char *ref,
	    struct store_case *, char **cause) STORE_WUR;
void	 store_case_clear(struct store_case *);
/* Set one field and record an event: 1 changed, 0 it had that value. */
int	 store_case_set(struct store *, int64_t id, enum store_field,
	    const char *value, const char *actor, char **cause) STORE_WUR;
int	 store_case_tag(struct store *, int64_t id, const char *tag,
	    char **cause) STORE_WUR;
int	 store_case_untag(struct store *, int64_t id, const char *tag,
	    char **cause) STORE_WUR;
int	 store_case_touch(struct store *, int64_t id, char **cause) STORE_WUR;
/* Two cases an agent linked, each listed on the other. */
int	 store_case_link(struct store *, int64_t a, int64_t b,
	    char **cause) STORE_WUR;
/*
 * Case from joins case into: its messages and contacts move over, and it
 * is closed with a link to into.
 */
int	 store_case_merge(struct store *, int64_t from, int64_t into,
	    char **cause) STORE_WUR;
/* Has the case an event of that kind (1), or not (0)? */
int	 store_case_has_event(struct store *, int64_t id, const char *kind,
	    char **cause) STORE_WUR;
/* The Message-ID of the newest incoming message of that kind on a case. */
int	 store_case_last_in(struct store *, int64_t id, const char *kind,
	    char **message_id, char **cause) STORE_WUR;
int	 store_contact_add(struct store *, int64_t id, const char *addr,
	    char **cause) STORE_WUR;
int	 store_contact_known(struct store *, int64_t id, const char *addr,
	    char **cause) STORE_WUR;

/* Messages. */
/* 1 when a message with this dedup key is stored (*case_id: its case). */
int	 store_msg_seen(struct store *, const char *dedup, int64_t *case_id,
	    char **cause) STORE_WUR;
int	 store_msg_add(struct store *, const struct store_msg *, int64_t *id,
	    char **cause) STORE_WUR;
/*
 * The case a Message-ID belongs to; *ours tells whether we minted it (a
 * mail we sent) or a customer's client did.
 */
int	 store_case_by_msgid(struct store *, const char *message_id,
	    int64_t *case_id, int *ours, char **cause) STORE_WUR;
int	 store_event(struct store *, int64_t case_id, const char *kind,
	    const char *actor, const char *detail, char **cause) STORE_WUR;

/* Outbox. */
/*
 * auto_key: for an automatic answer, the recipient as its hourly limit
 * counts it (reply_addr_key); NULL for any other mail.
 */
int	 store_out_add(struct store *, int64_t case_id, const char *message_id,
	    const char *mail_from, const struct strv *rcpts, const char *subject,
	    const char *raw, size_t rawlen, const char *auto_key, int64_t *id,
	    char **cause) STORE_WUR;
/* Automatic answers to an auto_key since a time, into *n. */
int	 store_autoreplies_since(struct store *, const char *rcpt, time_t,
	    int *n, char **cause) STORE_WUR;
/* Automatic answers to any auto_key of a domain (lower case) since then. */
int	 store_autoreplies_domain_since(struct store *, const char *domain,
	    time_t, int *n, char **cause) STORE_WUR;
/* Up to max rows due at now, oldest first. */
int	 store_out_due(struct store *, time_t now, size_t max,
	    struct store_out **, size_t *n, char **cause) STORE_WUR;
/* Every row, for a report. */
int	 store_out_list(struct store *, struct store_out **, size_t *n,
	    char **cause) STORE_WUR;
void	 store_out_free(struct store_out *, size_t);
/*
 * Claim a row before sending it: 1 when it is ours, 0 when another sender
 * has it.  A claim older than STORE_CLAIM_TTL seconds is taken over.
 */
#define STORE_CLAIM_TTL	900
int	 store_out_claim(struct store *, int64_t id, char **cause) STORE_WUR;
/* This process as the owner of the claims it makes: "host:pid". */
#define STORE_CLAIMER_LEN	300
void	 store_claimer(char *buf, size_t len);
/*
 * Queue again, due at once, the rows claimed by owners that dead() says
 * are gone (a sender killed between claim and sent); *n: how many.
 */
int	 store_out_unclaim(struct store *, int (*dead)(const char *owner),
	    int *n, char **cause) STORE_WUR;
int	 store_out_sent(struct store *, int64_t id, char **cause) STORE_WUR;
int	 store_out_retry(struct store *, int64_t id, time_t next,
	    const char *error, char **cause) STORE_WUR;
int	 store_out_failed(struct store *, int64_t id, const char *error,
	    char **cause) STORE_WUR;
/* When the next queued row is due (*next), or 0 if the outbox is empty. */
int	 store_out_next(struct store *, time_t *next, char **cause) STORE_WUR;
int	 store_out_counts(struct store *, int *queued, int *sent, int *failed,
	    char **cause) STORE_WUR;

/* Quarantine: the raw bytes and why. */
int	 store_quarantine(struct store *, const char *mailbox, uint32_t uid,
	    const char *reason, const char *raw, size_t len, int64_t *id,
	    char **cause) STORE_WUR;
/* Was this message of that mailbox quarantined (and left in place)? */
int	 store_quarantined(struct store *, const char *mailbox, uint32_t uid,
	    char **cause) STORE_WUR;
int	 store_quarantine_list(struct store *, struct store_quarantine_row **,
	    size_t *n, char **cause) STORE_WUR;
void	 store_quarantine_list_free(struct store_quarantine_row *, size_t);
/* The raw bytes of a quarantined mail, and its mailbox (may be NULL). */
int	 store_quarantine_raw(struct store *, int64_t id, char **raw,
	    size_t *len, char **mailbox, char **cause) STORE_WUR;
int	 store_quarantine_delete(struct store *, int64_t id,
	    char **cause) STORE_WUR;

/* Mailbox checkpoints: 1 and the values when the mailbox has one. */
int	 store_checkpoint_get(struct store *, const char *mailbox,
	    uint32_t *uidvalidity, uint32_t *last_uid, char **cause) STORE_WUR;
int	 store_checkpoint_set(struct store *, const char *mailbox,
	    uint32_t uidvalidity, uint32_t last_uid, char **cause) STORE_WUR;

/* Reports: rows for supportctl to show. */
int	 store_cases_list(struct store *, const char *status,
	    const char *queue, struct store_case **, size_t *n,
	    char **cause) STORE_WUR;
void	 store_cases_free(struct store_case *, size_t);
int	 store_case_detail(struct store *, const char *ref,
	    struct store_case_detail *, char **cause) STORE_WUR;
void	 store_case_detail_free(struct store_case_detail *);

/* Timers: what happens to a case because time passed (timers.c). */
struct store_timer {
	int64_t		 id;
	int64_t		 case_id;
	char		*kind;
	time_t		 due;
};
/* Set a case's timer of that kind; one that fired is left as it is. */
int	 store_timer_set(struct store *, int64_t case_id, const char *kind,
	    time_t due, char **cause) STORE_WUR;
/* Drop a timer that has not fired (fired_too: or one that has). */
int	 store_timer_cancel(struct store *, int64_t case_id, const char *kind,
	    int fired_too, char **cause) STORE_WUR;
int	 store_timers_due(struct store *, time_t now, size_t max,
	    struct store_timer **, size_t *n, char **cause) STORE_WUR;
void	 store_timers_free(struct store_timer *, size_t);
/* Mark a timer fired: 1, or 0 when it had already fired. */
int	 store_timer_fired(struct store *, int64_t id, char **cause) STORE_WUR;
/* When the next timer is due (*next), 0 if none. */
int	 store_timer_next(struct store *, time_t *next, char **cause) STORE_WUR;
/* A case's events, oldest first. */
int	 store_case_events(struct store *, int64_t id,
	    struct store_event_row **, size_t *n, char **cause) STORE_WUR;
void	 store_events_free(struct store_event_row *, size_t);

/* How the desk is doing: what an admin checks first. */
struct store_mailbox_stat {
	char		*mailbox;
	time_t		 last_poll;
	time_t		 last_ok;	/* 0: never */
	int		 processed;
	int		 errors;
	char		*last_error;
};
struct store_stats {
	int		 outbox_queued;
	int		 outbox_failed;
	time_t		 oldest_queued;	/* 0: none waiting */
	char		*oldest_to;
	char		*oldest_error;
	int		 oldest_attempts;
	int		 quarantined;
	int		 timers_due;
	int		 timers_set;
	int		 breaching;	/* open cases past an SLA target */
	int		 open_cases;
	struct store_mailbox_stat *mailboxes;
	size_t		 nmailboxes;
};
/* A mailbox was polled: ok or not, messages taken in, the error. */
int	 store_mailbox_stat(struct store *, const char *mailbox, int ok,
	    int processed, const char *error, char **cause) STORE_WUR;
int	 store_stats(struct store *, time_t now, struct store_stats *,
	    char **cause) STORE_WUR;
void	 store_stats_free(struct store_stats *);

/* Key/value settings the daemon keeps (secret, first UIDs). */
int	 store_kv_get(struct store *, const char *key, char **value,
	    char **cause) STORE_WUR;
int	 store_kv_set(struct store *, const char *key, const char *value,
	    char **cause) STORE_WUR;

/*
 * Hold the lease on a mailbox, so that one daemon of several reads it:
 * 1 held (kept until the store closes or its connection drops), 0 another
 * daemon holds it, -1 the store failed.  Always 1 on SQLite.
 */
int	 store_mailbox_lease(struct store *, const char *mailbox,
	    char **cause) STORE_WUR;

/*
 * Copy a whole desk (cases, tags, contacts, links, messages with their
 * raw bytes, events, outbox, checkpoints, quarantine, settings) into an
 * empty store of the other backend, in one transaction, then read both
 * back and compare.  *report gets one line per table: "NAME ROWS DIGEST".
 * 0 when every table has the same rows on both sides; -1 with *cause.
 */
int	 store_copy(struct store *from, struct store *to, struct strv *report,
	    char **cause) STORE_WUR;

/* The manager's report: a case as it stood at the end of a period. */
struct store_report_row {
	int64_t		 id;
	char		*ref;
	char		*queue;
	char		*assignee;	/* NULL if none */
	char		*subject;
	enum case_status status;	/* at the period's end */
	time_t		 created;
	time_t		 first_response_at;	/* 0: none before the end */
	char		*first_response_by;	/* the agent, or NULL */
	time_t		 resolved_at;	/* the last time it was resolved */
	time_t		 closed_at;	/* ... closed; 0: never */
	int		 breaches;	/* SLA breaches during the period */
	int		 rating;	/* last satisfaction answer in it, 1-5;
					   0: none */
	time_t		 rated_at;
};
#define STORE_REPORT_MAX	1000000
/*
 * The cases opened in [from, to), open at to, or touched during it;
 * oldest first.
 */
int	 store_report_cases(struct store *, time_t from, time_t to,
	    struct store_report_row **, size_t *n, char **cause) STORE_WUR;
void	 store_report_free(struct store_report_row *, size_t);

#endif
