/*
 * store.c -- the case store on SQLite: the only file that speaks SQL.
 *
 * Durability first: WAL with synchronous=FULL, and every write goes through
 * BEGIN IMMEDIATE so that a writer never deadlocks on a lock upgrade.  The
 * IMAP side moves a message only after the transaction holding it commits,
 * so a crash between the two replays the message, and the dedup key makes
 * the replay a no-op.  Throughput comes from batching messages per
 * transaction, never from weaker syncing.  Prepared statements only; the
 * schema grows by numbered migrations, each in its own transaction.
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "log.h"
#include "store.h"
#include "xmalloc.h"

struct store {
	sqlite3		*db;
	char		*path;
};

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
};
#define NMIGRATIONS	(sizeof migrations / sizeof migrations[0])

static int
store_exec(struct store *st, const char *sql, char **cause)
{
	char	*err = NULL;

	if (sqlite3_exec(st->db, sql, NULL, NULL, &err) != SQLITE_OK) {
		if (cause != NULL)
			xasprintf(cause, "%s: %s", st->path,
			    err ? err : sqlite3_errmsg(st->db));
		sqlite3_free(err);
		return -1;
	}
	return 0;
}

/* Prepare a statement; a failure here is a bug in our SQL. */
static sqlite3_stmt *
stmt(struct store *st, const char *sql)
{
	sqlite3_stmt	*s;

	if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK)
		fatalx("store: %s: %s", sqlite3_errmsg(st->db), sql);
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

static char *
col_text(sqlite3_stmt *s, int i)
{
	const unsigned char *p = sqlite3_column_text(s, i);

	return p ? xstrdup((const char *)p) : NULL;
}

/* Run a statement expected to finish in one step; 0 on success. */
static int
step_done(struct store *st, sqlite3_stmt *s)
{
	int	 rc = sqlite3_step(s);

	if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
		log_warnx("store: %s", sqlite3_errmsg(st->db));
		sqlite3_finalize(s);
		return -1;
	}
	sqlite3_finalize(s);
	return 0;
}

static int
migrate(struct store *st, char **cause)
{
	sqlite3_stmt	*s;
	int		 version;
	size_t		 i;
	char		 sql[64];

	s = stmt(st, "PRAGMA user_version");
	version = sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int(s, 0) : 0;
	sqlite3_finalize(s);
	if (version > (int)NMIGRATIONS) {
		xasprintf(cause, "%s: schema version %d is newer than this "
		    "supportd knows (%zu)", st->path, version, NMIGRATIONS);
		return -1;
	}
	for (i = (size_t)version; i < NMIGRATIONS; i++) {
		if (store_exec(st, "BEGIN IMMEDIATE", cause) == -1)
			return -1;
		snprintf(sql, sizeof sql, "PRAGMA user_version = %zu", i + 1);
		if (store_exec(st, migrations[i], cause) == -1 ||
		    store_exec(st, sql, cause) == -1 ||
		    store_exec(st, "COMMIT", cause) == -1) {
			store_exec(st, "ROLLBACK", NULL);
			return -1;
		}
		log_debug("store: migrated %s to schema %zu", st->path, i + 1);
	}
	return 0;
}

int
store_open(const char *path, struct store **out, char **cause)
{
	struct store	*st;

	st = xcalloc(1, sizeof *st);
	st->path = xstrdup(path);
	if (sqlite3_open_v2(path, &st->db, SQLITE_OPEN_READWRITE |
	    SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
		xasprintf(cause, "%s: %s", path, st->db ?
		    sqlite3_errmsg(st->db) : "cannot open");
		store_close(st);
		return -1;
	}
	/* Another process (supportctl beside supportd) waits, not fails. */
	sqlite3_busy_timeout(st->db, 30000);
	if (store_exec(st, "PRAGMA journal_mode=WAL", cause) == -1 ||
	    store_exec(st, "PRAGMA synchronous=FULL", cause) == -1 ||
	    store_exec(st, "PRAGMA foreign_keys=ON", cause) == -1 ||
	    migrate(st, cause) == -1) {
		store_close(st);
		return -1;
	}
	*out = st;
	return 0;
}

void
store_close(struct store *st)
{
	if (st == NULL)
		return;
	sqlite3_close(st->db);
	free(st->path);
	free(st);
}

int
store_schema_version(struct store *st)
{
	sqlite3_stmt	*s = stmt(st, "PRAGMA user_version");
	int		 v;

	v = sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int(s, 0) : -1;
	sqlite3_finalize(s);
	return v;
}

int
store_begin(struct store *st, char **cause)
{
	return store_exec(st, "BEGIN IMMEDIATE", cause);
}

int
store_commit(struct store *st, char **cause)
{
	return store_exec(st, "COMMIT", cause);
}

void
store_rollback(struct store *st)
{
	if (!sqlite3_get_autocommit(st->db))
		store_exec(st, "ROLLBACK", NULL);
}

int
store_savepoint(struct store *st)
{
	return store_exec(st, "SAVEPOINT message", NULL);
}

int
store_release(struct store *st)
{
	return store_exec(st, "RELEASE message", NULL);
}

void
store_rollback_to(struct store *st)
{
	store_exec(st, "ROLLBACK TO message", NULL);
	store_exec(st, "RELEASE message", NULL);
}

int
store_case_new(struct store *st, const char *prefix,
    const struct store_case *c, int64_t *id, char **cause)
{
	sqlite3_stmt	*s;
	time_t		 now = time(NULL);
	char		 ref[64];
	size_t		 i;

	/* The ref is derived from the id; insert, then name it. */
	s = stmt(st, "INSERT INTO cases (ref, status, queue, priority, "
	    "subject, customer, customer_name, language, assignee, linked, "
	    "created, updated) VALUES ('', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
	bind_text(s, 1, c->status ? c->status : "new");
	bind_text(s, 2, c->queue ? c->queue : "general");
	bind_text(s, 3, c->priority ? c->priority : "normal");
	bind_text(s, 4, c->subject ? c->subject : "");
	bind_text(s, 5, c->customer ? c->customer : "");
	bind_text(s, 6, c->customer_name ? c->customer_name : "");
	bind_text(s, 7, c->language ? c->language : "");
	bind_text(s, 8, c->assignee);
	if (c->linked)
		sqlite3_bind_int64(s, 9, c->linked);
	else
		sqlite3_bind_null(s, 9);
	sqlite3_bind_int64(s, 10, now);
	sqlite3_bind_int64(s, 11, now);
	if (sqlite3_step(s) != SQLITE_DONE) {
		xasprintf(cause, "new case: %s", sqlite3_errmsg(st->db));
		sqlite3_finalize(s);
		return -1;
	}
	sqlite3_finalize(s);
	*id = sqlite3_last_insert_rowid(st->db);

	snprintf(ref, sizeof ref, "%s-%lld", prefix, (long long)*id);
	s = stmt(st, "UPDATE cases SET ref = ? WHERE id = ?");
	bind_text(s, 1, ref);
	sqlite3_bind_int64(s, 2, *id);
	if (step_done(st, s) == -1) {
		xasprintf(cause, "new case: cannot set reference %s", ref);
		return -1;
	}
	for (i = 0; i < c->tags.n; i++)
		store_case_tag(st, *id, c->tags.v[i]);
	return 0;
}

static int
case_load(struct store *st, sqlite3_stmt *s, struct store_case *c)
{
	sqlite3_stmt	*t;

	memset(c, 0, sizeof *c);
	if (sqlite3_step(s) != SQLITE_ROW) {
		sqlite3_finalize(s);
		return -1;
	}
	c->id = sqlite3_column_int64(s, 0);
	c->ref = col_text(s, 1);
	c->status = col_text(s, 2);
	c->queue = col_text(s, 3);
	c->priority = col_text(s, 4);
	c->subject = col_text(s, 5);
	c->customer = col_text(s, 6);
	c->customer_name = col_text(s, 7);
	c->language = col_text(s, 8);
	c->assignee = col_text(s, 9);
	c->linked = sqlite3_column_int64(s, 10);
	c->created = (time_t)sqlite3_column_int64(s, 11);
	c->updated = (time_t)sqlite3_column_int64(s, 12);
	sqlite3_finalize(s);

	t = stmt(st, "SELECT tag FROM case_tags WHERE case_id = ? ORDER BY tag");
	sqlite3_bind_int64(t, 1, c->id);
	while (sqlite3_step(t) == SQLITE_ROW)
		strv_add(&c->tags, (const char *)sqlite3_column_text(t, 0));
	sqlite3_finalize(t);
	return 0;
}

#define CASE_COLUMNS "id, ref, status, queue, priority, subject, customer, " \
	"customer_name, language, assignee, linked, created, updated"

int
store_case_get(struct store *st, int64_t id, struct store_case *c)
{
	sqlite3_stmt	*s;

	s = stmt(st, "SELECT " CASE_COLUMNS " FROM cases WHERE id = ?");
	sqlite3_bind_int64(s, 1, id);
	return case_load(st, s, c);
}

int
store_case_by_ref(struct store *st, const char *ref, struct store_case *c)
{
	sqlite3_stmt	*s;

	s = stmt(st, "SELECT " CASE_COLUMNS " FROM cases WHERE ref = ? "
	    "COLLATE NOCASE");
	bind_text(s, 1, ref);
	return case_load(st, s, c);
}

void
store_case_clear(struct store_case *c)
{
	free(c->ref);
	free(c->status);
	free(c->queue);
	free(c->priority);
	free(c->subject);
	free(c->customer);
	free(c->customer_name);
	free(c->language);
	free(c->assignee);
	strv_free(&c->tags);
	memset(c, 0, sizeof *c);
}

int
store_case_set(struct store *st, int64_t id, const char *field,
    const char *value, const char *actor)
{
	sqlite3_stmt	*s;
	const char	*sql;
	int		 changed;

	/* Field names come from our code, never from input: pick the SQL. */
	if (strcmp(field, "status") == 0)
		sql = "UPDATE cases SET status = ?1, updated = ?2 WHERE id = ?3 "
		    "AND status IS NOT ?1 RETURNING 1";
	else if (strcmp(field, "queue") == 0)
		sql = "UPDATE cases SET queue = ?1, updated = ?2 WHERE id = ?3 "
		    "AND queue IS NOT ?1 RETURNING 1";
	else if (strcmp(field, "priority") == 0)
		sql = "UPDATE cases SET priority = ?1, updated = ?2 WHERE id = ?3 "
		    "AND priority IS NOT ?1 RETURNING 1";
	else if (strcmp(field, "assignee") == 0)
		sql = "UPDATE cases SET assignee = ?1, updated = ?2 WHERE id = ?3 "
		    "AND assignee IS NOT ?1 RETURNING 1";
	else
		fatalx("store_case_set: no field %s", field);

	s = stmt(st, sql);
	bind_text(s, 1, value);
	sqlite3_bind_int64(s, 2, time(NULL));
	sqlite3_bind_int64(s, 3, id);
	changed = sqlite3_step(s) == SQLITE_ROW;
	sqlite3_finalize(s);
	if (!changed)
		return 0;
	store_event(st, id, field, actor, value ? value : "");
	return 1;
}

int
store_case_tag(struct store *st, int64_t id, const char *tag)
{
	sqlite3_stmt	*s;

	s = stmt(st, "INSERT OR IGNORE INTO case_tags (case_id, tag) "
	    "VALUES (?, ?)");
	sqlite3_bind_int64(s, 1, id);
	bind_text(s, 2, tag);
	return step_done(st, s);
}

int
store_case_touch(struct store *st, int64_t id)
{
	sqlite3_stmt	*s;

	s = stmt(st, "UPDATE cases SET updated = ? WHERE id = ?");
	sqlite3_bind_int64(s, 1, time(NULL));
	sqlite3_bind_int64(s, 2, id);
	return step_done(st, s);
}

int
store_contact_add(struct store *st, int64_t id, const char *addr)
{
	sqlite3_stmt	*s;

	if (addr == NULL || *addr == '\0')
		return 0;
	s = stmt(st, "INSERT OR IGNORE INTO case_contacts (case_id, address) "
	    "VALUES (?, ?)");
	sqlite3_bind_int64(s, 1, id);
	bind_text(s, 2, addr);
	return step_done(st, s);
}

int
store_contact_known(struct store *st, int64_t id, const char *addr)
{
	sqlite3_stmt	*s;
	int		 known;

	s = stmt(st, "SELECT 1 FROM case_contacts WHERE case_id = ? AND "
	    "address = ?");
	sqlite3_bind_int64(s, 1, id);
	bind_text(s, 2, addr);
	known = sqlite3_step(s) == SQLITE_ROW;
	sqlite3_finalize(s);
	return known;
}

int
store_msg_seen(struct store *st, const char *dedup)
{
	sqlite3_stmt	*s;
	int		 seen;

	s = stmt(st, "SELECT 1 FROM messages WHERE dedup = ?");
	bind_text(s, 1, dedup);
	seen = sqlite3_step(s) == SQLITE_ROW;
	sqlite3_finalize(s);
	return seen;
}

int
store_msg_add(struct store *st, const struct store_msg *m, int64_t *id,
    char **cause)
{
	sqlite3_stmt	*s;

	s = stmt(st, "INSERT INTO messages (case_id, direction, kind, dedup, "
	    "message_id, mailbox, sender, subject, date, language, body, "
	    "attachments, raw, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
	    "?, ?, ?, ?)");
	if (m->case_id)
		sqlite3_bind_int64(s, 1, m->case_id);
	else
		sqlite3_bind_null(s, 1);
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
	sqlite3_bind_blob64(s, 13, m->raw ? m->raw : "", m->rawlen,
	    SQLITE_TRANSIENT);
	sqlite3_bind_int64(s, 14, time(NULL));
	if (sqlite3_step(s) != SQLITE_DONE) {
		xasprintf(cause, "store message: %s", sqlite3_errmsg(st->db));
		sqlite3_finalize(s);
		return -1;
	}
	sqlite3_finalize(s);
	if (id != NULL)
		*id = sqlite3_last_insert_rowid(st->db);
	return 0;
}

int64_t
store_case_by_msgid(struct store *st, const char *message_id)
{
	sqlite3_stmt	*s;
	int64_t		 id = 0;

	s = stmt(st, "SELECT case_id FROM messages WHERE message_id = ? AND "
	    "case_id IS NOT NULL UNION ALL SELECT case_id FROM outbox WHERE "
	    "message_id = ? AND case_id IS NOT NULL LIMIT 1");
	bind_text(s, 1, message_id);
	bind_text(s, 2, message_id);
	if (sqlite3_step(s) == SQLITE_ROW)
		id = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	return id;
}

int
store_event(struct store *st, int64_t case_id, const char *kind,
    const char *actor, const char *detail)
{
	sqlite3_stmt	*s;

	s = stmt(st, "INSERT INTO events (case_id, at, kind, actor, detail) "
	    "VALUES (?, ?, ?, ?, ?)");
	sqlite3_bind_int64(s, 1, case_id);
	sqlite3_bind_int64(s, 2, time(NULL));
	bind_text(s, 3, kind);
	bind_text(s, 4, actor ? actor : "");
	bind_text(s, 5, detail ? detail : "");
	return step_done(st, s);
}

int
store_out_add(struct store *st, int64_t case_id, const char *message_id,
    const char *mail_from, const struct strv *rcpts, const char *subject,
    const char *raw, int automatic, int64_t *id, char **cause)
{
	sqlite3_stmt	*s;
	struct buf	 b;
	size_t		 i;
	time_t		 now = time(NULL);

	/* Recipients are one per line: an address never holds a newline. */
	buf_init(&b, 1024 * 1024);
	for (i = 0; i < rcpts->n; i++) {
		if (i > 0)
			buf_addc(&b, '\n');
		buf_adds(&b, rcpts->v[i]);
	}
	s = stmt(st, "INSERT INTO outbox (case_id, message_id, mail_from, "
	    "rcpts, subject, raw, automatic, next_attempt, created) VALUES "
	    "(?, ?, ?, ?, ?, ?, ?, ?, ?)");
	if (case_id)
		sqlite3_bind_int64(s, 1, case_id);
	else
		sqlite3_bind_null(s, 1);
	bind_text(s, 2, message_id);
	bind_text(s, 3, mail_from);
	bind_text(s, 4, b.data ? b.data : "");
	bind_text(s, 5, subject ? subject : "");
	bind_text(s, 6, raw);
	sqlite3_bind_int(s, 7, automatic);
	sqlite3_bind_int64(s, 8, now);
	sqlite3_bind_int64(s, 9, now);
	buf_free(&b);
	if (sqlite3_step(s) != SQLITE_DONE) {
		xasprintf(cause, "outbox: %s", sqlite3_errmsg(st->db));
		sqlite3_finalize(s);
		return -1;
	}
	sqlite3_finalize(s);
	if (id != NULL)
		*id = sqlite3_last_insert_rowid(st->db);
	return 0;
}

int
store_autoreplies_since(struct store *st, const char *rcpt, time_t since)
{
	sqlite3_stmt	*s;
	int		 n = 0;

	s = stmt(st, "SELECT count(*) FROM outbox WHERE automatic = 1 AND "
	    "rcpts = ? COLLATE NOCASE AND created >= ?");
	bind_text(s, 1, rcpt);
	sqlite3_bind_int64(s, 2, since);
	if (sqlite3_step(s) == SQLITE_ROW)
		n = sqlite3_column_int(s, 0);
	sqlite3_finalize(s);
	return n;
}

int
store_out_due(struct store *st, time_t now, size_t max,
    struct store_out **out, size_t *n)
{
	sqlite3_stmt	*s;
	struct store_out *o = NULL;
	size_t		 k = 0;
	const char	*r, *nl;

	/* A claim older than STORE_CLAIM_TTL is a sender that died. */
	s = stmt(st, "SELECT id, case_id, mail_from, rcpts, raw, attempts "
	    "FROM outbox WHERE (status = 'queued' AND next_attempt <= ?1) OR "
	    "(status = 'sending' AND claimed < ?3) ORDER BY next_attempt, id "
	    "LIMIT ?2");
	sqlite3_bind_int64(s, 1, now);
	sqlite3_bind_int64(s, 2, (sqlite3_int64)max);
	sqlite3_bind_int64(s, 3, time(NULL) - STORE_CLAIM_TTL);
	while (sqlite3_step(s) == SQLITE_ROW) {
		o = xreallocarray(o, k + 1, sizeof *o);
		memset(&o[k], 0, sizeof o[k]);
		o[k].id = sqlite3_column_int64(s, 0);
		o[k].case_id = sqlite3_column_int64(s, 1);
		o[k].mail_from = col_text(s, 2);
		r = (const char *)sqlite3_column_text(s, 3);
		while (r != NULL && *r != '\0') {
			nl = strchr(r, '\n');
			strv_addn(&o[k].rcpts, r, nl ? (size_t)(nl - r) :
			    strlen(r));
			r = nl ? nl + 1 : NULL;
		}
		o[k].raw = col_text(s, 4);
		o[k].rawlen = o[k].raw ? strlen(o[k].raw) : 0;
		o[k].attempts = sqlite3_column_int(s, 5);
		k++;
	}
	sqlite3_finalize(s);
	*out = o;
	*n = k;
	return 0;
}

void
store_out_free(struct store_out *o, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++) {
		free(o[i].mail_from);
		strv_free(&o[i].rcpts);
		free(o[i].raw);
	}
	free(o);
}

int
store_out_claim(struct store *st, int64_t id)
{
	sqlite3_stmt	*s;
	time_t		 now = time(NULL);

	s = stmt(st, "UPDATE outbox SET status = 'sending', claimed = ?1 "
	    "WHERE id = ?2 AND (status = 'queued' OR (status = 'sending' AND "
	    "claimed < ?3))");
	sqlite3_bind_int64(s, 1, now);
	sqlite3_bind_int64(s, 2, id);
	sqlite3_bind_int64(s, 3, now - STORE_CLAIM_TTL);
	if (step_done(st, s) == -1)
		return -1;
	return sqlite3_changes(st->db) == 1 ? 1 : 0;
}

int
store_out_sent(struct store *st, int64_t id)
{
	sqlite3_stmt	*s;

	s = stmt(st, "UPDATE outbox SET status = 'sent', sent = ?, "
	    "attempts = attempts + 1, last_error = NULL WHERE id = ?");
	sqlite3_bind_int64(s, 1, time(NULL));
	sqlite3_bind_int64(s, 2, id);
	return step_done(st, s);
}

int
store_out_retry(struct store *st, int64_t id, time_t next, const char *error)
{
	sqlite3_stmt	*s;

	s = stmt(st, "UPDATE outbox SET status = 'queued', attempts = "
	    "attempts + 1, next_attempt = ?, last_error = ? WHERE id = ?");
	sqlite3_bind_int64(s, 1, next);
	bind_text(s, 2, error);
	sqlite3_bind_int64(s, 3, id);
	return step_done(st, s);
}

int
store_out_failed(struct store *st, int64_t id, const char *error)
{
	sqlite3_stmt	*s;
	int64_t		 case_id = 0;

	s = stmt(st, "UPDATE outbox SET status = 'failed', attempts = "
	    "attempts + 1, last_error = ? WHERE id = ? RETURNING case_id");
	bind_text(s, 1, error);
	sqlite3_bind_int64(s, 2, id);
	if (sqlite3_step(s) == SQLITE_ROW)
		case_id = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	if (case_id)
		store_event(st, case_id, "delivery-failed", "smtp", error);
	return 0;
}

time_t
store_out_next(struct store *st)
{
	sqlite3_stmt	*s;
	time_t		 t = 0;

	s = stmt(st, "SELECT min(next_attempt) FROM outbox WHERE status = "
	    "'queued'");	/* a stale claim waits for the next run */
	if (sqlite3_step(s) == SQLITE_ROW)
		t = (time_t)sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	return t;
}

int
store_out_counts(struct store *st, int *queued, int *sent, int *failed)
{
	sqlite3_stmt	*s;

	s = stmt(st, "SELECT count(*) FILTER (WHERE status IN ('queued', "
	    "'sending')), "
	    "count(*) FILTER (WHERE status = 'sent'), "
	    "count(*) FILTER (WHERE status = 'failed') FROM outbox");
	if (sqlite3_step(s) == SQLITE_ROW) {
		*queued = sqlite3_column_int(s, 0);
		*sent = sqlite3_column_int(s, 1);
		*failed = sqlite3_column_int(s, 2);
	}
	sqlite3_finalize(s);
	return 0;
}

int
store_quarantine(struct store *st, const char *mailbox, uint32_t uid,
    const char *reason, const char *raw, size_t len, int64_t *id)
{
	sqlite3_stmt	*s;

	s = stmt(st, "INSERT INTO quarantine (mailbox, uid, reason, raw, "
	    "created) VALUES (?, ?, ?, ?, ?)");
	bind_text(s, 1, mailbox ? mailbox : "");
	if (uid)
		sqlite3_bind_int64(s, 2, uid);
	else
		sqlite3_bind_null(s, 2);
	bind_text(s, 3, reason);
	sqlite3_bind_blob64(s, 4, raw ? raw : "", len, SQLITE_TRANSIENT);
	sqlite3_bind_int64(s, 5, time(NULL));
	if (sqlite3_step(s) != SQLITE_DONE) {
		log_warnx("store: quarantine: %s", sqlite3_errmsg(st->db));
		sqlite3_finalize(s);
		return -1;
	}
	sqlite3_finalize(s);
	if (id != NULL)
		*id = sqlite3_last_insert_rowid(st->db);
	return 0;
}

int
store_quarantined(struct store *st, const char *mailbox, uint32_t uid)
{
	sqlite3_stmt	*s;
	int		 found;

	s = stmt(st, "SELECT 1 FROM quarantine WHERE mailbox = ? AND uid = ? "
	    "AND length(raw) = 0");
	bind_text(s, 1, mailbox);
	sqlite3_bind_int64(s, 2, uid);
	found = sqlite3_step(s) == SQLITE_ROW;
	sqlite3_finalize(s);
	return found;
}

int
store_checkpoint_get(struct store *st, const char *mailbox,
    uint32_t *uidvalidity, uint32_t *last_uid)
{
	sqlite3_stmt	*s;
	int		 found;

	s = stmt(st, "SELECT uidvalidity, last_uid FROM checkpoints WHERE "
	    "mailbox = ?");
	bind_text(s, 1, mailbox);
	found = sqlite3_step(s) == SQLITE_ROW;
	if (found) {
		*uidvalidity = (uint32_t)sqlite3_column_int64(s, 0);
		*last_uid = (uint32_t)sqlite3_column_int64(s, 1);
	} else
		*uidvalidity = *last_uid = 0;
	sqlite3_finalize(s);
	return found ? 0 : -1;
}

int
store_checkpoint_set(struct store *st, const char *mailbox,
    uint32_t uidvalidity, uint32_t last_uid)
{
	sqlite3_stmt	*s;

	s = stmt(st, "INSERT INTO checkpoints (mailbox, uidvalidity, last_uid, "
	    "updated) VALUES (?1, ?2, ?3, ?4) ON CONFLICT(mailbox) DO UPDATE "
	    "SET uidvalidity = ?2, last_uid = ?3, updated = ?4");
	bind_text(s, 1, mailbox);
	sqlite3_bind_int64(s, 2, uidvalidity);
	sqlite3_bind_int64(s, 3, last_uid);
	sqlite3_bind_int64(s, 4, time(NULL));
	return step_done(st, s);
}

/* Run a query returning one text column: the whole report (JSON or text). */
static char *
report_query(struct store *st, sqlite3_stmt *s)
{
	char	*out = NULL;
	int	 rc;

	if ((rc = sqlite3_step(s)) == SQLITE_ROW)
		out = col_text(s, 0);
	else if (rc != SQLITE_DONE)
		log_warnx("store: %s", sqlite3_errmsg(st->db));
	sqlite3_finalize(s);
	return out;
}

#define CASE_JSON \
	"json_object('ref', c.ref, 'status', c.status, 'queue', c.queue, " \
	"'priority', c.priority, 'subject', c.subject, 'customer', " \
	"c.customer, 'customer_name', c.customer_name, 'language', " \
	"c.language, 'tags', (SELECT json_group_array(tag) FROM " \
	"(SELECT tag FROM case_tags WHERE case_id = c.id ORDER BY tag)), " \
	"'assignee', c.assignee, 'linked', (SELECT ref FROM cases l WHERE " \
	"l.id = c.linked), " \
	"'created', strftime('%Y-%m-%dT%H:%M:%SZ', c.created, 'unixepoch'), " \
	"'updated', strftime('%Y-%m-%dT%H:%M:%SZ', c.updated, 'unixepoch')"

char *
store_cases_json(struct store *st, const char *status, const char *queue)
{
	sqlite3_stmt	*s;

	s = stmt(st, "SELECT coalesce(json_group_array(json(j)), '[]') FROM "
	    "(SELECT json_insert(" CASE_JSON "), '$.messages', (SELECT "
	    "count(*) FROM messages m WHERE m.case_id = c.id)) AS j FROM "
	    "cases c WHERE (?1 IS NULL OR c.status = ?1) AND (?2 IS NULL OR "
	    "c.queue = ?2) ORDER BY c.id)");
	bind_text(s, 1, status);
	bind_text(s, 2, queue);
	return report_query(st, s);
}

char *
store_case_json(struct store *st, const char *ref)
{
	sqlite3_stmt	*s;

	s = stmt(st, "SELECT json_insert(" CASE_JSON "), "
	    "'$.messages', (SELECT coalesce(json_group_array(json_object("
	    "'id', m.id, 'direction', m.direction, 'kind', m.kind, "
	    "'message_id', m.message_id, 'from', m.sender, 'subject', "
	    "m.subject, 'date', strftime('%Y-%m-%dT%H:%M:%SZ', coalesce(m.date, "
	    "m.created), 'unixepoch'), 'language', m.language, 'body', m.body, "
	    "'attachments', json(m.attachments))), '[]') FROM (SELECT * FROM "
	    "messages WHERE case_id = c.id ORDER BY id) m), "
	    "'$.events', (SELECT coalesce(json_group_array(json_object('at', "
	    "strftime('%Y-%m-%dT%H:%M:%SZ', e.at, 'unixepoch'), 'kind', e.kind, "
	    "'actor', e.actor, 'detail', e.detail)), '[]') FROM (SELECT * FROM "
	    "events WHERE case_id = c.id ORDER BY id) e)) FROM cases c WHERE "
	    "c.ref = ? COLLATE NOCASE");
	bind_text(s, 1, ref);
	return report_query(st, s);
}

char *
store_outbox_json(struct store *st)
{
	sqlite3_stmt	*s;

	s = stmt(st, "SELECT coalesce(json_group_array(json_object('id', o.id, "
	    "'case', (SELECT ref FROM cases c WHERE c.id = o.case_id), 'to', "
	    "o.rcpts, 'subject', o.subject, 'status', o.status, 'attempts', "
	    "o.attempts, 'error', o.last_error, 'message_id', o.message_id, "
	    "'raw', o.raw)), '[]') FROM (SELECT * FROM outbox ORDER BY id) o");
	return report_query(st, s);
}

char *
store_quarantine_json(struct store *st)
{
	sqlite3_stmt	*s;

	s = stmt(st, "SELECT coalesce(json_group_array(json_object('id', q.id, "
	    "'mailbox', q.mailbox, 'uid', q.uid, 'reason', q.reason, 'size', "
	    "length(q.raw), 'created', strftime('%Y-%m-%dT%H:%M:%SZ', q.created, "
	    "'unixepoch'))), '[]') FROM (SELECT * FROM quarantine ORDER BY id) q");
	return report_query(st, s);
}

char *
store_cases_text(struct store *st, const char *status, const char *queue)
{
	sqlite3_stmt	*s;

	s = stmt(st, "SELECT coalesce(group_concat(line, char(10)), '') FROM "
	    "(SELECT printf('%-10s %-9s %-10s %-7s %-4s %-28.28s %s', c.ref, "
	    "c.status, c.queue, c.priority, c.language, c.customer, c.subject) "
	    "AS line FROM cases c WHERE (?1 IS NULL OR c.status = ?1) AND "
	    "(?2 IS NULL OR c.queue = ?2) ORDER BY c.id)");
	bind_text(s, 1, status);
	bind_text(s, 2, queue);
	return report_query(st, s);
}

char *
store_case_text(struct store *st, const char *ref)
{
	sqlite3_stmt	*s;

	s = stmt(st, "SELECT printf('%s  %s%s%s" "\n" "status:   %s" "\n"
	    "queue:    %s" "\n" "priority: %s" "\n" "customer: %s <%s>" "\n"
	    "language: %s" "\n" "assignee: %s" "\n" "tags:     %s" "\n"
	    "created:  %s" "\n" "updated:  %s" "\n" "', c.ref, c.subject, "
	    "CASE WHEN c.linked IS NULL THEN '' ELSE '  (follows ' END, "
	    "coalesce((SELECT ref || ')' FROM cases l WHERE l.id = c.linked), "
	    "''), c.status, c.queue, c.priority, c.customer_name, c.customer, "
	    "c.language, coalesce(c.assignee, '-'), coalesce((SELECT "
	    "group_concat(tag, ' ') FROM case_tags WHERE case_id = c.id), '-'), "
	    "datetime(c.created, 'unixepoch'), datetime(c.updated, "
	    "'unixepoch')) || coalesce((SELECT group_concat(printf(char(10) || "
	    "'--- %s %s %s  %s' || char(10) || 'Subject: %s' || char(10) || "
	    "char(10) || '%s', datetime(coalesce(m.date, m.created), "
	    "'unixepoch'), m.direction, m.kind, m.sender, m.subject, m.body), "
	    "char(10)) FROM (SELECT * FROM messages WHERE case_id = c.id ORDER "
	    "BY id) m), '') || char(10) || '--- events' || char(10) || "
	    "coalesce((SELECT group_concat(printf('%s  %-14s %-24s %s', "
	    "datetime(e.at, 'unixepoch'), e.kind, e.actor, e.detail), "
	    "char(10)) FROM (SELECT * FROM events WHERE case_id = c.id ORDER BY "
	    "id) e), '') FROM cases c WHERE c.ref = ? COLLATE NOCASE");
	bind_text(s, 1, ref);
	return report_query(st, s);
}

char *
store_outbox_text(struct store *st)
{
	sqlite3_stmt	*s;

	s = stmt(st, "SELECT coalesce(group_concat(line, char(10)), '') FROM "
	    "(SELECT printf('%-5d %-10s %-7s %2d  %-28.28s %s%s', o.id, "
	    "coalesce((SELECT ref FROM cases c WHERE c.id = o.case_id), '-'), "
	    "o.status, o.attempts, replace(o.rcpts, char(10), ','), o.subject, "
	    "CASE WHEN o.last_error IS NULL THEN '' ELSE '  [' || o.last_error "
	    "|| ']' END) AS line FROM outbox o ORDER BY o.id)");
	return report_query(st, s);
}

char *
store_quarantine_text(struct store *st)
{
	sqlite3_stmt	*s;

	s = stmt(st, "SELECT coalesce(group_concat(line, char(10)), '') FROM "
	    "(SELECT printf('Q-%-5d %s %-10s %8d bytes  %s', q.id, "
	    "datetime(q.created, 'unixepoch'), q.mailbox, length(q.raw), "
	    "q.reason) AS line FROM quarantine q ORDER BY q.id)");
	return report_query(st, s);
}

int
store_quarantine_raw(struct store *st, int64_t id, char **raw, size_t *len,
    char **mailbox)
{
	sqlite3_stmt	*s;
	int		 rv = -1;

	s = stmt(st, "SELECT raw, mailbox FROM quarantine WHERE id = ?");
	sqlite3_bind_int64(s, 1, id);
	if (sqlite3_step(s) == SQLITE_ROW) {
		*len = (size_t)sqlite3_column_bytes(s, 0);
		*raw = xmalloc(*len + 1);
		if (*len)
			memcpy(*raw, sqlite3_column_blob(s, 0), *len);
		(*raw)[*len] = '\0';
		if (mailbox != NULL)
			*mailbox = col_text(s, 1);
		rv = 0;
	}
	sqlite3_finalize(s);
	return rv;
}

int
store_quarantine_delete(struct store *st, int64_t id)
{
	sqlite3_stmt	*s;

	s = stmt(st, "DELETE FROM quarantine WHERE id = ?");
	sqlite3_bind_int64(s, 1, id);
	return step_done(st, s);
}

int64_t
store_case_by_dedup(struct store *st, const char *dedup)
{
	sqlite3_stmt	*s;
	int64_t		 id = 0;

	s = stmt(st, "SELECT case_id FROM messages WHERE dedup = ?");
	bind_text(s, 1, dedup);
	if (sqlite3_step(s) == SQLITE_ROW)
		id = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	return id;
}

char *
store_kv_get(struct store *st, const char *key)
{
	sqlite3_stmt	*s;
	char		*v = NULL;

	s = stmt(st, "SELECT value FROM kv WHERE key = ?");
	bind_text(s, 1, key);
	if (sqlite3_step(s) == SQLITE_ROW)
		v = col_text(s, 0);
	sqlite3_finalize(s);
	return v;
}

int
store_kv_set(struct store *st, const char *key, const char *value)
{
	sqlite3_stmt	*s;

	s = stmt(st, "INSERT INTO kv (key, value) VALUES (?1, ?2) "
	    "ON CONFLICT(key) DO UPDATE SET value = ?2");
	bind_text(s, 1, key);
	bind_text(s, 2, value);
	return step_done(st, s);
}
