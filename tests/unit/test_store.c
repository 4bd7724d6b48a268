/*
 * test_store.c -- the case store: migrations, cases, dedup, outbox states,
 * checkpoints, report rows, and failures that must be reported as such.
 *
 * The same tests run on each backend: SQLite in a scratch file by
 * default, PostgreSQL when SUPPORTD_TEST_DATABASE holds a connection
 * string (tests/t_pg.sh starts a real server; its public schema is
 * emptied first).
 */
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <libpq-fe.h>
#include <sqlite3.h>

#include "store.h"
#include "test.h"

static char	 dir[] = "/tmp/supportd-test-store.XXXXXX";
static char	 dbpath[256];
static const char *dbspec;	/* what store_open gets */
static int	 on_pg;

static struct store *
open_store(void)
{
	struct store	*st = NULL;
	char		*cause = NULL;

	if (store_open(dbspec, &st, &cause) == -1) {
		fprintf(stderr, "store_open: %s\n", cause);
		exit(2);
	}
	return st;
}

/* Run SQL on the PostgreSQL database behind the store's back. */
static void
side_pg(const char *sql)
{
	PGconn		*c = PQconnectdb(dbspec);
	PGresult	*r = PQexec(c, sql);

	if (PQresultStatus(r) != PGRES_COMMAND_OK) {
		fprintf(stderr, "%s: %s\n", sql, PQerrorMessage(c));
		exit(2);
	}
	PQclear(r);
	PQfinish(c);
}

/* Run SQL on the database behind the store's back (tests only). */
static void
side_sql(const char *sql, const char *pgsql)
{
	sqlite3	*db;

	if (on_pg) {
		side_pg(pgsql);
		return;
	}
	if (sqlite3_open(dbpath, &db) != SQLITE_OK ||
	    sqlite3_exec(db, sql, NULL, NULL, NULL) != SQLITE_OK) {
		fprintf(stderr, "%s: %s\n", sql, sqlite3_errmsg(db));
		exit(2);
	}
	sqlite3_close(db);
}

static void
test_migrations(void)
{
	struct store	*st = open_store();
	int		 want = on_pg ? 2 : 9;	/* each numbers its own */

	CHECK_STR(store_backend(st), on_pg ? "postgresql" : "sqlite");
	CHECK_INT(store_schema_version(st), want);
	store_close(st);
	/* Opening again migrates nothing and keeps the version. */
	st = open_store();
	CHECK_INT(store_schema_version(st), want);
	store_close(st);
}

static void
test_cases(void)
{
	struct store		*st = open_store();
	struct store_case	 c, got, *list;
	struct store_case_detail cd;
	int64_t			 id = 0, id2 = 0;
	size_t			 n;
	char			*cause = NULL;

	memset(&c, 0, sizeof c);
	c.queue = (char *)"billing";
	c.subject = (char *)"Zwrot pieniędzy";
	c.customer = (char *)"jan@example.pl";
	c.language = (char *)"pl";
	c.priority = PRIO_NORMAL;
	strv_add(&c.tags, "refund");
	CHECK_INT(store_begin(st, &cause), 0);
	CHECK_INT(store_case_new(st, "CS", &c, &id, &cause), 0);
	CHECK_INT(store_case_new(st, "CS", &c, &id2, &cause), 0);
	CHECK_INT(store_commit(st, &cause), 0);
	strv_free(&c.tags);
	CHECK_INT(id, 1001);
	CHECK_INT(id2, 1002);

	CHECK_INT(store_case_by_ref(st, "cs-1001", &got, &cause), 1);
	CHECK_STR(got.ref, "CS-1001");
	CHECK_INT(got.status, CASE_NEW);
	CHECK_INT(got.priority, PRIO_NORMAL);
	CHECK_STR(got.subject, "Zwrot pieniędzy");
	CHECK_INT(got.tags.n, 1);
	store_case_clear(&got);
	CHECK_INT(store_case_by_ref(st, "CS-9", &got, &cause), 0);

	CHECK_INT(store_case_set(st, id, SF_STATUS, "open", "maria", &cause),
	    1);
	CHECK_INT(store_case_set(st, id, SF_STATUS, "open", "maria", &cause),
	    0);
	CHECK_INT(store_case_set(st, id, SF_ASSIGNEE, "maria", "maria",
	    &cause), 1);
	CHECK_INT(store_case_get(st, id, &got, &cause), 1);
	CHECK_INT(got.status, CASE_OPEN);
	CHECK_STR(got.assignee, "maria");
	store_case_clear(&got);

	CHECK_INT(store_contact_add(st, id, "Jan@Example.pl", &cause), 0);
	CHECK_INT(store_contact_known(st, id, "jan@example.pl", &cause), 1);
	CHECK_INT(store_contact_known(st, id2, "jan@example.pl", &cause), 0);

	CHECK_INT(store_case_detail(st, "CS-1001", &cd, &cause), 1);
	CHECK_STR(cd.c.ref, "CS-1001");
	CHECK_INT(cd.c.tags.n, 1);
	CHECK_INT(cd.nevents, 2);
	if (cd.nevents == 2)
		CHECK_STR(cd.events[0].kind, "status");
	store_case_detail_free(&cd);
	CHECK_INT(store_case_detail(st, "CS-9", &cd, &cause), 0);

	CHECK_INT(store_cases_list(st, NULL, "billing", &list, &n, &cause), 0);
	CHECK_INT(n, 2);
	if (n == 2) {
		CHECK_STR(list[1].ref, "CS-1002");
		CHECK_INT(list[1].nmessages, 0);
	}
	store_cases_free(list, n);
	CHECK_INT(store_cases_list(st, "closed", NULL, &list, &n, &cause), 0);
	CHECK_INT(n, 0);
	store_cases_free(list, n);
	store_close(st);
}

static void
test_messages(void)
{
	struct store		*st = open_store();
	struct store_msg	 m;
	char			*cause = NULL;
	int64_t			 id, cid;
	int			 ours;

	memset(&m, 0, sizeof m);
	m.case_id = 1001;
	m.direction = "in";
	m.kind = "customer";
	m.dedup = "mid:abc@example.pl";
	m.message_id = "abc@example.pl";
	m.raw = "Subject: x\r\n\r\nbody\0with NUL";
	m.rawlen = 27;
	CHECK_INT(store_msg_seen(st, "mid:abc@example.pl", &cid, &cause), 0);
	CHECK_INT(store_msg_add(st, &m, &id, &cause), 0);
	CHECK_INT(store_msg_seen(st, "mid:abc@example.pl", &cid, &cause), 1);
	CHECK_INT(cid, 1001);
	/* The same key again is refused: a duplicate never lands twice. */
	CHECK_INT(store_msg_add(st, &m, &id, &cause), -1);
	CHECK(cause != NULL);
	free(cause);
	cause = NULL;
	CHECK_INT(store_case_by_msgid(st, "abc@example.pl", &cid, &ours,
	    &cause), 1);
	CHECK_INT(cid, 1001);
	CHECK_INT(ours, 0);		/* the customer's client minted it */
	CHECK_INT(store_case_by_msgid(st, "nope@example.pl", &cid, &ours,
	    &cause), 0);
	CHECK_INT(cid, 0);
	store_close(st);
}

static int
owner_alive(const char *owner)
{
	return 0;
}

/* The owner this process writes into its claims is "gone". */
static int
owner_is_me(const char *owner)
{
	char	 me[STORE_CLAIMER_LEN];

	store_claimer(me, sizeof me);
	return strcmp(owner, me) == 0;
}

/*
 * A row claimed by a sender that died is queued again at once, due now,
 * with no attempt counted; a live sender's claim is left alone.
 */
static void
test_outbox_dead_claim(void)
{
	struct store		*st = open_store();
	struct store_out	*rows;
	struct strv		 rcpts = { NULL, 0 };
	size_t			 n;
	int64_t			 a;
	char			*cause = NULL;
	int			 k;
	time_t			 now = time(NULL);

	/*
	 * PostgreSQL ties a claim to the connection that made it and takes
	 * over one whose connection is gone by itself (t_multi.sh kills a
	 * daemon to show it); the owners here are SQLite's.
	 */
	if (on_pg) {
		store_close(st);
		return;
	}
	strv_add(&rcpts, "ana@example.es");
	CHECK_INT(store_out_add(st, 1001, "dead-claim@example.com",
	    "support@example.com", &rcpts, "Hola", "raw\r\n", 5, NULL, &a,
	    &cause), 0);
	strv_free(&rcpts);
	CHECK_INT(store_out_claim(st, a, &cause), 1);
	CHECK_INT(store_out_unclaim(st, owner_alive, &k, &cause), 0);
	CHECK_INT(k, 0);
	CHECK_INT(store_out_due(st, now, 10, &rows, &n, &cause), 0);
	CHECK_INT(n, 0);
	store_out_free(rows, n);
	CHECK_INT(store_out_unclaim(st, owner_is_me, &k, &cause), 0);
	CHECK_INT(k, 1);
	CHECK_INT(store_out_due(st, now, 10, &rows, &n, &cause), 0);
	CHECK_INT(n, 1);
	if (n == 1) {
		CHECK_INT(rows[0].id, a);
		CHECK_INT(rows[0].attempts, 0);
	}
	store_out_free(rows, n);
	CHECK_INT(store_out_claim(st, a, &cause), 1);
	CHECK_INT(store_out_sent(st, a, &cause), 0);
	store_close(st);
}

static void
test_outbox(void)
{
	struct store		*st = open_store();
	struct store_out	*rows;
	struct store_case_detail cd;
	struct strv		 rcpts = { NULL, 0 };
	size_t			 n;
	int64_t			 a, b, cid;
	char			*cause = NULL;
	int			 q, s, f, ours;
	time_t			 now = time(NULL), next;

	strv_add(&rcpts, "jan+shop@example.pl");
	CHECK_INT(store_out_add(st, 1001, "m1@example.com",
	    "support@example.com", &rcpts, "[CS-1001] Zwrot", "raw\0one\r\n",
	    10, "jan@example.pl", &a, &cause), 0);
	CHECK_INT(store_out_add(st, 1001, "m2@example.com",
	    "support@example.com", &rcpts, "[CS-1001] Zwrot", "raw two\r\n", 9,
	    NULL, &b, &cause), 0);
	CHECK_INT(store_autoreplies_since(st, "jan@example.pl", now - 3600, &q,
	    &cause), 0);
	CHECK_INT(q, 1);
	CHECK_INT(store_case_by_msgid(st, "m2@example.com", &cid, &ours,
	    &cause), 1);
	CHECK_INT(cid, 1001);
	CHECK_INT(ours, 1);		/* we sent it */

	CHECK_INT(store_out_due(st, now, 10, &rows, &n, &cause), 0);
	CHECK_INT(n, 2);
	if (n == 2) {
		/* Bytes, not a C string: the NUL is kept. */
		CHECK_INT(rows[0].rawlen, 10);
		CHECK(memcmp(rows[0].raw, "raw\0one\r\n", 10) == 0);
		CHECK_STR(rows[0].rcpts.v[0], "jan+shop@example.pl");
		CHECK_STR(rows[0].case_ref, "CS-1001");
	}
	store_out_free(rows, n);

	/* A claimed row is not claimed twice, nor listed as due. */
	CHECK_INT(store_out_claim(st, a, &cause), 1);
	CHECK_INT(store_out_claim(st, a, &cause), 0);
	CHECK_INT(store_out_retry(st, a, now + 600, "421 try later", &cause),
	    0);
	CHECK_INT(store_out_failed(st, b, "550 no such user", &cause), 0);
	CHECK_INT(store_out_due(st, now, 10, &rows, &n, &cause), 0);
	CHECK_INT(n, 0);
	store_out_free(rows, n);
	CHECK_INT(store_out_next(st, &next, &cause), 0);
	CHECK_INT(next, now + 600);
	CHECK_INT(store_out_due(st, now + 600, 10, &rows, &n, &cause), 0);
	CHECK_INT(n, 1);
	if (n == 1)
		CHECK_INT(rows[0].attempts, 1);
	store_out_free(rows, n);
	CHECK_INT(store_out_sent(st, a, &cause), 0);
	CHECK_INT(store_out_counts(st, &q, &s, &f, &cause), 0);
	CHECK_INT(q, 0);
	CHECK_INT(s, 1);
	CHECK_INT(f, 1);
	CHECK_INT(store_out_list(st, &rows, &n, &cause), 0);
	CHECK_INT(n, 2);
	if (n == 2) {
		CHECK_STR(rows[1].status, "failed");
		CHECK_STR(rows[1].error, "550 no such user");
	}
	store_out_free(rows, n);
	CHECK_INT(store_case_detail(st, "CS-1001", &cd, &cause), 1);
	CHECK(cd.nevents > 0 && strcmp(cd.events[cd.nevents - 1].kind,
	    "delivery-failed") == 0);
	store_case_detail_free(&cd);
	strv_free(&rcpts);
	store_close(st);
}

static void
test_checkpoints_and_quarantine(void)
{
	struct store			*st = open_store();
	struct store_quarantine_row	*q;
	uint32_t			 v, last;
	int64_t				 id;
	char				*raw, *cause = NULL;
	size_t				 len, n;

	CHECK_INT(store_checkpoint_get(st, "support", &v, &last, &cause), 0);
	CHECK_INT(store_checkpoint_set(st, "support", 77, 12, &cause), 0);
	CHECK_INT(store_checkpoint_set(st, "support", 77, 15, &cause), 0);
	CHECK_INT(store_checkpoint_get(st, "support", &v, &last, &cause), 1);
	CHECK_INT(v, 77);
	CHECK_INT(last, 15);

	CHECK_INT(store_quarantine(st, "support", 9, "bad MIME", "x\0y", 3,
	    &id, &cause), 0);
	CHECK_INT(store_quarantine_raw(st, id, &raw, &len, NULL, &cause), 1);
	CHECK_INT(len, 3);
	CHECK(memcmp(raw, "x\0y", 3) == 0);
	free(raw);
	CHECK_INT(store_quarantine_list(st, &q, &n, &cause), 0);
	CHECK_INT(n, 1);
	if (n == 1) {
		CHECK_STR(q[0].reason, "bad MIME");
		CHECK_INT(q[0].size, 3);
		CHECK_INT(q[0].uid, 9);
	}
	store_quarantine_list_free(q, n);
	CHECK_INT(store_quarantine_delete(st, id, &cause), 0);
	CHECK_INT(store_quarantine_raw(st, id, &raw, &len, NULL, &cause), 0);
	store_close(st);
}

/*
 * A raw message over RAWMSG_SPILL is written in windows (a zeroblob, then
 * sqlite3_blob_write): it must come back byte for byte, and its column be
 * the row's last, or SQLite expands the zeroblob in memory after all.
 */
static void
test_large_raw(void)
{
	struct store	*st = open_store();
	size_t		 big = 3 * 1024 * 1024 + 17, i, len;
	char		*in = xmalloc(big), *raw, *cause = NULL;
	int64_t		 id;

	for (i = 0; i < big; i++)
		in[i] = (char)(i * 7 + i / 4096);
	CHECK_INT(store_quarantine(st, "support", 10, "too odd", in, big,
	    &id, &cause), 0);
	CHECK_INT(store_quarantine_raw(st, id, &raw, &len, NULL, &cause), 1);
	CHECK_INT(len, big);
	CHECK(len == big && memcmp(raw, in, big) == 0);
	free(raw);
	if (!on_pg) {
		sqlite3		*db;
		sqlite3_stmt	*q = NULL;

		CHECK(sqlite3_open(dbpath, &db) == SQLITE_OK);
		CHECK(sqlite3_prepare_v2(db, "SELECT (SELECT name FROM "
		    "pragma_table_info('messages') ORDER BY cid DESC LIMIT 1) "
		    "|| ',' || (SELECT name FROM pragma_table_info('quarantine') "
		    "ORDER BY cid DESC LIMIT 1)", -1, &q, NULL) == SQLITE_OK);
		CHECK(q != NULL && sqlite3_step(q) == SQLITE_ROW);
		if (q != NULL)
			CHECK_STR((const char *)sqlite3_column_text(q, 0),
			    "raw,raw");
		sqlite3_finalize(q);
		sqlite3_close(db);
	}
	free(in);
	store_close(st);
}

/*
 * Another connection's commit wakes a sleeper: the descriptor turns
 * readable and the drain says so; the sleeper's own commits do not
 * count.  SQLite: the write-ahead log written and closed; PostgreSQL:
 * the NOTIFY that goes with every commit.
 */
static void
test_changes(void)
{
	struct store	*a = open_store(), *b;
	struct pollfd	 pfd;
	char		*cause = NULL;
	int		 fd, i, seen;

	fd = store_changes_fd(a);
	CHECK(fd >= 0);
	(void)store_changes_drain(a);
	/* Its own write: not another's. */
	CHECK_INT(store_begin(a, &cause), 0);
	CHECK_INT(store_checkpoint_set(a, "own", 1, 1, &cause), 0);
	CHECK_INT(store_commit(a, &cause), 0);
	if (on_pg) {
		usleep(100000);
		CHECK_INT(store_changes_drain(a), 0);
	} else
		(void)store_changes_drain(a);
	/* Another connection's commit, then its close. */
	b = open_store();
	CHECK_INT(store_begin(b, &cause), 0);
	CHECK_INT(store_checkpoint_set(b, "other", 1, 1, &cause), 0);
	CHECK_INT(store_commit(b, &cause), 0);
	store_close(b);
	for (i = 0, seen = 0; i < 50 && !seen; i++) {
		pfd.fd = fd;
		pfd.events = POLLIN;
		pfd.revents = 0;
		if (poll(&pfd, 1, 100) > 0)
			seen = store_changes_drain(a);
	}
	CHECK_INT(seen, 1);
	free(cause);
	store_close(a);
}

static void
test_rollback(void)
{
	struct store		*st = open_store();
	struct store_case	 c, *list;
	int64_t			 id;
	size_t			 n, i;
	char			*cause = NULL;

	memset(&c, 0, sizeof c);
	c.customer = (char *)"x@example.com";
	CHECK_INT(store_begin(st, &cause), 0);
	CHECK_INT(store_savepoint(st, &cause), 0);
	CHECK_INT(store_case_new(st, "CS", &c, &id, &cause), 0);
	store_rollback_to(st);
	CHECK_INT(store_commit(st, &cause), 0);
	CHECK_INT(store_cases_list(st, NULL, NULL, &list, &n, &cause), 0);
	for (i = 0; i < n; i++)
		CHECK(strcmp(list[i].customer, "x@example.com") != 0);
	store_cases_free(list, n);
	store_close(st);
}

/* A write the database refuses is an error with a cause, never "done". */
static void
test_failed_write(void)
{
	struct store	*st = open_store();
	char		*cause = NULL;

	side_sql("CREATE TRIGGER no_events BEFORE INSERT ON events BEGIN "
	    "SELECT RAISE(ABORT, 'events are read-only today'); END;",
	    "CREATE FUNCTION no_events() RETURNS trigger LANGUAGE plpgsql AS "
	    "$$BEGIN RAISE EXCEPTION 'events are read-only today'; END$$; "
	    "CREATE TRIGGER no_events BEFORE INSERT ON events FOR EACH ROW "
	    "EXECUTE FUNCTION no_events();");
	CHECK_INT(store_event(st, 1001, "comment", "maria", "x", &cause), -1);
	CHECK_CONTAINS(cause, "events are read-only today");
	free(cause);
	cause = NULL;
	/* A field change records an event: it fails as a whole. */
	CHECK_INT(store_case_set(st, 1001, SF_PRIORITY, "high", "rules",
	    &cause), -1);
	CHECK(cause != NULL);
	free(cause);
	cause = NULL;
	side_sql("DROP TRIGGER no_events;", "DROP TRIGGER no_events ON events; "
	    "DROP FUNCTION no_events();");
	CHECK_INT(store_event(st, 1001, "comment", "maria", "x", &cause), 0);
	store_close(st);
}

/* A statement used many times is prepared once and stays correct. */
static void
test_statement_reuse(void)
{
	struct store	*st = open_store();
	char		*cause = NULL, *v = NULL, key[32], want[32];
	int		 i, bad = 0;

	CHECK_INT(store_begin(st, &cause), 0);
	for (i = 0; i < 2000; i++) {
		snprintf(key, sizeof key, "k%d", i % 50);
		snprintf(want, sizeof want, "%d", i);
		if (store_kv_set(st, key, want, &cause) == -1 ||
		    store_kv_get(st, key, &v, &cause) != 1 ||
		    strcmp(v, want) != 0)
			bad++;
		free(v);
		v = NULL;
	}
	CHECK_INT(store_commit(st, &cause), 0);
	CHECK_INT(bad, 0);
	CHECK_INT(store_kv_get(st, "nope", &v, &cause), 0);
	CHECK(v == NULL);
	store_close(st);
}

int
main(void)
{
	if (mkdtemp(dir) == NULL)
		return 2;
	snprintf(dbpath, sizeof dbpath, "%s/test.db", dir);
	dbspec = getenv("SUPPORTD_TEST_DATABASE");
	if (dbspec != NULL && *dbspec != '\0') {
		on_pg = 1;
		side_pg("SET client_min_messages = warning; DROP SCHEMA "
		    "public CASCADE; CREATE SCHEMA public;");
	} else
		dbspec = dbpath;
	RUN(test_migrations);
	RUN(test_cases);
	RUN(test_messages);
	RUN(test_outbox);
	RUN(test_outbox_dead_claim);
	RUN(test_checkpoints_and_quarantine);
	RUN(test_large_raw);
	RUN(test_changes);
	RUN(test_rollback);
	RUN(test_failed_write);
	RUN(test_statement_reuse);
	test_rmtree(dir);
	TEST_DONE();
}
