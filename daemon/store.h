/*
 * store.h -- the case store.  Everything supportd knows lives here: cases,
 * their messages (raw bytes kept), events, the outbox, mailbox checkpoints
 * and quarantined mail.  SQLite in WAL mode with synchronous=FULL is the
 * embedded backend; nothing outside store.c sees SQL.
 */
#ifndef STORE_H
#define STORE_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "xmalloc.h"

struct store;

struct store_case {
	int64_t		 id;
	char		*ref;
	char		*status;
	char		*queue;
	char		*priority;
	char		*subject;
	char		*customer;
	char		*customer_name;
	char		*language;
	char		*assignee;	/* NULL if none */
	int64_t		 linked;	/* earlier case this one follows, or 0 */
	time_t		 created;
	time_t		 updated;
	struct strv	 tags;
};

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

struct store_out {
	int64_t		 id;
	int64_t		 case_id;
	char		*mail_from;
	struct strv	 rcpts;
	char		*raw;
	size_t		 rawlen;
	int		 attempts;
};

int	 store_open(const char *path, struct store **, char **cause);
void	 store_close(struct store *);
int	 store_schema_version(struct store *);

/* One write transaction: BEGIN IMMEDIATE ... COMMIT (or ROLLBACK). */
int	 store_begin(struct store *, char **cause);
int	 store_commit(struct store *, char **cause);
void	 store_rollback(struct store *);
/* A savepoint inside it, so one message's failure undoes only its part. */
int	 store_savepoint(struct store *);
int	 store_release(struct store *);
void	 store_rollback_to(struct store *);

/* Cases. */
int	 store_case_new(struct store *, const char *prefix,
	    const struct store_case *, int64_t *id, char **cause);
int	 store_case_get(struct store *, int64_t id, struct store_case *);
int	 store_case_by_ref(struct store *, const char *ref,
	    struct store_case *);
void	 store_case_clear(struct store_case *);
/* Set one of status, queue, priority, assignee; records an event. */
int	 store_case_set(struct store *, int64_t id, const char *field,
	    const char *value, const char *actor);
int	 store_case_tag(struct store *, int64_t id, const char *tag);
int	 store_case_touch(struct store *, int64_t id);
int	 store_contact_add(struct store *, int64_t id, const char *addr);
int	 store_contact_known(struct store *, int64_t id, const char *addr);

/* Messages. */
int	 store_msg_seen(struct store *, const char *dedup);
int	 store_msg_add(struct store *, const struct store_msg *, int64_t *id,
	    char **cause);
/* The case a Message-ID (ours or a customer's) belongs to, or 0. */
int64_t	 store_case_by_msgid(struct store *, const char *message_id);
int	 store_event(struct store *, int64_t case_id, const char *kind,
	    const char *actor, const char *detail);

/* Outbox. */
int	 store_out_add(struct store *, int64_t case_id, const char *message_id,
	    const char *mail_from, const struct strv *rcpts, const char *subject,
	    const char *raw, int automatic, int64_t *id, char **cause);
int	 store_autoreplies_since(struct store *, const char *rcpt, time_t);
/* Up to max rows due at now, oldest first. */
int	 store_out_due(struct store *, time_t now, size_t max,
	    struct store_out **, size_t *n);
void	 store_out_free(struct store_out *, size_t);
/*
 * Claim a row before sending it: 1 when it is ours, 0 when another sender
 * has it.  A claim older than STORE_CLAIM_TTL seconds is taken over.
 */
#define STORE_CLAIM_TTL	900
int	 store_out_claim(struct store *, int64_t id);
int	 store_out_sent(struct store *, int64_t id);
int	 store_out_retry(struct store *, int64_t id, time_t next,
	    const char *error);
int	 store_out_failed(struct store *, int64_t id, const char *error);
/* When the next queued row is due, or 0 if the outbox is empty. */
time_t	 store_out_next(struct store *);
int	 store_out_counts(struct store *, int *queued, int *sent, int *failed);

/* Quarantine: the raw bytes and why. */
int	 store_quarantine(struct store *, const char *mailbox, uint32_t uid,
	    const char *reason, const char *raw, size_t len, int64_t *id);

/* Was this message of that mailbox quarantined (and left in place)? */
int	 store_quarantined(struct store *, const char *mailbox, uint32_t uid);

/* Mailbox checkpoints. */
int	 store_checkpoint_get(struct store *, const char *mailbox,
	    uint32_t *uidvalidity, uint32_t *last_uid);
int	 store_checkpoint_set(struct store *, const char *mailbox,
	    uint32_t uidvalidity, uint32_t last_uid);

/* Reports for supportctl, built by SQLite's JSON functions. */
char	*store_cases_json(struct store *, const char *status,
	    const char *queue);
char	*store_case_json(struct store *, const char *ref);
char	*store_outbox_json(struct store *);
char	*store_quarantine_json(struct store *);

/* The same for people: aligned text, one line per row. */
char	*store_cases_text(struct store *, const char *status,
	    const char *queue);
char	*store_case_text(struct store *, const char *ref);
char	*store_outbox_text(struct store *);
char	*store_quarantine_text(struct store *);
/* The raw bytes of a quarantined mail, and its mailbox (may be NULL). */
int	 store_quarantine_raw(struct store *, int64_t id, char **raw,
	    size_t *len, char **mailbox);
int	 store_quarantine_delete(struct store *, int64_t id);
/* The case a stored message belongs to, by its dedup key; 0 if none. */
int64_t	 store_case_by_dedup(struct store *, const char *dedup);

/* Key/value settings the daemon keeps (secret, tokens). */
char	*store_kv_get(struct store *, const char *key);
int	 store_kv_set(struct store *, const char *key, const char *value);

#endif
