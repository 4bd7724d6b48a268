/*
 * store_sqlite.c -- the case store on SQLite, the embedded default: the
 * only file that includes sqlite3.h (store_pg.c is its PostgreSQL twin).
 *
 * Durability first: WAL with synchronous=FULL, and every write goes through
 * BEGIN IMMEDIATE so that a writer never deadlocks on a lock upgrade.  The
 * IMAP side moves a message only after the transaction holding it commits,
 * so a crash between the two replays the message, and the dedup key makes
 * the replay a no-op.  Throughput comes from batching messages per
 * transaction, never from weaker syncing.  Prepared statements only; the
 * schema grows by numbered migrations, each in its own transaction.
 */
#include <sys/inotify.h>

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "clock.h"
#include "log.h"
#include "rawmsg.h"
#include "store_backend.h"
#include "xmalloc.h"

/*
 * Migrations, in order: migration i brings the schema to version i + 1.
 * Never edit one that has shipped; append a new one.
 */
static const char *const migrations[] = {
	/* 1: cases, messages, events, outbox, checkpoints, quarantine. */
	"CREATE TABLE cases ("
	"  id INTEGER PRIMARY KEY AUTOINCREMENT,"
	"  ref TEXT NOT NULL UNIQUE,"
	"  status TEXT NOT NULL DEFAULT 'new',"
	"  queue TEXT NOT NULL,"
	"  priority TEXT NOT NULL DEFAULT 'normal',"
	"  subject TEXT NOT NULL DEFAULT '',"
	"  customer TEXT NOT NULL,"
	"  customer_name TEXT NOT NULL DEFAULT '',"
	"  language TEXT NOT NULL DEFAULT '',"
	"  assignee TEXT,"
	"  linked INTEGER REFERENCES cases(id),"
	"  created INTEGER NOT NULL,"
	"  updated INTEGER NOT NULL);"
	"CREATE INDEX cases_status ON cases(status, queue);"
	"CREATE TABLE case_tags ("
	"  case_id INTEGER NOT NULL REFERENCES cases(id),"
	"  tag TEXT NOT NULL,"
	"  PRIMARY KEY (case_id, tag)) WITHOUT ROWID;"
	"CREATE TABLE case_contacts ("
	"  case_id INTEGER NOT NULL REFERENCES cases(id),"
	"  address TEXT NOT NULL COLLATE NOCASE,"
	"  PRIMARY KEY (case_id, address)) WITHOUT ROWID;"
	"CREATE TABLE messages ("
	"  id INTEGER PRIMARY KEY,"
	"  case_id INTEGER REFERENCES cases(id),"
	"  direction TEXT NOT NULL,"
	"  kind TEXT NOT NULL,"
	"  dedup TEXT NOT NULL UNIQUE,"
	"  message_id TEXT,"
	"  mailbox TEXT NOT NULL DEFAULT '',"
	"  sender TEXT NOT NULL DEFAULT '',"
	"  subject TEXT NOT NULL DEFAULT '',"
	"  date INTEGER,"
	"  language TEXT NOT NULL DEFAULT '',"
	"  body TEXT NOT NULL DEFAULT '',"
	"  attachments TEXT NOT NULL DEFAULT '[]',"
	"  raw BLOB NOT NULL,"
	"  created INTEGER NOT NULL);"
	"CREATE INDEX messages_case ON messages(case_id);"
	"CREATE INDEX messages_msgid ON messages(message_id);"
	"CREATE TABLE events ("
	"  id INTEGER PRIMARY KEY,"
	"  case_id INTEGER NOT NULL REFERENCES cases(id),"
	"  at INTEGER NOT NULL,"
	"  kind TEXT NOT NULL,"
	"  actor TEXT NOT NULL DEFAULT '',"
	"  detail TEXT NOT NULL DEFAULT '');"
	"CREATE INDEX events_case ON events(case_id);"
	"CREATE TABLE outbox ("
	"  id INTEGER PRIMARY KEY,"
	"  case_id INTEGER REFERENCES cases(id),"
	"  message_id TEXT NOT NULL UNIQUE,"
	"  mail_from TEXT NOT NULL,"
	"  rcpts TEXT NOT NULL,"
	"  subject TEXT NOT NULL DEFAULT '',"
	"  raw TEXT NOT NULL,"
	"  automatic INTEGER NOT NULL DEFAULT 0,"
	"  status TEXT NOT NULL DEFAULT 'queued',"
	"  attempts INTEGER NOT NULL DEFAULT 0,"
	"  next_attempt INTEGER NOT NULL,"
	"  last_error TEXT,"
	"  created INTEGER NOT NULL,"
	"  sent INTEGER);"
	"CREATE INDEX outbox_due ON outbox(status, next_attempt);"
	"CREATE INDEX outbox_rcpt ON outbox(rcpts, created);"
	"CREATE TABLE checkpoints ("
	"  mailbox TEXT PRIMARY KEY,"
	"  uidvalidity INTEGER NOT NULL,"
	"  last_uid INTEGER NOT NULL,"
	"  updated INTEGER NOT NULL);"
	"CREATE TABLE quarantine ("
	"  id INTEGER PRIMARY KEY,"
	"  mailbox TEXT NOT NULL DEFAULT '',"
	"  uid INTEGER,"
	"  reason TEXT NOT NULL,"
	"  raw BLOB NOT NULL,"
	"  created INTEGER NOT NULL);"
	"CREATE TABLE kv ("
	"  key TEXT PRIMARY KEY,"
	"  value TEXT NOT NULL);"
	/* Case numbers start at 1001: CS-1001 reads better than CS-1. */
	"INSERT INTO sqlite_sequence(name, seq) VALUES ('cases', 1000);",

	/*
	 * 2: an outbox row is claimed before it goes out, so that two
	 * senders (the daemon, supportctl send) never send it both; the
	 * per-sender count of automatic answers gets an index it can use.
	 */
	"ALTER TABLE outbox ADD COLUMN claimed INTEGER;"
	"CREATE INDEX outbox_auto ON outbox(rcpts COLLATE NOCASE, created) "
	"  WHERE automatic = 1;",

	/*
	 * 3: automatic answers are limited per address as the limit sees
	 * it (lower case, no +tag), so that one mailbox fed under many
	 * spellings still counts once.
	 */
	"ALTER TABLE outbox ADD COLUMN rcpt_key TEXT;"
	"UPDATE outbox SET rcpt_key = lower(rcpts) WHERE automatic = 1;"
	"DROP INDEX outbox_auto;"
	"CREATE INDEX outbox_auto ON outbox(rcpt_key, created) "
	"  WHERE automatic = 1;",

	/* 4: cases an agent linked (#link), both ways. */
	"CREATE TABLE case_links ("
	"  case_id INTEGER NOT NULL REFERENCES cases(id),"
	"  other_id INTEGER NOT NULL REFERENCES cases(id),"
	"  PRIMARY KEY (case_id, other_id)) WITHOUT ROWID;",

	/*
	 * 5: things that happen because time passed (SLA warnings and
	 * breaches, auto-close, follow-up): one row per case and kind, fired
	 * once, in the same transaction as what firing does.
	 */
	"CREATE TABLE timers ("
	"  id INTEGER PRIMARY KEY,"
	"  case_id INTEGER NOT NULL REFERENCES cases(id),"
	"  kind TEXT NOT NULL,"
	"  due INTEGER NOT NULL,"
	"  fired INTEGER,"
	"  UNIQUE (case_id, kind));"
	"CREATE INDEX timers_due ON timers(due) WHERE fired IS NULL;",

	/* 6: how each mailbox is doing, for "supportctl stats". */
	"CREATE TABLE mailbox_stats ("
	"  mailbox TEXT PRIMARY KEY,"
	"  last_poll INTEGER,"
	"  last_ok INTEGER,"
	"  processed INTEGER NOT NULL DEFAULT 0,"
	"  errors INTEGER NOT NULL DEFAULT 0,"
	"  last_error TEXT);",

	/*
	 * 7: automatic answers are also limited per recipient domain, so
	 * that many addresses of one domain cannot turn the desk into a
	 * mail cannon aimed at it.
	 */
	"ALTER TABLE outbox ADD COLUMN rcpt_domain TEXT;"
	"UPDATE outbox SET rcpt_domain = substr(rcpt_key, "
	"  instr(rcpt_key, '@') + 1) WHERE automatic = 1;"
	"CREATE INDEX outbox_auto_domain ON outbox(rcpt_domain, created) "
	"  WHERE automatic = 1;",

	/*
	 * 8: who holds a claim ("host:pid"), so that the claim of a sender
	 * that died (SIGKILL, a crash) is taken back at once instead of
	 * after STORE_CLAIM_TTL.
	 */
	"ALTER TABLE outbox ADD COLUMN claimed_by TEXT;",

	/*
	 * 9: the raw bytes last in their rows.  A large message is written
	 * as a zeroblob and then in windows (sqlite3_blob_write); SQLite
	 * leaves a zeroblob unexpanded only as a record's last column, so
	 * before this each 25 MiB message was built twice in memory.
	 */
	"CREATE TABLE messages_new ("
	"  id INTEGER PRIMARY KEY,"
	"  case_id INTEGER REFERENCES cases(id),"
	"  direction TEXT NOT NULL,"
	"  kind TEXT NOT NULL,"
	"  dedup TEXT NOT NULL UNIQUE,"
	"  message_id TEXT,"
	"  mailbox TEXT NOT NULL DEFAULT '',"
	"  sender TEXT NOT NULL DEFAULT '',"
	"  subject TEXT NOT NULL DEFAULT '',"
	"  date INTEGER,"
	"  language TEXT NOT NULL DEFAULT '',"
	"  body TEXT NOT NULL DEFAULT '',"
	"  attachments TEXT NOT NULL DEFAULT '[]',"
	"  created INTEGER NOT NULL,"
	"  raw BLOB NOT NULL);"
	"INSERT INTO messages_new (id, case_id, direction, kind, dedup, "
	"  message_id, mailbox, sender, subject, date, language, body, "
	"  attachments, created, raw) "
	"  SELECT id, case_id, direction, kind, dedup, message_id, mailbox, "
	"  sender, subject, date, language, body, attachments, created, raw "
	"  FROM messages;"
	"DROP TABLE messages;"
	"ALTER TABLE messages_new RENAME TO messages;"
	"CREATE INDEX messages_case ON messages(case_id);"
	"CREATE INDEX messages_msgid ON messages(message_id);"
	"CREATE TABLE quarantine_new ("
	"  id INTEGER PRIMARY KEY,"
	"  mailbox TEXT NOT NULL DEFAULT '',"
	"  uid INTEGER,"
	"  reason TEXT NOT NULL,"
	"  created INTEGER NOT NULL,"
	"  raw BLOB NOT NULL);"
	"INSERT INTO quarantine_new (id, mailbox, uid, reason, created, raw) "
	"  SELECT id, mailbox, uid, reason, created, raw FROM quarantine;"
	"DROP TABLE quarantine;"
	"ALTER TABLE quarantine_new RENAME TO quarantine;",
};
#define NMIGRATIONS	(sizeof migrations / sizeof migrations[0])

static void	 sq_close(struct store *);
static int	 sq_schema_version(struct store *);
static int	 sq_case_tag(struct store *, int64_t id, const char *tag,
		    char **cause);
static int	 sq_event(struct store *, int64_t case_id, const char *kind,
		    const char *actor, const char *detail, char **cause);

/* Statements are prepared once per connection, found by their SQL text. */
struct cached {
	const char	*sql;		/* the literal at the call site */
	sqlite3_stmt	*s;
};

struct sqlite_store {
	struct store	 base;	/* first: a struct sqlite_store * is one of these */
	sqlite3		*db;
	char		*path;
	struct cached	*cache;
	size_t		 ncache;
	char		*dir;	/* the database's directory */
	int		 watch;	/* inotify on dir, or -1 */
	char		*wal;	/* the name of its write-ahead log there */
};

/* Fill *cause with what failed and SQLite's word for it; returns -1. */
static int
fail(struct sqlite_store *st, char **cause, const char *what)
{
	if (cause != NULL && *cause == NULL)
		xasprintf(cause, "%s: %s: %s", st->path, what,
		    sqlite3_errmsg(st->db));
	else
		log_debug("store: %s: %s", what, sqlite3_errmsg(st->db));
	return -1;
}

static int
sq_exec(struct sqlite_store *st, const char *sql, char **cause)
{
	char	*err = NULL;

	if (sqlite3_exec(st->db, sql, NULL, NULL, &err) != SQLITE_OK) {
		if (cause != NULL && *cause == NULL)
			xasprintf(cause, "%s: %s", st->path,
			    err ? err : sqlite3_errmsg(st->db));
		sqlite3_free(err);
		return -1;
	}
	return 0;
}

/*
 * The prepared statement for sql, reset and ready to bind.  sql must be a
 * string literal: its address is the cache key.  NULL with *cause when
 * SQLite refuses it (a full disk, a damaged file), never an exit.
 */
static sqlite3_stmt *
stmt(struct sqlite_store *st, const char *sql, char **cause)
{
	sqlite3_stmt	*s;
	size_t		 i;

	for (i = 0; i < st->ncache; i++)
		if (st->cache[i].sql == sql) {
			sqlite3_reset(st->cache[i].s);
			return st->cache[i].s;
		}
	if (sqlite3_prepare_v3(st->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &s,
	    NULL) != SQLITE_OK) {
		fail(st, cause, "prepare");
		sqlite3_finalize(s);
		return NULL;
	}
	st->cache = xreallocarray(st->cache, st->ncache + 1,
	    sizeof *st->cache);
	st->cache[st->ncache].sql = sql;
	st->cache[st->ncache].s = s;
	st->ncache++;
	return s;
}

static void
bind_text(sqlite3_stmt *s, int i, const char *v)
{
	if (v == NULL)
		sqlite3_bind_null(s, i);
	else
		sqlite3_bind_text(s, i, v, -1, SQLITE_TRANSIENT);
}

static void
bind_id(sqlite3_stmt *s, int i, int64_t id)
{
	if (id == 0)
		sqlite3_bind_null(s, i);
	else
		sqlite3_bind_int64(s, i, id);
}

static char *
col_text(sqlite3_stmt *s, int i)
{
	const unsigned char *p = sqlite3_column_text(s, i);

	return p ? xstrdup((const char *)p) : NULL;
}

/* A column as bytes (a NUL inside is kept), NUL-terminated. */
static char *
col_bytes(sqlite3_stmt *s, int i, size_t *len)
{
	const void	*p = sqlite3_column_blob(s, i);
	size_t		 n = (size_t)sqlite3_column_bytes(s, i);
	char		*out = xmalloc(n + 1);

	if (n > 0)
		memcpy(out, p, n);
	out[n] = '\0';
	*len = n;
	return out;
}

/* Run a statement that returns no row we need; 0, or -1 with *cause. */
static int
run(struct sqlite_store *st, sqlite3_stmt *s, const char *what, char **cause)
{
	int	 rc = sqlite3_step(s);

	if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
		fail(st, cause, what);
		sqlite3_reset(s);
		return -1;
	}
	sqlite3_reset(s);
	return 0;
}

/* Step once: 1 a row, 0 done, -1 an error (the statement is then reset). */
static int
row(struct sqlite_store *st, sqlite3_stmt *s, const char *what, char **cause)
{
	int	 rc = sqlite3_step(s);

	if (rc == SQLITE_ROW)
		return 1;
	if (rc == SQLITE_DONE)
		return 0;
	fail(st, cause, what);
	sqlite3_reset(s);
	return -1;
}

static int
migrate(struct sqlite_store *st, char **cause)
{
	int		 version;
	size_t		 i;
	char		 sql[64];

	if ((version = sq_schema_version(&st->base)) == -1)
		return fail(st, cause, "schema version");
	if (version > (int)NMIGRATIONS) {
		xasprintf(cause, "%s: schema version %d is newer than this "
		    "supportd knows (%zu)", st->path, version, NMIGRATIONS);
		return -1;
	}
	for (i = (size_t)version; i < NMIGRATIONS; i++) {
		if (sq_exec(st, "BEGIN IMMEDIATE", cause) == -1)
			return -1;
		snprintf(sql, sizeof sql, "PRAGMA user_version = %zu", i + 1);
		if (sq_exec(st, migrations[i], cause) == -1 ||
		    sq_exec(st, sql, cause) == -1 ||
		    sq_exec(st, "COMMIT", cause) == -1) {
			sq_exec(st, "ROLLBACK", NULL);
			return -1;
		}
		log_debug("store: migrated %s to schema %zu", st->path, i + 1);
	}
	return 0;
}

static int
sq_open(const char *path, struct store **out, char **cause)
{
	struct sqlite_store	*st;
	const char		*slash;

	st = xcalloc(1, sizeof *st);
	st->base.ops = &store_sqlite_ops;
	st->watch = -1;
	st->path = xstrdup(path);
	if ((slash = strrchr(path, '/')) == NULL) {
		st->dir = xstrdup(".");
		xasprintf(&st->wal, "%s-wal", path);
	} else {
		st->dir = xstrndup(path, slash == path ? 1 :
		    (size_t)(slash - path));
		xasprintf(&st->wal, "%s-wal", slash + 1);
	}
	/*
	 * Large messages wait beside the database (its disk, its owner,
	 * writable after privileges are dropped), not in a /tmp that may be
	 * memory.
	 */
	rawmsg_tmpdir(st->dir);
	if (sqlite3_open_v2(path, &st->db, SQLITE_OPEN_READWRITE |
	    SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
		xasprintf(cause, "%s: %s", path, st->db ?
		    sqlite3_errmsg(st->db) : "cannot open");
		sq_close(&st->base);
		return -1;
	}
	/* Another process (supportctl beside supportd) waits, not fails. */
	sqlite3_busy_timeout(st->db, 30000);
	/*
	 * temp_store=MEMORY: a savepoint per message would otherwise create
	 * and unlink a temporary file for its statement journal.
	 */
	if (sq_exec(st, "PRAGMA journal_mode=WAL", cause) == -1 ||
	    sq_exec(st, "PRAGMA synchronous=FULL", cause) == -1 ||
	    sq_exec(st, "PRAGMA foreign_keys=ON", cause) == -1 ||
	    sq_exec(st, "PRAGMA temp_store=MEMORY", cause) == -1 ||
	    migrate(st, cause) == -1) {
		sq_close(&st->base);
		return -1;
	}
	*out = &st->base;
	return 0;
}

static void
sq_close(struct store *base)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	size_t	 i;

	if (st == NULL)
		return;
	for (i = 0; i < st->ncache; i++)
		sqlite3_finalize(st->cache[i].s);
	free(st->cache);
	sqlite3_close(st->db);
	if (st->watch != -1)
		close(st->watch);
	free(st->wal);
	free(st->dir);
	free(st->path);
	free(st);
}

static int
sq_schema_version(struct store *base)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	sqlite3_stmt	*s;
	int		 v = -1;

	if ((s = stmt(st, "PRAGMA user_version", NULL)) == NULL)
		return -1;
	if (row(st, s, "schema version", NULL) == 1)
		v = sqlite3_column_int(s, 0);
	sqlite3_reset(s);
	return v;
}

static int
sq_begin(struct store *base, char **cause)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	return sq_exec(st, "BEGIN IMMEDIATE", cause);
}

static int
sq_commit(struct store *base, char **cause)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	return sq_exec(st, "COMMIT", cause);
}

static void
sq_rollback(struct store *base)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	if (!sqlite3_get_autocommit(st->db))
		sq_exec(st, "ROLLBACK", NULL);
}

static int
sq_savepoint(struct store *base, char **cause)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	return sq_exec(st, "SAVEPOINT message", cause);
}

static int
sq_release(struct store *base, char **cause)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	return sq_exec(st, "RELEASE message", cause);
}

static void
sq_rollback_to(struct store *base)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	if (sq_exec(st, "ROLLBACK TO message", NULL) == -1 ||
	    sq_exec(st, "RELEASE message", NULL) == -1)
		log_warnx("store: %s: cannot roll back a message: %s",
		    st->path, sqlite3_errmsg(st->db));
}

static int
sq_case_new(struct store *base, const char *prefix,
    const struct store_case *c, int64_t *id, char **cause)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	sqlite3_stmt	*s;
	time_t		 now = clock_now();
	char		 ref[64];
	size_t		 i;

	/* The ref is derived from the id; insert, then name it. */
	if ((s = stmt(st, "INSERT INTO cases (ref, status, queue, priority, "
	    "subject, customer, customer_name, language, assignee, linked, "
	    "created, updated) VALUES ('', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
	    cause)) == NULL)
		return -1;
	bind_text(s, 1, case_status_name(c->status));
	bind_text(s, 2, c->queue ? c->queue : "general");
	bind_text(s, 3, case_priority_name(c->priority));
	bind_text(s, 4, c->subject ? c->subject : "");
	bind_text(s, 5, c->customer ? c->customer : "");
	bind_text(s, 6, c->customer_name ? c->customer_name : "");
	bind_text(s, 7, c->language ? c->language : "");
	bind_text(s, 8, c->assignee);
	bind_id(s, 9, c->linked);
	sqlite3_bind_int64(s, 10, now);
	sqlite3_bind_int64(s, 11, now);
	if (run(st, s, "new case", cause) == -1)
		return -1;
	*id = sqlite3_last_insert_rowid(st->db);

	snprintf(ref, sizeof ref, "%s-%lld", prefix, (long long)*id);
	if ((s = stmt(st, "UPDATE cases SET ref = ? WHERE id = ?",
	    cause)) == NULL)
		return -1;
	bind_text(s, 1, ref);
	sqlite3_bind_int64(s, 2, *id);
	if (run(st, s, "new case reference", cause) == -1)
		return -1;
	for (i = 0; i < c->tags.n; i++)
		if (sq_case_tag(&st->base, *id, c->tags.v[i], cause) == -1)
			return -1;
	return 0;
}

#define CASE_COLUMNS "c.id, c.ref, c.status, c.queue, c.priority, " \
	"c.subject, c.customer, c.customer_name, c.language, c.assignee, " \
	"c.linked, c.created, c.updated, (SELECT ref FROM cases l WHERE " \
	"l.id = c.linked), (SELECT count(*) FROM messages m WHERE " \
	"m.case_id = c.id)"

/* The current row of a CASE_COLUMNS query into c; -1 on a bad row. */
static int
case_row(struct sqlite_store *st, sqlite3_stmt *s, struct store_case *c,
    char **cause)
{
	sqlite3_stmt	*t;
	const char	*status, *prio;
	int		 r;

	memset(c, 0, sizeof *c);
	c->id = sqlite3_column_int64(s, 0);
	c->ref = col_text(s, 1);
	status = (const char *)sqlite3_column_text(s, 2);
	c->queue = col_text(s, 3);
	prio = (const char *)sqlite3_column_text(s, 4);
	c->subject = col_text(s, 5);
	c->customer = col_text(s, 6);
	c->customer_name = col_text(s, 7);
	c->language = col_text(s, 8);
	c->assignee = col_text(s, 9);
	c->linked = sqlite3_column_int64(s, 10);
	c->created = (time_t)sqlite3_column_int64(s, 11);
	c->updated = (time_t)sqlite3_column_int64(s, 12);
	c->linked_ref = col_text(s, 13);
	c->nmessages = sqlite3_column_int(s, 14);
	if (case_status_parse(status, &c->status) == -1 ||
	    case_priority_parse(prio, &c->priority) == -1) {
		xasprintf(cause, "%s: case %s: unknown status or priority",
		    st->path, c->ref);
		store_case_clear(c);
		return -1;
	}

	if ((t = stmt(st, "SELECT tag FROM case_tags WHERE case_id = ? "
	    "ORDER BY tag", cause)) == NULL) {
		store_case_clear(c);
		return -1;
	}
	sqlite3_bind_int64(t, 1, c->id);
	while ((r = row(st, t, "case tags", cause)) == 1)
		strv_add(&c->tags, (const char *)sqlite3_column_text(t, 0));
	sqlite3_reset(t);
	if (r == -1) {
		store_case_clear(c);
		return -1;
	}
	return 0;
}

/* Run a one-case query: 1 and *c, 0 none, -1 failed. */
static int
case_one(struct sqlite_store *st, sqlite3_stmt *s, struct store_case *c,
    char **cause)
{
	int	 r;

	memset(c, 0, sizeof *c);
	if ((r = row(st, s, "case", cause)) != 1)
		return r;
	r = case_row(st, s, c, cause) == -1 ? -1 : 1;
	sqlite3_reset(s);
	return r;
}

static int
sq_case_get(struct store *base, int64_t id, struct store_case *c,
    char **cause)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	sqlite3_stmt	*s;

	if ((s = stmt(st, "SELECT " CASE_COLUMNS " FROM cases c WHERE "
	    "c.id = ?", cause)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	return case_one(st, s, c, cause);
}

static int
sq_case_by_ref(struct store *base, const char *ref, struct store_case *c,
    char **cause)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	sqlite3_stmt	*s;

	if ((s = stmt(st, "SELECT " CASE_COLUMNS " FROM cases c WHERE "
	    "c.ref = ? COLLATE NOCASE", cause)) == NULL)
		return -1;
	bind_text(s, 1, ref);
	return case_one(st, s, c, cause);
}

static const struct {
	const char	*name;		/* the event's kind */
	const char	*sql;
} case_fields[] = {
	[SF_STATUS] = { "status", "UPDATE cases SET status = ?1, updated = "
	    "?2 WHERE id = ?3 AND status IS NOT ?1 RETURNING 1" },
	[SF_QUEUE] = { "queue", "UPDATE cases SET queue = ?1, updated = ?2 "
	    "WHERE id = ?3 AND queue IS NOT ?1 RETURNING 1" },
	[SF_PRIORITY] = { "priority", "UPDATE cases SET priority = ?1, "
	    "updated = ?2 WHERE id = ?3 AND priority IS NOT ?1 RETURNING 1" },
	[SF_ASSIGNEE] = { "assignee", "UPDATE cases SET assignee = ?1, "
	    "updated = ?2 WHERE id = ?3 AND assignee IS NOT ?1 RETURNING 1" },
};

static int
sq_case_set(struct store *base, int64_t id, enum store_field field,
    const char *value, const char *actor, char **cause)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	sqlite3_stmt	*s;
	int		 changed;

	if ((unsigned)field >= sizeof case_fields / sizeof case_fields[0])
		fatalx("store_case_set: no field %d", field);
	if ((s = stmt(st, case_fields[field].sql, cause)) == NULL)
		return -1;
	bind_text(s, 1, value);
	sqlite3_bind_int64(s, 2, clock_now());
	sqlite3_bind_int64(s, 3, id);
	if ((changed = row(st, s, case_fields[field].name, cause)) == -1)
		return -1;
	/* Step to the end so the update is complete before the event. */
	while (changed == 1 && sqlite3_step(s) == SQLITE_ROW)
		;
	sqlite3_reset(s);
	if (!changed)
		return 0;
	if (sq_event(&st->base, id, case_fields[field].name, actor,
	    value ? value : "", cause) == -1)
		return -1;
	return 1;
}

static int
sq_case_tag(struct store *base, int64_t id, const char *tag, char **cause)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	sqlite3_stmt	*s;

	if ((s = stmt(st, "INSERT OR IGNORE INTO case_tags (case_id, tag) "
	    "VALUES (?, ?)", cause)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	bind_text(s, 2, tag);
	return run(st, s, "tag", cause);
}

static int
sq_case_untag(struct store *base, int64_t id, const char *tag, char **cause)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	sqlite3_stmt	*s;

	if ((s = stmt(st, "DELETE FROM case_tags WHERE case_id = ? AND tag = ?",
	    cause)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	bind_text(s, 2, tag);
	return run(st, s, "untag", cause);
}

static int
sq_case_link(struct store *base, int64_t a, int64_t b, char **cause)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	sqlite3_stmt	*s;

	if ((s = stmt(st, "INSERT OR IGNORE INTO case_links (case_id, "
	    "other_id) VALUES (?1, ?2), (?2, ?1)", cause)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, a);
	sqlite3_bind_int64(s, 2, b);
	return run(st, s, "link", cause);
}

static int
sq_case_merge(struct store *base, int64_t from, int64_t into, char **cause)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	static const char *const sql[] = {
		"UPDATE messages SET case_id = ?2 WHERE case_id = ?1",
		"INSERT OR IGNORE INTO case_contacts (case_id, address) "
		"SELECT ?2, address FROM case_contacts WHERE case_id = ?1",
		"UPDATE cases SET status = 'closed', linked = ?2, updated = ?3 "
		"WHERE id = ?1",
	};
	sqlite3_stmt	*s;
	size_t		 i;

	for (i = 0; i < sizeof sql / sizeof sql[0]; i++) {
		if ((s = stmt(st, sql[i], cause)) == NULL)
			return -1;
		sqlite3_bind_int64(s, 1, from);
		sqlite3_bind_int64(s, 2, into);
		if (i == 2)
			sqlite3_bind_int64(s, 3, clock_now());
		if (run(st, s, "merge", cause) == -1)
			return -1;
	}
	return 0;
}

static int
sq_case_has_event(struct store *base, int64_t id, const char *kind,
    char **cause)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	sqlite3_stmt	*s;
	int		 r;

	if ((s = stmt(st, "SELECT 1 FROM events WHERE case_id = ? AND kind = ? "
	    "LIMIT 1", cause)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	bind_text(s, 2, kind);
	r = row(st, s, "event", cause);
	sqlite3_reset(s);
	return r;
}

static int
sq_case_last_in(struct store *base, int64_t id, const char *kind,
    char **message_id, char **cause)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	sqlite3_stmt	*s;
	int		 r;

	*message_id = NULL;
	if ((s = stmt(st, "SELECT message_id FROM messages WHERE case_id = ? "
	    "AND direction = 'in' AND kind = ? AND message_id IS NOT NULL "
	    "ORDER BY id DESC LIMIT 1", cause)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	bind_text(s, 2, kind);
	if ((r = row(st, s, "last message", cause)) == 1)
		*message_id = col_text(s, 0);
	sqlite3_reset(s);
	return r;
}

static int
sq_case_touch(struct store *base, int64_t id, char **cause)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	sqlite3_stmt	*s;

	if ((s = stmt(st, "UPDATE cases SET updated = ? WHERE id = ?",
	    cause)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, clock_now());
	sqlite3_bind_int64(s, 2, id);
	return run(st, s, "touch case", cause);
}

static int
sq_contact_add(struct store *base, int64_t id, const char *addr,
    char **cause)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	sqlite3_stmt	*s;

	if (addr == NULL || *addr == '\0')
		return 0;
	if ((s = stmt(st, "INSERT OR IGNORE INTO case_contacts (case_id, "
	    "address) VALUES (?, ?)", cause)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	bind_text(s, 2, addr);
	return run(st, s, "contact", cause);
}

static int
sq_contact_known(struct store *base, int64_t id, const char *addr,
    char **cause)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	sqlite3_stmt	*s;
	int		 r;

	if ((s = stmt(st, "SELECT 1 FROM case_contacts WHERE case_id = ? AND "
	    "address = ?", cause)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	bind_text(s, 2, addr);
	r = row(st, s, "contact", cause);
	sqlite3_reset(s);
	return r;
}

static int
sq_msg_seen(struct store *base, const char *dedup, int64_t *case_id,
    char **cause)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	sqlite3_stmt	*s;
	int		 r;

	*case_id = 0;
	if ((s = stmt(st, "SELECT case_id FROM messages WHERE dedup = ?",
	    cause)) == NULL)
		return -1;
	bind_text(s, 1, dedup);
	if ((r = row(st, s, "dedup", cause)) == 1)
		*case_id = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	return r;
}

/*
 * A raw message as a blob: small ones bound as they are; a large one as a
 * zeroblob of its size, then written window by window into the row just
 * inserted (raw_write), so SQLite never builds a record holding it all
 * and a mapped message gives each window back once written.
 */
static int
raw_bind(sqlite3_stmt *s, int idx, const char *raw, size_t len)
{
	if (len > RAWMSG_SPILL)
		return sqlite3_bind_zeroblob64(s, idx, len);
	return sqlite3_bind_blob64(s, idx, raw ? raw : "", len,
	    SQLITE_STATIC);
}

static int
raw_write(struct sqlite_store *st, const char *table, int64_t rowid,
    const char *raw, size_t len, char **cause)
{
	sqlite3_blob	*b;
	size_t		 off, n;

	if (len <= RAWMSG_SPILL)
		return 0;
	if (sqlite3_blob_open(st->db, "main", table, "raw", rowid, 1,
	    &b) != SQLITE_OK)
		return fail(st, cause, "store message bytes");
	for (off = 0; off < len; off += n) {
		n = len - off < RAWMSG_WINDOW ? len - off : RAWMSG_WINDOW;
		if (sqlite3_blob_write(b, raw + off, (int)n, (int)off) !=
		    SQLITE_OK) {
			fail(st, cause, "store message bytes");
			sqlite3_blob_close(b);
			return -1;
		}
		rawmsg_done(raw + off, n);
	}
	if (sqlite3_blob_close(b) != SQLITE_OK)
		return fail(st, cause, "store message bytes");
	return 0;
}

static int
sq_msg_add(struct store *base, const struct store_msg *m, int64_t *id,
    char **cause)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	sqlite3_stmt	*s;
	int64_t		 rowid;

	if ((s = stmt(st, "INSERT INTO messages (case_id, direction, kind, "
	    "dedup, message_id, mailbox, sender, subject, date, language, "
	    "body, attachments, raw, created) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
	    "?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)", cause)) == NULL)
		return -1;
	bind_id(s, 1, m->case_id);
	bind_text(s, 2, m->direction);
	bind_text(s, 3, m->kind);
	bind_text(s, 4, m->dedup);
	bind_text(s, 5, m->message_id);
	bind_text(s, 6, m->mailbox ? m->mailbox : "");
	bind_text(s, 7, m->sender ? m->sender : "");
	bind_text(s, 8, m->subject ? m->subject : "");
	if (m->date)
		sqlite3_bind_int64(s, 9, m->date);
	else
		sqlite3_bind_null(s, 9);
	bind_text(s, 10, m->language ? m->language : "");
	bind_text(s, 11, m->body ? m->body : "");
	bind_text(s, 12, m->attachments ? m->attachments : "[]");
	/* STATIC: the bytes outlive the step, and are not copied again. */
	if (raw_bind(s, 13, m->raw, m->rawlen) != SQLITE_OK) {
		sqlite3_reset(s);
		return fail(st, cause, "store message");
	}
	sqlite3_bind_int64(s, 14, clock_now());
	if (run(st, s, "store message", cause) == -1)
		return -1;
	/* Drop the reference to the caller's bytes. */
	sqlite3_bind_null(s, 13);
	rowid = sqlite3_last_insert_rowid(st->db);
	if (raw_write(st, "messages", rowid, m->raw, m->rawlen, cause) == -1)
		return -1;
	if (id != NULL)
		*id = rowid;
	return 0;
}

static int
sq_case_by_msgid(struct store *base, const char *message_id,
    int64_t *case_id, int *ours, char **cause)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	sqlite3_stmt	*s;
	int		 r;

	*case_id = 0;
	*ours = 0;
	if ((s = stmt(st, "SELECT case_id, 1 FROM outbox WHERE message_id = "
	    "?1 AND case_id IS NOT NULL UNION ALL SELECT case_id, direction = "
	    "'out' FROM messages WHERE message_id = ?1 AND case_id IS NOT NULL "
	    "LIMIT 1", cause)) == NULL)
		return -1;
	bind_text(s, 1, message_id);
	if ((r = row(st, s, "message-id", cause)) == 1) {
		*case_id = sqlite3_column_int64(s, 0);
		*ours = sqlite3_column_int(s, 1);
	}
	sqlite3_reset(s);
	return r;
}

static int
sq_event(struct store *base, int64_t case_id, const char *kind,
    const char *actor, const char *detail, char **cause)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	sqlite3_stmt	*s;

	if ((s = stmt(st, "INSERT INTO events (case_id, at, kind, actor, "
	    "detail) VALUES (?, ?, ?, ?, ?)", cause)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, case_id);
	sqlite3_bind_int64(s, 2, clock_now());
	bind_text(s, 3, kind);
	bind_text(s, 4, actor ? actor : "");
	bind_text(s, 5, detail ? detail : "");
	return run(st, s, "event", cause);
}

static int
sq_out_add(struct store *base, int64_t case_id, const char *message_id,
    const char *mail_from, const struct strv *rcpts, const char *subject,
    const char *raw, size_t rawlen, const char *auto_key, int64_t *id,
    char **cause)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	sqlite3_stmt	*s;
	struct buf	 b;
	size_t		 i;
	time_t		 now = clock_now();
	int		 rv;

	if ((s = stmt(st, "INSERT INTO outbox (case_id, message_id, "
	    "mail_from, rcpts, subject, raw, automatic, next_attempt, "
	    "created, rcpt_key, rcpt_domain) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
	    "?, ?10, substr(?10, instr(?10, '@') + 1))",
	    cause)) == NULL)
		return -1;
	/* Recipients are one per line: an address never holds a newline. */
	buf_init(&b, 1024 * 1024);
	for (i = 0; i < rcpts->n; i++) {
		if (i > 0)
			buf_addc(&b, '\n');
		buf_adds(&b, rcpts->v[i]);
	}
	bind_id(s, 1, case_id);
	bind_text(s, 2, message_id);
	bind_text(s, 3, mail_from);
	bind_text(s, 4, b.data ? b.data : "");
	bind_text(s, 5, subject ? subject : "");
	/* Bytes, not a C string: a NUL in a forwarded mail is kept. */
	if (sqlite3_bind_blob64(s, 6, raw, rawlen, SQLITE_STATIC) !=
	    SQLITE_OK) {
		buf_free(&b);
		sqlite3_reset(s);
		return fail(st, cause, "outbox");
	}
	sqlite3_bind_int(s, 7, auto_key != NULL);
	sqlite3_bind_int64(s, 8, now);
	sqlite3_bind_int64(s, 9, now);
	bind_text(s, 10, auto_key);
	rv = run(st, s, "outbox", cause);
	sqlite3_bind_null(s, 6);
	buf_free(&b);
	if (rv == 0 && id != NULL)
		*id = sqlite3_last_insert_rowid(st->db);
	return rv;
}

static int
sq_autoreplies_since(struct store *base, const char *rcpt, time_t since,
    int *n, char **cause)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	sqlite3_stmt	*s;
	int		 r;

	*n = 0;
	if ((s = stmt(st, "SELECT count(*) FROM outbox WHERE automatic = 1 "
	    "AND rcpt_key = ? AND created >= ?", cause)) == NULL)
		return -1;
	bind_text(s, 1, rcpt);
	sqlite3_bind_int64(s, 2, since);
	if ((r = row(st, s, "auto-reply count", cause)) == 1)
		*n = sqlite3_column_int(s, 0);
	sqlite3_reset(s);
	return r == -1 ? -1 : 0;
}

static int
sq_autoreplies_domain_since(struct store *base, const char *domain,
    time_t since, int *n, char **cause)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	sqlite3_stmt	*s;
	int		 r;

	*n = 0;
	if ((s = stmt(st, "SELECT count(*) FROM outbox WHERE automatic = 1 "
	    "AND rcpt_domain = ? AND created >= ?", cause)) == NULL)
		return -1;
	bind_text(s, 1, domain);
	sqlite3_bind_int64(s, 2, since);
	if ((r = row(st, s, "auto-reply domain count", cause)) == 1)
		*n = sqlite3_column_int(s, 0);
	sqlite3_reset(s);
	return r == -1 ? -1 : 0;
}

#define OUT_COLUMNS "o.id, o.case_id, (SELECT ref FROM cases c WHERE " \
	"c.id = o.case_id), o.message_id, o.mail_from, o.rcpts, o.subject, " \
	"o.raw, o.status, o.attempts, o.last_error"

/* Every row of an OUT_COLUMNS query into an array. */
static int
out_rows(struct sqlite_store *st, sqlite3_stmt *s, struct store_out **out,
    size_t *n, char **cause)
{
	struct store_out *o = NULL, *r;
	size_t		 k = 0;
	const char	*p, *nl;
	int		 rc;

	while ((rc = row(st, s, "outbox", cause)) == 1) {
		o = xreallocarray(o, k + 1, sizeof *o);
		r = &o[k++];
		memset(r, 0, sizeof *r);
		r->id = sqlite3_column_int64(s, 0);
		r->case_id = sqlite3_column_int64(s, 1);
		r->case_ref = col_text(s, 2);
		r->message_id = col_text(s, 3);
		r->mail_from = col_text(s, 4);
		p = (const char *)sqlite3_column_text(s, 5);
		while (p != NULL && *p != '\0') {
			nl = strchr(p, '\n');
			strv_addn(&r->rcpts, p, nl ? (size_t)(nl - p) :
			    strlen(p));
			p = nl ? nl + 1 : NULL;
		}
		r->subject = col_text(s, 6);
		r->raw = col_bytes(s, 7, &r->rawlen);
		r->status = col_text(s, 8);
		r->attempts = sqlite3_column_int(s, 9);
		r->error = col_text(s, 10);
	}
	sqlite3_reset(s);
	if (rc == -1) {
		store_out_free(o, k);
		return -1;
	}
	*out = o;
	*n = k;
	return 0;
}

static int
sq_out_due(struct store *base, time_t now, size_t max,
    struct store_out **out, size_t *n, char **cause)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	sqlite3_stmt	*s;

	*out = NULL;
	*n = 0;
	/* A claim older than STORE_CLAIM_TTL is a sender that died. */
	if ((s = stmt(st, "SELECT " OUT_COLUMNS " FROM outbox o WHERE "
	    "(o.status = 'queued' AND o.next_attempt <= ?1) OR (o.status = "
	    "'sending' AND o.claimed < ?3) ORDER BY o.next_attempt, o.id "
	    "LIMIT ?2", cause)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, now);
	sqlite3_bind_int64(s, 2, (sqlite3_int64)max);
	sqlite3_bind_int64(s, 3, clock_now() - STORE_CLAIM_TTL);
	return out_rows(st, s, out, n, cause);
}

static int
sq_out_list(struct store *base, struct store_out **out, size_t *n,
    char **cause)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	sqlite3_stmt	*s;

	*out = NULL;
	*n = 0;
	if ((s = stmt(st, "SELECT " OUT_COLUMNS " FROM outbox o ORDER BY o.id",
	    cause)) == NULL)
		return -1;
	return out_rows(st, s, out, n, cause);
}

static int
sq_out_claim(struct store *base, int64_t id, char **cause)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	sqlite3_stmt	*s;
	time_t		 now = clock_now();
	char		 who[STORE_CLAIMER_LEN];

	if ((s = stmt(st, "UPDATE outbox SET status = 'sending', claimed = ?1, "
	    "claimed_by = ?4 WHERE id = ?2 AND (status = 'queued' OR "
	    "(status = 'sending' AND claimed < ?3))", cause)) == NULL)
		return -1;
	store_claimer(who, sizeof who);
	sqlite3_bind_int64(s, 1, now);
	sqlite3_bind_int64(s, 2, id);
	sqlite3_bind_int64(s, 3, now - STORE_CLAIM_TTL);
	bind_text(s, 4, who);
	if (run(st, s, "claim", cause) == -1)
		return -1;
	return sqlite3_changes(st->db) == 1 ? 1 : 0;
}

static int
sq_out_unclaim(struct store *base, int (*dead)(const char *owner), int *n,
    char **cause)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	sqlite3_stmt	*s;
	struct strv	 gone;
	size_t		 i;
	int		 r;

	*n = 0;
	memset(&gone, 0, sizeof gone);
	if ((s = stmt(st, "SELECT DISTINCT claimed_by FROM outbox WHERE "
	    "status = 'sending' AND claimed_by IS NOT NULL", cause)) == NULL)
		return -1;
	while ((r = row(st, s, "claims", cause)) == 1)
		if (dead((const char *)sqlite3_column_text(s, 0)))
			strv_add(&gone, (const char *)sqlite3_column_text(s,
			    0));
	sqlite3_reset(s);
	for (i = 0; r == 0 && i < gone.n; i++) {
		/* Due now, its attempts untouched: nothing was tried. */
		if ((s = stmt(st, "UPDATE outbox SET status = 'queued', "
		    "claimed_by = NULL, next_attempt = ?1 WHERE status = "
		    "'sending' AND claimed_by = ?2", cause)) == NULL) {
			r = -1;
			break;
		}
		sqlite3_bind_int64(s, 1, clock_now());
		bind_text(s, 2, gone.v[i]);
		if ((r = run(st, s, "unclaim", cause)) == 0)
			*n += sqlite3_changes(st->db);
	}
	strv_free(&gone);
	return r == -1 ? -1 : 0;
}

static int
sq_out_sent(struct store *base, int64_t id, char **cause)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	sqlite3_stmt	*s;

	if ((s = stmt(st, "UPDATE outbox SET status = 'sent', sent = ?, "
	    "attempts = attempts + 1, last_error = NULL WHERE id = ?",
	    cause)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, clock_now());
	sqlite3_bind_int64(s, 2, id);
	return run(st, s, "sent", cause);
}

static int
sq_out_retry(struct store *base, int64_t id, time_t next, const char *error,
    char **cause)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	sqlite3_stmt	*s;

	if ((s = stmt(st, "UPDATE outbox SET status = 'queued', attempts = "
	    "attempts + 1, next_attempt = ?, last_error = ? WHERE id = ?",
	    cause)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, next);
	bind_text(s, 2, error);
	sqlite3_bind_int64(s, 3, id);
	return run(st, s, "retry", cause);
}

static int
sq_out_failed(struct store *base, int64_t id, const char *error,
    char **cause)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	sqlite3_stmt	*s;
	int64_t		 case_id = 0;
	int		 r;

	if ((s = stmt(st, "UPDATE outbox SET status = 'failed', attempts = "
	    "attempts + 1, last_error = ? WHERE id = ? RETURNING case_id",
	    cause)) == NULL)
		return -1;
	bind_text(s, 1, error);
	sqlite3_bind_int64(s, 2, id);
	if ((r = row(st, s, "failed", cause)) == -1)
		return -1;
	if (r == 1)
		case_id = sqlite3_column_int64(s, 0);
	while (r == 1 && sqlite3_step(s) == SQLITE_ROW)
		;
	sqlite3_reset(s);
	if (case_id != 0)
		return sq_event(&st->base, case_id, "delivery-failed", "smtp",
		    error, cause);
	return 0;
}

static int
sq_out_next(struct store *base, time_t *next, char **cause)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	sqlite3_stmt	*s;
	int		 r;

	*next = 0;
	/* A stale claim waits for the next run. */
	if ((s = stmt(st, "SELECT min(next_attempt) FROM outbox WHERE "
	    "status = 'queued'", cause)) == NULL)
		return -1;
	if ((r = row(st, s, "next due", cause)) == 1)
		*next = (time_t)sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	return r == -1 ? -1 : 0;
}

static int
sq_out_counts(struct store *base, int *queued, int *sent, int *failed,
    char **cause)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	sqlite3_stmt	*s;
	int		 r;

	*queued = *sent = *failed = 0;
	if ((s = stmt(st, "SELECT count(*) FILTER (WHERE status IN "
	    "('queued', 'sending')), count(*) FILTER (WHERE status = 'sent'), "
	    "count(*) FILTER (WHERE status = 'failed') FROM outbox",
	    cause)) == NULL)
		return -1;
	if ((r = row(st, s, "outbox counts", cause)) == 1) {
		*queued = sqlite3_column_int(s, 0);
		*sent = sqlite3_column_int(s, 1);
		*failed = sqlite3_column_int(s, 2);
	}
	sqlite3_reset(s);
	return r == -1 ? -1 : 0;
}

static int
sq_quarantine(struct store *base, const char *mailbox, uint32_t uid,
    const char *reason, const char *raw, size_t len, int64_t *id,
    char **cause)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	sqlite3_stmt	*s;
	int		 rv;

	if ((s = stmt(st, "INSERT INTO quarantine (mailbox, uid, reason, raw, "
	    "created) VALUES (?, ?, ?, ?, ?)", cause)) == NULL)
		return -1;
	bind_text(s, 1, mailbox ? mailbox : "");
	if (uid)
		sqlite3_bind_int64(s, 2, uid);
	else
		sqlite3_bind_null(s, 2);
	bind_text(s, 3, reason);
	if (raw_bind(s, 4, raw, len) != SQLITE_OK) {
		sqlite3_reset(s);
		return fail(st, cause, "quarantine");
	}
	sqlite3_bind_int64(s, 5, clock_now());
	rv = run(st, s, "quarantine", cause);
	sqlite3_bind_null(s, 4);
	if (rv == 0 && raw_write(st, "quarantine",
	    sqlite3_last_insert_rowid(st->db), raw, len, cause) == -1)
		rv = -1;
	if (rv == 0 && id != NULL)
		*id = sqlite3_last_insert_rowid(st->db);
	return rv;
}

static int
sq_quarantined(struct store *base, const char *mailbox, uint32_t uid,
    char **cause)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	sqlite3_stmt	*s;
	int		 r;

	if ((s = stmt(st, "SELECT 1 FROM quarantine WHERE mailbox = ? AND "
	    "uid = ? AND length(raw) = 0", cause)) == NULL)
		return -1;
	bind_text(s, 1, mailbox);
	sqlite3_bind_int64(s, 2, uid);
	r = row(st, s, "quarantined", cause);
	sqlite3_reset(s);
	return r;
}

static int
sq_quarantine_list(struct store *base, struct store_quarantine_row **out,
    size_t *n, char **cause)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	sqlite3_stmt		*s;
	struct store_quarantine_row *q = NULL, *r;
	size_t			 k = 0;
	int			 rc;

	*out = NULL;
	*n = 0;
	if ((s = stmt(st, "SELECT id, mailbox, uid, reason, length(raw), "
	    "created FROM quarantine ORDER BY id", cause)) == NULL)
		return -1;
	while ((rc = row(st, s, "quarantine", cause)) == 1) {
		q = xreallocarray(q, k + 1, sizeof *q);
		r = &q[k++];
		r->id = sqlite3_column_int64(s, 0);
		r->mailbox = col_text(s, 1);
		r->uid = (uint32_t)sqlite3_column_int64(s, 2);
		r->reason = col_text(s, 3);
		r->size = (size_t)sqlite3_column_int64(s, 4);
		r->created = (time_t)sqlite3_column_int64(s, 5);
	}
	sqlite3_reset(s);
	if (rc == -1) {
		store_quarantine_list_free(q, k);
		return -1;
	}
	*out = q;
	*n = k;
	return 0;
}

static int
sq_quarantine_raw(struct store *base, int64_t id, char **raw, size_t *len,
    char **mailbox, char **cause)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	sqlite3_stmt	*s;
	int		 r;

	if ((s = stmt(st, "SELECT raw, mailbox FROM quarantine WHERE id = ?",
	    cause)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	if ((r = row(st, s, "quarantine", cause)) == 1) {
		*raw = col_bytes(s, 0, len);
		if (mailbox != NULL)
			*mailbox = col_text(s, 1);
	}
	sqlite3_reset(s);
	return r;
}

static int
sq_quarantine_delete(struct store *base, int64_t id, char **cause)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	sqlite3_stmt	*s;

	if ((s = stmt(st, "DELETE FROM quarantine WHERE id = ?", cause)) ==
	    NULL)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	return run(st, s, "quarantine delete", cause);
}

static int
sq_checkpoint_get(struct store *base, const char *mailbox,
    uint32_t *uidvalidity, uint32_t *last_uid, char **cause)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	sqlite3_stmt	*s;
	int		 r;

	*uidvalidity = *last_uid = 0;
	if ((s = stmt(st, "SELECT uidvalidity, last_uid FROM checkpoints "
	    "WHERE mailbox = ?", cause)) == NULL)
		return -1;
	bind_text(s, 1, mailbox);
	if ((r = row(st, s, "checkpoint", cause)) == 1) {
		*uidvalidity = (uint32_t)sqlite3_column_int64(s, 0);
		*last_uid = (uint32_t)sqlite3_column_int64(s, 1);
	}
	sqlite3_reset(s);
	return r;
}

static int
sq_checkpoint_set(struct store *base, const char *mailbox,
    uint32_t uidvalidity, uint32_t last_uid, char **cause)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	sqlite3_stmt	*s;

	if ((s = stmt(st, "INSERT INTO checkpoints (mailbox, uidvalidity, "
	    "last_uid, updated) VALUES (?1, ?2, ?3, ?4) ON CONFLICT(mailbox) "
	    "DO UPDATE SET uidvalidity = ?2, last_uid = ?3, updated = ?4",
	    cause)) == NULL)
		return -1;
	bind_text(s, 1, mailbox);
	sqlite3_bind_int64(s, 2, uidvalidity);
	sqlite3_bind_int64(s, 3, last_uid);
	sqlite3_bind_int64(s, 4, clock_now());
	return run(st, s, "checkpoint", cause);
}

static int
sq_cases_list(struct store *base, const char *status, const char *queue,
    struct store_case **out, size_t *n, char **cause)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	sqlite3_stmt		*s;
	struct store_case	*c = NULL;
	size_t			 k = 0;
	int			 rc;

	*out = NULL;
	*n = 0;
	if ((s = stmt(st, "SELECT " CASE_COLUMNS " FROM cases c WHERE (?1 IS "
	    "NULL OR c.status = ?1) AND (?2 IS NULL OR c.queue = ?2) ORDER BY "
	    "c.id", cause)) == NULL)
		return -1;
	bind_text(s, 1, status);
	bind_text(s, 2, queue);
	while ((rc = row(st, s, "cases", cause)) == 1) {
		c = xreallocarray(c, k + 1, sizeof *c);
		if (case_row(st, s, &c[k], cause) == -1) {
			rc = -1;
			break;
		}
		k++;
	}
	sqlite3_reset(s);
	if (rc == -1) {
		store_cases_free(c, k);
		return -1;
	}
	*out = c;
	*n = k;
	return 0;
}

static int
sq_case_detail(struct store *base, const char *ref,
    struct store_case_detail *d, char **cause)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	sqlite3_stmt		*s;
	struct store_msg_row	*m;
	struct store_event_row	*e;
	int			 r;

	memset(d, 0, sizeof *d);
	if ((r = sq_case_by_ref(&st->base, ref, &d->c, cause)) != 1)
		return r;
	if ((s = stmt(st, "SELECT id, direction, kind, message_id, sender, "
	    "subject, coalesce(date, created), language, body, attachments "
	    "FROM messages WHERE case_id = ? ORDER BY id", cause)) == NULL)
		goto fail;
	sqlite3_bind_int64(s, 1, d->c.id);
	while ((r = row(st, s, "messages", cause)) == 1) {
		d->msgs = xreallocarray(d->msgs, d->nmsgs + 1,
		    sizeof *d->msgs);
		m = &d->msgs[d->nmsgs++];
		m->id = sqlite3_column_int64(s, 0);
		m->direction = col_text(s, 1);
		m->kind = col_text(s, 2);
		m->message_id = col_text(s, 3);
		m->sender = col_text(s, 4);
		m->subject = col_text(s, 5);
		m->date = (time_t)sqlite3_column_int64(s, 6);
		m->language = col_text(s, 7);
		m->body = col_text(s, 8);
		m->attachments = col_text(s, 9);
	}
	sqlite3_reset(s);
	if (r == -1)
		goto fail;
	if ((s = stmt(st, "SELECT at, kind, actor, detail FROM events WHERE "
	    "case_id = ? ORDER BY id", cause)) == NULL)
		goto fail;
	sqlite3_bind_int64(s, 1, d->c.id);
	while ((r = row(st, s, "events", cause)) == 1) {
		d->events = xreallocarray(d->events, d->nevents + 1,
		    sizeof *d->events);
		e = &d->events[d->nevents++];
		e->at = (time_t)sqlite3_column_int64(s, 0);
		e->kind = col_text(s, 1);
		e->actor = col_text(s, 2);
		e->detail = col_text(s, 3);
	}
	sqlite3_reset(s);
	if (r == -1)
		goto fail;
	return 1;
fail:
	store_case_detail_free(d);
	return -1;
}

static int
sq_kv_get(struct store *base, const char *key, char **value, char **cause)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	sqlite3_stmt	*s;
	int		 r;

	*value = NULL;
	if ((s = stmt(st, "SELECT value FROM kv WHERE key = ?", cause)) ==
	    NULL)
		return -1;
	bind_text(s, 1, key);
	if ((r = row(st, s, "setting", cause)) == 1)
		*value = col_text(s, 0);
	sqlite3_reset(s);
	return r;
}

static int
sq_kv_set(struct store *base, const char *key, const char *value,
    char **cause)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	sqlite3_stmt	*s;

	if ((s = stmt(st, "INSERT INTO kv (key, value) VALUES (?1, ?2) "
	    "ON CONFLICT(key) DO UPDATE SET value = ?2", cause)) == NULL)
		return -1;
	bind_text(s, 1, key);
	bind_text(s, 2, value);
	return run(st, s, "setting", cause);
}

static int
sq_timer_set(struct store *base, int64_t case_id, const char *kind,
    time_t due, char **cause)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	sqlite3_stmt	*s;

	/* A timer that fired stays fired: it never goes off twice. */
	if ((s = stmt(st, "INSERT INTO timers (case_id, kind, due) VALUES "
	    "(?1, ?2, ?3) ON CONFLICT(case_id, kind) DO UPDATE SET due = ?3 "
	    "WHERE fired IS NULL", cause)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, case_id);
	bind_text(s, 2, kind);
	sqlite3_bind_int64(s, 3, due);
	return run(st, s, "timer", cause);
}

static int
sq_timer_cancel(struct store *base, int64_t case_id, const char *kind,
    int fired_too, char **cause)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	sqlite3_stmt	*s;

	if ((s = stmt(st, "DELETE FROM timers WHERE case_id = ?1 AND kind = ?2 "
	    "AND (?3 OR fired IS NULL)", cause)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, case_id);
	bind_text(s, 2, kind);
	sqlite3_bind_int(s, 3, fired_too);
	return run(st, s, "timer", cause);
}

static int
sq_timers_due(struct store *base, time_t now, size_t max,
    struct store_timer **out, size_t *n, char **cause)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	sqlite3_stmt		*s;
	struct store_timer	*t = NULL;
	size_t			 k = 0;
	int			 rc;

	*out = NULL;
	*n = 0;
	if ((s = stmt(st, "SELECT id, case_id, kind, due FROM timers WHERE "
	    "fired IS NULL AND due <= ? ORDER BY due, id LIMIT ?",
	    cause)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, now);
	sqlite3_bind_int64(s, 2, (sqlite3_int64)max);
	while ((rc = row(st, s, "timers", cause)) == 1) {
		t = xreallocarray(t, k + 1, sizeof *t);
		t[k].id = sqlite3_column_int64(s, 0);
		t[k].case_id = sqlite3_column_int64(s, 1);
		t[k].kind = col_text(s, 2);
		t[k].due = (time_t)sqlite3_column_int64(s, 3);
		k++;
	}
	sqlite3_reset(s);
	if (rc == -1) {
		store_timers_free(t, k);
		return -1;
	}
	*out = t;
	*n = k;
	return 0;
}

static int
sq_timer_fired(struct store *base, int64_t id, char **cause)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	sqlite3_stmt	*s;

	if ((s = stmt(st, "UPDATE timers SET fired = ? WHERE id = ? AND "
	    "fired IS NULL", cause)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, clock_now());
	sqlite3_bind_int64(s, 2, id);
	if (run(st, s, "timer fired", cause) == -1)
		return -1;
	return sqlite3_changes(st->db) == 1 ? 1 : 0;
}

static int
sq_timer_next(struct store *base, time_t *next, char **cause)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	sqlite3_stmt	*s;
	int		 r;

	*next = 0;
	if ((s = stmt(st, "SELECT min(due) FROM timers WHERE fired IS NULL",
	    cause)) == NULL)
		return -1;
	if ((r = row(st, s, "next timer", cause)) == 1)
		*next = (time_t)sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	return r == -1 ? -1 : 0;
}

static int
sq_case_events(struct store *base, int64_t id, struct store_event_row **out,
    size_t *n, char **cause)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	sqlite3_stmt		*s;
	struct store_event_row	*e = NULL;
	size_t			 k = 0;
	int			 rc;

	*out = NULL;
	*n = 0;
	if ((s = stmt(st, "SELECT at, kind, actor, detail FROM events WHERE "
	    "case_id = ? ORDER BY id", cause)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	while ((rc = row(st, s, "events", cause)) == 1) {
		e = xreallocarray(e, k + 1, sizeof *e);
		e[k].at = (time_t)sqlite3_column_int64(s, 0);
		e[k].kind = col_text(s, 1);
		e[k].actor = col_text(s, 2);
		e[k].detail = col_text(s, 3);
		k++;
	}
	sqlite3_reset(s);
	if (rc == -1) {
		store_events_free(e, k);
		return -1;
	}
	*out = e;
	*n = k;
	return 0;
}

static int
sq_mailbox_stat(struct store *base, const char *mailbox, int ok,
    int processed, const char *error, char **cause)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	sqlite3_stmt	*s;

	if ((s = stmt(st, "INSERT INTO mailbox_stats (mailbox, last_poll, "
	    "last_ok, processed, errors, last_error) VALUES (?1, ?2, CASE WHEN "
	    "?3 THEN ?2 END, ?4, NOT ?3, ?5) ON CONFLICT(mailbox) DO UPDATE SET "
	    "last_poll = ?2, last_ok = CASE WHEN ?3 THEN ?2 ELSE last_ok END, "
	    "processed = processed + ?4, errors = errors + NOT ?3, "
	    "last_error = coalesce(?5, last_error)", cause)) == NULL)
		return -1;
	bind_text(s, 1, mailbox);
	sqlite3_bind_int64(s, 2, clock_now());
	sqlite3_bind_int(s, 3, ok);
	sqlite3_bind_int(s, 4, processed);
	bind_text(s, 5, error);
	return run(st, s, "mailbox stats", cause);
}

static int
sq_stats(struct store *base, time_t now, struct store_stats *out,
    char **cause)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	sqlite3_stmt	*s;
	int		 r;

	memset(out, 0, sizeof *out);
	if ((s = stmt(st, "SELECT "
	    "(SELECT count(*) FROM outbox WHERE status IN ('queued', "
	    "'sending')), "
	    "(SELECT count(*) FROM outbox WHERE status = 'failed'), "
	    "(SELECT count(*) FROM quarantine), "
	    "(SELECT count(*) FROM timers WHERE fired IS NULL AND due <= ?1), "
	    "(SELECT count(*) FROM timers WHERE fired IS NULL), "
	    "(SELECT count(DISTINCT e.case_id) FROM events e JOIN cases c ON "
	    "c.id = e.case_id WHERE e.kind = 'sla-breach' AND c.status NOT IN "
	    "('resolved', 'closed')), "
	    "(SELECT count(*) FROM cases WHERE status NOT IN ('resolved', "
	    "'closed'))", cause)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, now);
	if ((r = row(st, s, "stats", cause)) == 1) {
		out->outbox_queued = sqlite3_column_int(s, 0);
		out->outbox_failed = sqlite3_column_int(s, 1);
		out->quarantined = sqlite3_column_int(s, 2);
		out->timers_due = sqlite3_column_int(s, 3);
		out->timers_set = sqlite3_column_int(s, 4);
		out->breaching = sqlite3_column_int(s, 5);
		out->open_cases = sqlite3_column_int(s, 6);
	}
	sqlite3_reset(s);
	if (r == -1)
		return -1;
	/* The oldest mail still waiting, and why. */
	if ((s = stmt(st, "SELECT created, rcpts, last_error, attempts FROM "
	    "outbox WHERE status IN ('queued', 'sending') ORDER BY created, id "
	    "LIMIT 1", cause)) == NULL)
		return -1;
	if ((r = row(st, s, "stats", cause)) == 1) {
		out->oldest_queued = (time_t)sqlite3_column_int64(s, 0);
		out->oldest_to = col_text(s, 1);
		out->oldest_error = col_text(s, 2);
		out->oldest_attempts = sqlite3_column_int(s, 3);
	}
	sqlite3_reset(s);
	if (r == -1)
		return -1;
	if ((s = stmt(st, "SELECT mailbox, last_poll, last_ok, processed, "
	    "errors, last_error FROM mailbox_stats ORDER BY mailbox",
	    cause)) == NULL)
		return -1;
	while ((r = row(st, s, "stats", cause)) == 1) {
		struct store_mailbox_stat *m;

		out->mailboxes = xreallocarray(out->mailboxes,
		    out->nmailboxes + 1, sizeof *out->mailboxes);
		m = &out->mailboxes[out->nmailboxes++];
		m->mailbox = col_text(s, 0);
		m->last_poll = (time_t)sqlite3_column_int64(s, 1);
		m->last_ok = (time_t)sqlite3_column_int64(s, 2);
		m->processed = sqlite3_column_int(s, 3);
		m->errors = sqlite3_column_int(s, 4);
		m->last_error = col_text(s, 5);
	}
	sqlite3_reset(s);
	return r == -1 ? -1 : 0;
}

/*
 * The manager's report (report.c): one row per case that matters to a
 * period [from, to), every figure as it stood at the period's end.  Kept
 * as one block so that it moves with the SQL when the store has other
 * backends.
 */
static int
sq_report_cases(struct store *base, time_t from, time_t to,
    struct store_report_row **out, size_t *n, char **cause)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	sqlite3_stmt		*s;
	struct store_report_row	*r = NULL, *p;
	size_t			 k = 0;
	char			*status;
	int			 rc;

	*out = NULL;
	*n = 0;
	/*
	 * A case matters when it was opened in the period, was still open at
	 * its end, or had anything happen to it during it.  Its status at the
	 * end is its last status event before then ('new' before the first
	 * one, its current status when it never had one).
	 */
	if ((s = stmt(st, "SELECT id, ref, queue, assignee, subject, created, "
	    "st, fr_at, fr_by, res_at, clo_at, breaches, rating, rated_at "
	    "FROM (SELECT c.id, c.ref, c.queue, c.assignee, c.subject, "
	    "c.created, "
	    " coalesce((SELECT e.detail FROM events e WHERE e.case_id = c.id "
	    "  AND e.kind = 'status' AND e.at < ?2 ORDER BY e.at DESC, e.id "
	    "  DESC LIMIT 1), CASE WHEN EXISTS (SELECT 1 FROM events e WHERE "
	    "  e.case_id = c.id AND e.kind = 'status') THEN 'new' ELSE "
	    "  c.status END) AS st,"
	    " (SELECT e.at FROM events e WHERE e.case_id = c.id AND e.kind = "
	    "  'first-response' AND e.at < ?2 ORDER BY e.at, e.id LIMIT 1) "
	    "  AS fr_at,"
	    " (SELECT e.actor FROM events e WHERE e.case_id = c.id AND e.kind = "
	    "  'first-response' AND e.at < ?2 ORDER BY e.at, e.id LIMIT 1) "
	    "  AS fr_by,"
	    " (SELECT max(e.at) FROM events e WHERE e.case_id = c.id AND "
	    "  e.kind = 'status' AND e.detail = 'resolved' AND e.at < ?2) "
	    "  AS res_at,"
	    " (SELECT max(e.at) FROM events e WHERE e.case_id = c.id AND "
	    "  e.kind = 'status' AND e.detail = 'closed' AND e.at < ?2) "
	    "  AS clo_at,"
	    " (SELECT count(*) FROM events e WHERE e.case_id = c.id AND "
	    "  e.kind = 'sla-breach' AND e.at >= ?1 AND e.at < ?2) AS breaches,"
	    " (SELECT e.detail FROM events e WHERE e.case_id = c.id AND "
	    "  e.kind = 'satisfaction' AND e.at >= ?1 AND e.at < ?2 ORDER BY "
	    "  e.at DESC, e.id DESC LIMIT 1) AS rating,"
	    " (SELECT max(e.at) FROM events e WHERE e.case_id = c.id AND "
	    "  e.kind = 'satisfaction' AND e.at >= ?1 AND e.at < ?2) "
	    "  AS rated_at "
	    " FROM cases c WHERE c.created < ?2) AS r "
	    "WHERE r.created >= ?1 OR r.st IN ('new', 'open', 'pending') OR "
	    " EXISTS (SELECT 1 FROM events x WHERE x.case_id = r.id AND "
	    " x.at >= ?1 AND x.at < ?2) "
	    "ORDER BY r.created, r.id", cause)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, from);
	sqlite3_bind_int64(s, 2, to);
	while ((rc = row(st, s, "report", cause)) == 1) {
		if (k >= STORE_REPORT_MAX) {
			xasprintf(cause, "report: more than %d cases in the "
			    "period", STORE_REPORT_MAX);
			rc = -1;
			sqlite3_reset(s);
			break;
		}
		r = xreallocarray(r, k + 1, sizeof *r);
		p = &r[k++];
		memset(p, 0, sizeof *p);
		p->id = sqlite3_column_int64(s, 0);
		p->ref = col_text(s, 1);
		p->queue = col_text(s, 2);
		p->assignee = col_text(s, 3);
		p->subject = col_text(s, 4);
		p->created = (time_t)sqlite3_column_int64(s, 5);
		status = col_text(s, 6);
		if (status == NULL || case_status_parse(status, &p->status) ==
		    -1)
			p->status = CASE_OPEN;
		free(status);
		p->first_response_at = (time_t)sqlite3_column_int64(s, 7);
		p->first_response_by = col_text(s, 8);
		p->resolved_at = (time_t)sqlite3_column_int64(s, 9);
		p->closed_at = (time_t)sqlite3_column_int64(s, 10);
		p->breaches = sqlite3_column_int(s, 11);
		p->rating = sqlite3_column_int(s, 12);
		if (p->rating < 1 || p->rating > 5)
			p->rating = 0;
		p->rated_at = (time_t)sqlite3_column_int64(s, 13);
	}
	if (rc != -1)
		sqlite3_reset(s);
	if (rc == -1) {
		store_report_free(r, k);
		return -1;
	}
	*out = r;
	*n = k;
	return 0;
}

/* One SQLite file is one host's desk: every mailbox is always ours. */
static int
sq_mailbox_lease(struct store *base, const char *mailbox, char **cause)
{
	return 1;
}

static int
sq_dump(struct store *base, const struct store_table *t, store_row_fn fn,
    void *arg, char **cause)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	struct store_value	 v[32];
	sqlite3_stmt		*s;
	char			*sql = store_table_sql(t, 0, 0);
	int			 i, r, rv = 0;

	if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK) {
		free(sql);
		return fail(st, cause, t->name);
	}
	free(sql);
	while (rv == 0 && (r = row(st, s, t->name, cause)) == 1)
		for (i = 0; i <= t->ncols; i++) {
			if (i == t->ncols) {
				rv = fn(arg, v);
				break;
			}
			if (sqlite3_column_type(s, i) == SQLITE_NULL) {
				v[i].p = NULL;
				v[i].len = 0;
			} else if (t->bytes & (1U << i)) {
				v[i].p = sqlite3_column_blob(s, i);
				v[i].len = (size_t)sqlite3_column_bytes(s, i);
				if (v[i].p == NULL)
					v[i].p = "";
			} else {
				v[i].p = (const char *)sqlite3_column_text(s,
				    i);
				v[i].len = (size_t)sqlite3_column_bytes(s, i);
			}
		}
	sqlite3_finalize(s);
	return rv != 0 ? rv : r == -1 ? -1 : 0;
}

static int
sq_load_begin(struct store *base, char **cause)
{
	/* A case may name a later one (merged into it): check at COMMIT. */
	return sq_exec((struct sqlite_store *)base,
	    "PRAGMA defer_foreign_keys = ON", cause);
}

static int
sq_load(struct store *base, const struct store_table *t,
    const struct store_value *v, char **cause)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	sqlite3_stmt		*s;
	char			*sql = store_table_sql(t, 1, 0);
	int			 i, rv;

	if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK) {
		free(sql);
		return fail(st, cause, t->name);
	}
	free(sql);
	for (i = 0; i < t->ncols; i++)
		if (v[i].p == NULL)
			sqlite3_bind_null(s, i + 1);
		else if (t->bytes & (1U << i))
			sqlite3_bind_blob64(s, i + 1, v[i].p, v[i].len,
			    SQLITE_STATIC);
		else
			sqlite3_bind_text64(s, i + 1, v[i].p, v[i].len,
			    SQLITE_STATIC, SQLITE_UTF8);
	rv = run(st, s, t->name, cause);
	sqlite3_finalize(s);
	return rv;
}

static int
sq_load_end(struct store *base, char **cause)
{
	return 0;	/* AUTOINCREMENT kept count of the ids it was given */
}

/*
 * Every commit, ours or another process's, writes the write-ahead log
 * (WAL mode): a change to it is how another writer shows.  The log is
 * written before the commit can be seen (the wal-index in shared memory
 * makes it so, and that no event tells): a reader woken by the write may
 * look too early.  The writer closing the log, after its commit, is the
 * event that cannot come too early; supportctl closes it as it ends.  The
 * directory is watched, not the file: SQLite may create the log anew.
 */
static int
sq_changes_fd(struct store *base)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;

	if (st->watch != -1)
		return st->watch;
	if ((st->watch = inotify_init1(IN_NONBLOCK | IN_CLOEXEC)) != -1 &&
	    inotify_add_watch(st->watch, st->dir, IN_MODIFY | IN_CREATE |
	    IN_CLOSE_WRITE) == -1) {
		close(st->watch);
		st->watch = -1;
	}
	return st->watch;
}

static int
sq_changes_drain(struct store *base)
{
	struct sqlite_store	*st = (struct sqlite_store *)base;
	char			 ev[4096]
	    __attribute__((aligned(__alignof__(struct inotify_event))));
	const struct inotify_event *e;
	ssize_t			 n, off;
	int			 seen = 0;

	if (st->watch == -1)
		return 0;
	while ((n = read(st->watch, ev, sizeof ev)) > 0)
		for (off = 0; off < n; off += (ssize_t)(sizeof *e + e->len)) {
			e = (const struct inotify_event *)(ev + off);
			if (e->len > 0 && strcmp(e->name, st->wal) == 0)
				seen = 1;
		}
	return seen;
}

const struct store_ops store_sqlite_ops = {
	.name = "sqlite",
	.open = sq_open,
	.close = sq_close,
	.schema_version = sq_schema_version,
	.changes_fd = sq_changes_fd,
	.changes_drain = sq_changes_drain,
	.begin = sq_begin,
	.commit = sq_commit,
	.rollback = sq_rollback,
	.savepoint = sq_savepoint,
	.release = sq_release,
	.rollback_to = sq_rollback_to,
	.case_new = sq_case_new,
	.case_get = sq_case_get,
	.case_by_ref = sq_case_by_ref,
	.case_set = sq_case_set,
	.case_tag = sq_case_tag,
	.case_untag = sq_case_untag,
	.case_touch = sq_case_touch,
	.case_link = sq_case_link,
	.case_merge = sq_case_merge,
	.case_has_event = sq_case_has_event,
	.case_last_in = sq_case_last_in,
	.contact_add = sq_contact_add,
	.contact_known = sq_contact_known,
	.msg_seen = sq_msg_seen,
	.msg_add = sq_msg_add,
	.case_by_msgid = sq_case_by_msgid,
	.event = sq_event,
	.out_add = sq_out_add,
	.autoreplies_since = sq_autoreplies_since,
	.autoreplies_domain_since = sq_autoreplies_domain_since,
	.out_due = sq_out_due,
	.out_list = sq_out_list,
	.out_claim = sq_out_claim,
	.out_unclaim = sq_out_unclaim,
	.out_sent = sq_out_sent,
	.out_retry = sq_out_retry,
	.out_failed = sq_out_failed,
	.out_next = sq_out_next,
	.out_counts = sq_out_counts,
	.quarantine = sq_quarantine,
	.quarantined = sq_quarantined,
	.quarantine_list = sq_quarantine_list,
	.quarantine_raw = sq_quarantine_raw,
	.quarantine_delete = sq_quarantine_delete,
	.checkpoint_get = sq_checkpoint_get,
	.checkpoint_set = sq_checkpoint_set,
	.cases_list = sq_cases_list,
	.case_detail = sq_case_detail,
	.timer_set = sq_timer_set,
	.timer_cancel = sq_timer_cancel,
	.timers_due = sq_timers_due,
	.timer_fired = sq_timer_fired,
	.timer_next = sq_timer_next,
	.case_events = sq_case_events,
	.mailbox_stat = sq_mailbox_stat,
	.stats = sq_stats,
	.kv_get = sq_kv_get,
	.kv_set = sq_kv_set,
	.report_cases = sq_report_cases,
	.mailbox_lease = sq_mailbox_lease,
	.dump = sq_dump,
	.load_begin = sq_load_begin,
	.load = sq_load,
	.load_end = sq_load_end,
};
