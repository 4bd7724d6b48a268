/*
 * store_backend.h -- what a store backend provides: a table of operations
 * behind store.h, as OpenSMTPD's queue backends do.  Only store.c and the
 * backends (store_sqlite.c, store_pg.c) include this; callers see store.h.
 * Each operation has the contract of the store_* function of its name.
 */
#ifndef STORE_BACKEND_H
#define STORE_BACKEND_H

#include "store.h"

/* One column of one row, as a backend dumps or loads it. */
struct store_value {
	const char	*p;		/* NULL for SQL NULL */
	size_t		 len;
};

/* A table of the desk and the columns both backends have. */
struct store_table {
	const char		*name;
	const char *const	*cols;
	int			 ncols;
	unsigned		 bytes;	/* bit i: column i holds raw bytes */
};

/*
 * "SELECT a, b FROM t", or "INSERT INTO t (a, b) VALUES (?, ?)" (numbered:
 * $1, $2), for copying a table; the caller frees it.
 */
char	*store_table_sql(const struct store_table *, int insert, int numbered);

/* Called with each dumped row; non-zero stops the dump with that value. */
typedef int (*store_row_fn)(void *, const struct store_value *);

struct store_ops {
	const char	*name;		/* "sqlite", "postgresql" */
	int	(*open)(const char *spec, struct store **, char **cause);
	void	(*close)(struct store *);
	int	(*schema_version)(struct store *);
	int	(*changes_fd)(struct store *);
	int	(*changes_drain)(struct store *);
	int	(*begin)(struct store *, char **cause);
	int	(*commit)(struct store *, char **cause);
	void	(*rollback)(struct store *);
	int	(*savepoint)(struct store *, char **cause);
	int	(*release)(struct store *, char **cause);
	void	(*rollback_to)(struct store *);
	int	(*case_new)(struct store *, const char *prefix,
	    const struct store_case *, int64_t *id, char **cause);
	int	(*case_get)(struct store *, int64_t id, struct store_case *,
	    char **cause);
	int	(*case_by_ref)(struct store *, const char *ref,
	    struct store_case *, char **cause);
	int	(*case_set)(struct store *, int64_t id, enum store_field,
	    const char *value, const char *actor, char **cause);
	int	(*case_tag)(struct store *, int64_t id, const char *tag,
	    char **cause);
	int	(*case_untag)(struct store *, int64_t id, const char *tag,
	    char **cause);
	int	(*case_touch)(struct store *, int64_t id, char **cause);
	int	(*case_link)(struct store *, int64_t a, int64_t b,
	    char **cause);
	int	(*case_merge)(struct store *, int64_t from, int64_t into,
	    char **cause);
	int	(*case_has_event)(struct store *, int64_t id, const char *kind,
	    char **cause);
	int	(*case_last_in)(struct store *, int64_t id, const char *kind,
	    char **message_id, char **cause);
	int	(*contact_add)(struct store *, int64_t id, const char *addr,
	    char **cause);
	int	(*contact_known)(struct store *, int64_t id, const char *addr,
	    char **cause);
	int	(*msg_seen)(struct store *, const char *dedup, int64_t *case_id,
	    char **cause);
	int	(*msg_add)(struct store *, const struct store_msg *,
	    int64_t *id, char **cause);
	int	(*case_by_msgid)(struct store *, const char *message_id,
	    int64_t *case_id, int *ours, char **cause);
	int	(*event)(struct store *, int64_t case_id, const char *kind,
	    const char *actor, const char *detail, char **cause);
	int	(*out_add)(struct store *, int64_t case_id,
	    const char *message_id, const char *mail_from,
	    const struct strv *rcpts, const char *subject, const char *raw,
	    size_t rawlen, const char *auto_key, int64_t *id, char **cause);
	int	(*autoreplies_since)(struct store *, const char *rcpt, time_t,
	    int *n, char **cause);
	int	(*autoreplies_domain_since)(struct store *, const char *domain,
	    time_t, int *n, char **cause);
	int	(*out_due)(struct store *, time_t now, size_t max,
	    struct store_out **, size_t *n, char **cause);
	int	(*out_list)(struct store *, struct store_out **, size_t *n,
	    char **cause);
	int	(*out_claim)(struct store *, int64_t id, char **cause);
	int	(*out_unclaim)(struct store *, int (*dead)(const char *),
	    int *n, char **cause);
	int	(*out_sent)(struct store *, int64_t id, char **cause);
	int	(*out_retry)(struct store *, int64_t id, time_t next,
	    const char *error, char **cause);
	int	(*out_failed)(struct store *, int64_t id, const char *error,
	    char **cause);
	int	(*out_next)(struct store *, time_t *next, char **cause);
	int	(*out_counts)(struct store *, int *queued, int *sent,
	    int *failed, char **cause);
	int	(*quarantine)(struct store *, const char *mailbox, uint32_t uid,
	    const char *reason, const char *raw, size_t len, int64_t *id,
	    char **cause);
	int	(*quarantined)(struct store *, const char *mailbox,
	    uint32_t uid, char **cause);
	int	(*quarantine_list)(struct store *,
	    struct store_quarantine_row **, size_t *n, char **cause);
	int	(*quarantine_raw)(struct store *, int64_t id, char **raw,
	    size_t *len, char **mailbox, char **cause);
	int	(*quarantine_delete)(struct store *, int64_t id, char **cause);
	int	(*checkpoint_get)(struct store *, const char *mailbox,
	    uint32_t *uidvalidity, uint32_t *last_uid, char **cause);
	int	(*checkpoint_set)(struct store *, const char *mailbox,
	    uint32_t uidvalidity, uint32_t last_uid, char **cause);
	int	(*cases_list)(struct store *, const char *status,
	    const char *queue, struct store_case **, size_t *n, char **cause);
	int	(*case_detail)(struct store *, const char *ref,
	    struct store_case_detail *, char **cause);
	int	(*timer_set)(struct store *, int64_t case_id, const char *kind,
	    time_t due, char **cause);
	int	(*timer_cancel)(struct store *, int64_t case_id,
	    const char *kind, int fired_too, char **cause);
	int	(*timers_due)(struct store *, time_t now, size_t max,
	    struct store_timer **, size_t *n, char **cause);
	int	(*timer_fired)(struct store *, int64_t id, char **cause);
	int	(*timer_next)(struct store *, time_t *next, char **cause);
	int	(*case_events)(struct store *, int64_t id,
	    struct store_event_row **, size_t *n, char **cause);
	int	(*mailbox_stat)(struct store *, const char *mailbox, int ok,
	    int processed, const char *error, char **cause);
	int	(*stats)(struct store *, time_t now, struct store_stats *,
	    char **cause);
	int	(*kv_get)(struct store *, const char *key, char **value,
	    char **cause);
	int	(*kv_set)(struct store *, const char *key, const char *value,
	    char **cause);
	int	(*report_cases)(struct store *, time_t from, time_t to,
	    struct store_report_row **, size_t *n, char **cause);
	int	(*mailbox_lease)(struct store *, const char *mailbox,
	    char **cause);
	/* Copying a desk (store_copy): every row of a table, any order. */
	int	(*dump)(struct store *, const struct store_table *,
	    store_row_fn, void *, char **cause);
	/* Inside a transaction: before the first row, one row, after. */
	int	(*load_begin)(struct store *, char **cause);
	int	(*load)(struct store *, const struct store_table *,
	    const struct store_value *, char **cause);
	int	(*load_end)(struct store *, char **cause);
};

/* Every backend's struct store begins with this. */
struct store {
	const struct store_ops	*ops;
};

extern const struct store_ops store_sqlite_ops;
extern const struct store_ops store_pg_ops;

#endif
