/*
 * test_agent.c -- reading an agent's mail (commands at the top, then the
 * answer) and deciding what it does: obeyed whole or refused whole.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "agent.h"
#include "test.h"

static struct config		 conf;
static struct agent_conf	 agents[2];
static struct store_case	 kase;

static void
setup(void)
{
	memset(&conf, 0, sizeof conf);
	conf.answer_status = CASE_PENDING;
	memset(agents, 0, sizeof agents);
	agents[0].name = (char *)"maria";
	agents[0].address = (char *)"maria@example.com";
	agents[1].name = (char *)"jan";
	agents[1].address = (char *)"jan@example.com";
	conf.agents = agents;
	conf.nagents = 2;
	memset(&kase, 0, sizeof kase);
	kase.id = 1001;
	kase.ref = (char *)"CS-1001";
	kase.queue = (char *)"billing";
	kase.status = CASE_NEW;
}

static void
test_read_commands_then_text(void)
{
	struct agent_mail	 am;

	agent_read("#assign jan\n#priority high\n\nHello Ana,\n#close is "
	    "not a command here.\n", &am);
	CHECK_INT(am.ncmds, 2);
	if (am.ncmds == 2) {
		CHECK_INT(am.cmds[0].kind, CMD_ASSIGN);
		CHECK_STR(am.cmds[0].arg, "jan");
		CHECK_INT(am.cmds[1].kind, CMD_PRIORITY);
	}
	CHECK_STR(am.text, "Hello Ana,\n#close is not a command here.");
	CHECK_INT(am.errors.n, 0);
	agent_mail_free(&am);
}

static void
test_read_no_commands(void)
{
	struct agent_mail	 am;

	/* "#1" and "#!" start text, not commands. */
	agent_read("#1 priority for us: your order.\n", &am);
	CHECK_INT(am.ncmds, 0);
	CHECK_STR(am.text, "#1 priority for us: your order.");
	agent_mail_free(&am);
}

static void
test_read_errors(void)
{
	struct agent_mail	 am;

	agent_read("#frobnicate\n#assign\n#close now\n#tag two words\n", &am);
	CHECK_INT(am.ncmds, 0);
	CHECK_INT(am.errors.n, 4);
	if (am.errors.n == 4) {
		CHECK_CONTAINS(am.errors.v[0], "unknown command");
		CHECK_CONTAINS(am.errors.v[1], "needs a value");
		CHECK_CONTAINS(am.errors.v[2], "takes no value");
		CHECK_CONTAINS(am.errors.v[3], "not a single word");
	}
	agent_mail_free(&am);
}

static void
test_comment_is_the_rest(void)
{
	struct agent_mail	 am;
	struct agent_effect	 e;

	agent_read("#comment\nCalled her, she will send the invoice.\n", &am);
	CHECK_INT(am.ncmds, 1);
	agent_decide(&conf, &agents[0], 0, &kase, &am, &e);
	CHECK_INT(e.refusal.len, 0);
	CHECK(e.answer == NULL);
	CHECK_STR(e.note, "Called her, she will send the invoice.");
	agent_effect_free(&e);
	agent_mail_free(&am);
}

static void
test_answer_waits_on_the_customer(void)
{
	struct agent_mail	 am;
	struct agent_effect	 e;

	agent_read("Hello, here is your invoice.", &am);
	agent_decide(&conf, &agents[0], 0, &kase, &am, &e);
	CHECK_STR(e.answer, "Hello, here is your invoice.");
	CHECK_INT(e.set_status, 1);
	CHECK_INT(e.status, CASE_PENDING);
	agent_effect_free(&e);
	/* answer-status open: it stays with the desk. */
	conf.answer_status = CASE_OPEN;
	agent_decide(&conf, &agents[0], 0, &kase, &am, &e);
	CHECK_INT(e.status, CASE_OPEN);
	conf.answer_status = CASE_PENDING;
	agent_effect_free(&e);
	agent_mail_free(&am);

	/* #resolve with text: answered and resolved. */
	agent_read("#resolve\nDone, refund sent.", &am);
	agent_decide(&conf, &agents[0], 0, &kase, &am, &e);
	CHECK_STR(e.answer, "Done, refund sent.");
	CHECK_INT(e.status, CASE_RESOLVED);
	agent_effect_free(&e);
	agent_mail_free(&am);
}

static void
test_refused_whole(void)
{
	struct agent_mail	 am;
	struct agent_effect	 e;

	/* One bad command: nothing is done, and the answer is held back. */
	agent_read("#close\n#assign nobody\nBye!", &am);
	agent_decide(&conf, &agents[0], 0, &kase, &am, &e);
	CHECK_CONTAINS(e.refusal.data, "#assign nobody: no agent is called");
	CHECK(e.answer == NULL);
	CHECK_INT(e.set_status, 0);
	CHECK(e.assignee == NULL);
	agent_effect_free(&e);
	agent_mail_free(&am);
}

static void
test_supervisor_only(void)
{
	struct agent_mail	 am;
	struct agent_effect	 e;

	agent_read("#priority urgent\n", &am);
	agent_decide(&conf, &agents[0], 0, &kase, &am, &e);
	CHECK_CONTAINS(e.refusal.data, "only a supervisor");
	agent_effect_free(&e);
	agent_decide(&conf, &agents[0], 1, &kase, &am, &e);
	CHECK_INT(e.refusal.len, 0);
	CHECK_INT(e.priority, PRIO_URGENT);
	agent_effect_free(&e);
	agent_mail_free(&am);
}

static void
test_merge_checks(void)
{
	struct agent_mail	 am;
	struct agent_effect	 e;

	agent_read("#merge CS-1001\n", &am);
	am.cmds[0].other = 1001;	/* what agent_resolve would find */
	agent_decide(&conf, &agents[0], 1, &kase, &am, &e);
	CHECK_CONTAINS(e.refusal.data, "that is this case");
	agent_effect_free(&e);
	am.cmds[0].other = 0;
	agent_decide(&conf, &agents[0], 1, &kase, &am, &e);
	CHECK_CONTAINS(e.refusal.data, "no such case");
	agent_effect_free(&e);
	am.cmds[0].other = 1002;
	agent_decide(&conf, &agents[0], 1, &kase, &am, &e);
	CHECK_INT(e.refusal.len, 0);
	CHECK_INT(e.merge, 1002);
	agent_effect_free(&e);
	agent_mail_free(&am);
}

static void
test_take_and_assign(void)
{
	struct agent_mail	 am;
	struct agent_effect	 e;

	agent_read("#take\n", &am);
	agent_decide(&conf, &agents[0], 0, &kase, &am, &e);
	CHECK_STR(e.assignee, "maria");
	CHECK(e.notify_agent == NULL);
	CHECK_INT(e.status, CASE_OPEN);
	agent_effect_free(&e);
	agent_mail_free(&am);
	agent_read("#assign JAN\n", &am);
	agent_decide(&conf, &agents[0], 0, &kase, &am, &e);
	CHECK_STR(e.assignee, "jan");
	CHECK_STR(e.notify_agent, "jan");
	agent_effect_free(&e);
	agent_mail_free(&am);
}

int
main(void)
{
	setup();
	RUN(test_read_commands_then_text);
	RUN(test_read_no_commands);
	RUN(test_read_errors);
	RUN(test_comment_is_the_rest);
	RUN(test_answer_waits_on_the_customer);
	RUN(test_refused_whole);
	RUN(test_supervisor_only);
	RUN(test_merge_checks);
	RUN(test_take_and_assign);
	TEST_DONE();
}
