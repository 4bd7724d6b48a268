/*
 * ingest.c -- one message through the whole pipeline, top to bottom:
 *
 *   ingest_message
 *     parse      mime_parse
 *     dedup      store_msg_seen
 *     screen     screen_message
 *     thread     find_case        (a bounce: the mail it returns)
 *     who        sender_role      (an agent only through a signed address)
 *     case       load_case, ingest_follows (closed-case policy)
 *     classify   rules_eval       (customers), read_agent (agents)
 *                (parse and classify are checked against the message's
 *                CPU budget, message-cpu-limit: past it, quarantine)
 *     decide     ingest_decide    (changes nothing)
 *     write      write_change
 *     replies    send_mails       (into the outbox)
 *
 * All of it happens inside the caller's transaction under a savepoint, so
 * either the message and every consequence (case, events, outbox rows) are
 * stored together, or none is and the raw bytes land in quarantine with
 * the reason.  Nothing here sends mail: replies go to the outbox.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "clock.h"
#include "ingest.h"
#include "json.h"
#include "log.h"
#include "mime.h"
#include "quote.h"
#include "timers.h"
#include "workq.h"
#include "xmalloc.h"

/* One message on its way through. */
struct job {
	struct desk			*d;
	const struct ingest_opts	*opts;
	struct mime_message		*m;
	struct screen_result		 scr;
	struct thread_result		 tr;
	enum sender_role		 role;
	struct store_case		 c;	/* the case, once known */
	int				 have_case;
	int64_t				 linked;
	struct rules_result		 rr;
	const struct agent_conf		*agent;	/* ROLE_AGENT, SUPERVISOR */
	const struct agent_conf		*forged;
	struct agent_mail		 am;
	struct agent_effect		 ae;
	int				 answered;
	int				 awaiting_rating;
	char				*thread_id;
	struct case_change		 ch;
	long				 cpu0;	/* CPU time at the start, us */
	long				 cpu_before;	/* in ingest_prepare */
	const struct rules_prep		*rp;
};

static const char *const what_names[] = {
	[INGEST_NEW] = "new",
	[INGEST_UPDATE] = "update",
	[INGEST_DUPLICATE] = "duplicate",
	[INGEST_RECORDED] = "recorded",
	[INGEST_QUARANTINED] = "quarantined",
};

const char *
ingest_what_name(enum ingest_what w)
{
	if ((unsigned)w < sizeof what_names / sizeof what_names[0] &&
	    what_names[w] != NULL)
		return what_names[w];
	return "?";
}

static char *
dedup_key(const struct mime_message *m)
{
	char	*k;

	if (m->message_id != NULL && *m->message_id != '\0')
		xasprintf(&k, "mid:%s", m->message_id);
	else
		xasprintf(&k, "sha:%s", m->digest);
	return k;
}

static char *
attachments_json(const struct mime_message *m)
{
	struct buf	 b;
	struct json	 j;
	size_t		 i;

	buf_init(&b, 4 * 1024 * 1024);
	json_init(&j, &b);
	json_open(&j, '[');
	/* Stop listing well before the cap, so the array is always closed. */
	for (i = 0; i < m->nattachments && b.len < 3 * 1024 * 1024; i++) {
		json_open(&j, '{');
		json_key(&j, "name");
		json_string(&j, m->attachments[i].name);
		json_key(&j, "type");
		json_string(&j, m->attachments[i].type);
		json_key(&j, "size");
		json_int(&j, (long long)m->attachments[i].size);
		json_close(&j, '}');
	}
	json_close(&j, ']');
	return buf_release(&b);
}

/* Store the incoming message itself, on case_id (0: on none). */
static int
record(struct job *j, int64_t case_id, const char *kind, char **cause)
{
	struct store_msg	 sm;
	char			*dedup, *att;
	int			 rv;

	dedup = dedup_key(j->m);
	att = attachments_json(j->m);
	memset(&sm, 0, sizeof sm);
	sm.case_id = case_id;
	sm.direction = "in";
	sm.kind = kind;
	sm.dedup = dedup;
	sm.message_id = j->m->message_id;
	sm.mailbox = j->opts->mailbox;
	sm.sender = j->m->from.addr;
	sm.subject = j->m->subject;
	sm.date = j->m->date;
	sm.language = j->m->lang;
	sm.body = j->m->body;
	sm.attachments = att;
	sm.raw = j->m->raw;
	sm.rawlen = j->m->rawlen;
	rv = store_msg_add(j->d->st, &sm, NULL, cause);
	free(dedup);
	free(att);
	return rv;
}

/*
 * thread: which case the message belongs to.  A bounce belongs to the
 * case of the mail it returns, named by the enclosed message's ID.
 */
static int
find_case(struct job *j, char **cause)
{
	const struct mime_message *m = j->m;
	size_t		 i;
	int64_t		 id;
	int		 r, ours;

	memset(&j->tr, 0, sizeof j->tr);
	if (j->scr.kind == SCREEN_BOUNCE)
		for (i = 0; i < m->enclosed_ids.n; i++) {
			if (m->message_id != NULL &&
			    strcmp(m->enclosed_ids.v[i], m->message_id) == 0)
				continue;
			if ((r = store_case_by_msgid(j->d->st,
			    m->enclosed_ids.v[i], &id, &ours, cause)) == -1)
				return -1;
			if (r == 1) {
				j->tr.case_id = id;
				j->tr.how = THREAD_REFERENCES;
				return 0;
			}
		}
	return thread_find(j->d->st, j->d->conf, m, &j->tr, cause);
}

/*
 * An agent address of ours among the addresses the mail was sent to:
 * To, Cc, and the delivery headers an MTA adds.
 */
static int
agent_address(const struct config *conf, const struct mime_message *m,
    char *ref, size_t reflen, char *name, size_t namelen)
{
	static const char *const hdrs[] = {
		"Delivered-To", "X-Original-To", "Envelope-To",
	};
	size_t		 i, k;
	const char	*v;
	char		*a;
	int		 ok;

	for (i = 0; i < m->nto; i++)
		if (thread_verify_agent_address(conf, m->to[i].addr, ref,
		    reflen, name, namelen))
			return 1;
	for (i = 0; i < m->ncc; i++)
		if (thread_verify_agent_address(conf, m->cc[i].addr, ref,
		    reflen, name, namelen))
			return 1;
	for (i = 0; i < m->nheaders; i++)
		for (k = 0; k < sizeof hdrs / sizeof hdrs[0]; k++) {
			if (strcasecmp(m->headers[i].name, hdrs[k]) != 0)
				continue;
			v = m->headers[i].value;
			v += strspn(v, " \t<");
			a = xstrndup(v, strcspn(v, "> \t"));
			ok = thread_verify_agent_address(conf, a, ref, reflen,
			    name, namelen);
			free(a);
			if (ok)
				return 1;
		}
	return 0;
}

/*
 * who: the role the sender has on this desk.  An agent is whoever writes
 * from the agent's own address to an agent address signed for that agent:
 * From: alone makes nobody an agent, and the signed address alone (it is
 * in every notice the agent forwards) neither.
 */
static int
sender_role(struct job *j, char **cause)
{
	const struct config	*conf = j->d->conf;
	struct store_case	 c;
	char			 ref[64], name[64];
	int			 r;

	j->role = ROLE_CUSTOMER;
	if (j->scr.kind != SCREEN_HUMAN) {
		j->role = ROLE_DAEMON;
		return 0;
	}
	if (!agent_address(conf, j->m, ref, sizeof ref, name, sizeof name))
		return 0;
	if ((r = store_case_by_ref(j->d->st, ref, &c, cause)) == -1)
		return -1;
	if (r == 0)
		return 0;	/* a case that is gone: a customer's mail */
	j->tr.case_id = c.id;
	j->tr.how = THREAD_AGENT;
	j->tr.linked = 0;
	store_case_clear(&c);
	j->agent = config_agent_named(conf, name);
	if (j->agent == NULL || strcasecmp(j->agent->address,
	    j->m->from.addr) != 0) {
		j->forged = j->agent;
		j->agent = NULL;
		return 0;
	}
	j->role = ROLE_AGENT;
	return 0;
}

/* The case the thread found, and whether the message starts a new one. */
static int
load_case(struct job *j, char **cause)
{
	int	 r;

	j->linked = j->tr.linked;
	if (j->tr.case_id == 0 || j->scr.kind == SCREEN_BOUNCE ||
	    j->scr.kind == SCREEN_LOOP)
		return 0;
	if ((r = store_case_get(j->d->st, j->tr.case_id, &j->c, cause)) == -1)
		return -1;
	if (r == 0) {
		xasprintf(cause, "case %lld vanished", (long long)j->tr.case_id);
		return -1;
	}
	j->have_case = 1;
	if (j->role == ROLE_AGENT) {
		if (config_agent_supervises(j->agent, j->c.queue))
			j->role = ROLE_SUPERVISOR;
		return 0;	/* an agent works on the case as it is */
	}
	if (j->forged != NULL)
		return 0;
	if (j->c.status == CASE_RESOLVED || j->c.status == CASE_CLOSED) {
		struct store_event_row	*e;
		struct timer_facts	 f;
		size_t			 n;

		/* Is a satisfaction question waiting for its answer? */
		if (store_case_events(j->d->st, j->c.id, &e, &n, cause) == -1)
			return -1;
		timers_facts(j->d->conf, &j->c, e, n, &f);
		store_events_free(e, n);
		j->awaiting_rating = f.awaiting_rating;
	}
	if (ingest_follows(j->d->conf, &j->c, j->scr.kind == SCREEN_HUMAN,
	    clock_now())) {
		j->linked = j->c.id;
		store_case_clear(&j->c);
		j->have_case = 0;
	}
	return 0;
}

/* classify: the rules see the message and the case as it stands. */
static void
classify(struct job *j)
{
	struct rules_input	 in;

	memset(&in, 0, sizeof in);
	in.prep = j->rp;
	in.msg = j->m;
	in.mailbox = j->opts->mailbox;
	in.is_new = !j->have_case;
	if (j->have_case) {
		in.queue = j->c.queue;
		in.status = case_status_name(j->c.status);
		in.tags = &j->c.tags;
	}
	rules_eval(j->d->rules, &in, &j->rr, NULL);
}

/*
 * An agent's mail: the new text (the quoted notice, its marker and the
 * signature cut), the #commands at its top, and what they would do.
 */
static int
read_agent(struct job *j, char **cause)
{
	char	*text;
	int	 r;

	text = quote_strip_marker(j->m->body, strlen(j->m->body), 0,
	    REPLY_MARKER, NULL);
	agent_read(text, &j->am);
	free(text);
	if (agent_resolve(j->d->st, &j->am, cause) == -1)
		return -1;
	if ((r = store_case_has_event(j->d->st, j->c.id, "answered",
	    cause)) == -1)
		return -1;
	j->answered = r;
	if (store_case_last_in(j->d->st, j->c.id, "customer", &j->thread_id,
	    cause) == -1)
		return -1;
	agent_decide(j->d->conf, j->agent, j->role == ROLE_SUPERVISOR, &j->c,
	    &j->am, &j->ae);
	return 0;
}

int
ingest_follows(const struct config *conf, const struct store_case *c,
    int human, time_t now)
{
	if (c->status != CASE_CLOSED || !human)
		return 0;
	return conf->closed_policy == CLOSED_NEWCASE ||
	    (conf->reopen_days > 0 &&
	    c->updated < now - (time_t)conf->reopen_days * 86400);
}

static void
add_event(struct case_change *ch, const char *kind, const char *actor,
    const char *detail)
{
	if (ch->nevents >= CHANGE_EVENTS_MAX)
		fatalx("ingest_decide: more than %d events",
		    CHANGE_EVENTS_MAX);
	ch->events[ch->nevents].kind = kind;
	ch->events[ch->nevents].actor = actor;
	ch->events[ch->nevents].detail = detail;
	ch->nevents++;
}

/* A string that lives as long as the change. */
static const char *
own(struct case_change *ch, const char *s)
{
	strv_add(&ch->owned, s);
	return ch->owned.v[ch->owned.n - 1];
}

static struct change_mail *
add_mail(struct case_change *ch, enum mail_kind kind, const char *tmpl,
    const char *to)
{
	struct change_mail	*cm;

	ch->mails = xreallocarray(ch->mails, ch->nmails + 1,
	    sizeof *ch->mails);
	cm = &ch->mails[ch->nmails++];
	memset(cm, 0, sizeof *cm);
	cm->kind = kind;
	cm->tmpl = tmpl;
	cm->to = to;
	return cm;
}

/* A notice to an agent, once per agent and change. */
static void
add_notice(struct case_change *ch, enum notice_kind k,
    const struct agent_conf *a)
{
	struct change_mail	*cm;
	size_t			 i;

	for (i = 0; i < ch->nmails; i++)
		if (ch->mails[i].kind == MAIL_AGENT && ch->mails[i].agent == a)
			return;
	cm = add_mail(ch, MAIL_AGENT, NULL, NULL);
	cm->notice = k;
	cm->agent = a;
}

/*
 * Who hears about a customer's mail: the case's agent once it has one,
 * else every agent who serves the queue.
 */
static void
notify_agents(const struct config *conf, struct case_change *ch,
    enum notice_kind k, const char *queue, const char *assignee)
{
	const struct agent_conf	*a;
	size_t			 i;

	if (assignee != NULL &&
	    (a = config_agent_named(conf, assignee)) != NULL) {
		add_notice(ch, k, a);
		return;
	}
	for (i = 0; i < conf->nagents; i++)
		if (config_agent_serves(&conf->agents[i], queue))
			add_notice(ch, k, &conf->agents[i]);
}

/* An escalation goes to the queue's supervisors, else the desk's. */
static void
escalate(const struct config *conf, struct case_change *ch,
    const char *queue)
{
	size_t	 i, n = 0;

	for (i = 0; i < conf->nagents; i++)
		if (config_agent_supervises(&conf->agents[i], queue)) {
			add_notice(ch, NOTICE_ESCALATED, &conf->agents[i]);
			n++;
		}
	if (n == 0 && conf->supervisor != NULL)
		add_mail(ch, MAIL_ESCALATE, NULL, conf->supervisor);
}

/* What an agent's mail does: the effect agent_decide worked out. */
static void
decide_agent(const struct decide_in *in, struct case_change *ch)
{
	const struct agent_effect	*e = in->ae;
	const struct agent_conf		*a = in->agent;
	struct change_mail		*cm;
	char				*first;

	ch->case_id = in->c->id;
	ch->msg_kind = "agent";
	ch->actor = a->name;
	ch->status_actor = a->name;
	if (e->refusal.len > 0) {
		ch->op = CHANGE_RECORD;
		first = xstrndup(e->refusal.data, strcspn(e->refusal.data,
		    "\n"));
		add_event(ch, "refused", a->name, own(ch, first));
		free(first);
		cm = add_mail(ch, MAIL_REFUSAL, NULL, NULL);
		cm->agent = a;
		cm->text = e->refusal.data;
		snprintf(ch->note, sizeof ch->note, "agent %s: refused",
		    a->name);
		return;
	}
	ch->op = CHANGE_UPDATE;
	ch->set_status = e->set_status;
	ch->status = e->status;
	ch->assignee = e->assignee;
	ch->queue = e->queue;
	ch->set_priority = e->set_priority;
	ch->priority = e->priority;
	ch->tags = &e->tags;
	ch->untags = &e->untags;
	ch->merge = e->merge;
	ch->link = e->link;
	if (e->note != NULL)
		add_event(ch, "comment", a->name, e->note);
	if (e->answer != NULL) {
		add_event(ch, "answered", a->name, "");
		if (!in->answered)
			add_event(ch, "first-response", a->name, "");
		cm = add_mail(ch, MAIL_ANSWER, NULL, NULL);
		cm->text = e->answer;
		cm->agent = a;
	}
	if (e->merge != 0 && e->merge_customer != NULL)
		add_mail(ch, MAIL_MERGED, NULL, e->merge_customer);
	if (e->notify_agent != NULL)
		add_notice(ch, NOTICE_ASSIGNED,
		    config_agent_named(in->conf, e->notify_agent));
	snprintf(ch->note, sizeof ch->note, "agent %s%s%s", a->name,
	    e->answer ? ": answered" : "", e->note ? ": comment" : "");
}

static const char *
last_rule(const struct rules_result *rr)
{
	return rr->matched.n ? rr->matched.v[rr->matched.n - 1] : "?";
}

/*
 * A reply to the follow-up question: the rating is recorded.  Returns 1
 * when that is all the mail says (the case stays as it is); 0 when it says
 * more, and is then a customer's reply like any other.
 */
static int
decide_rating(const struct decide_in *in, struct case_change *ch)
{
	char	*text, num[4];
	int	 r, more;

	text = quote_customer_text(in->m->body, strlen(in->m->body));
	r = timers_rating(text, &more);
	free(text);
	if (r == 0)
		return 0;
	snprintf(num, sizeof num, "%d", r);
	add_event(ch, "satisfaction", in->m->from.addr, own(ch, num));
	if (more)
		return 0;
	ch->op = CHANGE_UPDATE;
	ch->case_id = in->c->id;
	ch->msg_kind = "customer";
	ch->actor = "rules";
	snprintf(ch->note, sizeof ch->note, "satisfaction %d", r);
	return 1;
}

/*
 * Delivery reports and our own mail coming back change no case.  Returns 1
 * when the screen found the mail to be one of those.
 */
static int
decide_screened(const struct decide_in *in, struct case_change *ch)
{
	if (in->scr->kind == SCREEN_BOUNCE) {
		ch->op = CHANGE_RECORD;
		ch->msg_kind = "bounce";
		ch->case_id = in->tr->case_id;
		if (ch->case_id != 0)
			add_event(ch, "bounce", in->m->from.addr,
			    in->m->subject);
		snprintf(ch->note, sizeof ch->note, "bounce (%s)",
		    in->scr->why);
		return 1;
	}
	if (in->scr->kind == SCREEN_LOOP) {
		ch->op = CHANGE_RECORD;
		ch->msg_kind = "loop";
		snprintf(ch->note, sizeof ch->note, "loop (%s)", in->scr->why);
		return 1;
	}
	return 0;
}

/*
 * An agent's address in a stranger's hands: nothing done.  Returns 1 when
 * the mail is that, recorded and refused.
 */
static int
decide_forged(const struct decide_in *in, struct case_change *ch)
{
	const struct store_case	*c = in->c;
	const char		*from = in->m->from.addr;

	if (in->forged == NULL && (c == NULL || in->tr->how != THREAD_AGENT))
		return 0;
	ch->op = CHANGE_RECORD;
	ch->case_id = c != NULL ? c->id : 0;
	ch->msg_kind = "refused";
	add_event(ch, "refused", from,
	    "an agent address used by another sender");
	if (in->forged != NULL) {
		struct change_mail *cm = add_mail(ch, MAIL_REFUSAL, NULL, NULL);

		cm->agent = in->forged;
		cm->text = own(ch, "A mail from another sender used your "
		    "answer address for this case. It was not obeyed, and "
		    "nothing of it reached the customer.");
	}
	snprintf(ch->note, sizeof ch->note, "agent address used by %s", from);
	return 1;
}

/* Returns 1 when a rule quarantined the mail, or dropped it for no case. */
static int
decide_held(const struct decide_in *in, struct case_change *ch)
{
	const struct rules_result	*rr = in->rr;

	if (rr->quarantine) {
		ch->op = CHANGE_QUARANTINE;
		snprintf(ch->note, sizeof ch->note, "quarantined by rule %s",
		    last_rule(rr));
		return 1;
	}
	if (in->c == NULL && rr->drop) {
		ch->op = CHANGE_RECORD;
		ch->msg_kind = "dropped";
		snprintf(ch->note, sizeof ch->note, "dropped by rule %s",
		    last_rule(rr));
		return 1;
	}
	return 0;
}

/*
 * A new case: status, queue, priority and assignee as the rules say, else
 * the defaults (the assignee of the sender's account, if any).
 */
static void
decide_new(const struct decide_in *in, struct case_change *ch, int human)
{
	const struct rules_result	*rr = in->rr;
	const char			*from = in->m->from.addr;
	const struct agent_conf		*acct;

	/* The one who opens a case is its customer; nobody else. */
	ch->add_contact = 1;
	ch->op = CHANGE_NEW;
	ch->linked = in->linked;
	ch->set_status = 1;
	if (rr->status == NULL ||
	    case_status_parse(rr->status, &ch->status) == -1)
		ch->status = CASE_NEW;
	ch->queue = rr->queue ? rr->queue : in->opts->queue ?
	    in->opts->queue : in->conf->default_queue;
	ch->set_priority = 1;
	if (rr->priority == NULL ||
	    case_priority_parse(rr->priority, &ch->priority) == -1)
		ch->priority = PRIO_NORMAL;
	ch->assignee = rr->assignee;
	if (ch->assignee == NULL &&
	    (acct = config_account_agent(in->conf, from)) != NULL)
		ch->assignee = acct->name;
	ch->tags = &rr->tags;
	ch->tag_auto = !human;
	add_event(ch, "created", from, in->linked == 0 ? "" :
	    in->tr->linked == in->linked ? "follows a case it named "
	    "but could not join" : "follows a closed case");
}

/*
 * A mail on an existing case: what the rules set; a person writing back to
 * a case that waited on them opens it again.
 */
static void
decide_update(const struct decide_in *in, struct case_change *ch, int human)
{
	const struct rules_result	*rr = in->rr;
	const struct store_case		*c = in->c;
	const char			*from = in->m->from.addr;
	enum case_status		 st;
	enum case_priority		 pr;

	ch->op = CHANGE_UPDATE;
	ch->case_id = c->id;
	ch->status_actor = from;
	if (rr->status != NULL &&
	    case_status_parse(rr->status, &st) == 0) {
		ch->set_status = 1;
		ch->status = st;
	} else if (human && (c->status == CASE_PENDING ||
	    c->status == CASE_RESOLVED || c->status == CASE_CLOSED)) {
		/* The customer wrote back: our turn again. */
		ch->set_status = 1;
		ch->status = CASE_OPEN;
	}
	ch->queue = rr->queue;
	if (rr->priority != NULL &&
	    case_priority_parse(rr->priority, &pr) == 0) {
		ch->set_priority = 1;
		ch->priority = pr;
	}
	ch->assignee = rr->assignee;
	ch->tags = &rr->tags;
	add_event(ch, "message", from, in->m->subject);
}

/*
 * The mail a customer's or an automatic mail sends: answers, the agents'
 * notices, the rules' notifications and forwards, an escalation.
 */
static void
decide_mails(const struct decide_in *in, struct case_change *ch, int human)
{
	const struct rules_result	*rr = in->rr;
	const struct store_case		*c = in->c;
	size_t				 i;

	/* Answers: the rule's template, else an acknowledgement if new. */
	if (human && !rr->drop && !in->opts->quiet) {
		if (rr->reply != NULL)
			add_mail(ch, strcmp(rr->reply,
			    in->conf->ack_template) == 0 ? MAIL_ACK :
			    MAIL_REPLY, rr->reply, NULL);
		else if (c == NULL)
			add_mail(ch, MAIL_ACK, in->conf->ack_template, NULL);
	}
	/* The agents hear of a person's mail; quiet intake tells nobody. */
	if (human && !rr->drop && !in->opts->quiet)
		notify_agents(in->conf, ch, c == NULL ? NOTICE_NEW :
		    NOTICE_REPLY, ch->queue ? ch->queue : c->queue,
		    ch->assignee ? ch->assignee : c ? c->assignee : NULL);
	for (i = 0; i < rr->notify.n; i++) {
		const struct agent_conf *a = config_agent(in->conf,
		    rr->notify.v[i]);

		if (a != NULL)
			add_notice(ch, c == NULL ? NOTICE_NEW : NOTICE_REPLY,
			    a);
		else
			add_mail(ch, MAIL_NOTIFY, NULL, rr->notify.v[i]);
	}
	for (i = 0; i < rr->forward.n; i++)
		add_mail(ch, MAIL_FORWARD, NULL, rr->forward.v[i]);
	if (rr->escalate) {
		add_event(ch, "escalated", "rules", rr->matched.n ?
		    last_rule(rr) : "");
		escalate(in->conf, ch, ch->queue ? ch->queue : c->queue);
	}
}

void
ingest_decide(const struct decide_in *in, struct case_change *ch)
{
	const struct rules_result	*rr = in->rr;
	int				 human = in->scr->kind == SCREEN_HUMAN;
	struct buf			 b;
	size_t				 i;

	memset(ch, 0, sizeof *ch);
	if (decide_screened(in, ch))
		return;
	if (in->role == ROLE_AGENT || in->role == ROLE_SUPERVISOR) {
		decide_agent(in, ch);
		return;
	}
	if (decide_forged(in, ch) || decide_held(in, ch))
		return;

	ch->msg_kind = human ? "customer" : "auto";
	ch->actor = "rules";
	if (in->c == NULL)
		decide_new(in, ch, human);
	else if (human && in->awaiting_rating && decide_rating(in, ch))
		return;		/* an answer to the follow-up, nothing more */
	else
		decide_update(in, ch, human);
	if (rr->matched.n > 0) {
		buf_init(&b, 4096);
		for (i = 0; i < rr->matched.n; i++)
			buf_printf(&b, "%s%s", i ? " " : "", rr->matched.v[i]);
		add_event(ch, "rules", "rules", own(ch, b.data));
		buf_free(&b);
	}
	decide_mails(in, ch, human);
}

void
ingest_change_free(struct case_change *ch)
{
	free(ch->mails);
	strv_free(&ch->owned);
	memset(ch, 0, sizeof *ch);
}

/* A new case, as the change describes it. */
static int
write_new(struct job *j, char **cause)
{
	struct store		*st = j->d->st;
	struct case_change	*ch = &j->ch;
	struct store_case	 nc;
	int64_t			 id;
	int			 r;

	memset(&nc, 0, sizeof nc);
	nc.status = ch->status;
	nc.queue = (char *)ch->queue;
	nc.priority = ch->priority;
	nc.subject = j->m->subject;
	nc.customer = j->m->from.addr;
	nc.customer_name = j->m->from.name;
	nc.language = j->m->lang;
	nc.assignee = (char *)ch->assignee;
	nc.linked = ch->linked;
	if (ch->tags != NULL)
		nc.tags = *ch->tags;
	if (store_case_new(st, j->d->conf->case_prefix, &nc, &id, cause) == -1)
		return -1;
	if (ch->tag_auto && store_case_tag(st, id, "auto", cause) == -1)
		return -1;
	if ((r = store_case_get(st, id, &j->c, cause)) != 1) {
		if (r == 0)
			xasprintf(cause, "new case %lld unreadable",
			    (long long)id);
		return -1;
	}
	j->have_case = 1;
	return 0;
}

/* An event on both of two cases, each naming the other. */
static int
write_pair(struct job *j, int64_t a, int64_t b, const char *kind,
    char **cause)
{
	struct store_case	 ca, cb;
	int			 rv = -1;

	memset(&ca, 0, sizeof ca);
	memset(&cb, 0, sizeof cb);
	if (store_case_get(j->d->st, a, &ca, cause) != 1 ||
	    store_case_get(j->d->st, b, &cb, cause) != 1) {
		if (*cause == NULL)
			xasprintf(cause, "%s: a case is gone", kind);
		goto out;
	}
	if (store_event(j->d->st, a, kind, j->ch.actor, cb.ref, cause) == 0 &&
	    store_event(j->d->st, b, kind, j->ch.actor, ca.ref, cause) == 0)
		rv = 0;
out:
	store_case_clear(&ca);
	store_case_clear(&cb);
	return rv;
}

/* #merge: the other case's messages and contacts join this one. */
static int
write_merge(struct job *j, int64_t into, char **cause)
{
	if (write_pair(j, into, j->ch.merge, "merged", cause) == -1)
		return -1;
	return store_case_merge(j->d->st, j->ch.merge, into, cause);
}

/* The fields the change sets on an existing case. */
static int
write_update(struct job *j, char **cause)
{
	struct store		*st = j->d->st;
	struct case_change	*ch = &j->ch;
	int64_t			 id = ch->case_id;
	size_t			 i;

	if (ch->set_status && store_case_set(st, id, SF_STATUS,
	    case_status_name(ch->status), ch->status_actor, cause) == -1)
		return -1;
	if (ch->queue != NULL && store_case_set(st, id, SF_QUEUE, ch->queue,
	    ch->actor, cause) == -1)
		return -1;
	if (ch->set_priority && store_case_set(st, id, SF_PRIORITY,
	    case_priority_name(ch->priority), ch->actor, cause) == -1)
		return -1;
	if (ch->assignee != NULL && store_case_set(st, id, SF_ASSIGNEE,
	    ch->assignee, ch->actor, cause) == -1)
		return -1;
	for (i = 0; ch->tags != NULL && i < ch->tags->n; i++)
		if (store_case_tag(st, id, ch->tags->v[i], cause) == -1)
			return -1;
	for (i = 0; ch->untags != NULL && i < ch->untags->n; i++)
		if (store_case_untag(st, id, ch->untags->v[i], cause) == -1)
			return -1;
	if (ch->merge != 0 && write_merge(j, id, cause) == -1)
		return -1;
	if (ch->link != 0 && (store_case_link(st, id, ch->link, cause) == -1 ||
	    write_pair(j, id, ch->link, "linked", cause) == -1))
		return -1;
	if (store_case_touch(st, id, cause) == -1)
		return -1;
	/* The case as it is now, for the replies. */
	store_case_clear(&j->c);
	if (store_case_get(st, id, &j->c, cause) != 1) {
		if (*cause == NULL)
			xasprintf(cause, "case %lld unreadable", (long long)id);
		return -1;
	}
	j->have_case = 1;
	return 0;
}

/* write: the change, in the store.  Returns 1 for a quarantine. */
static int
write_change(struct job *j, struct ingest_result *res, char **cause)
{
	struct store		*st = j->d->st;
	struct case_change	*ch = &j->ch;
	int64_t			 id;
	size_t			 i;
	int			 r;

	switch (ch->op) {
	case CHANGE_QUARANTINE:
		xasprintf(cause, "%s", ch->note);
		return 1;
	case CHANGE_RECORD:
		id = ch->case_id;
		res->what = INGEST_RECORDED;
		if (id != 0) {
			if ((r = store_case_get(st, id, &j->c, cause)) == -1)
				return -1;
			if (r == 1) {
				res->what = INGEST_UPDATE;
				j->have_case = 1;
			} else
				id = 0;
		}
		break;
	case CHANGE_NEW:
		if (write_new(j, cause) == -1)
			return -1;
		res->what = INGEST_NEW;
		id = j->c.id;
		break;
	case CHANGE_UPDATE:
		if (write_update(j, cause) == -1)
			return -1;
		res->what = INGEST_UPDATE;
		id = j->c.id;
		break;
	default:
		fatalx("write_change: op %d", ch->op);
	}
	if (j->have_case)
		snprintf(res->ref, sizeof res->ref, "%s", j->c.ref);
	if (ch->note[0] != '\0')
		snprintf(res->note, sizeof res->note, "%s", ch->note);

	for (i = 0; id != 0 && i < ch->nevents; i++)
		if (store_event(st, id, ch->events[i].kind, ch->events[i].actor,
		    ch->events[i].detail, cause) == -1)
			return -1;
	if (ch->add_contact && id != 0 && store_contact_add(st, id,
	    j->m->from.addr, cause) == -1)
		return -1;
	return record(j, id, ch->msg_kind, cause);
}

/* The reference the agent's #merge named. */
static const char *
merged_ref(const struct job *j)
{
	size_t	 i;

	for (i = 0; i < j->am.ncmds; i++)
		if (j->am.cmds[i].kind == CMD_MERGE)
			return j->am.cmds[i].arg;
	return "";
}

/* replies: every mail the change asks for, into the outbox. */
static int
send_mails(struct job *j, char **cause)
{
	struct case_change	*ch = &j->ch;
	struct change_mail	*cm;
	struct reply_ctx	 x;
	size_t			 i;
	int			 rv;

	if (!j->have_case)
		return 0;
	memset(&x, 0, sizeof x);
	x.conf = j->d->conf;
	x.st = j->d->st;
	x.tmpls = j->d->tmpls;
	x.c = &j->c;
	x.m = j->m;
	x.var_names = &j->rr.var_names;
	x.var_values = &j->rr.var_values;
	x.is_new = ch->op == CHANGE_NEW;
	x.thread_id = j->thread_id;
	x.agent = j->agent;
	for (i = 0; i < ch->nmails; i++) {
		cm = &ch->mails[i];
		switch (cm->kind) {
		case MAIL_ACK:
		case MAIL_REPLY:
			rv = reply_customer(&x, cm->kind, cm->tmpl, cause);
			break;
		case MAIL_AGENT:
			rv = reply_agent(&x, cm->notice, cm->agent,
			    cm->notice == NOTICE_ESCALATED && j->rr.matched.n ?
			    j->rr.matched.v[j->rr.matched.n - 1] : NULL, cause);
			break;
		case MAIL_ANSWER:
			rv = reply_answer(&x, cm->text, cause);
			break;
		case MAIL_REFUSAL:
			rv = reply_refusal(&x, cm->agent, cm->text, cause);
			break;
		case MAIL_MERGED:
			rv = reply_merged(&x, cm->to, j->c.language,
			    j->am.ncmds ? merged_ref(j) : "", cause);
			break;
		default:
			rv = reply_notice(&x, cm->kind, cm->to, cause);
			break;
		}
		if (rv == -1)
			return -1;
	}
	return 0;
}

/* The process's CPU time in microseconds (one thread: the message's). */
static long
cpu_now(void)
{
	struct timespec	 ts;

	/* This thread's: messages are prepared on others meanwhile. */
	if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) == -1)
		return 0;
	return (long)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

/*
 * Has the message spent more CPU than message-cpu-limit allows?  Then
 * *why says how much, after which step.  A check after each costly step,
 * not a timer: the daemon never stops half way through a write.
 */
static int
over_budget(const struct job *j, const char *step, char **why)
{
	long	 limit = j->d->conf->message_cpu_us, used;

	if (limit <= 0 || (used = cpu_now() - j->cpu0 + j->cpu_before) <=
	    limit)
		return 0;
	xasprintf(why, "over the CPU budget after %s: %ld.%03ld s used, "
	    "message-cpu-limit is %ld.%06ld s", step, used / 1000000,
	    used / 1000 % 1000, limit / 1000000, limit % 1000000);
	return 1;
}

/* Everything after dedup, under the message's savepoint. */
static int
process(struct job *j, struct ingest_result *res, char **cause)
{
	struct decide_in	 in;

	screen_message(j->d->conf, j->m, &j->scr);
	if (find_case(j, cause) == -1)
		return -1;
	if (sender_role(j, cause) == -1)
		return -1;
	if (load_case(j, cause) == -1)
		return -1;
	if (j->role == ROLE_AGENT || j->role == ROLE_SUPERVISOR) {
		if (read_agent(j, cause) == -1)
			return -1;
	} else
		classify(j);
	if (over_budget(j, "classify", cause))
		return -1;

	memset(&in, 0, sizeof in);
	in.m = j->m;
	in.scr = &j->scr;
	in.tr = &j->tr;
	in.c = j->have_case ? &j->c : NULL;
	in.linked = j->linked;
	in.role = j->role;
	in.rr = &j->rr;
	in.agent = j->agent;
	in.ae = &j->ae;
	in.answered = j->answered;
	in.forged = j->forged;
	in.awaiting_rating = j->awaiting_rating;
	in.conf = j->d->conf;
	in.opts = j->opts;
	ingest_decide(&in, &j->ch);

	store_case_clear(&j->c);
	j->have_case = 0;
	if (write_change(j, res, cause) != 0)
		return -1;
	if (send_mails(j, cause) == -1)
		return -1;
	/* What time will do to the case, now that it has changed. */
	if (j->have_case && timers_replan(j->d, j->c.id, cause) == -1)
		return -1;
	if (j->ch.merge != 0 && timers_replan(j->d, j->ch.merge, cause) == -1)
		return -1;
	if (res->note[0] == '\0')
		snprintf(res->note, sizeof res->note, "%s%s%s",
		    thread_how_name(j->tr.how), j->scr.kind == SCREEN_AUTO ?
		    ", automatic: " : "", j->scr.kind == SCREEN_AUTO ?
		    j->scr.why : "");
	return 0;
}

int
ingest_quarantine(struct desk *d, const struct ingest_opts *opts,
    const char *raw, size_t len, const char *reason,
    struct ingest_result *res, char **cause)
{
	int64_t	 id;

	if (store_quarantine(d->st, opts->mailbox, opts->uid, reason, raw, len,
	    &id, cause) == -1)
		return -1;
	memset(res, 0, sizeof *res);
	res->what = INGEST_QUARANTINED;
	snprintf(res->ref, sizeof res->ref, "Q-%lld", (long long)id);
	snprintf(res->note, sizeof res->note, "%s", reason);
	log_warnx("%s%s%s: quarantined as %s: %s", opts->mailbox,
	    *opts->mailbox ? " " : "", opts->uid ? "uid" : "message",
	    res->ref, reason);
	return 0;
}

int
ingest_workers(const struct desk *d)
{
	return d->conf->workers >= 0 ? d->conf->workers : workq_threads();
}

void
ingest_prepare(const struct desk *d, const char *raw, size_t len,
    struct ingest_prep *p)
{
	long	 cpu0 = cpu_now();

	memset(p, 0, sizeof *p);
	if (mime_parse(raw, len, d->conf->fallback_charset, &p->m,
	    &p->why) == -1) {
		if (p->why == NULL)
			p->why = xstrdup("unparseable");
		p->cpu = cpu_now() - cpu0;
		return;
	}
	p->parse_cpu = cpu_now() - cpu0;
	/* A message already over its budget is not worth folding. */
	if (d->conf->message_cpu_us <= 0 ||
	    p->parse_cpu <= d->conf->message_cpu_us)
		p->rp = rules_prepare(d->rules, p->m);
	p->cpu = cpu_now() - cpu0;
}

void
ingest_prep_free(struct ingest_prep *p)
{
	mime_free(p->m);
	free(p->why);
	rules_prep_free(p->rp);
	memset(p, 0, sizeof *p);
}

int
ingest_message(struct desk *d, const struct ingest_opts *opts,
    const char *raw, size_t len, struct ingest_result *res, char **cause)
{
	struct ingest_prep	 p;
	int			 rv;

	ingest_prepare(d, raw, len, &p);
	rv = ingest_prepared(d, opts, raw, len, &p, res, cause);
	ingest_prep_free(&p);
	return rv;
}

int
ingest_prepared(struct desk *d, const struct ingest_opts *opts,
    const char *raw, size_t len, struct ingest_prep *p,
    struct ingest_result *res, char **cause)
{
	struct job	 j;
	char		*why = NULL, *dedup;
	int64_t		 seen_case;
	int		 rv, r;

	memset(res, 0, sizeof *res);
	memset(&j, 0, sizeof j);
	j.d = d;
	j.opts = opts;
	j.cpu0 = cpu_now();

	/* parse (done in ingest_prepare) */
	if (p->m == NULL)
		return ingest_quarantine(d, opts, raw, len, p->why, res,
		    cause);
	j.cpu_before = p->parse_cpu;
	if (over_budget(&j, "parse", &why)) {
		rv = ingest_quarantine(d, opts, raw, len, why, res, cause);
		free(why);
		return rv;
	}
	/* The message is the prep's: the job borrows it. */
	j.m = p->m;
	j.rp = p->rp;
	j.cpu_before = p->cpu;

	/* dedup */
	dedup = dedup_key(j.m);
	r = store_msg_seen(d->st, dedup, &seen_case, cause);
	if (r != 0) {
		if (r == 1) {
			res->what = INGEST_DUPLICATE;
			snprintf(res->note, sizeof res->note,
			    "already have %s", dedup);
			if (seen_case != 0 && store_case_get(d->st, seen_case,
			    &j.c, NULL) == 1)
				snprintf(res->ref, sizeof res->ref, "%s",
				    j.c.ref);
			store_case_clear(&j.c);
		}
		free(dedup);
		return r == 1 ? 0 : -1;
	}
	free(dedup);

	if (store_savepoint(d->st, cause) == -1) {
		return -1;
	}
	if ((rv = process(&j, res, &why)) == -1) {
		/* Undo the half-done work; keep the bytes and the reason. */
		store_rollback_to(d->st);
		rv = ingest_quarantine(d, opts, raw, len, why ? why :
		    "processing failed", res, cause);
	} else if (store_release(d->st, cause) == -1)
		rv = -1;
	free(why);
	free(j.thread_id);
	agent_mail_free(&j.am);
	agent_effect_free(&j.ae);
	ingest_change_free(&j.ch);
	store_case_clear(&j.c);
	rules_result_free(&j.rr);
	return rv;
}
