/*
 * test_thread.c -- the three ways into a case, and the ways that must
 * stay shut: signed reply addresses, references, subject tags.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"
#include "store.h"
#include "thread.h"
#include "test.h"

static char		 dir[] = "/tmp/supportd-test-thread.XXXXXX";
static struct config	 conf;
static struct store	*st;
static int64_t		 case_id;

static void
setup(void)
{
	struct store_case	 c;
	struct store_msg	 m;
	char			 path[256], *cause = NULL;

	memset(&conf, 0, sizeof conf);
	conf.desk_address = (char *)"support@example.com";
	conf.case_prefix = (char *)"CS";
	conf.secret = (char *)"0123456789abcdef0123456789abcdef";
	conf.secretlen = strlen(conf.secret);
	strv_add(&conf.addresses, "support@example.com");

	snprintf(path, sizeof path, "%s/t.db", dir);
	if (store_open(path, &st, &cause) == -1)
		exit(2);
	memset(&c, 0, sizeof c);
	c.customer = (char *)"eleni@example.gr";
	if (store_case_new(st, "CS", &c, &case_id, &cause) == -1 ||
	    store_contact_add(st, case_id, "eleni@example.gr", &cause) == -1)
		exit(2);
	memset(&m, 0, sizeof m);
	m.case_id = case_id;
	m.direction = "in";
	m.kind = "customer";
	m.dedup = "mid:first@example.gr";
	m.message_id = "first@example.gr";
	m.raw = "x";
	m.rawlen = 1;
	if (store_msg_add(st, &m, NULL, &cause) == -1)
		exit(2);
	/* A mail we sent on the case. */
	m.direction = "out";
	m.kind = "ack";
	m.dedup = "mid:ours-1@example.com";
	m.message_id = "ours-1@example.com";
	if (store_msg_add(st, &m, NULL, &cause) == -1)
		exit(2);
}

/* Agent addresses: minted for one case and one agent, and only those. */
static void
test_agent_address(void)
{
	char	*a, ref[64], agent[64], *bad;

	a = thread_agent_address(&conf, "CS-1001", "Maria");
	CHECK_CONTAINS(a, "support+cs-1001.maria.");
	CHECK(thread_verify_agent_address(&conf, a, ref, sizeof ref, agent,
	    sizeof agent));
	CHECK_STR(ref, "cs-1001");
	CHECK_STR(agent, "maria");
	/* Another agent's name under the same signature fails. */
	bad = xstrdup(a);
	memcpy(strstr(bad, "maria"), "jan..", 5);
	CHECK(!thread_verify_agent_address(&conf, bad, ref, sizeof ref, agent,
	    sizeof agent));
	free(bad);
	/* Neither is it a customer's reply address, nor the other way. */
	CHECK(!thread_verify_address(&conf, a, ref, sizeof ref));
	free(a);
	a = thread_reply_address(&conf, "CS-1001");
	CHECK(!thread_verify_agent_address(&conf, a, ref, sizeof ref, agent,
	    sizeof agent));
	free(a);
}

static void
blank(struct mime_message *m, const char *from, const char *subject)
{
	memset(m, 0, sizeof *m);
	m->from.addr = (char *)from;
	m->from.name = (char *)"";
	m->subject = (char *)subject;
}

static void
test_signed_address(void)
{
	char	*a, ref[64];

	a = thread_reply_address(&conf, "CS-1001");
	CHECK(strncmp(a, "support+cs-1001.", 16) == 0);
	CHECK_CONTAINS(a, "@example.com");
	CHECK(thread_verify_address(&conf, a, ref, sizeof ref));
	CHECK_STR(ref, "cs-1001");
	/* Mail systems may change the case of the local part. */
	a[0] = 'S';
	a[8] = 'C';
	a[9] = 'S';
	CHECK(thread_verify_address(&conf, a, ref, sizeof ref));
	/* Another case number with the same signature: refused. */
	a[14] = '2';
	CHECK(!thread_verify_address(&conf, a, ref, sizeof ref));
	free(a);
	CHECK(!thread_verify_address(&conf, "support+cs-1001.000000000000@example.com",
	    ref, sizeof ref));
	CHECK(!thread_verify_address(&conf, "support+cs-1001@example.com",
	    ref, sizeof ref));
	a = thread_reply_address(&conf, "CS-1001");
	/* The same local part at another domain is not ours. */
	{
		char *b;

		xasprintf(&b, "%.*s@evil.example", (int)(strchr(a, '@') - a), a);
		CHECK(!thread_verify_address(&conf, b, ref, sizeof ref));
		free(b);
	}
	free(a);
}

static void
test_subject_tag(void)
{
	char	 ref[64];

	CHECK(thread_subject_tag(&conf, "Re: [CS-1001] Zwrot", ref, sizeof ref));
	CHECK_STR(ref, "CS-1001");
	CHECK(thread_subject_tag(&conf, "AW: [cs-42] x", ref, sizeof ref));
	CHECK_STR(ref, "cs-42");
	CHECK(!thread_subject_tag(&conf, "[CS-] x", ref, sizeof ref));
	CHECK(!thread_subject_tag(&conf, "[CSX-12] x", ref, sizeof ref));
	CHECK(!thread_subject_tag(&conf, "[CS-12 x", ref, sizeof ref));
	CHECK(!thread_subject_tag(&conf, "CS-12", ref, sizeof ref));
	CHECK(!thread_subject_tag(&conf, "[CS-1234567890123456] x", ref,
	    sizeof ref));
}

static void
test_find(void)
{
	struct mime_message	 m;
	struct thread_result	 r;
	struct mime_addr	 to;
	char			*a;

	/* In-Reply-To a message of the case, from its customer. */
	blank(&m, "eleni@example.gr", "Re: hello");
	m.in_reply_to = (char *)"first@example.gr";
	CHECK_INT(thread_find(st, &conf, &m, &r, NULL), 0);
	CHECK_INT(r.case_id, case_id);
	CHECK_INT(r.how, THREAD_REFERENCES);

	/*
	 * The same Message-ID from a stranger: the customer's client chose
	 * it, anybody who saw the mail can quote it.  A new case that
	 * follows this one.
	 */
	blank(&m, "someone@example.org", "Re: hello");
	m.in_reply_to = (char *)"first@example.gr";
	CHECK_INT(thread_find(st, &conf, &m, &r, NULL), 0);
	CHECK_INT(r.case_id, 0);
	CHECK_INT(r.linked, case_id);

	/* One we minted proves the thread, whoever quotes it. */
	blank(&m, "someone@example.org", "Re: hello");
	strv_add(&m.references, "unknown1@x");
	strv_add(&m.references, "ours-1@example.com");
	strv_add(&m.references, "unknown2@x");
	CHECK_INT(thread_find(st, &conf, &m, &r, NULL), 0);
	CHECK_INT(r.case_id, case_id);
	CHECK_INT(r.how, THREAD_REFERENCES);
	strv_free(&m.references);

	/* The signed reply address in To. */
	blank(&m, "other@example.org", "no tag here");
	a = thread_reply_address(&conf, "CS-1001");
	to.name = (char *)"";
	to.addr = a;
	m.to = &to;
	m.nto = 1;
	CHECK_INT(thread_find(st, &conf, &m, &r, NULL), 0);
	CHECK_INT(r.case_id, case_id);
	CHECK_INT(r.how, THREAD_SIGNED);
	free(a);

	/* The subject tag from the known sender. */
	blank(&m, "Eleni@Example.gr", "Re: [CS-1001] Επιστροφή");
	CHECK_INT(thread_find(st, &conf, &m, &r, NULL), 0);
	CHECK_INT(r.case_id, case_id);
	CHECK_INT(r.how, THREAD_SUBJECT);

	/* The subject tag from a stranger: a guessed number opens nothing. */
	blank(&m, "mallory@example.net", "Re: [CS-1001] let me in");
	CHECK_INT(thread_find(st, &conf, &m, &r, NULL), 0);
	CHECK_INT(r.case_id, 0);
	CHECK_INT(r.how, THREAD_NONE);
	CHECK_INT(r.linked, case_id);

	/* A tag naming no case. */
	blank(&m, "eleni@example.gr", "[CS-9999] x");
	CHECK_INT(thread_find(st, &conf, &m, &r, NULL), 0);
	CHECK_INT(r.case_id, 0);
}

int
main(void)
{
	if (mkdtemp(dir) == NULL)
		return 2;
	setup();
	RUN(test_signed_address);
	RUN(test_subject_tag);
	RUN(test_find);
	RUN(test_agent_address);
	store_close(st);
	strv_free(&conf.addresses);
	test_rmtree(dir);
	TEST_DONE();
}
