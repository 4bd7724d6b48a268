/*
 * test_store.c -- the case store: migrations, cases, dedup, outbox states,
 * checkpoints, reports.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "store.h"
#include "test.h"

static char	 dir[] = "/tmp/supportd-test-store.XXXXXX";
static char	 dbpath[256];

static struct store *
open_store(void)
{
	struct store	*st = NULL;
	char		*cause = NULL;

	if (store_open(dbpath, &st, &cause) == -1) {
		fprintf(stderr, "store_open: %s\n", cause);
		exit(2);
	}
	return st;
}

static void
test_migrations(void)
{
	struct store	*st = open_store();

	CHECK_INT(store_schema_version(st), 2);
	store_close(st);
	/* Opening again migrates nothing and keeps the version. */
	st = open_store();
	CHECK_INT(store_schema_version(st), 2);
	store_close(st);
}

static void
test_cases(void)
{
	struct store		*st = open_store();
	struct store_case	 c, got;
	int64_t			 id = 0, id2 = 0;
	char			*cause = NULL, *json;

	memset(&c, 0, sizeof c);
	c.queue = (char *)"billing";
	c.subject = (char *)"Zwrot pieniędzy";
	c.customer = (char *)"jan@example.pl";
	c.language = (char *)"pl";
	strv_add(&c.tags, "refund");
	CHECK_INT(store_begin(st, &cause), 0);
	CHECK_INT(store_case_new(st, "CS", &c, &id, &cause), 0);
	CHECK_INT(store_case_new(st, "CS", &c, &id2, &cause), 0);
	CHECK_INT(store_commit(st, &cause), 0);
	strv_free(&c.tags);
	CHECK_INT(id, 1001);
	CHECK_INT(id2, 1002);

	CHECK_INT(store_case_by_ref(st, "cs-1001", &got), 0);
	CHECK_STR(got.ref, "CS-1001");
	CHECK_STR(got.status, "new");
	CHECK_STR(got.priority, "normal");
	CHECK_STR(got.subject, "Zwrot pieniędzy");
	CHECK_INT(got.tags.n, 1);
	store_case_clear(&got);

	CHECK_INT(store_case_set(st, id, "status", "open", "maria"), 1);
	CHECK_INT(store_case_set(st, id, "status", "open", "maria"), 0);
	CHECK_INT(store_case_set(st, id, "assignee", "maria", "maria"), 1);
	CHECK_INT(store_case_get(st, id, &got), 0);
	CHECK_STR(got.status, "open");
	CHECK_STR(got.assignee, "maria");
	store_case_clear(&got);

	CHECK_INT(store_contact_add(st, id, "Jan@Example.pl"), 0);
	CHECK(store_contact_known(st, id, "jan@example.pl"));
	CHECK(!store_contact_known(st, id2, "jan@example.pl"));

	json = store_case_json(st, "CS-1001");
	CHECK_CONTAINS(json, "\"ref\":\"CS-1001\"");
	CHECK_CONTAINS(json, "\"tags\":[\"refund\"]");
	CHECK_CONTAINS(json, "\"kind\":\"status\"");
	free(json);
	json = store_cases_json(st, NULL, "billing");
	CHECK_CONTAINS(json, "\"messages\":0");
	CHECK_CONTAINS(json, "CS-1002");
	free(json);
	json = store_cases_json(st, "closed", NULL);
	CHECK_STR(json, "[]");
	free(json);
	CHECK(store_case_json(st, "CS-9") == NULL);
	store_close(st);
}

static void
test_messages(void)
{
	struct store		*st = open_store();
	struct store_msg	 m;
	char			*cause = NULL;
	int64_t			 id;

	memset(&m, 0, sizeof m);
	m.case_id = 1001;
	m.direction = "in";
	m.kind = "customer";
	m.dedup = "mid:abc@example.pl";
	m.message_id = "abc@example.pl";
	m.raw = "Subject: x\r\n\r\nbody\0with NUL";
	m.rawlen = 27;
	CHECK(!store_msg_seen(st, "mid:abc@example.pl"));
	CHECK_INT(store_msg_add(st, &m, &id, &cause), 0);
	CHECK(store_msg_seen(st, "mid:abc@example.pl"));
	/* The same key again is refused: a duplicate never lands twice. */
	CHECK_INT(store_msg_add(st, &m, &id, &cause), -1);
	free(cause);
	CHECK_INT(store_case_by_msgid(st, "abc@example.pl"), 1001);
	CHECK_INT(store_case_by_msgid(st, "nope@example.pl"), 0);
	CHECK_INT(store_case_by_dedup(st, "mid:abc@example.pl"), 1001);
	store_close(st);
}

static void
test_outbox(void)
{
	struct store		*st = open_store();
	struct store_out	*rows;
	struct strv		 rcpts = { NULL, 0 };
	size_t			 n;
	int64_t			 a, b;
	char			*cause = NULL, *json;
	int			 q, s, f;
	time_t			 now = time(NULL);

	strv_add(&rcpts, "jan@example.pl");
	CHECK_INT(store_out_add(st, 1001, "m1@example.com", "support@example.com",
	    &rcpts, "[CS-1001] Zwrot", "raw one\r\n", 1, &a, &cause), 0);
	CHECK_INT(store_out_add(st, 1001, "m2@example.com", "support@example.com",
	    &rcpts, "[CS-1001] Zwrot", "raw two\r\n", 0, &b, &cause), 0);
	CHECK_INT(store_autoreplies_since(st, "JAN@example.pl", now - 3600), 1);
	CHECK_INT(store_case_by_msgid(st, "m2@example.com"), 1001);

	CHECK_INT(store_out_due(st, now, 10, &rows, &n), 0);
	CHECK_INT(n, 2);
	if (n == 2) {
		CHECK_STR(rows[0].raw, "raw one\r\n");
		CHECK_STR(rows[0].rcpts.v[0], "jan@example.pl");
	}
	store_out_free(rows, n);

	/* A claimed row is not claimed twice, nor listed as due. */
	CHECK_INT(store_out_claim(st, a), 1);
	CHECK_INT(store_out_claim(st, a), 0);
	store_out_retry(st, a, now + 600, "421 try later");
	store_out_failed(st, b, "550 no such user");
	CHECK_INT(store_out_due(st, now, 10, &rows, &n), 0);
	CHECK_INT(n, 0);
	store_out_free(rows, n);
	CHECK_INT(store_out_next(st), now + 600);
	CHECK_INT(store_out_due(st, now + 600, 10, &rows, &n), 0);
	CHECK_INT(n, 1);
	if (n == 1)
		CHECK_INT(rows[0].attempts, 1);
	store_out_free(rows, n);
	store_out_sent(st, a);
	store_out_counts(st, &q, &s, &f);
	CHECK_INT(q, 0);
	CHECK_INT(s, 1);
	CHECK_INT(f, 1);
	json = store_outbox_json(st);
	CHECK_CONTAINS(json, "\"status\":\"failed\"");
	CHECK_CONTAINS(json, "\"error\":\"550 no such user\"");
	CHECK_CONTAINS(json, "\"raw\":\"raw one\\r\\n\"");
	CHECK_CONTAINS(json, "\"case\":\"CS-1001\"");
	free(json);
	json = store_case_json(st, "CS-1001");
	CHECK_CONTAINS(json, "delivery-failed");
	free(json);
	strv_free(&rcpts);
	store_close(st);
}

static void
test_checkpoints_and_quarantine(void)
{
	struct store	*st = open_store();
	uint32_t	 v, last;
	int64_t		 id;
	char		*raw;
	size_t		 len;

	CHECK_INT(store_checkpoint_get(st, "support", &v, &last), -1);
	CHECK_INT(store_checkpoint_set(st, "support", 77, 12), 0);
	CHECK_INT(store_checkpoint_set(st, "support", 77, 15), 0);
	CHECK_INT(store_checkpoint_get(st, "support", &v, &last), 0);
	CHECK_INT(v, 77);
	CHECK_INT(last, 15);

	CHECK_INT(store_quarantine(st, "support", 9, "bad MIME", "x\0y", 3,
	    &id), 0);
	CHECK_INT(store_quarantine_raw(st, id, &raw, &len, NULL), 0);
	CHECK_INT(len, 3);
	CHECK(memcmp(raw, "x\0y", 3) == 0);
	free(raw);
	raw = store_quarantine_text(st);
	CHECK_CONTAINS(raw, "bad MIME");
	free(raw);
	CHECK_INT(store_quarantine_delete(st, id), 0);
	CHECK_INT(store_quarantine_raw(st, id, &raw, &len, NULL), -1);
	store_close(st);
}

static void
test_rollback(void)
{
	struct store		*st = open_store();
	struct store_case	 c;
	int64_t			 id;
	char			*cause = NULL, *json;

	memset(&c, 0, sizeof c);
	c.customer = (char *)"x@example.com";
	store_begin(st, &cause);
	store_savepoint(st);
	store_case_new(st, "CS", &c, &id, &cause);
	store_rollback_to(st);
	store_commit(st, &cause);
	json = store_cases_json(st, NULL, NULL);
	CHECK(strstr(json, "x@example.com") == NULL);
	free(json);
	store_close(st);
}

int
main(void)
{
	if (mkdtemp(dir) == NULL)
		return 2;
	snprintf(dbpath, sizeof dbpath, "%s/test.db", dir);
	RUN(test_migrations);
	RUN(test_cases);
	RUN(test_messages);
	RUN(test_outbox);
	RUN(test_checkpoints_and_quarantine);
	RUN(test_rollback);
	test_rmtree(dir);
	TEST_DONE();
}
