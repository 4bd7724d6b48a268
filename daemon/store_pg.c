/*
 * store_pg.c -- the case store on PostgreSQL, for a desk that several
 * supportd hosts share: the only file that includes libpq-fe.h.
 *
 * The semantics are store_sqlite.c's, row for row; what differs is how
 * several daemons stay out of each other's way, with nothing home-made:
 * case numbers come from a sequence, an outbox row is claimed with
 * SELECT ... FOR UPDATE SKIP LOCKED (and a claim whose backend is gone is
 * taken over at once), and a mailbox is read by the one daemon holding a
 * session advisory lock on its name, which PostgreSQL drops with the
 * connection of a daemon that dies.  Statements are prepared once per
 * connection (PQprepare) and run with PQexecPrepared; bytes travel as
 * binary parameters.  The schema has numbered migrations of its own,
 * applied under a transaction-level advisory lock so that two daemons
 * starting together migrate once.
 */
#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "clock.h"
#include "log.h"
#include "store_backend.h"
#include "xmalloc.h"

/* Migration i brings the schema to version i + 1; append, never edit. */
static const char *const pg_migrations[] = {
	/* 1: SQLite's schema at its version 4, in PostgreSQL's words. */
	"CREATE SEQUENCE case_numbers START 1001;"
	"CREATE TABLE cases ("
	"  id bigint PRIMARY KEY DEFAULT nextval('case_numbers'),"
	"  ref text NOT NULL UNIQUE,"
	"  status text NOT NULL DEFAULT 'new',"
	"  queue text NOT NULL,"
	"  priority text NOT NULL DEFAULT 'normal',"
	"  subject text NOT NULL DEFAULT '',"
	"  customer text NOT NULL,"
	"  customer_name text NOT NULL DEFAULT '',"
	"  language text NOT NULL DEFAULT '',"
	"  assignee text,"
	"  linked bigint REFERENCES cases(id) DEFERRABLE,"
	"  created bigint NOT NULL,"
	"  updated bigint NOT NULL);"
	"ALTER SEQUENCE case_numbers OWNED BY cases.id;"
	"CREATE UNIQUE INDEX cases_ref_nocase ON cases (lower(ref));"
	"CREATE INDEX cases_status ON cases (status, queue);"
	"CREATE TABLE case_tags ("
	"  case_id bigint NOT NULL REFERENCES cases(id),"
	"  tag text NOT NULL,"
	"  PRIMARY KEY (case_id, tag));"
	"CREATE TABLE case_contacts ("
	"  case_id bigint NOT NULL REFERENCES cases(id),"
	"  address text NOT NULL);"
	"CREATE UNIQUE INDEX case_contacts_key ON case_contacts "
	"  (case_id, lower(address));"
	"CREATE TABLE case_links ("
	"  case_id bigint NOT NULL REFERENCES cases(id),"
	"  other_id bigint NOT NULL REFERENCES cases(id),"
	"  PRIMARY KEY (case_id, other_id));"
	"CREATE TABLE messages ("
	"  id bigserial PRIMARY KEY,"
	"  case_id bigint REFERENCES cases(id),"
	"  direction text NOT NULL,"
	"  kind text NOT NULL,"
	"  dedup text NOT NULL UNIQUE,"
	"  message_id text,"
	"  mailbox text NOT NULL DEFAULT '',"
	"  sender text NOT NULL DEFAULT '',"
	"  subject text NOT NULL DEFAULT '',"
	"  date bigint,"
	"  language text NOT NULL DEFAULT '',"
	"  body text NOT NULL DEFAULT '',"
	"  attachments text NOT NULL DEFAULT '[]',"
	"  raw bytea NOT NULL,"
	"  created bigint NOT NULL);"
	"CREATE INDEX messages_case ON messages (case_id);"
	"CREATE INDEX messages_msgid ON messages (message_id);"
	"CREATE TABLE events ("
	"  id bigserial PRIMARY KEY,"
	"  case_id bigint NOT NULL REFERENCES cases(id),"
	"  at bigint NOT NULL,"
	"  kind text NOT NULL,"
	"  actor text NOT NULL DEFAULT '',"
	"  detail text NOT NULL DEFAULT '');"
	"CREATE INDEX events_case ON events (case_id);"
	"CREATE TABLE outbox ("
	"  id bigserial PRIMARY KEY,"
	"  case_id bigint REFERENCES cases(id),"
	"  message_id text NOT NULL UNIQUE,"
	"  mail_from text NOT NULL,"
	"  rcpts text NOT NULL,"
	"  subject text NOT NULL DEFAULT '',"
	"  raw bytea NOT NULL,"
	"  automatic integer NOT NULL DEFAULT 0,"
	"  status text NOT NULL DEFAULT 'queued',"
	"  attempts integer NOT NULL DEFAULT 0,"
	"  next_attempt bigint NOT NULL,"
	"  last_error text,"
	"  created bigint NOT NULL,"
	"  sent bigint,"
	"  claimed bigint,"
	"  claimed_by integer,"	/* the claiming backend's pid */
	"  rcpt_key text);"
	"CREATE INDEX outbox_due ON outbox (status, next_attempt);"
	"CREATE INDEX outbox_auto ON outbox (rcpt_key, created) "
	"  WHERE automatic = 1;"
	"CREATE TABLE checkpoints ("
	"  mailbox text PRIMARY KEY,"
	"  uidvalidity bigint NOT NULL,"
	"  last_uid bigint NOT NULL,"
	"  updated bigint NOT NULL);"
	"CREATE TABLE quarantine ("
	"  id bigserial PRIMARY KEY,"
	"  mailbox text NOT NULL DEFAULT '',"
	"  uid bigint,"
	"  reason text NOT NULL,"
	"  raw bytea NOT NULL,"
	"  created bigint NOT NULL);"
	"CREATE TABLE kv ("
	"  key text PRIMARY KEY,"
	"  value text NOT NULL);",

	/*
	 * 2: SQLite's 5 and 6: timers (SLA, auto-close, follow-up), fired
	 * once; how each mailbox is doing.
	 */
	"CREATE TABLE timers ("
	"  id bigserial PRIMARY KEY,"
	"  case_id bigint NOT NULL REFERENCES cases(id),"
	"  kind text NOT NULL,"
	"  due bigint NOT NULL,"
	"  fired bigint,"
	"  UNIQUE (case_id, kind));"
	"CREATE INDEX timers_due ON timers (due) WHERE fired IS NULL;"
	"CREATE TABLE mailbox_stats ("
	"  mailbox text PRIMARY KEY,"
	"  last_poll bigint,"
	"  last_ok bigint,"
	"  processed integer NOT NULL DEFAULT 0,"
	"  errors integer NOT NULL DEFAULT 0,"
	"  last_error text);",
};
#define PG_NMIGRATIONS	(sizeof pg_migrations / sizeof pg_migrations[0])

/* The advisory lock key that serialises migrations ("supd" "migr"). */
#define PG_MIGRATE_LOCK	"7373757064000001"

#define PG_MAXPARAMS	16

/* Parameters of one statement: text, or bytes as a binary parameter. */
struct pg_params {
	int		 n;
	const char	*v[PG_MAXPARAMS];
	int		 len[PG_MAXPARAMS];
	int		 fmt[PG_MAXPARAMS];
	char		 num[PG_MAXPARAMS][24];
};

struct pg_store {
	struct store	 base;	/* first: a struct store * is one of these */
	PGconn		*conn;
	char		*label;		/* the connection string, for messages */
	const char	**prepared;	/* SQL literals prepared on conn */
	size_t		 nprepared;
	struct strv	 leases;	/* mailboxes whose lock conn holds */
	int		 listening;	/* LISTEN supportd sent */
};

static void	 pg_close(struct store *);
static int	 pg_case_tag(struct store *, int64_t, const char *, char **);
static int	 pg_case_by_ref(struct store *, const char *,
		    struct store_case *, char **);
static int	 pg_event(struct store *, int64_t, const char *, const char *,
		    const char *, char **);

static void
pg_text(struct pg_params *p, const char *v)
{
	p->v[p->n] = v;
	p->len[p->n] = 0;
	p->fmt[p->n] = 0;
	p->n++;
}

static void
pg_int(struct pg_params *p, int64_t v)
{
	snprintf(p->num[p->n], sizeof p->num[0], "%lld", (long long)v);
	pg_text(p, p->num[p->n]);
}

/* An id, or NULL for 0 (no case). */
static void
pg_id(struct pg_params *p, int64_t v)
{
	if (v == 0)
		pg_text(p, NULL);
	else
		pg_int(p, v);
}

static void
pg_bytes(struct pg_params *p, const char *v, size_t len)
{
	p->v[p->n] = v ? v : "";
	p->len[p->n] = (int)len;
	p->fmt[p->n] = 1;
	p->n++;
}

/* PostgreSQL's message without its trailing newline. */
static void
pg_cause(struct pg_store *st, char **cause, const char *what,
    const char *msg)
{
	size_t	 n = strlen(msg);

	while (n > 0 && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
		n--;
	if (cause != NULL && *cause == NULL)
		xasprintf(cause, "%s: %s: %.*s", st->label, what, (int)n, msg);
	else
		log_debug("store: %s: %.*s", what, (int)n, msg);
}

/* Notices (a migration's "already exists, skipping") go to the debug log. */
static void
pg_notice(void *arg, const char *msg)
{
	log_debug("store: postgresql: %s", msg);
}

/*
 * A broken connection is made again before the next statement, outside a
 * transaction only; what was prepared and the leases held went with it.
 */
static int
pg_alive(struct pg_store *st, char **cause)
{
	if (PQstatus(st->conn) == CONNECTION_OK)
		return 0;
	free(st->prepared);
	st->prepared = NULL;
	st->nprepared = 0;
	strv_free(&st->leases);
	PQreset(st->conn);
	if (PQstatus(st->conn) != CONNECTION_OK) {
		pg_cause(st, cause, "reconnect", PQerrorMessage(st->conn));
		return -1;
	}
	log_info("store: %s: connected again", st->label);
	return 0;
}

/* Run a statement with no parameters and no rows (BEGIN, SAVEPOINT...). */
static int
pg_exec(struct pg_store *st, const char *sql, char **cause)
{
	PGresult	*r;
	int		 rv = 0;

	if (PQtransactionStatus(st->conn) == PQTRANS_IDLE &&
	    pg_alive(st, cause) == -1)
		return -1;
	r = PQexec(st->conn, sql);
	if (PQresultStatus(r) != PGRES_COMMAND_OK &&
	    PQresultStatus(r) != PGRES_TUPLES_OK) {
		pg_cause(st, cause, sql, PQresultErrorMessage(r));
		rv = -1;
	}
	PQclear(r);
	return rv;
}

/*
 * Run sql, a string literal whose address names it, prepared once on this
 * connection.  The result, or NULL with *cause.
 */
static PGresult *
pg_query(struct pg_store *st, const char *sql, const struct pg_params *p,
    const char *what, char **cause)
{
	PGresult	*r;
	char		 name[32];
	size_t		 i;

	if (PQtransactionStatus(st->conn) == PQTRANS_IDLE &&
	    pg_alive(st, cause) == -1)
		return NULL;
	for (i = 0; i < st->nprepared; i++)
		if (st->prepared[i] == sql)
			break;
	snprintf(name, sizeof name, "s%zu", i);
	if (i == st->nprepared) {
		r = PQprepare(st->conn, name, sql, 0, NULL);
		if (PQresultStatus(r) != PGRES_COMMAND_OK) {
			pg_cause(st, cause, what, PQresultErrorMessage(r));
			PQclear(r);
			return NULL;
		}
		PQclear(r);
		st->prepared = xreallocarray(st->prepared, st->nprepared + 1,
		    sizeof *st->prepared);
		st->prepared[st->nprepared++] = sql;
	}
	r = PQexecPrepared(st->conn, name, p ? p->n : 0, p ? p->v : NULL,
	    p ? p->len : NULL, p ? p->fmt : NULL, 0);
	if (PQresultStatus(r) != PGRES_COMMAND_OK &&
	    PQresultStatus(r) != PGRES_TUPLES_OK) {
		pg_cause(st, cause, what, PQresultErrorMessage(r));
		PQclear(r);
		return NULL;
	}
	return r;
}

/* Run a statement whose rows we do not need: 0, or -1 with *cause. */
static int
pg_run(struct pg_store *st, const char *sql, const struct pg_params *p,
    const char *what, char **cause)
{
	PGresult	*r;

	if ((r = pg_query(st, sql, p, what, cause)) == NULL)
		return -1;
	PQclear(r);
	return 0;
}

/* Rows a statement changed: -1 when it failed. */
static int
pg_changed(struct pg_store *st, const char *sql, const struct pg_params *p,
    const char *what, char **cause)
{
	PGresult	*r;
	const char	*n;
	int		 k;

	if ((r = pg_query(st, sql, p, what, cause)) == NULL)
		return -1;
	n = PQcmdTuples(r);
	k = (int)strtol(n, NULL, 10);
	PQclear(r);
	return k;
}

static char *
pg_col_text(PGresult *r, int row, int col)
{
	return PQgetisnull(r, row, col) ? NULL :
	    xstrdup(PQgetvalue(r, row, col));
}

static int64_t
pg_col_int(PGresult *r, int row, int col)
{
	return PQgetisnull(r, row, col) ? 0 :
	    strtoll(PQgetvalue(r, row, col), NULL, 10);
}

/* A bytea column (text format) as bytes, NUL-terminated. */
static char *
pg_col_bytes(PGresult *r, int row, int col, size_t *len)
{
	unsigned char	*b;
	size_t		 n = 0;
	char		*out;

	b = PQunescapeBytea((const unsigned char *)PQgetvalue(r, row, col),
	    &n);
	out = xmalloc(n + 1);
	if (b != NULL && n > 0)
		memcpy(out, b, n);
	out[n] = '\0';
	*len = b != NULL ? n : 0;
	PQfreemem(b);
	return out;
}

static int
pg_schema_version(struct store *base)
{
	struct pg_store	*st = (struct pg_store *)base;
	PGresult	*r;
	int		 v = -1;

	if ((r = pg_query(st, "SELECT coalesce(max(version), 0) FROM "
	    "supportd_schema", NULL, "schema version", NULL)) == NULL)
		return -1;
	if (PQntuples(r) == 1)
		v = (int)pg_col_int(r, 0, 0);
	PQclear(r);
	return v;
}

static int
pg_migrate(struct pg_store *st, char **cause)
{
	int	 version;
	size_t	 i;
	char	 sql[96];

	if (pg_exec(st, "BEGIN", cause) == -1)
		return -1;
	if (pg_exec(st, "SELECT pg_advisory_xact_lock(" PG_MIGRATE_LOCK ")",
	    cause) == -1 || pg_exec(st, "CREATE TABLE IF NOT EXISTS "
	    "supportd_schema (version integer NOT NULL)", cause) == -1 ||
	    (version = pg_schema_version(&st->base)) == -1) {
		if (cause != NULL && *cause == NULL)
			xasprintf(cause, "%s: cannot read the schema version",
			    st->label);
		goto fail;
	}
	if (version > (int)PG_NMIGRATIONS) {
		xasprintf(cause, "%s: schema version %d is newer than this "
		    "supportd knows (%zu)", st->label, version,
		    PG_NMIGRATIONS);
		goto fail;
	}
	for (i = (size_t)version; i < PG_NMIGRATIONS; i++) {
		snprintf(sql, sizeof sql, "DELETE FROM supportd_schema; "
		    "INSERT INTO supportd_schema VALUES (%zu)", i + 1);
		if (pg_exec(st, pg_migrations[i], cause) == -1 ||
		    pg_exec(st, sql, cause) == -1)
			goto fail;
		log_debug("store: migrated %s to schema %zu", st->label,
		    i + 1);
	}
	if (pg_exec(st, "COMMIT", cause) == -1)
		goto fail;
	return 0;
fail:
	pg_exec(st, "ROLLBACK", NULL);
	return -1;
}

static int
pg_open(const char *spec, struct store **out, char **cause)
{
	struct pg_store		*st;
	PQconninfoOption	*opts, *o;
	char			*err = NULL;

	/* The password lives in PGPASSFILE or ~/.pgpass, never the config. */
	if ((opts = PQconninfoParse(spec, &err)) == NULL) {
		xasprintf(cause, "database: %s", err ? err :
		    "bad connection string");
		PQfreemem(err);
		return -1;
	}
	for (o = opts; o->keyword != NULL; o++)
		if (strcmp(o->keyword, "password") == 0 && o->val != NULL &&
		    *o->val != '\0') {
			PQconninfoFree(opts);
			xasprintf(cause, "database: a password in the "
			    "connection string; put it in a password file "
			    "(PGPASSFILE or ~/.pgpass)");
			return -1;
		}
	PQconninfoFree(opts);

	st = xcalloc(1, sizeof *st);
	st->base.ops = &store_pg_ops;
	st->label = xstrdup(spec);
	st->conn = PQconnectdb(spec);
	if (PQstatus(st->conn) != CONNECTION_OK) {
		pg_cause(st, cause, "connect", PQerrorMessage(st->conn));
		pg_close(&st->base);
		return -1;
	}
	PQsetNoticeProcessor(st->conn, pg_notice, NULL);
	if (PQsetClientEncoding(st->conn, "UTF8") != 0) {
		pg_cause(st, cause, "client encoding",
		    PQerrorMessage(st->conn));
		pg_close(&st->base);
		return -1;
	}
	if (pg_migrate(st, cause) == -1) {
		pg_close(&st->base);
		return -1;
	}
	*out = &st->base;
	return 0;
}

static void
pg_close(struct store *base)
{
	struct pg_store	*st = (struct pg_store *)base;

	PQfinish(st->conn);
	free(st->prepared);
	strv_free(&st->leases);
	free(st->label);
	free(st);
}

static int
pg_begin(struct store *base, char **cause)
{
	return pg_exec((struct pg_store *)base, "BEGIN", cause);
}

/* COMMIT of a failed transaction answers ROLLBACK: that is a failure. */
static int
pg_commit(struct store *base, char **cause)
{
	struct pg_store	*st = (struct pg_store *)base;
	PGresult	*r;
	int		 rv = 0;

	/*
	 * The NOTIFY goes out with the commit, to every daemon listening on
	 * the desk (store_changes_fd), in the same round trip.
	 */
	r = PQexec(st->conn, "NOTIFY supportd; COMMIT");
	if (PQresultStatus(r) != PGRES_COMMAND_OK) {
		pg_cause(st, cause, "commit", PQresultErrorMessage(r));
		rv = -1;
	} else if (strcmp(PQcmdStatus(r), "COMMIT") != 0) {
		pg_cause(st, cause, "commit", "the transaction was rolled back");
		rv = -1;
	}
	PQclear(r);
	return rv;
}

/*
 * Another process's commit, told by its NOTIFY: the connection listens,
 * and its socket is readable when a notification has come.  The
 * daemon's own commits notify it too; those are told apart by the
 * sending backend.
 */
static int
pg_changes_fd(struct store *base)
{
	struct pg_store	*st = (struct pg_store *)base;

	if (!st->listening) {
		if (pg_exec(st, "LISTEN supportd", NULL) == -1)
			return -1;
		st->listening = 1;
	}
	return PQsocket(st->conn);
}

static int
pg_changes_drain(struct store *base)
{
	struct pg_store	*st = (struct pg_store *)base;
	PGnotify	*n;
	int		 seen = 0;

	if (!st->listening || PQconsumeInput(st->conn) == 0)
		return 0;
	while ((n = PQnotifies(st->conn)) != NULL) {
		if (n->be_pid != PQbackendPID(st->conn))
			seen = 1;
		PQfreemem(n);
	}
	return seen;
}

static void
pg_rollback(struct store *base)
{
	struct pg_store	*st = (struct pg_store *)base;

	if (PQtransactionStatus(st->conn) != PQTRANS_IDLE)
		pg_exec(st, "ROLLBACK", NULL);
}

static int
pg_savepoint(struct store *base, char **cause)
{
	return pg_exec((struct pg_store *)base, "SAVEPOINT message", cause);
}

static int
pg_release(struct store *base, char **cause)
{
	return pg_exec((struct pg_store *)base, "RELEASE SAVEPOINT message",
	    cause);
}

static void
pg_rollback_to(struct store *base)
{
	struct pg_store	*st = (struct pg_store *)base;

	if (pg_exec(st, "ROLLBACK TO SAVEPOINT message", NULL) == -1 ||
	    pg_exec(st, "RELEASE SAVEPOINT message", NULL) == -1)
		log_warnx("store: %s: cannot roll back a message: %s",
		    st->label, PQerrorMessage(st->conn));
}

static int
pg_case_new(struct store *base, const char *prefix,
    const struct store_case *c, int64_t *id, char **cause)
{
	struct pg_store		*st = (struct pg_store *)base;
	struct pg_params	 p = { 0 };
	PGresult		*r;
	time_t			 now = clock_now();
	size_t			 i;

	/* The number from the sequence names the case in the same insert. */
	pg_text(&p, prefix);
	pg_text(&p, case_status_name(c->status));
	pg_text(&p, c->queue ? c->queue : "general");
	pg_text(&p, case_priority_name(c->priority));
	pg_text(&p, c->subject ? c->subject : "");
	pg_text(&p, c->customer ? c->customer : "");
	pg_text(&p, c->customer_name ? c->customer_name : "");
	pg_text(&p, c->language ? c->language : "");
	pg_text(&p, c->assignee);
	pg_id(&p, c->linked);
	pg_int(&p, now);
	if ((r = pg_query(st, "INSERT INTO cases (id, ref, status, queue, "
	    "priority, subject, customer, customer_name, language, assignee, "
	    "linked, created, updated) SELECT n, $1::text || '-' || n, $2, $3, "
	    "$4, $5, $6, $7, $8, $9, $10::bigint, $11::bigint, $11::bigint "
	    "FROM (SELECT nextval('case_numbers') AS n) s RETURNING id", &p,
	    "new case", cause)) == NULL)
		return -1;
	*id = pg_col_int(r, 0, 0);
	PQclear(r);
	for (i = 0; i < c->tags.n; i++)
		if (pg_case_tag(base, *id, c->tags.v[i], cause) == -1)
			return -1;
	return 0;
}

#define PG_CASE_COLUMNS "c.id, c.ref, c.status, c.queue, c.priority, " \
	"c.subject, c.customer, c.customer_name, c.language, c.assignee, " \
	"c.linked, c.created, c.updated, (SELECT ref FROM cases l WHERE " \
	"l.id = c.linked), (SELECT count(*) FROM messages m WHERE " \
	"m.case_id = c.id)"

/* Row i of a PG_CASE_COLUMNS result into c, with its tags. */
static int
pg_case_row(struct pg_store *st, PGresult *r, int i, struct store_case *c,
    char **cause)
{
	struct pg_params p = { 0 };
	PGresult	*t;
	int		 k;

	memset(c, 0, sizeof *c);
	c->id = pg_col_int(r, i, 0);
	c->ref = pg_col_text(r, i, 1);
	c->queue = pg_col_text(r, i, 3);
	c->subject = pg_col_text(r, i, 5);
	c->customer = pg_col_text(r, i, 6);
	c->customer_name = pg_col_text(r, i, 7);
	c->language = pg_col_text(r, i, 8);
	c->assignee = pg_col_text(r, i, 9);
	c->linked = pg_col_int(r, i, 10);
	c->created = (time_t)pg_col_int(r, i, 11);
	c->updated = (time_t)pg_col_int(r, i, 12);
	c->linked_ref = pg_col_text(r, i, 13);
	c->nmessages = (int)pg_col_int(r, i, 14);
	if (case_status_parse(PQgetvalue(r, i, 2), &c->status) == -1 ||
	    case_priority_parse(PQgetvalue(r, i, 4), &c->priority) == -1) {
		xasprintf(cause, "%s: case %s: unknown status or priority",
		    st->label, c->ref);
		store_case_clear(c);
		return -1;
	}
	pg_int(&p, c->id);
	if ((t = pg_query(st, "SELECT tag FROM case_tags WHERE case_id = $1 "
	    "ORDER BY tag", &p, "case tags", cause)) == NULL) {
		store_case_clear(c);
		return -1;
	}
	for (k = 0; k < PQntuples(t); k++)
		strv_add(&c->tags, PQgetvalue(t, k, 0));
	PQclear(t);
	return 0;
}

static int
pg_case_one(struct pg_store *st, const char *sql, struct pg_params *p,
    struct store_case *c, char **cause)
{
	PGresult	*r;
	int		 rv;

	memset(c, 0, sizeof *c);
	if ((r = pg_query(st, sql, p, "case", cause)) == NULL)
		return -1;
	if (PQntuples(r) == 0)
		rv = 0;
	else
		rv = pg_case_row(st, r, 0, c, cause) == -1 ? -1 : 1;
	PQclear(r);
	return rv;
}

static int
pg_case_get(struct store *base, int64_t id, struct store_case *c,
    char **cause)
{
	struct pg_params p = { 0 };

	pg_int(&p, id);
	return pg_case_one((struct pg_store *)base, "SELECT " PG_CASE_COLUMNS
	    " FROM cases c WHERE c.id = $1", &p, c, cause);
}

static int
pg_case_by_ref(struct store *base, const char *ref, struct store_case *c,
    char **cause)
{
	struct pg_params p = { 0 };

	pg_text(&p, ref);
	return pg_case_one((struct pg_store *)base, "SELECT " PG_CASE_COLUMNS
	    " FROM cases c WHERE lower(c.ref) = lower($1)", &p, c, cause);
}

static const struct {
	const char	*name;		/* the event's kind */
	const char	*sql;
} pg_case_fields[] = {
	[SF_STATUS] = { "status", "UPDATE cases SET status = $1, updated = "
	    "$2 WHERE id = $3 AND status IS DISTINCT FROM $1" },
	[SF_QUEUE] = { "queue", "UPDATE cases SET queue = $1, updated = $2 "
	    "WHERE id = $3 AND queue IS DISTINCT FROM $1" },
	[SF_PRIORITY] = { "priority", "UPDATE cases SET priority = $1, "
	    "updated = $2 WHERE id = $3 AND priority IS DISTINCT FROM $1" },
	[SF_ASSIGNEE] = { "assignee", "UPDATE cases SET assignee = $1, "
	    "updated = $2 WHERE id = $3 AND assignee IS DISTINCT FROM $1" },
};

static int
pg_case_set(struct store *base, int64_t id, enum store_field field,
    const char *value, const char *actor, char **cause)
{
	struct pg_store		*st = (struct pg_store *)base;
	struct pg_params	 p = { 0 };
	int			 changed;

	if ((unsigned)field >= sizeof pg_case_fields / sizeof pg_case_fields[0])
		fatalx("store_case_set: no field %d", field);
	pg_text(&p, value);
	pg_int(&p, clock_now());
	pg_int(&p, id);
	if ((changed = pg_changed(st, pg_case_fields[field].sql, &p,
	    pg_case_fields[field].name, cause)) == -1)
		return -1;
	if (changed == 0)
		return 0;
	if (pg_event(base, id, pg_case_fields[field].name, actor,
	    value ? value : "", cause) == -1)
		return -1;
	return 1;
}

/* The statements that take (case id, text) and return nothing. */
static int
pg_id_text(struct store *base, const char *sql, int64_t id, const char *v,
    const char *what, char **cause)
{
	struct pg_params p = { 0 };

	pg_int(&p, id);
	pg_text(&p, v);
	return pg_run((struct pg_store *)base, sql, &p, what, cause);
}

static int
pg_case_tag(struct store *base, int64_t id, const char *tag, char **cause)
{
	return pg_id_text(base, "INSERT INTO case_tags (case_id, tag) VALUES "
	    "($1, $2) ON CONFLICT DO NOTHING", id, tag, "tag", cause);
}

static int
pg_case_untag(struct store *base, int64_t id, const char *tag, char **cause)
{
	return pg_id_text(base, "DELETE FROM case_tags WHERE case_id = $1 AND "
	    "tag = $2", id, tag, "untag", cause);
}

static int
pg_case_link(struct store *base, int64_t a, int64_t b, char **cause)
{
	struct pg_params p = { 0 };

	pg_int(&p, a);
	pg_int(&p, b);
	return pg_run((struct pg_store *)base, "INSERT INTO case_links "
	    "(case_id, other_id) VALUES ($1, $2), ($2, $1) ON CONFLICT DO "
	    "NOTHING", &p, "link", cause);
}

static int
pg_case_merge(struct store *base, int64_t from, int64_t into, char **cause)
{
	static const char *const sql[] = {
		"UPDATE messages SET case_id = $2 WHERE case_id = $1",
		("INSERT INTO case_contacts (case_id, address) SELECT "
		"$2::bigint, address FROM case_contacts WHERE case_id = $1 "
		"ON CONFLICT DO NOTHING"),
		("UPDATE cases SET status = 'closed', linked = $2, updated = $3 "
		"WHERE id = $1"),
	};
	struct pg_params p;
	size_t		 i;

	for (i = 0; i < sizeof sql / sizeof sql[0]; i++) {
		memset(&p, 0, sizeof p);
		pg_int(&p, from);
		pg_int(&p, into);
		if (i == 2)
			pg_int(&p, clock_now());
		if (pg_run((struct pg_store *)base, sql[i], &p, "merge",
		    cause) == -1)
			return -1;
	}
	return 0;
}

/* 1 when the query returns a row, 0 when none, -1 when it failed. */
static int
pg_exists(struct pg_store *st, const char *sql, struct pg_params *p,
    const char *what, char **cause)
{
	PGresult	*r;
	int		 rv;

	if ((r = pg_query(st, sql, p, what, cause)) == NULL)
		return -1;
	rv = PQntuples(r) > 0;
	PQclear(r);
	return rv;
}

static int
pg_case_has_event(struct store *base, int64_t id, const char *kind,
    char **cause)
{
	struct pg_params p = { 0 };

	pg_int(&p, id);
	pg_text(&p, kind);
	return pg_exists((struct pg_store *)base, "SELECT 1 FROM events WHERE "
	    "case_id = $1 AND kind = $2 LIMIT 1", &p, "event", cause);
}

static int
pg_case_last_in(struct store *base, int64_t id, const char *kind,
    char **message_id, char **cause)
{
	struct pg_params p = { 0 };
	PGresult	*r;
	int		 rv;

	*message_id = NULL;
	pg_int(&p, id);
	pg_text(&p, kind);
	if ((r = pg_query((struct pg_store *)base, "SELECT message_id FROM "
	    "messages WHERE case_id = $1 AND direction = 'in' AND kind = $2 "
	    "AND message_id IS NOT NULL ORDER BY id DESC LIMIT 1", &p,
	    "last message", cause)) == NULL)
		return -1;
	if ((rv = PQntuples(r) > 0))
		*message_id = pg_col_text(r, 0, 0);
	PQclear(r);
	return rv;
}

static int
pg_case_touch(struct store *base, int64_t id, char **cause)
{
	struct pg_params p = { 0 };

	pg_int(&p, clock_now());
	pg_int(&p, id);
	return pg_run((struct pg_store *)base, "UPDATE cases SET updated = $1 "
	    "WHERE id = $2", &p, "touch case", cause);
}

static int
pg_contact_add(struct store *base, int64_t id, const char *addr,
    char **cause)
{
	if (addr == NULL || *addr == '\0')
		return 0;
	return pg_id_text(base, "INSERT INTO case_contacts (case_id, address) "
	    "VALUES ($1, $2) ON CONFLICT DO NOTHING", id, addr, "contact",
	    cause);
}

static int
pg_contact_known(struct store *base, int64_t id, const char *addr,
    char **cause)
{
	struct pg_params p = { 0 };

	pg_int(&p, id);
	pg_text(&p, addr);
	return pg_exists((struct pg_store *)base, "SELECT 1 FROM case_contacts "
	    "WHERE case_id = $1 AND lower(address) = lower($2)", &p,
	    "contact", cause);
}

static int
pg_msg_seen(struct store *base, const char *dedup, int64_t *case_id,
    char **cause)
{
	struct pg_params p = { 0 };
	PGresult	*r;
	int		 rv;

	*case_id = 0;
	pg_text(&p, dedup);
	if ((r = pg_query((struct pg_store *)base, "SELECT case_id FROM "
	    "messages WHERE dedup = $1", &p, "dedup", cause)) == NULL)
		return -1;
	if ((rv = PQntuples(r) > 0))
		*case_id = pg_col_int(r, 0, 0);
	PQclear(r);
	return rv;
}

static int
pg_msg_add(struct store *base, const struct store_msg *m, int64_t *id,
    char **cause)
{
	struct pg_params p = { 0 };
	PGresult	*r;

	pg_id(&p, m->case_id);
	pg_text(&p, m->direction);
	pg_text(&p, m->kind);
	pg_text(&p, m->dedup);
	pg_text(&p, m->message_id);
	pg_text(&p, m->mailbox ? m->mailbox : "");
	pg_text(&p, m->sender ? m->sender : "");
	pg_text(&p, m->subject ? m->subject : "");
	pg_id(&p, m->date);
	pg_text(&p, m->language ? m->language : "");
	pg_text(&p, m->body ? m->body : "");
	pg_text(&p, m->attachments ? m->attachments : "[]");
	pg_bytes(&p, m->raw, m->rawlen);
	pg_int(&p, clock_now());
	if ((r = pg_query((struct pg_store *)base, "INSERT INTO messages "
	    "(case_id, direction, kind, dedup, message_id, mailbox, sender, "
	    "subject, date, language, body, attachments, raw, created) VALUES "
	    "($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) "
	    "RETURNING id", &p, "store message", cause)) == NULL)
		return -1;
	if (id != NULL)
		*id = pg_col_int(r, 0, 0);
	PQclear(r);
	return 0;
}

static int
pg_case_by_msgid(struct store *base, const char *message_id,
    int64_t *case_id, int *ours, char **cause)
{
	struct pg_params p = { 0 };
	PGresult	*r;
	int		 rv;

	*case_id = 0;
	*ours = 0;
	pg_text(&p, message_id);
	if ((r = pg_query((struct pg_store *)base, "SELECT case_id, 1 FROM "
	    "outbox WHERE message_id = $1 AND case_id IS NOT NULL UNION ALL "
	    "SELECT case_id, (direction = 'out')::integer FROM messages WHERE "
	    "message_id = $1 AND case_id IS NOT NULL LIMIT 1", &p,
	    "message-id", cause)) == NULL)
		return -1;
	if ((rv = PQntuples(r) > 0)) {
		*case_id = pg_col_int(r, 0, 0);
		*ours = (int)pg_col_int(r, 0, 1);
	}
	PQclear(r);
	return rv;
}

static int
pg_event(struct store *base, int64_t case_id, const char *kind,
    const char *actor, const char *detail, char **cause)
{
	struct pg_params p = { 0 };

	pg_int(&p, case_id);
	pg_int(&p, clock_now());
	pg_text(&p, kind);
	pg_text(&p, actor ? actor : "");
	pg_text(&p, detail ? detail : "");
	return pg_run((struct pg_store *)base, "INSERT INTO events (case_id, "
	    "at, kind, actor, detail) VALUES ($1, $2, $3, $4, $5)", &p,
	    "event", cause);
}

static int
pg_out_add(struct store *base, int64_t case_id, const char *message_id,
    const char *mail_from, const struct strv *rcpts, const char *subject,
    const char *raw, size_t rawlen, const char *auto_key, int64_t *id,
    char **cause)
{
	struct pg_params p = { 0 };
	PGresult	*r;
	struct buf	 b;
	size_t		 i;
	time_t		 now = clock_now();

	/* Recipients are one per line: an address never holds a newline. */
	buf_init(&b, 1024 * 1024);
	for (i = 0; i < rcpts->n; i++) {
		if (i > 0)
			buf_addc(&b, '\n');
		buf_adds(&b, rcpts->v[i]);
	}
	pg_id(&p, case_id);
	pg_text(&p, message_id);
	pg_text(&p, mail_from);
	pg_text(&p, b.data ? b.data : "");
	pg_text(&p, subject ? subject : "");
	pg_bytes(&p, raw, rawlen);
	pg_int(&p, auto_key != NULL);
	pg_int(&p, now);
	pg_text(&p, auto_key);
	r = pg_query((struct pg_store *)base, "INSERT INTO outbox (case_id, "
	    "message_id, mail_from, rcpts, subject, raw, automatic, "
	    "next_attempt, created, rcpt_key) VALUES ($1, $2, $3, $4, $5, $6, "
	    "$7, $8, $8, $9) RETURNING id", &p, "outbox", cause);
	buf_free(&b);
	if (r == NULL)
		return -1;
	if (id != NULL)
		*id = pg_col_int(r, 0, 0);
	PQclear(r);
	return 0;
}

static int
pg_autoreplies_since(struct store *base, const char *rcpt, time_t since,
    int *n, char **cause)
{
	struct pg_params p = { 0 };
	PGresult	*r;

	*n = 0;
	pg_text(&p, rcpt);
	pg_int(&p, since);
	if ((r = pg_query((struct pg_store *)base, "SELECT count(*) FROM "
	    "outbox WHERE automatic = 1 AND rcpt_key = $1 AND created >= $2",
	    &p, "auto-reply count", cause)) == NULL)
		return -1;
	*n = (int)pg_col_int(r, 0, 0);
	PQclear(r);
	return 0;
}

static int
pg_autoreplies_domain_since(struct store *base, const char *domain,
    time_t since, int *n, char **cause)
{
	struct pg_params p = { 0 };
	PGresult	*r;

	*n = 0;
	pg_text(&p, domain);
	pg_int(&p, since);
	if ((r = pg_query((struct pg_store *)base, "SELECT count(*) FROM "
	    "outbox WHERE automatic = 1 AND split_part(rcpt_key, '@', 2) = $1 "
	    "AND created >= $2", &p, "auto-reply domain count", cause)) == NULL)
		return -1;
	*n = (int)pg_col_int(r, 0, 0);
	PQclear(r);
	return 0;
}

/*
 * A claim here is held by a PostgreSQL backend (claimed_by, its pid): one
 * whose backend is gone is stale at once (PG_STALE_CLAIM), so there is
 * nothing to give back by hand.
 */
static int
pg_out_unclaim(struct store *base, int (*dead)(const char *), int *n,
    char **cause)
{
	(void)base;
	(void)dead;
	(void)cause;
	*n = 0;
	return 0;
}

#define PG_OUT_COLUMNS "o.id, o.case_id, (SELECT ref FROM cases c WHERE " \
	"c.id = o.case_id), o.message_id, o.mail_from, o.rcpts, o.subject, " \
	"o.raw, o.status, o.attempts, o.last_error"

/*
 * A claim is stale when it is older than STORE_CLAIM_TTL or when the
 * backend that made it is gone (its daemon died): taken over at once.
 */
#define PG_STALE_CLAIM "(o.claimed < $3 OR NOT EXISTS (SELECT 1 FROM " \
	"pg_stat_activity a WHERE a.pid = o.claimed_by))"

static int
pg_out_rows(struct pg_store *st, const char *sql, struct pg_params *p,
    struct store_out **out, size_t *n, char **cause)
{
	struct store_out *o, *w;
	PGresult	*r;
	const char	*s, *nl;
	int		 i, k;

	*out = NULL;
	*n = 0;
	if ((r = pg_query(st, sql, p, "outbox", cause)) == NULL)
		return -1;
	k = PQntuples(r);
	o = xcalloc(k > 0 ? (size_t)k : 1, sizeof *o);
	for (i = 0; i < k; i++) {
		w = &o[i];
		w->id = pg_col_int(r, i, 0);
		w->case_id = pg_col_int(r, i, 1);
		w->case_ref = pg_col_text(r, i, 2);
		w->message_id = pg_col_text(r, i, 3);
		w->mail_from = pg_col_text(r, i, 4);
		s = PQgetvalue(r, i, 5);
		while (s != NULL && *s != '\0') {
			nl = strchr(s, '\n');
			strv_addn(&w->rcpts, s, nl ? (size_t)(nl - s) :
			    strlen(s));
			s = nl ? nl + 1 : NULL;
		}
		w->subject = pg_col_text(r, i, 6);
		w->raw = pg_col_bytes(r, i, 7, &w->rawlen);
		w->status = pg_col_text(r, i, 8);
		w->attempts = (int)pg_col_int(r, i, 9);
		w->error = pg_col_text(r, i, 10);
	}
	PQclear(r);
	*out = o;
	*n = (size_t)k;
	return 0;
}

static int
pg_out_due(struct store *base, time_t now, size_t max,
    struct store_out **out, size_t *n, char **cause)
{
	struct pg_params p = { 0 };

	pg_int(&p, now);
	pg_int(&p, (int64_t)max);
	pg_int(&p, clock_now() - STORE_CLAIM_TTL);
	return pg_out_rows((struct pg_store *)base, "SELECT " PG_OUT_COLUMNS
	    " FROM outbox o WHERE (o.status = 'queued' AND o.next_attempt <= "
	    "$1) OR (o.status = 'sending' AND " PG_STALE_CLAIM ") ORDER BY "
	    "o.next_attempt, o.id LIMIT $2", &p, out, n, cause);
}

static int
pg_out_list(struct store *base, struct store_out **out, size_t *n,
    char **cause)
{
	return pg_out_rows((struct pg_store *)base, "SELECT " PG_OUT_COLUMNS
	    " FROM outbox o ORDER BY o.id", NULL, out, n, cause);
}

/*
 * SKIP LOCKED: a row another daemon is claiming this instant is not
 * waited for, it is simply not ours.
 */
static int
pg_out_claim(struct store *base, int64_t id, char **cause)
{
	struct pg_params p = { 0 };
	time_t		 now = clock_now();
	int		 k;

	pg_int(&p, now);
	pg_int(&p, id);
	pg_int(&p, now - STORE_CLAIM_TTL);
	if ((k = pg_changed((struct pg_store *)base, "UPDATE outbox SET "
	    "status = 'sending', claimed = $1, claimed_by = pg_backend_pid() "
	    "WHERE id = (SELECT o.id FROM outbox o WHERE o.id = $2 AND "
	    "(o.status = 'queued' OR (o.status = 'sending' AND "
	    PG_STALE_CLAIM ")) FOR UPDATE SKIP LOCKED)", &p, "claim",
	    cause)) == -1)
		return -1;
	return k == 1 ? 1 : 0;
}

static int
pg_out_sent(struct store *base, int64_t id, char **cause)
{
	struct pg_params p = { 0 };

	pg_int(&p, clock_now());
	pg_int(&p, id);
	return pg_run((struct pg_store *)base, "UPDATE outbox SET status = "
	    "'sent', sent = $1, attempts = attempts + 1, last_error = NULL "
	    "WHERE id = $2", &p, "sent", cause);
}

static int
pg_out_retry(struct store *base, int64_t id, time_t next, const char *error,
    char **cause)
{
	struct pg_params p = { 0 };

	pg_int(&p, next);
	pg_text(&p, error);
	pg_int(&p, id);
	return pg_run((struct pg_store *)base, "UPDATE outbox SET status = "
	    "'queued', attempts = attempts + 1, next_attempt = $1, last_error "
	    "= $2 WHERE id = $3", &p, "retry", cause);
}

static int
pg_out_failed(struct store *base, int64_t id, const char *error,
    char **cause)
{
	struct pg_params p = { 0 };
	PGresult	*r;
	int64_t		 case_id = 0;

	pg_text(&p, error);
	pg_int(&p, id);
	if ((r = pg_query((struct pg_store *)base, "UPDATE outbox SET status "
	    "= 'failed', attempts = attempts + 1, last_error = $1 WHERE id = "
	    "$2 RETURNING case_id", &p, "failed", cause)) == NULL)
		return -1;
	if (PQntuples(r) > 0)
		case_id = pg_col_int(r, 0, 0);
	PQclear(r);
	if (case_id != 0)
		return pg_event(base, case_id, "delivery-failed", "smtp", error,
		    cause);
	return 0;
}

static int
pg_out_next(struct store *base, time_t *next, char **cause)
{
	PGresult	*r;

	*next = 0;
	if ((r = pg_query((struct pg_store *)base, "SELECT min(next_attempt) "
	    "FROM outbox WHERE status = 'queued'", NULL, "next due",
	    cause)) == NULL)
		return -1;
	*next = (time_t)pg_col_int(r, 0, 0);
	PQclear(r);
	return 0;
}

static int
pg_out_counts(struct store *base, int *queued, int *sent, int *failed,
    char **cause)
{
	PGresult	*r;

	*queued = *sent = *failed = 0;
	if ((r = pg_query((struct pg_store *)base, "SELECT count(*) FILTER "
	    "(WHERE status IN ('queued', 'sending')), count(*) FILTER (WHERE "
	    "status = 'sent'), count(*) FILTER (WHERE status = 'failed') FROM "
	    "outbox", NULL, "outbox counts", cause)) == NULL)
		return -1;
	*queued = (int)pg_col_int(r, 0, 0);
	*sent = (int)pg_col_int(r, 0, 1);
	*failed = (int)pg_col_int(r, 0, 2);
	PQclear(r);
	return 0;
}

static int
pg_quarantine(struct store *base, const char *mailbox, uint32_t uid,
    const char *reason, const char *raw, size_t len, int64_t *id,
    char **cause)
{
	struct pg_params p = { 0 };
	PGresult	*r;

	pg_text(&p, mailbox ? mailbox : "");
	pg_id(&p, uid);
	pg_text(&p, reason);
	pg_bytes(&p, raw, len);
	pg_int(&p, clock_now());
	if ((r = pg_query((struct pg_store *)base, "INSERT INTO quarantine "
	    "(mailbox, uid, reason, raw, created) VALUES ($1, $2, $3, $4, $5) "
	    "RETURNING id", &p, "quarantine", cause)) == NULL)
		return -1;
	if (id != NULL)
		*id = pg_col_int(r, 0, 0);
	PQclear(r);
	return 0;
}

static int
pg_quarantined(struct store *base, const char *mailbox, uint32_t uid,
    char **cause)
{
	struct pg_params p = { 0 };

	pg_text(&p, mailbox);
	pg_int(&p, uid);
	return pg_exists((struct pg_store *)base, "SELECT 1 FROM quarantine "
	    "WHERE mailbox = $1 AND uid = $2 AND length(raw) = 0", &p,
	    "quarantined", cause);
}

static int
pg_quarantine_list(struct store *base, struct store_quarantine_row **out,
    size_t *n, char **cause)
{
	struct store_quarantine_row *q;
	PGresult	*r;
	int		 i, k;

	*out = NULL;
	*n = 0;
	if ((r = pg_query((struct pg_store *)base, "SELECT id, mailbox, uid, "
	    "reason, length(raw), created FROM quarantine ORDER BY id", NULL,
	    "quarantine", cause)) == NULL)
		return -1;
	k = PQntuples(r);
	q = xcalloc(k > 0 ? (size_t)k : 1, sizeof *q);
	for (i = 0; i < k; i++) {
		q[i].id = pg_col_int(r, i, 0);
		q[i].mailbox = pg_col_text(r, i, 1);
		q[i].uid = (uint32_t)pg_col_int(r, i, 2);
		q[i].reason = pg_col_text(r, i, 3);
		q[i].size = (size_t)pg_col_int(r, i, 4);
		q[i].created = (time_t)pg_col_int(r, i, 5);
	}
	PQclear(r);
	*out = q;
	*n = (size_t)k;
	return 0;
}

static int
pg_quarantine_raw(struct store *base, int64_t id, char **raw, size_t *len,
    char **mailbox, char **cause)
{
	struct pg_params p = { 0 };
	PGresult	*r;
	int		 rv;

	pg_int(&p, id);
	if ((r = pg_query((struct pg_store *)base, "SELECT raw, mailbox FROM "
	    "quarantine WHERE id = $1", &p, "quarantine", cause)) == NULL)
		return -1;
	if ((rv = PQntuples(r) > 0)) {
		*raw = pg_col_bytes(r, 0, 0, len);
		if (mailbox != NULL)
			*mailbox = pg_col_text(r, 0, 1);
	}
	PQclear(r);
	return rv;
}

static int
pg_quarantine_delete(struct store *base, int64_t id, char **cause)
{
	struct pg_params p = { 0 };

	pg_int(&p, id);
	return pg_run((struct pg_store *)base, "DELETE FROM quarantine WHERE "
	    "id = $1", &p, "quarantine delete", cause);
}

static int
pg_checkpoint_get(struct store *base, const char *mailbox,
    uint32_t *uidvalidity, uint32_t *last_uid, char **cause)
{
	struct pg_params p = { 0 };
	PGresult	*r;
	int		 rv;

	*uidvalidity = *last_uid = 0;
	pg_text(&p, mailbox);
	if ((r = pg_query((struct pg_store *)base, "SELECT uidvalidity, "
	    "last_uid FROM checkpoints WHERE mailbox = $1", &p, "checkpoint",
	    cause)) == NULL)
		return -1;
	if ((rv = PQntuples(r) > 0)) {
		*uidvalidity = (uint32_t)pg_col_int(r, 0, 0);
		*last_uid = (uint32_t)pg_col_int(r, 0, 1);
	}
	PQclear(r);
	return rv;
}

static int
pg_checkpoint_set(struct store *base, const char *mailbox,
    uint32_t uidvalidity, uint32_t last_uid, char **cause)
{
	struct pg_params p = { 0 };

	pg_text(&p, mailbox);
	pg_int(&p, uidvalidity);
	pg_int(&p, last_uid);
	pg_int(&p, clock_now());
	return pg_run((struct pg_store *)base, "INSERT INTO checkpoints "
	    "(mailbox, uidvalidity, last_uid, updated) VALUES ($1, $2, $3, $4) "
	    "ON CONFLICT (mailbox) DO UPDATE SET uidvalidity = $2, last_uid = "
	    "$3, updated = $4", &p, "checkpoint", cause);
}

static int
pg_cases_list(struct store *base, const char *status, const char *queue,
    struct store_case **out, size_t *n, char **cause)
{
	struct pg_store		*st = (struct pg_store *)base;
	struct pg_params	 p = { 0 };
	struct store_case	*c;
	PGresult		*r;
	int			 i, k;

	*out = NULL;
	*n = 0;
	pg_text(&p, status);
	pg_text(&p, queue);
	if ((r = pg_query(st, "SELECT " PG_CASE_COLUMNS " FROM cases c WHERE "
	    "($1::text IS NULL OR c.status = $1) AND ($2::text IS NULL OR "
	    "c.queue = $2) ORDER BY c.id", &p, "cases", cause)) == NULL)
		return -1;
	k = PQntuples(r);
	c = xcalloc(k > 0 ? (size_t)k : 1, sizeof *c);
	for (i = 0; i < k; i++)
		if (pg_case_row(st, r, i, &c[i], cause) == -1) {
			PQclear(r);
			store_cases_free(c, (size_t)i);
			return -1;
		}
	PQclear(r);
	*out = c;
	*n = (size_t)k;
	return 0;
}

static int
pg_case_detail(struct store *base, const char *ref,
    struct store_case_detail *d, char **cause)
{
	struct pg_store		*st = (struct pg_store *)base;
	struct pg_params	 p = { 0 };
	struct store_msg_row	*m;
	struct store_event_row	*e;
	PGresult		*r;
	int			 i, k, rv;

	memset(d, 0, sizeof *d);
	if ((rv = pg_case_by_ref(base, ref, &d->c, cause)) != 1)
		return rv;
	pg_int(&p, d->c.id);
	if ((r = pg_query(st, "SELECT id, direction, kind, message_id, sender, "
	    "subject, coalesce(date, created), language, body, attachments "
	    "FROM messages WHERE case_id = $1 ORDER BY id", &p, "messages",
	    cause)) == NULL)
		goto fail;
	k = PQntuples(r);
	d->msgs = xcalloc(k > 0 ? (size_t)k : 1, sizeof *d->msgs);
	for (i = 0; i < k; i++) {
		m = &d->msgs[d->nmsgs++];
		m->id = pg_col_int(r, i, 0);
		m->direction = pg_col_text(r, i, 1);
		m->kind = pg_col_text(r, i, 2);
		m->message_id = pg_col_text(r, i, 3);
		m->sender = pg_col_text(r, i, 4);
		m->subject = pg_col_text(r, i, 5);
		m->date = (time_t)pg_col_int(r, i, 6);
		m->language = pg_col_text(r, i, 7);
		m->body = pg_col_text(r, i, 8);
		m->attachments = pg_col_text(r, i, 9);
	}
	PQclear(r);
	if ((r = pg_query(st, "SELECT at, kind, actor, detail FROM events "
	    "WHERE case_id = $1 ORDER BY id", &p, "events", cause)) == NULL)
		goto fail;
	k = PQntuples(r);
	d->events = xcalloc(k > 0 ? (size_t)k : 1, sizeof *d->events);
	for (i = 0; i < k; i++) {
		e = &d->events[d->nevents++];
		e->at = (time_t)pg_col_int(r, i, 0);
		e->kind = pg_col_text(r, i, 1);
		e->actor = pg_col_text(r, i, 2);
		e->detail = pg_col_text(r, i, 3);
	}
	PQclear(r);
	return 1;
fail:
	store_case_detail_free(d);
	return -1;
}

static int
pg_kv_get(struct store *base, const char *key, char **value, char **cause)
{
	struct pg_params p = { 0 };
	PGresult	*r;
	int		 rv;

	*value = NULL;
	pg_text(&p, key);
	if ((r = pg_query((struct pg_store *)base, "SELECT value FROM kv WHERE "
	    "key = $1", &p, "setting", cause)) == NULL)
		return -1;
	if ((rv = PQntuples(r) > 0))
		*value = pg_col_text(r, 0, 0);
	PQclear(r);
	return rv;
}

static int
pg_kv_set(struct store *base, const char *key, const char *value,
    char **cause)
{
	struct pg_params p = { 0 };

	pg_text(&p, key);
	pg_text(&p, value);
	return pg_run((struct pg_store *)base, "INSERT INTO kv (key, value) "
	    "VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = $2", &p,
	    "setting", cause);
}

static int
pg_timer_set(struct store *base, int64_t case_id, const char *kind,
    time_t due, char **cause)
{
	struct pg_params p = { 0 };

	pg_int(&p, case_id);
	pg_text(&p, kind);
	pg_int(&p, due);
	/* A timer that fired stays fired: it never goes off twice. */
	return pg_run((struct pg_store *)base, "INSERT INTO timers (case_id, "
	    "kind, due) VALUES ($1, $2, $3) ON CONFLICT (case_id, kind) DO "
	    "UPDATE SET due = $3 WHERE timers.fired IS NULL", &p, "timer",
	    cause);
}

static int
pg_timer_cancel(struct store *base, int64_t case_id, const char *kind,
    int fired_too, char **cause)
{
	struct pg_params p = { 0 };

	pg_int(&p, case_id);
	pg_text(&p, kind);
	pg_int(&p, fired_too);
	return pg_run((struct pg_store *)base, "DELETE FROM timers WHERE "
	    "case_id = $1 AND kind = $2 AND ($3::integer <> 0 OR fired IS "
	    "NULL)", &p, "timer", cause);
}

static int
pg_timers_due(struct store *base, time_t now, size_t max,
    struct store_timer **out, size_t *n, char **cause)
{
	struct pg_params	 p = { 0 };
	struct store_timer	*t;
	PGresult		*r;
	int			 i, k;

	*out = NULL;
	*n = 0;
	pg_int(&p, now);
	pg_int(&p, (int64_t)max);
	if ((r = pg_query((struct pg_store *)base, "SELECT id, case_id, kind, "
	    "due FROM timers WHERE fired IS NULL AND due <= $1 ORDER BY due, "
	    "id LIMIT $2", &p, "timers", cause)) == NULL)
		return -1;
	k = PQntuples(r);
	t = xcalloc(k > 0 ? (size_t)k : 1, sizeof *t);
	for (i = 0; i < k; i++) {
		t[i].id = pg_col_int(r, i, 0);
		t[i].case_id = pg_col_int(r, i, 1);
		t[i].kind = pg_col_text(r, i, 2);
		t[i].due = (time_t)pg_col_int(r, i, 3);
	}
	PQclear(r);
	*out = t;
	*n = (size_t)k;
	return 0;
}

/*
 * SKIP LOCKED: a timer another daemon is firing this instant is not ours
 * (0); should that daemon roll back, the timer is still due next time.
 */
static int
pg_timer_fired(struct store *base, int64_t id, char **cause)
{
	struct pg_params p = { 0 };
	int		 k;

	pg_int(&p, clock_now());
	pg_int(&p, id);
	if ((k = pg_changed((struct pg_store *)base, "UPDATE timers SET fired "
	    "= $1 WHERE id = (SELECT t.id FROM timers t WHERE t.id = $2 AND "
	    "t.fired IS NULL FOR UPDATE SKIP LOCKED)", &p, "timer fired",
	    cause)) == -1)
		return -1;
	return k == 1 ? 1 : 0;
}

static int
pg_timer_next(struct store *base, time_t *next, char **cause)
{
	PGresult	*r;

	*next = 0;
	if ((r = pg_query((struct pg_store *)base, "SELECT min(due) FROM "
	    "timers WHERE fired IS NULL", NULL, "next timer", cause)) == NULL)
		return -1;
	*next = (time_t)pg_col_int(r, 0, 0);
	PQclear(r);
	return 0;
}

static int
pg_case_events(struct store *base, int64_t id, struct store_event_row **out,
    size_t *n, char **cause)
{
	struct pg_params	 p = { 0 };
	struct store_event_row	*e;
	PGresult		*r;
	int			 i, k;

	*out = NULL;
	*n = 0;
	pg_int(&p, id);
	if ((r = pg_query((struct pg_store *)base, "SELECT at, kind, actor, "
	    "detail FROM events WHERE case_id = $1 ORDER BY id", &p, "events",
	    cause)) == NULL)
		return -1;
	k = PQntuples(r);
	e = xcalloc(k > 0 ? (size_t)k : 1, sizeof *e);
	for (i = 0; i < k; i++) {
		e[i].at = (time_t)pg_col_int(r, i, 0);
		e[i].kind = pg_col_text(r, i, 1);
		e[i].actor = pg_col_text(r, i, 2);
		e[i].detail = pg_col_text(r, i, 3);
	}
	PQclear(r);
	*out = e;
	*n = (size_t)k;
	return 0;
}

static int
pg_mailbox_stat(struct store *base, const char *mailbox, int ok,
    int processed, const char *error, char **cause)
{
	struct pg_params p = { 0 };

	pg_text(&p, mailbox);
	pg_int(&p, clock_now());
	pg_int(&p, ok != 0);
	pg_int(&p, processed);
	pg_text(&p, error);
	return pg_run((struct pg_store *)base, "INSERT INTO mailbox_stats "
	    "(mailbox, last_poll, last_ok, processed, errors, last_error) "
	    "VALUES ($1, $2, CASE WHEN $3::integer = 1 THEN $2::bigint END, "
	    "$4, 1 - $3::integer, $5::text) ON CONFLICT (mailbox) DO UPDATE "
	    "SET last_poll = $2, last_ok = CASE WHEN $3::integer = 1 THEN "
	    "$2::bigint ELSE mailbox_stats.last_ok END, processed = "
	    "mailbox_stats.processed + $4, errors = mailbox_stats.errors + 1 - "
	    "$3::integer, last_error = coalesce($5::text, "
	    "mailbox_stats.last_error)", &p, "mailbox stats", cause);
}

static int
pg_stats(struct store *base, time_t now, struct store_stats *out,
    char **cause)
{
	struct pg_store		*st = (struct pg_store *)base;
	struct pg_params	 p = { 0 };
	struct store_mailbox_stat *m;
	PGresult		*r;
	int			 i, k;

	memset(out, 0, sizeof *out);
	pg_int(&p, now);
	if ((r = pg_query(st, "SELECT "
	    "(SELECT count(*) FROM outbox WHERE status IN ('queued', "
	    "'sending')), "
	    "(SELECT count(*) FROM outbox WHERE status = 'failed'), "
	    "(SELECT count(*) FROM quarantine), "
	    "(SELECT count(*) FROM timers WHERE fired IS NULL AND due <= $1), "
	    "(SELECT count(*) FROM timers WHERE fired IS NULL), "
	    "(SELECT count(DISTINCT e.case_id) FROM events e JOIN cases c ON "
	    "c.id = e.case_id WHERE e.kind = 'sla-breach' AND c.status NOT IN "
	    "('resolved', 'closed')), "
	    "(SELECT count(*) FROM cases WHERE status NOT IN ('resolved', "
	    "'closed'))", &p, "stats", cause)) == NULL)
		return -1;
	out->outbox_queued = (int)pg_col_int(r, 0, 0);
	out->outbox_failed = (int)pg_col_int(r, 0, 1);
	out->quarantined = (int)pg_col_int(r, 0, 2);
	out->timers_due = (int)pg_col_int(r, 0, 3);
	out->timers_set = (int)pg_col_int(r, 0, 4);
	out->breaching = (int)pg_col_int(r, 0, 5);
	out->open_cases = (int)pg_col_int(r, 0, 6);
	PQclear(r);
	/* The oldest mail still waiting, and why. */
	if ((r = pg_query(st, "SELECT created, rcpts, last_error, attempts "
	    "FROM outbox WHERE status IN ('queued', 'sending') ORDER BY "
	    "created, id LIMIT 1", NULL, "stats", cause)) == NULL)
		return -1;
	if (PQntuples(r) > 0) {
		out->oldest_queued = (time_t)pg_col_int(r, 0, 0);
		out->oldest_to = pg_col_text(r, 0, 1);
		out->oldest_error = pg_col_text(r, 0, 2);
		out->oldest_attempts = (int)pg_col_int(r, 0, 3);
	}
	PQclear(r);
	if ((r = pg_query(st, "SELECT mailbox, last_poll, last_ok, processed, "
	    "errors, last_error FROM mailbox_stats ORDER BY mailbox", NULL,
	    "stats", cause)) == NULL)
		return -1;
	k = PQntuples(r);
	out->mailboxes = xcalloc(k > 0 ? (size_t)k : 1,
	    sizeof *out->mailboxes);
	for (i = 0; i < k; i++) {
		m = &out->mailboxes[out->nmailboxes++];
		m->mailbox = pg_col_text(r, i, 0);
		m->last_poll = (time_t)pg_col_int(r, i, 1);
		m->last_ok = (time_t)pg_col_int(r, i, 2);
		m->processed = (int)pg_col_int(r, i, 3);
		m->errors = (int)pg_col_int(r, i, 4);
		m->last_error = pg_col_text(r, i, 5);
	}
	PQclear(r);
	return 0;
}

/*
 * The manager's report (report.c): store_sqlite.c's query, row for row
 * (a case's status at the period's end is its last status event before
 * it; see there).
 */
static int
pg_report_cases(struct store *base, time_t from, time_t to,
    struct store_report_row **out, size_t *n, char **cause)
{
	struct pg_params	 p = { 0 };
	struct store_report_row	*rows, *w;
	PGresult		*r;
	int			 i, k;

	*out = NULL;
	*n = 0;
	pg_int(&p, from);
	pg_int(&p, to);
	if ((r = pg_query((struct pg_store *)base, "SELECT id, ref, queue, "
	    "assignee, subject, created, st, fr_at, fr_by, res_at, clo_at, "
	    "breaches, rating, rated_at "
	    "FROM (SELECT c.id, c.ref, c.queue, c.assignee, c.subject, "
	    "c.created, "
	    " coalesce((SELECT e.detail FROM events e WHERE e.case_id = c.id "
	    "  AND e.kind = 'status' AND e.at < $2::bigint ORDER BY e.at DESC, "
	    "  e.id DESC LIMIT 1), CASE WHEN EXISTS (SELECT 1 FROM events e "
	    "  WHERE e.case_id = c.id AND e.kind = 'status') THEN 'new' ELSE "
	    "  c.status END) AS st,"
	    " (SELECT e.at FROM events e WHERE e.case_id = c.id AND e.kind = "
	    "  'first-response' AND e.at < $2::bigint ORDER BY e.at, e.id "
	    "  LIMIT 1) AS fr_at,"
	    " (SELECT e.actor FROM events e WHERE e.case_id = c.id AND e.kind = "
	    "  'first-response' AND e.at < $2::bigint ORDER BY e.at, e.id "
	    "  LIMIT 1) AS fr_by,"
	    " (SELECT max(e.at) FROM events e WHERE e.case_id = c.id AND "
	    "  e.kind = 'status' AND e.detail = 'resolved' AND e.at < "
	    "  $2::bigint) AS res_at,"
	    " (SELECT max(e.at) FROM events e WHERE e.case_id = c.id AND "
	    "  e.kind = 'status' AND e.detail = 'closed' AND e.at < $2::bigint) "
	    "  AS clo_at,"
	    " (SELECT count(*) FROM events e WHERE e.case_id = c.id AND "
	    "  e.kind = 'sla-breach' AND e.at >= $1::bigint AND e.at < "
	    "  $2::bigint) AS breaches,"
	    " (SELECT e.detail FROM events e WHERE e.case_id = c.id AND "
	    "  e.kind = 'satisfaction' AND e.at >= $1::bigint AND e.at < "
	    "  $2::bigint ORDER BY e.at DESC, e.id DESC LIMIT 1) AS rating,"
	    " (SELECT max(e.at) FROM events e WHERE e.case_id = c.id AND "
	    "  e.kind = 'satisfaction' AND e.at >= $1::bigint AND e.at < "
	    "  $2::bigint) AS rated_at "
	    " FROM cases c WHERE c.created < $2::bigint) AS r "
	    "WHERE r.created >= $1::bigint OR r.st IN ('new', 'open', "
	    " 'pending') OR EXISTS (SELECT 1 FROM events x WHERE x.case_id = "
	    " r.id AND x.at >= $1::bigint AND x.at < $2::bigint) "
	    "ORDER BY r.created, r.id", &p, "report", cause)) == NULL)
		return -1;
	k = PQntuples(r);
	if (k > STORE_REPORT_MAX) {
		PQclear(r);
		xasprintf(cause, "report: more than %d cases in the period",
		    STORE_REPORT_MAX);
		return -1;
	}
	rows = xcalloc(k > 0 ? (size_t)k : 1, sizeof *rows);
	for (i = 0; i < k; i++) {
		w = &rows[i];
		w->id = pg_col_int(r, i, 0);
		w->ref = pg_col_text(r, i, 1);
		w->queue = pg_col_text(r, i, 2);
		w->assignee = pg_col_text(r, i, 3);
		w->subject = pg_col_text(r, i, 4);
		w->created = (time_t)pg_col_int(r, i, 5);
		if (PQgetisnull(r, i, 6) || case_status_parse(PQgetvalue(r, i,
		    6), &w->status) == -1)
			w->status = CASE_OPEN;
		w->first_response_at = (time_t)pg_col_int(r, i, 7);
		w->first_response_by = pg_col_text(r, i, 8);
		w->resolved_at = (time_t)pg_col_int(r, i, 9);
		w->closed_at = (time_t)pg_col_int(r, i, 10);
		w->breaches = (int)pg_col_int(r, i, 11);
		w->rating = (int)pg_col_int(r, i, 12);
		if (w->rating < 1 || w->rating > 5)
			w->rating = 0;
		w->rated_at = (time_t)pg_col_int(r, i, 13);
	}
	PQclear(r);
	*out = rows;
	*n = (size_t)k;
	return 0;
}

/*
 * A session advisory lock on a hash of the mailbox name: held by this
 * connection until it closes, dropped by PostgreSQL when the daemon
 * dies.  Taken once; the lock is re-entrant, so it is not stacked.
 */
static int
pg_mailbox_lease(struct store *base, const char *mailbox, char **cause)
{
	struct pg_store		*st = (struct pg_store *)base;
	struct pg_params	 p = { 0 };
	PGresult		*r;
	size_t			 i;
	int			 held;

	/* A lost connection lost its locks too: look again. */
	if (PQtransactionStatus(st->conn) == PQTRANS_IDLE &&
	    pg_alive(st, cause) == -1)
		return -1;
	for (i = 0; i < st->leases.n; i++)
		if (strcmp(st->leases.v[i], mailbox) == 0)
			return 1;
	pg_text(&p, mailbox);
	if ((r = pg_query(st, "SELECT pg_try_advisory_lock(hashtextextended("
	    "'supportd mailbox ' || $1::text, 0))", &p, "mailbox lease",
	    cause)) == NULL)
		return -1;
	held = strcmp(PQgetvalue(r, 0, 0), "t") == 0;
	PQclear(r);
	if (held)
		strv_add(&st->leases, mailbox);
	return held;
}

static int
pg_dump(struct store *base, const struct store_table *t, store_row_fn fn,
    void *arg, char **cause)
{
	struct pg_store		*st = (struct pg_store *)base;
	struct store_value	 v[32];
	unsigned char		*bytes[32];
	PGresult		*r;
	char			*sql = store_table_sql(t, 0, 1);
	int			 i, k, rv = 0;

	r = PQexec(st->conn, sql);
	free(sql);
	if (PQresultStatus(r) != PGRES_TUPLES_OK) {
		pg_cause(st, cause, t->name, PQresultErrorMessage(r));
		PQclear(r);
		return -1;
	}
	for (k = 0; rv == 0 && k < PQntuples(r); k++) {
		for (i = 0; i < t->ncols; i++) {
			bytes[i] = NULL;
			if (PQgetisnull(r, k, i)) {
				v[i].p = NULL;
				v[i].len = 0;
			} else if (t->bytes & (1U << i)) {
				bytes[i] = PQunescapeBytea((const unsigned char *)
				    PQgetvalue(r, k, i), &v[i].len);
				v[i].p = bytes[i] ? (const char *)bytes[i] : "";
			} else {
				v[i].p = PQgetvalue(r, k, i);
				v[i].len = (size_t)PQgetlength(r, k, i);
			}
		}
		rv = fn(arg, v);
		for (i = 0; i < t->ncols; i++)
			PQfreemem(bytes[i]);
	}
	PQclear(r);
	return rv;
}

static int
pg_load_begin(struct store *base, char **cause)
{
	/* A case may name a later one (merged into it): check at COMMIT. */
	return pg_exec((struct pg_store *)base, "SET CONSTRAINTS ALL DEFERRED",
	    cause);
}

static int
pg_load(struct store *base, const struct store_table *t,
    const struct store_value *v, char **cause)
{
	struct pg_store	*st = (struct pg_store *)base;
	const char	*vals[32];
	int		 lens[32], fmts[32], i, rv = 0;
	char		*sql = store_table_sql(t, 1, 1), **text = NULL;
	PGresult	*r;

	/* Text columns arrive with a length, not always NUL-terminated. */
	text = xcalloc((size_t)t->ncols, sizeof *text);
	for (i = 0; i < t->ncols; i++) {
		fmts[i] = (t->bytes & (1U << i)) != 0;
		lens[i] = (int)v[i].len;
		if (v[i].p == NULL || fmts[i])
			vals[i] = v[i].p;
		else {
			text[i] = xmalloc(v[i].len + 1);
			memcpy(text[i], v[i].p, v[i].len);
			text[i][v[i].len] = '\0';
			vals[i] = text[i];
		}
	}
	r = PQexecParams(st->conn, sql, t->ncols, NULL, vals, lens, fmts, 0);
	if (PQresultStatus(r) != PGRES_COMMAND_OK) {
		pg_cause(st, cause, t->name, PQresultErrorMessage(r));
		rv = -1;
	}
	PQclear(r);
	for (i = 0; i < t->ncols; i++)
		free(text[i]);
	free(text);
	free(sql);
	return rv;
}

/* The sequences go on from the highest id copied. */
static int
pg_load_end(struct store *base, char **cause)
{
	return pg_exec((struct pg_store *)base,
	    "SELECT setval('case_numbers', greatest(1001, (SELECT max(id) "
	    "FROM cases) + 1), false);"
	    "SELECT setval(pg_get_serial_sequence('messages', 'id'), "
	    "coalesce((SELECT max(id) FROM messages), 0) + 1, false);"
	    "SELECT setval(pg_get_serial_sequence('events', 'id'), "
	    "coalesce((SELECT max(id) FROM events), 0) + 1, false);"
	    "SELECT setval(pg_get_serial_sequence('outbox', 'id'), "
	    "coalesce((SELECT max(id) FROM outbox), 0) + 1, false);"
	    "SELECT setval(pg_get_serial_sequence('quarantine', 'id'), "
	    "coalesce((SELECT max(id) FROM quarantine), 0) + 1, false);"
	    "SELECT setval(pg_get_serial_sequence('timers', 'id'), "
	    "coalesce((SELECT max(id) FROM timers), 0) + 1, false);",
	    cause);
}

const struct store_ops store_pg_ops = {
	.name = "postgresql",
	.open = pg_open,
	.close = pg_close,
	.schema_version = pg_schema_version,
	.changes_fd = pg_changes_fd,
	.changes_drain = pg_changes_drain,
	.begin = pg_begin,
	.commit = pg_commit,
	.rollback = pg_rollback,
	.savepoint = pg_savepoint,
	.release = pg_release,
	.rollback_to = pg_rollback_to,
	.case_new = pg_case_new,
	.case_get = pg_case_get,
	.case_by_ref = pg_case_by_ref,
	.case_set = pg_case_set,
	.case_tag = pg_case_tag,
	.case_untag = pg_case_untag,
	.case_touch = pg_case_touch,
	.case_link = pg_case_link,
	.case_merge = pg_case_merge,
	.case_has_event = pg_case_has_event,
	.case_last_in = pg_case_last_in,
	.contact_add = pg_contact_add,
	.contact_known = pg_contact_known,
	.msg_seen = pg_msg_seen,
	.msg_add = pg_msg_add,
	.case_by_msgid = pg_case_by_msgid,
	.event = pg_event,
	.out_add = pg_out_add,
	.autoreplies_since = pg_autoreplies_since,
	.autoreplies_domain_since = pg_autoreplies_domain_since,
	.out_due = pg_out_due,
	.out_list = pg_out_list,
	.out_claim = pg_out_claim,
	.out_unclaim = pg_out_unclaim,
	.out_sent = pg_out_sent,
	.out_retry = pg_out_retry,
	.out_failed = pg_out_failed,
	.out_next = pg_out_next,
	.out_counts = pg_out_counts,
	.quarantine = pg_quarantine,
	.quarantined = pg_quarantined,
	.quarantine_list = pg_quarantine_list,
	.quarantine_raw = pg_quarantine_raw,
	.quarantine_delete = pg_quarantine_delete,
	.checkpoint_get = pg_checkpoint_get,
	.checkpoint_set = pg_checkpoint_set,
	.cases_list = pg_cases_list,
	.case_detail = pg_case_detail,
	.kv_get = pg_kv_get,
	.kv_set = pg_kv_set,
	.timer_set = pg_timer_set,
	.timer_cancel = pg_timer_cancel,
	.timers_due = pg_timers_due,
	.timer_fired = pg_timer_fired,
	.timer_next = pg_timer_next,
	.case_events = pg_case_events,
	.mailbox_stat = pg_mailbox_stat,
	.stats = pg_stats,
	.report_cases = pg_report_cases,
	.mailbox_lease = pg_mailbox_lease,
	.dump = pg_dump,
	.load_begin = pg_load_begin,
	.load = pg_load,
	.load_end = pg_load_end,
};
