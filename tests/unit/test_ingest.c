/*
 * test_ingest.c -- the message pipeline against a scratch store: one
 * scenario per test, each on a fresh desk (config, rules, templates and
 * an empty store written to a scratch directory).  With
 * SUPPORTD_TEST_DATABASE set to a PostgreSQL connection string (as
 * tests/t_pg.sh does), every desk is on that database instead, emptied
 * for each test.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <libpq-fe.h>
#include <sqlite3.h>

#include "desk.h"
#include "ingest.h"
#include "test.h"
#include "thread.h"

static char		 tdir[64];
static struct desk	 d;

static const char conf_text[] =
    "desk-name \"Test Desk\"\n"
    "desk-address support@example.com\n"
    "case-prefix CS\n"
    "database test.db\n"
    "rules rules\n"
    "templates templates\n"
    "secret-file secret\n"
    "ack-template ack\n"
    "default-queue general\n"
    "closed-policy reopen\n"
    "autoreply-limit 5\n"
    "supervisor lead@example.com\n";

static const char rules_text[] =
    "rule fwd\n  when subject ~ /FORWARD-ME/\n  forward acct@example.org\n"
    "  stop\n"
    "rule hold\n  when subject ~ /HOLD-ME/\n  quarantine\n"
    "rule junk\n  when subject ~ /DROP-ME/\n  drop\n"
    "rule refund\n  when subject ~ /refund/i\n  queue billing\n"
    "  priority high\n  tag refund\n  escalate\n";

/* The PostgreSQL database under test, or NULL for SQLite. */
static const char *
pg_url(void)
{
	const char	*u = getenv("SUPPORTD_TEST_DATABASE");

	return u != NULL && *u != '\0' ? u : NULL;
}

/* Run SQL behind the store's back: sqlite on the file, or pgsql. */
static void
side_sql(const char *sqlite, const char *pgsql)
{
	char		 path[128];
	sqlite3		*db;
	PGconn		*c;
	PGresult	*r;

	if (pg_url() != NULL) {
		c = PQconnectdb(pg_url());
		r = PQexec(c, pgsql);
		if (PQresultStatus(r) != PGRES_COMMAND_OK) {
			fprintf(stderr, "%s: %s\n", pgsql, PQerrorMessage(c));
			exit(2);
		}
		PQclear(r);
		PQfinish(c);
		return;
	}
	snprintf(path, sizeof path, "%s/test.db", tdir);
	if (sqlite3_open(path, &db) != SQLITE_OK ||
	    sqlite3_exec(db, sqlite, NULL, NULL, NULL) != SQLITE_OK) {
		fprintf(stderr, "%s: %s\n", sqlite, sqlite3_errmsg(db));
		exit(2);
	}
	sqlite3_close(db);
}

/* A fresh desk in a scratch directory; extra config lines appended. */
static void
desk_up(const char *extra)
{
	char		 path[128], *conf, *db = NULL;
	struct strv	 errors = { NULL, 0 };

	test_scratch(tdir, sizeof tdir, "test_ingest");
	if (pg_url() != NULL) {
		side_sql(NULL, "SET client_min_messages = warning; DROP SCHEMA "
		    "public CASCADE; CREATE SCHEMA "
		    "public;");
		xasprintf(&db, "database \"%s\"\n", pg_url());
	}
	xasprintf(&conf, "%s%s%s", conf_text, db ? db : "",
	    extra ? extra : "");
	free(db);
	test_write_file(tdir, "supportd.conf", conf);
	free(conf);
	snprintf(path, sizeof path, "%s/rules", tdir);
	mkdir(path, 0700);
	test_write_file(path, "10-test.rules", rules_text);
	snprintf(path, sizeof path, "%s/templates", tdir);
	mkdir(path, 0700);
	test_write_file(path, "ack.en.txt", "Subject: [{{case.ref}}] "
	    "{{message.subject}}\n\nDear {{customer.name}}, case "
	    "{{case.ref}} is open.\n");
	test_write_file(path, "notice-new.en.txt", "Subject: [{{case.ref}}] "
	    "New: {{message.subject}}\n\n{{marker}}\n{{commands}}\n"
	    "{{customer.name}}: {{message.text}}\n");
	test_write_file(path, "notice-reply.en.txt", "Subject: [{{case.ref}}] "
	    "Reply: {{message.subject}}\n\n{{marker}}\n{{message.text}}\n");
	test_write_file(path, "notice-assigned.en.txt", "Subject: [{{case.ref}}] "
	    "Yours, {{agent.name}}\n\n{{marker}}\n");
	test_write_file(path, "notice-escalated.en.txt", "Subject: "
	    "[{{case.ref}}] Escalated\n\n{{marker}}\n{{detail}}\n");
	test_write_file(path, "notice-sla.en.txt", "Subject: [{{case.ref}}] "
	    "Due\n\n{{marker}}\n{{detail}}\n");
	test_write_file(path, "autoclosed.en.txt", "Subject: Closed\n\n"
	    "{{case.ref}} is closed.\n");
	test_write_file(path, "followup.en.txt", "Subject: How did we do?\n\n"
	    "Rate {{case.ref}} from 1 to 5.\n");
	test_write_file(path, "answer.en.txt", "Subject: Re: {{case.subject}}"
	    "\n\n{{answer}}\n-- \n{{agent.name}}\n");
	test_write_file(path, "agent-refused.en.txt", "Subject: Not done\n\n"
	    "{{refusal}}\n");
	test_write_file(path, "merged.en.txt", "Subject: Now {{case.ref}}\n\n"
	    "{{old.ref}} is {{case.ref}}\n");
	snprintf(path, sizeof path, "%s/supportd.conf", tdir);
	if (desk_open(path, &d, &errors) == -1) {
		fprintf(stderr, "desk_open: %s\n", errors.n ? errors.v[0] :
		    "?");
		exit(2);
	}
	strv_free(&errors);
}

static void
desk_down(void)
{
	desk_close(&d);
	test_rmtree(tdir);
}

static int feedn(const char *, size_t, struct ingest_result *);

/* One message through the pipeline in its own transaction. */
static int
feed(const char *raw, struct ingest_result *res)
{
	return feedn(raw, strlen(raw), res);
}

static int
feedn(const char *raw, size_t len, struct ingest_result *res)
{
	struct ingest_opts	 o;
	char			*cause = NULL;
	int			 rv;

	memset(&o, 0, sizeof o);
	o.mailbox = "";
	if (store_begin(d.st, &cause) == -1)
		return -1;
	rv = ingest_message(&d, &o, raw, len, res, &cause);
	if (rv == 0 && store_commit(d.st, &cause) == -1)
		rv = -1;
	if (rv == -1) {
		fprintf(stderr, "ingest: %s\n", cause ? cause : "?");
		store_rollback(d.st);
	}
	free(cause);
	return rv;
}

static char *
mail(const char *from, const char *subject, const char *msgid,
    const char *extra_headers)
{
	char	*m;

	xasprintf(&m, "From: %s\r\nTo: support@example.com\r\n"
	    "Subject: %s\r\nMessage-ID: <%s>\r\n%s"
	    "Date: Mon, 16 Nov 2026 08:00:00 +0000\r\n\r\n"
	    "Hello, I need help with my order.\r\n", from, subject, msgid,
	    extra_headers ? extra_headers : "");
	return m;
}

static size_t
outbox_count(void)
{
	struct store_out	*o;
	size_t			 n;
	char			*cause = NULL;

	if (store_out_list(d.st, &o, &n, &cause) == -1)
		return (size_t)-1;
	store_out_free(o, n);
	return n;
}

/* The Message-ID of the last mail queued. */
static char *
last_out_id(void)
{
	struct store_out	*o;
	size_t			 n;
	char			*cause = NULL, *id = NULL;

	if (store_out_list(d.st, &o, &n, &cause) == 0 && n > 0)
		id = xstrdup(o[n - 1].message_id);
	store_out_free(o, n);
	return id;
}

static size_t
case_count(void)
{
	struct store_case	*c;
	size_t			 n;
	char			*cause = NULL;

	if (store_cases_list(d.st, NULL, NULL, &c, &n, &cause) == -1)
		return (size_t)-1;
	store_cases_free(c, n);
	return n;
}

static void
test_new_case(void)
{
	struct ingest_result	 res;
	struct store_case	 c;
	char			*m = mail("Ana <ana@example.es>", "Hello",
	    "a1@example.es", NULL);

	desk_up(NULL);
	CHECK_INT(feed(m, &res), 0);
	CHECK_INT(res.what, INGEST_NEW);
	CHECK_STR(res.ref, "CS-1001");
	CHECK_INT(store_case_by_ref(d.st, "CS-1001", &c, NULL), 1);
	CHECK_INT(c.status, CASE_NEW);
	CHECK_STR(c.queue, "general");
	CHECK_STR(c.customer, "ana@example.es");
	store_case_clear(&c);
	CHECK_INT(outbox_count(), 1);
	free(m);
	desk_down();
}

static void
test_duplicate(void)
{
	struct ingest_result	 res;
	char			*m = mail("ana@example.es", "Hello",
	    "dup@example.es", NULL);

	desk_up(NULL);
	CHECK_INT(feed(m, &res), 0);
	CHECK_INT(feed(m, &res), 0);
	CHECK_INT(res.what, INGEST_DUPLICATE);
	CHECK_STR(res.ref, "CS-1001");
	CHECK_INT(case_count(), 1);
	CHECK_INT(outbox_count(), 1);
	free(m);
	desk_down();
}

static void
test_reply_by_references(void)
{
	struct ingest_result	 res;
	char			*m, *ack, *hdr;

	desk_up(NULL);
	m = mail("ana@example.es", "Hello", "r1@example.es", NULL);
	CHECK_INT(feed(m, &res), 0);
	free(m);
	ack = last_out_id();
	xasprintf(&hdr, "In-Reply-To: <%s>\r\n", ack ? ack : "?");
	m = mail("ana@example.es", "Re: Hello", "r2@example.es", hdr);
	CHECK_INT(feed(m, &res), 0);
	CHECK_INT(res.what, INGEST_UPDATE);
	CHECK_STR(res.ref, "CS-1001");
	CHECK_CONTAINS(res.note, "references");
	/* An existing case gets no second acknowledgement. */
	CHECK_INT(outbox_count(), 1);
	free(m);
	free(hdr);
	free(ack);
	desk_down();
}

static void
test_reply_by_signed_address(void)
{
	struct ingest_result	 res;
	char			*m, *addr, *raw;

	desk_up(NULL);
	m = mail("ana@example.es", "Hello", "s1@example.es", NULL);
	CHECK_INT(feed(m, &res), 0);
	free(m);
	addr = thread_reply_address(d.conf, "CS-1001");
	xasprintf(&raw, "From: someone@else.example\r\nTo: <%s>\r\n"
	    "Subject: more\r\nMessage-ID: <s2@else.example>\r\n\r\nhi\r\n",
	    addr);
	CHECK_INT(feed(raw, &res), 0);
	CHECK_INT(res.what, INGEST_UPDATE);
	CHECK_STR(res.ref, "CS-1001");
	CHECK_CONTAINS(res.note, "signed");
	free(raw);
	free(addr);
	desk_down();
}

static void
test_tag_from_known_sender(void)
{
	struct ingest_result	 res;
	char			*m;

	desk_up(NULL);
	m = mail("ana@example.es", "Hello", "t1@example.es", NULL);
	CHECK_INT(feed(m, &res), 0);
	free(m);
	m = mail("ANA@example.es", "Re: [CS-1001] Hello", "t2@example.es",
	    NULL);
	CHECK_INT(feed(m, &res), 0);
	CHECK_INT(res.what, INGEST_UPDATE);
	CHECK_STR(res.ref, "CS-1001");
	free(m);
	desk_down();
}

static void
test_tag_from_stranger_refused(void)
{
	struct ingest_result	 res;
	char			*m;

	desk_up(NULL);
	m = mail("ana@example.es", "Hello", "u1@example.es", NULL);
	CHECK_INT(feed(m, &res), 0);
	free(m);
	m = mail("mallory@evil.example", "Re: [CS-1001] Hello",
	    "u2@evil.example", NULL);
	CHECK_INT(feed(m, &res), 0);
	CHECK_INT(res.what, INGEST_NEW);
	CHECK_STR(res.ref, "CS-1002");
	free(m);
	desk_down();
}

static void
test_bounce(void)
{
	struct ingest_result	 res;
	char			*m, *ack, *raw;

	desk_up(NULL);
	m = mail("ana@example.es", "Hello", "b1@example.es", NULL);
	CHECK_INT(feed(m, &res), 0);
	free(m);
	ack = last_out_id();
	xasprintf(&raw, "From: MAILER-DAEMON@mx.example.es\r\n"
	    "To: support@example.com\r\nSubject: Undelivered Mail\r\n"
	    "Message-ID: <bounce1@mx.example.es>\r\n"
	    "Content-Type: multipart/report; report-type=delivery-status; "
	    "boundary=\"BB\"\r\n\r\n--BB\r\nContent-Type: text/plain\r\n\r\n"
	    "Your mail could not be delivered.\r\n--BB\r\n"
	    "Content-Type: message/delivery-status\r\n\r\n"
	    "Final-Recipient: rfc822; ana@example.es\r\nAction: failed\r\n"
	    "Status: 5.1.1\r\n\r\n--BB\r\n"
	    "Content-Type: text/rfc822-headers\r\n\r\n"
	    "From: support@example.com\r\nMessage-ID: <%s>\r\n"
	    "Subject: [CS-1001] Hello\r\n--BB--\r\n", ack ? ack : "?");
	CHECK_INT(feed(raw, &res), 0);
	CHECK_INT(res.what, INGEST_UPDATE);
	CHECK_STR(res.ref, "CS-1001");
	CHECK_CONTAINS(res.note, "bounce");
	/* Never answered, never a new case. */
	CHECK_INT(outbox_count(), 1);
	CHECK_INT(case_count(), 1);
	free(raw);
	free(ack);
	desk_down();
}

static void
test_autoreply_not_answered(void)
{
	struct ingest_result	 res;
	struct store_case	 c;
	char			*m;

	desk_up(NULL);
	m = mail("ana@example.es", "Out of office", "o1@example.es",
	    "Auto-Submitted: auto-replied\r\n");
	CHECK_INT(feed(m, &res), 0);
	CHECK_CONTAINS(res.note, "automatic");
	CHECK_INT(outbox_count(), 0);
	if (res.ref[0] != '\0') {
		CHECK_INT(store_case_by_ref(d.st, res.ref, &c, NULL), 1);
		CHECK(strv_has(&c.tags, "auto"));
		store_case_clear(&c);
	}
	free(m);
	desk_down();
}

/*
 * Many addresses of one domain are one victim: past autoreply-domain-limit
 * in an hour, none of them is answered, whatever the spelling; another
 * domain still is.
 */
static void
test_autoreply_domain_limit(void)
{
	static const char *const from[] = { "a1@victim.example",
	    "a2@Victim.Example", "a3+x@victim.example", "A4@VICTIM.EXAMPLE",
	    "a5@victim.example" };
	struct ingest_result	 res;
	char			*m, id[64];
	size_t			 i;

	desk_up("autoreply-domain-limit 3\n");
	for (i = 0; i < sizeof from / sizeof from[0]; i++) {
		snprintf(id, sizeof id, "dom%zu@victim.example", i);
		m = mail(from[i], "Help", id, NULL);
		CHECK_INT(feed(m, &res), 0);
		CHECK_INT(res.what, INGEST_NEW);
		free(m);
	}
	CHECK_INT(outbox_count(), 3);
	m = mail("b@other.example", "Help", "dom@other.example", NULL);
	CHECK_INT(feed(m, &res), 0);
	free(m);
	CHECK_INT(outbox_count(), 4);
	desk_down();
}

/* A mail of about 1.4 MiB of ordinary text. */
static char *
heavy_mail(void)
{
	struct buf	 b;
	size_t		 i;

	buf_init(&b, 2 * 1024 * 1024);
	buf_adds(&b, "From: ana@example.es\r\nTo: support@example.com\r\n"
	    "Subject: Heavy\r\nMessage-ID: <cpu@example.es>\r\n\r\n");
	for (i = 0; i < 16384; i++)
		buf_adds(&b, "Hello, I need help with my order, it is late. "
		    "Please look at it soon, thank you.\r\n");
	buf_addc(&b, '\0');
	return buf_release(&b);
}

/*
 * A message past message-cpu-limit is quarantined with the reason.  A
 * MiB must at least be read once to be parsed, which no machine does in a
 * microsecond: the budget is provably exceeded.
 */
static void
test_cpu_budget(void)
{
	struct ingest_result	 res;
	char			*m = heavy_mail();

	desk_up("message-cpu-limit 1us\n");
	CHECK_INT(feed(m, &res), 0);
	CHECK_INT(res.what, INGEST_QUARANTINED);
	CHECK_CONTAINS(res.note, "over the CPU budget after parse");
	CHECK_INT(outbox_count(), 0);
	desk_down();

	/* The same message within the default budget is an ordinary case. */
	desk_up(NULL);
	CHECK_INT(feed(m, &res), 0);
	CHECK_INT(res.what, INGEST_NEW);
	desk_down();
	free(m);
}

/* Set a case's status behind the pipeline's back. */
static void
set_status(const char *ref, enum case_status s)
{
	struct store_case	 c;
	char			*cause = NULL;

	if (store_case_by_ref(d.st, ref, &c, &cause) != 1)
		exit(2);
	if (store_case_set(d.st, c.id, SF_STATUS, case_status_name(s),
	    "test", &cause) == -1)
		exit(2);
	store_case_clear(&c);
}

static void
test_closed_reopens(void)
{
	struct ingest_result	 res;
	struct store_case	 c;
	char			*m;

	desk_up(NULL);
	m = mail("ana@example.es", "Hello", "c1@example.es", NULL);
	CHECK_INT(feed(m, &res), 0);
	free(m);
	set_status("CS-1001", CASE_CLOSED);
	m = mail("ana@example.es", "Re: [CS-1001] Hello", "c2@example.es",
	    NULL);
	CHECK_INT(feed(m, &res), 0);
	CHECK_STR(res.ref, "CS-1001");
	CHECK_INT(store_case_by_ref(d.st, "CS-1001", &c, NULL), 1);
	CHECK_INT(c.status, CASE_OPEN);
	store_case_clear(&c);
	free(m);
	desk_down();
}

static void
test_closed_newcase(void)
{
	struct ingest_result	 res;
	struct store_case	 c;
	char			*m;

	desk_up("closed-policy new-case\n");
	m = mail("ana@example.es", "Hello", "n1@example.es", NULL);
	CHECK_INT(feed(m, &res), 0);
	free(m);
	set_status("CS-1001", CASE_CLOSED);
	m = mail("ana@example.es", "Re: [CS-1001] Hello", "n2@example.es",
	    NULL);
	CHECK_INT(feed(m, &res), 0);
	CHECK_INT(res.what, INGEST_NEW);
	CHECK_STR(res.ref, "CS-1002");
	CHECK_INT(store_case_by_ref(d.st, "CS-1002", &c, NULL), 1);
	CHECK_STR(c.linked_ref, "CS-1001");
	store_case_clear(&c);
	free(m);
	desk_down();
}

static void
test_rule_quarantine_and_drop(void)
{
	struct ingest_result	 res;
	char			*m;

	desk_up(NULL);
	m = mail("ana@example.es", "HOLD-ME", "q1@example.es", NULL);
	CHECK_INT(feed(m, &res), 0);
	CHECK_INT(res.what, INGEST_QUARANTINED);
	CHECK_CONTAINS(res.note, "rule hold");
	free(m);
	m = mail("ana@example.es", "DROP-ME", "q2@example.es", NULL);
	CHECK_INT(feed(m, &res), 0);
	CHECK_INT(res.what, INGEST_RECORDED);
	free(m);
	CHECK_INT(case_count(), 0);
	CHECK_INT(outbox_count(), 0);
	desk_down();
}

static void
test_rules_escalate(void)
{
	struct ingest_result	 res;
	struct store_case	 c;
	struct store_out	*o;
	size_t			 n, i, toboss = 0;
	char			*m, *cause = NULL;

	desk_up(NULL);
	m = mail("ana@example.es", "I want a refund", "e1@example.es", NULL);
	CHECK_INT(feed(m, &res), 0);
	CHECK_INT(store_case_by_ref(d.st, "CS-1001", &c, NULL), 1);
	CHECK_STR(c.queue, "billing");
	CHECK_INT(c.priority, PRIO_HIGH);
	store_case_clear(&c);
	CHECK_INT(store_out_list(d.st, &o, &n, &cause), 0);
	for (i = 0; i < n; i++)
		if (strcmp(o[i].rcpts.v[0], "lead@example.com") == 0)
			toboss++;
	CHECK_INT(toboss, 1);
	store_out_free(o, n);
	free(m);
	desk_down();
}

/*
 * A store write that fails in the middle of a message: no half case, the
 * message in quarantine with the reason, and the next one goes through.
 */
static void
test_failed_write_quarantines(void)
{
	struct ingest_result	 res;
	struct store_quarantine_row *q;
	char			*m, *cause = NULL;
	size_t			 n;

	desk_up(NULL);
	side_sql("CREATE TRIGGER no_contacts BEFORE INSERT ON case_contacts "
	    "BEGIN SELECT RAISE(ABORT, 'disk says no'); END;",
	    "CREATE FUNCTION no_contacts() RETURNS trigger LANGUAGE plpgsql "
	    "AS $$BEGIN RAISE EXCEPTION 'disk says no'; END$$; CREATE "
	    "TRIGGER no_contacts BEFORE INSERT ON case_contacts FOR EACH ROW "
	    "EXECUTE FUNCTION no_contacts();");
	m = mail("ana@example.es", "Hello", "f1@example.es", NULL);
	CHECK_INT(feed(m, &res), 0);
	CHECK_INT(res.what, INGEST_QUARANTINED);
	CHECK_CONTAINS(res.note, "disk says no");
	CHECK_INT(case_count(), 0);
	CHECK_INT(outbox_count(), 0);
	CHECK_INT(store_quarantine_list(d.st, &q, &n, &cause), 0);
	CHECK_INT(n, 1);
	if (n == 1)
		CHECK_INT(q[0].size, strlen(m));
	store_quarantine_list_free(q, n);
	free(m);

	side_sql("DROP TRIGGER no_contacts", "DROP TRIGGER no_contacts ON "
	    "case_contacts; DROP FUNCTION no_contacts();");
	m = mail("ana@example.es", "Hello again", "f2@example.es", NULL);
	CHECK_INT(feed(m, &res), 0);
	CHECK_INT(res.what, INGEST_NEW);
	CHECK_INT(case_count(), 1);
	free(m);
	desk_down();
}

#define AGENTS	"agent maria maria@example.com\n" \
	"agent jan {\n address jan@example.com\n queues general\n}\n"

/* Outbox rows to one address: how many, and the raw text of the last. */
static size_t
mail_to(const char *addr, char **raw)
{
	struct store_out	*o;
	size_t			 n, i, k = 0;
	char			*cause = NULL;

	if (raw != NULL)
		*raw = NULL;
	if (store_out_list(d.st, &o, &n, &cause) == -1)
		return (size_t)-1;
	for (i = 0; i < n; i++)
		if (strcmp(o[i].rcpts.v[0], addr) == 0) {
			k++;
			if (raw != NULL) {
				free(*raw);
				*raw = xstrdup(o[i].raw);
			}
		}
	store_out_free(o, n);
	return k;
}

/* The Reply-To of the last notice to an agent. */
static char *
agent_reply_to(const char *agent_addr)
{
	char	*raw, *p, *e, *a = NULL;

	if (mail_to(agent_addr, &raw) == 0 || raw == NULL)
		return NULL;
	if ((p = strstr(raw, "Reply-To: ")) != NULL &&
	    (p = strchr(p, '<')) != NULL && (e = strchr(p, '>')) != NULL)
		a = xstrndup(p + 1, (size_t)(e - p - 1));
	free(raw);
	return a;
}

static void
case_state(const char *ref, struct store_case *c)
{
	if (store_case_by_ref(d.st, ref, c, NULL) != 1)
		exit(2);
}

/* A customer's new case, with its notice to maria; her answer address. */
static char *
agent_setup(void)
{
	struct ingest_result	 res;
	char			*m, *rt;

	desk_up(AGENTS);
	m = mail("Ana <ana@example.es>", "Broken charger", "g1@example.es",
	    NULL);
	if (feed(m, &res) == -1 || res.what != INGEST_NEW)
		exit(2);
	free(m);
	if ((rt = agent_reply_to("maria@example.com")) == NULL)
		exit(2);
	return rt;
}

static char *
agent_mail(const char *from, const char *to, const char *msgid,
    const char *body)
{
	char	*m;

	xasprintf(&m, "From: %s\r\nTo: <%s>\r\nSubject: Re: [CS-1001] New\r\n"
	    "Message-ID: <%s>\r\nContent-Type: text/plain; charset=UTF-8\r\n"
	    "\r\n%s", from, to, msgid, body);
	return m;
}

static void
test_agent_notices(void)
{
	char	*rt = agent_setup(), *raw;

	/* Both serve "general": both hear of the new case. */
	CHECK_INT(mail_to("maria@example.com", NULL), 1);
	CHECK_INT(mail_to("jan@example.com", &raw), 1);
	CHECK_CONTAINS(raw, "Reply-To: \"Test Desk\" <support+cs-1001.jan.");
	CHECK_CONTAINS(rt, "support+cs-1001.maria.");
	free(raw);
	free(rt);
	desk_down();
}

static void
test_agent_answers_with_command(void)
{
	struct ingest_result	 res;
	struct store_case	 c;
	char			*rt = agent_setup(), *m, *raw;

	m = agent_mail("Maria <maria@example.com>", rt, "a1@example.com",
	    "#assign jan\r\n\r\nHello Ana, a new charger is on its way.\r\n"
	    "\r\n-- \r\nMaria\r\n\r\nOn Mon, Test Desk wrote:\r\n"
	    "> ==== supportd: write above this line ====\r\n> Ana: help\r\n");
	CHECK_INT(feed(m, &res), 0);
	CHECK_INT(res.what, INGEST_UPDATE);
	CHECK_CONTAINS(res.note, "agent maria: answered");
	case_state("CS-1001", &c);
	CHECK_INT(c.status, CASE_PENDING);
	CHECK_STR(c.assignee, "jan");
	/* The agent's mail makes nobody a contact. */
	CHECK_INT(store_contact_known(d.st, c.id, "maria@example.com", NULL),
	    0);
	CHECK_INT(store_case_has_event(d.st, c.id, "first-response", NULL), 1);
	store_case_clear(&c);
	/* The customer gets the text only, threaded under her mail. */
	CHECK_INT(mail_to("ana@example.es", &raw), 2);
	CHECK_CONTAINS(raw, "Hello Ana, a new charger is on its way.");
	CHECK_CONTAINS(raw, "In-Reply-To: <g1@example.es>");
	CHECK(strstr(raw, "#assign") == NULL);
	CHECK(strstr(raw, "write above") == NULL);
	CHECK(strstr(raw, "Auto-Submitted") == NULL);
	free(raw);
	/* jan hears that the case is his. */
	CHECK_INT(mail_to("jan@example.com", NULL), 2);
	free(m);
	free(rt);
	desk_down();
}

static void
test_agent_address_forged(void)
{
	struct ingest_result	 res;
	struct store_case	 c;
	char			*rt = agent_setup(), *m;

	m = agent_mail("Maria <mallory@evil.example>", rt, "f1@evil.example",
	    "#close\r\nClosed, bye.\r\n");
	CHECK_INT(feed(m, &res), 0);
	case_state("CS-1001", &c);
	CHECK_INT(c.status, CASE_NEW);
	store_case_clear(&c);
	CHECK_INT(mail_to("ana@example.es", NULL), 1);	/* the ack only */
	CHECK_INT(mail_to("mallory@evil.example", NULL), 0);
	/* maria hears that her address was used. */
	CHECK_INT(mail_to("maria@example.com", NULL), 2);
	free(m);
	free(rt);
	desk_down();
}

static void
test_agent_from_alone_is_no_agent(void)
{
	struct ingest_result	 res;
	struct store_case	 c;
	char			*rt = agent_setup(), *m;

	/* Her real address, but to the desk: a customer's mail. */
	m = agent_mail("maria@example.com", "support@example.com",
	    "n1@example.com", "#close\r\n");
	CHECK_INT(feed(m, &res), 0);
	case_state("CS-1001", &c);
	CHECK_INT(c.status, CASE_NEW);
	store_case_clear(&c);
	CHECK(strcmp(res.ref, "CS-1001") != 0);
	free(m);
	free(rt);
	desk_down();
}

static void
test_agent_refused_command(void)
{
	struct ingest_result	 res;
	struct store_case	 c;
	char			*rt = agent_setup(), *m, *raw;

	m = agent_mail("maria@example.com", rt, "x1@example.com",
	    "#frobnicate\r\nHello Ana\r\n");
	CHECK_INT(feed(m, &res), 0);
	CHECK_CONTAINS(res.note, "refused");
	case_state("CS-1001", &c);
	CHECK_INT(c.status, CASE_NEW);
	store_case_clear(&c);
	CHECK_INT(mail_to("ana@example.es", NULL), 1);
	CHECK_INT(mail_to("maria@example.com", &raw), 2);
	CHECK_CONTAINS(raw, "frobnicate");
	free(raw);
	free(m);
	free(rt);
	desk_down();
}

static void
test_agent_comment(void)
{
	struct ingest_result	 res;
	struct store_case_detail cd;
	char			*rt = agent_setup(), *m;
	size_t			 i, notes = 0;

	m = agent_mail("maria@example.com", rt, "c1@example.com",
	    "#comment\r\nShe called; refund approved.\r\n");
	CHECK_INT(feed(m, &res), 0);
	CHECK_INT(mail_to("ana@example.es", NULL), 1);
	CHECK_INT(store_case_detail(d.st, "CS-1001", &cd, NULL), 1);
	for (i = 0; i < cd.nevents; i++)
		if (strcmp(cd.events[i].kind, "comment") == 0 &&
		    strcmp(cd.events[i].detail, "She called; refund "
		    "approved.") == 0)
			notes++;
	CHECK_INT(notes, 1);
	store_case_detail_free(&cd);
	free(m);
	free(rt);
	desk_down();
}

static void
test_customer_reply_reopens_and_notifies_assignee(void)
{
	struct ingest_result	 res;
	struct store_case	 c;
	char			*rt = agent_setup(), *m, *hdr;

	m = agent_mail("maria@example.com", rt, "p1@example.com",
	    "#pending\r\n#take\r\nCould you send a photo?\r\n");
	CHECK_INT(feed(m, &res), 0);
	free(m);
	case_state("CS-1001", &c);
	CHECK_INT(c.status, CASE_PENDING);
	store_case_clear(&c);
	xasprintf(&hdr, "In-Reply-To: <g1@example.es>\r\n");
	m = mail("ana@example.es", "Re: [CS-1001] Broken charger",
	    "g2@example.es", hdr);
	CHECK_INT(feed(m, &res), 0);
	case_state("CS-1001", &c);
	CHECK_INT(c.status, CASE_OPEN);
	store_case_clear(&c);
	/* maria has it: only she hears of the reply. */
	CHECK_INT(mail_to("maria@example.com", NULL), 2);
	CHECK_INT(mail_to("jan@example.com", NULL), 1);
	free(hdr);
	free(m);
	free(rt);
	desk_down();
}

static void
test_agent_attachment_passed_on(void)
{
	struct ingest_result	 res;
	char			*rt = agent_setup(), *m, *raw;

	xasprintf(&m, "From: maria@example.com\r\nTo: <%s>\r\n"
	    "Subject: Re: [CS-1001]\r\nMessage-ID: <att1@example.com>\r\n"
	    "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; "
	    "boundary=\"b1\"\r\n\r\n--b1\r\nContent-Type: text/plain; "
	    "charset=UTF-8\r\n\r\nThe manual is attached.\r\n--b1\r\n"
	    "Content-Type: application/pdf; name=\"manual.pdf\"\r\n"
	    "Content-Disposition: attachment; filename=\"manual.pdf\"\r\n"
	    "Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQKJeLjz9M=\r\n"
	    "--b1--\r\n", rt);
	CHECK_INT(feed(m, &res), 0);
	CHECK_INT(mail_to("ana@example.es", &raw), 2);
	CHECK_CONTAINS(raw, "The manual is attached.");
	CHECK_CONTAINS(raw, "Content-Type: application/pdf");
	CHECK_CONTAINS(raw, "filename*=UTF-8''manual.pdf");
	/* The same bytes, encoded again. */
	CHECK_CONTAINS(raw, "JVBERi0xLjQKJeLjz9M=");
	free(raw);
	free(m);
	free(rt);
	desk_down();
}

static void
test_supervisor_merges(void)
{
	struct ingest_result	 res;
	struct store_case	 c;
	char			*rt, *m;

	desk_up("agent boss {\n address boss@example.com\n supervises *\n}\n");
	m = mail("ana@example.es", "Hello", "m1@example.es", NULL);
	CHECK_INT(feed(m, &res), 0);
	free(m);
	m = mail("ana2@example.es", "Same problem", "m2@example.es", NULL);
	CHECK_INT(feed(m, &res), 0);
	free(m);
	rt = thread_agent_address(d.conf, "CS-1001", "boss");
	m = agent_mail("boss@example.com", rt, "mg1@example.com",
	    "#merge CS-1002\r\n");
	CHECK_INT(feed(m, &res), 0);
	CHECK_CONTAINS(res.note, "agent boss");
	case_state("CS-1002", &c);
	CHECK_INT(c.status, CASE_CLOSED);
	CHECK_STR(c.linked_ref, "CS-1001");
	store_case_clear(&c);
	case_state("CS-1001", &c);
	CHECK_INT(c.nmessages >= 2, 1);
	CHECK_INT(store_contact_known(d.st, c.id, "ana2@example.es", NULL), 1);
	store_case_clear(&c);
	/* CS-1002's customer is told where it continues. */
	CHECK_INT(mail_to("ana2@example.es", NULL), 2);
	free(m);
	free(rt);
	desk_down();
}

static void
test_stranger_quoting_customer_msgid(void)
{
	struct ingest_result	 res;
	struct store_case	 c;
	char			*m;

	desk_up(NULL);
	m = mail("ana@example.es", "Hello", "k1@example.es", NULL);
	CHECK_INT(feed(m, &res), 0);
	free(m);
	m = mail("mallory@evil.example", "Re: Hello", "k2@evil.example",
	    "In-Reply-To: <k1@example.es>\r\n");
	CHECK_INT(feed(m, &res), 0);
	CHECK_INT(res.what, INGEST_NEW);
	CHECK_STR(res.ref, "CS-1002");
	case_state("CS-1002", &c);
	CHECK_STR(c.linked_ref, "CS-1001");
	store_case_clear(&c);
	CHECK_INT(store_contact_known(d.st, 1001, "mallory@evil.example",
	    NULL), 0);
	free(m);
	desk_down();
}

/*
 * The hourly limit counts the mailbox, not its spellings: ana+1@, ANA@,
 * ana+x@ are one address to it.  And a display name that is a URL is not
 * repeated to anyone.
 */
static void
test_autoreply_limit_normalized(void)
{
	struct ingest_result	 res;
	char			*m, from[128], id[64], *raw;
	int			 i;

	desk_up(NULL);
	for (i = 0; i < 8; i++) {
		snprintf(from, sizeof from, "\"Your bank: verify at "
		    "http://evil.example/login\" <%s+%d@Example.es>",
		    i % 2 ? "ANA" : "ana", i);
		snprintf(id, sizeof id, "lim%d@example.es", i);
		m = mail(from, "Hello", id, "Reply-To: victim@example.org\r\n");
		CHECK_INT(feed(m, &res), 0);
		free(m);
	}
	CHECK_INT(outbox_count(), 5);
	/* From:, never a stranger's Reply-To, on a new case. */
	CHECK_INT(mail_to("victim@example.org", NULL), 0);
	CHECK_INT(mail_to("ana+0@example.es", &raw), 1);
	CHECK(raw != NULL && strstr(raw, "evil.example") == NULL);
	free(raw);
	desk_down();
}

/* A forwarded mail is bytes: a NUL in the original does not cut it. */
static void
test_forward_keeps_bytes(void)
{
	struct ingest_result	 res;
	struct store_out	*o;
	static const char	 raw[] = "From: ana@example.es\r\n"
	    "Subject: FORWARD-ME\r\nMessage-ID: <nul1@example.es>\r\n\r\n"
	    "before\0after the NUL\r\n";
	size_t			 n, i, found = 0;
	char			*cause = NULL;

	desk_up(NULL);
	CHECK_INT(feedn(raw, sizeof raw - 1, &res), 0);
	CHECK_INT(store_out_list(d.st, &o, &n, &cause), 0);
	for (i = 0; i < n; i++)
		if (strcmp(o[i].rcpts.v[0], "acct@example.org") == 0 &&
		    memmem(o[i].raw, o[i].rawlen, "after the NUL", 13) != NULL)
			found++;
	CHECK_INT(found, 1);
	store_out_free(o, n);
	desk_down();
}

/* The decision alone: no store, no desk. */
static void
test_decide_customer_reopens_pending(void)
{
	struct config		 conf;
	struct mime_message	 m;
	struct screen_result	 scr = { SCREEN_HUMAN, "" };
	struct thread_result	 tr = { 1001, THREAD_REFERENCES, 0 };
	struct store_case	 c;
	struct rules_result	 rr;
	struct ingest_opts	 o;
	struct decide_in	 in;
	struct case_change	 ch;

	memset(&conf, 0, sizeof conf);
	conf.ack_template = (char *)"ack";
	conf.default_queue = (char *)"general";
	memset(&m, 0, sizeof m);
	m.from.addr = (char *)"ana@example.es";
	m.subject = (char *)"Re: x";
	memset(&c, 0, sizeof c);
	c.id = 1001;
	c.status = CASE_PENDING;
	memset(&rr, 0, sizeof rr);
	memset(&o, 0, sizeof o);
	memset(&in, 0, sizeof in);
	in.m = &m;
	in.scr = &scr;
	in.tr = &tr;
	in.c = &c;
	in.role = ROLE_CUSTOMER;
	in.rr = &rr;
	in.conf = &conf;
	in.opts = &o;
	ingest_decide(&in, &ch);
	CHECK_INT(ch.op, CHANGE_UPDATE);
	CHECK_INT(ch.set_status, 1);
	CHECK_INT(ch.status, CASE_OPEN);
	CHECK_INT(ch.nmails, 0);
	ingest_change_free(&ch);

	/* A new case, taken in quietly: no acknowledgement. */
	in.c = NULL;
	o.quiet = 1;
	ingest_decide(&in, &ch);
	CHECK_INT(ch.op, CHANGE_NEW);
	CHECK_INT(ch.status, CASE_NEW);
	CHECK_STR(ch.queue, "general");
	CHECK_INT(ch.nmails, 0);
	ingest_change_free(&ch);
	o.quiet = 0;
	o.queue = "sales";
	ingest_decide(&in, &ch);
	CHECK_STR(ch.queue, "sales");
	CHECK_INT(ch.nmails, 1);
	if (ch.nmails == 1)
		CHECK_INT(ch.mails[0].kind, MAIL_ACK);
	ingest_change_free(&ch);
}

int
main(void)
{
	RUN(test_new_case);
	RUN(test_duplicate);
	RUN(test_reply_by_references);
	RUN(test_reply_by_signed_address);
	RUN(test_tag_from_known_sender);
	RUN(test_tag_from_stranger_refused);
	RUN(test_bounce);
	RUN(test_autoreply_not_answered);
	RUN(test_autoreply_domain_limit);
	RUN(test_cpu_budget);
	RUN(test_closed_reopens);
	RUN(test_closed_newcase);
	RUN(test_rule_quarantine_and_drop);
	RUN(test_forward_keeps_bytes);
	RUN(test_autoreply_limit_normalized);
	RUN(test_rules_escalate);
	RUN(test_failed_write_quarantines);
	RUN(test_decide_customer_reopens_pending);
	RUN(test_agent_notices);
	RUN(test_agent_answers_with_command);
	RUN(test_agent_address_forged);
	RUN(test_agent_from_alone_is_no_agent);
	RUN(test_agent_refused_command);
	RUN(test_agent_comment);
	RUN(test_customer_reply_reopens_and_notifies_assignee);
	RUN(test_agent_attachment_passed_on);
	RUN(test_supervisor_merges);
	RUN(test_stranger_quoting_customer_msgid);
	TEST_DONE();
}
