/*
 * reply.c -- composing and queueing the mail of a case.
 *
 * Who gets an automatic answer is the safety-critical part: always the
 * From: address of the message (a Reply-To only when the case already
 * knows that address), never one that cannot take an automatic answer
 * (RFC 3834), at most autoreply-limit per hour per address as the limit
 * counts it, and with a display name repeated only when it looks like one.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "clock.h"
#include "json.h"
#include "log.h"
#include "outmsg.h"
#include "quote.h"
#include "reply.h"
#include "screen.h"
#include "thread.h"
#include "xmalloc.h"

#define NOTIFY_BODY_MAX	(256U * 1024)	/* customer text in a notice */

static const char *const kind_names[MAIL_NKINDS] = {
	[MAIL_ACK] = "ack",
	[MAIL_REPLY] = "reply",
	[MAIL_NOTIFY] = "notify",
	[MAIL_FORWARD] = "forward",
	[MAIL_ESCALATE] = "escalate",
	[MAIL_AGENT] = "notice",
	[MAIL_ANSWER] = "answer",
	[MAIL_REFUSAL] = "refusal",
	[MAIL_MERGED] = "merged",
	[MAIL_AUTOCLOSED] = "autoclosed",
	[MAIL_FOLLOWUP] = "followup",
};

static const char *const notice_templates[NOTICE_N] = {
	[NOTICE_NEW] = "notice-new",
	[NOTICE_REPLY] = "notice-reply",
	[NOTICE_ASSIGNED] = "notice-assigned",
	[NOTICE_ESCALATED] = "notice-escalated",
	[NOTICE_SLA] = "notice-sla",
};

const char *const reply_agent_templates[] = {
	"notice-new", "notice-reply", "notice-assigned", "notice-escalated",
	"notice-sla", "answer", "agent-refused", "merged", NULL
};

/* Templates every desk needs for what time does to cases. */
const char *const reply_case_templates[] = {
	"autoclosed", "followup", NULL
};

/* The line of commands every notice carries. */
#define COMMANDS_LINE	"#close #resolve #pending #open #take #assign NAME " \
	"#queue Q #priority P #tag T #untag T #comment #merge REF #link REF"

const char *
reply_notice_template(enum notice_kind k)
{
	return (unsigned)k < NOTICE_N ? notice_templates[k] : "?";
}

const char *
reply_kind_name(enum mail_kind k)
{
	return (unsigned)k < MAIL_NKINDS ? kind_names[k] : "?";
}

char *
reply_addr_key(const char *addr)
{
	const char	*at = strrchr(addr, '@'), *plus;
	char		*k, *p;

	if (at != NULL && (plus = memchr(addr, '+', (size_t)(at - addr))) !=
	    NULL && plus > addr)
		xasprintf(&k, "%.*s%s", (int)(plus - addr), addr, at);
	else
		k = xstrdup(addr);
	for (p = k; *p != '\0'; p++)
		*p = (char)tolower((unsigned char)*p);
	return k;
}

int
reply_name_ok(const char *name)
{
	const char	*p;
	int		 digits = 0;

	if (name == NULL || *name == '\0')
		return 0;
	if (strchr(name, '@') != NULL || strchr(name, ':') != NULL ||
	    strchr(name, '/') != NULL || strcasestr(name, "www.") != NULL)
		return 0;
	for (p = name; *p != '\0'; p++) {
		if (isdigit((unsigned char)*p))
			digits++;
		/* "evil.example": a dot between letters is a domain. */
		if (*p == '.' && p > name && isalnum((unsigned char)p[-1]) &&
		    isalpha((unsigned char)p[1]))
			return 0;
	}
	return digits < 5 && strlen(name) <= 64;
}

static const char *
pick_lang(const struct reply_ctx *x)
{
	if (x->m != NULL && x->m->lang[0] != '\0')
		return x->m->lang;
	if (x->c->language != NULL && *x->c->language != '\0')
		return x->c->language;
	return x->conf->default_lang;
}

/* The variables every template may use, plus the rule's captures. */
static void
template_vars(const struct reply_ctx *x, const char *name, const char *addr,
    struct strv *names, struct strv *values)
{
	char		 date[64];
	struct tm	 tm;
	time_t		 t = x->m && x->m->date ? x->m->date : clock_now();
	size_t		 i;

#define VAR(n, v) do {							\
	strv_add(names, n);						\
	strv_add(values, (v) != NULL ? (v) : "");			\
} while (0)
	gmtime_r(&t, &tm);
	strftime(date, sizeof date, "%Y-%m-%d %H:%M UTC", &tm);
	VAR("case.ref", x->c->ref);
	VAR("case.queue", x->c->queue);
	VAR("case.priority", case_priority_name(x->c->priority));
	VAR("case.status", case_status_name(x->c->status));
	VAR("customer.name", reply_name_ok(name) ? name : addr);
	VAR("customer.address", addr);
	VAR("message.subject", x->m ? x->m->subject : x->c->subject);
	VAR("message.date", date);
	VAR("case.subject", x->c->subject);
	VAR("desk.address", x->conf->desk_address);
	VAR("desk.name", x->conf->desk_name);
	if (x->var_names != NULL && x->var_values != NULL)
		for (i = 0; i < x->var_names->n && i < x->var_values->n; i++)
			VAR(x->var_names->v[i], x->var_values->v[i]);
#undef VAR
}

/* Put [REF] in front of a subject that does not carry it yet. */
static char *
tag_subject(const char *ref, const char *subject)
{
	char	*tag, *s;

	xasprintf(&tag, "[%s]", ref);
	if (strcasestr(subject, tag) != NULL)
		s = xstrdup(subject);
	else
		xasprintf(&s, "%s %s", tag, subject);
	free(tag);
	return s;
}

/* One mail to write: who, what, and how it threads. */
struct mail_out {
	enum mail_kind		 kind;
	const char		*to_name;
	const char		*to_addr;
	const char		*reply_to;	/* NULL: the case's signed one */
	const char		*subject;
	const char		*body;
	const char		*in_reply_to;	/* NULL: the message's */
	int			 attach_message;	/* forward it whole */
	const struct outmsg_file *files;
	size_t			 nfiles;
};

/* Compose one mail of the case, put it in the outbox and on the case. */
static int
queue_mail(const struct reply_ctx *x, const struct mail_out *mo, char **cause)
{
	const struct config *conf = x->conf;
	struct outmsg	 o;
	struct strv	 refs, rcpts;
	struct store_msg sm;
	char		*raw = NULL, *msgid = NULL, *reply_to, *dedup = NULL;
	char		*subj, *detail = NULL, *key = NULL;
	size_t		 i, rawlen = 0;
	int		 automatic = mo->kind == MAIL_ACK ||
			    mo->kind == MAIL_REPLY || mo->kind == MAIL_MERGED ||
			    mo->kind == MAIL_AUTOCLOSED ||
			    mo->kind == MAIL_FOLLOWUP;
	int		 rv = -1;

	memset(&refs, 0, sizeof refs);
	memset(&rcpts, 0, sizeof rcpts);
	if (mo->in_reply_to != NULL)
		strv_add(&refs, mo->in_reply_to);
	else if (x->m != NULL) {
		for (i = 0; i < x->m->references.n; i++)
			strv_add(&refs, x->m->references.v[i]);
		if (x->m->message_id != NULL)
			strv_add(&refs, x->m->message_id);
	}
	reply_to = mo->reply_to != NULL ? xstrdup(mo->reply_to) :
	    thread_reply_address(conf, x->c->ref);
	subj = tag_subject(x->c->ref, mo->subject);

	memset(&o, 0, sizeof o);
	o.from_name = conf->desk_name;
	o.from_addr = conf->desk_address;
	o.to_name = reply_name_ok(mo->to_name) ? mo->to_name : "";
	o.to_addr = mo->to_addr;
	o.reply_to = reply_to;
	o.subject = subj;
	o.in_reply_to = mo->in_reply_to != NULL ? mo->in_reply_to :
	    x->m ? x->m->message_id : NULL;
	o.references = &refs;
	/* A person's answer is no automatic mail (RFC 3834). */
	o.auto_submitted = mo->kind == MAIL_ANSWER ? NULL : automatic ?
	    "auto-replied" : "auto-generated";
	o.case_ref = x->c->ref;
	o.body = mo->body;
	if (mo->attach_message && x->m != NULL) {
		o.attach_raw = x->m->raw;
		o.attach_len = x->m->rawlen;
	}
	o.files = mo->files;
	o.nfiles = mo->nfiles;
	if (outmsg_build(&o, &raw, &rawlen, &msgid, cause) == -1)
		goto out;
	strv_add(&rcpts, mo->to_addr);
	if (automatic)
		key = reply_addr_key(mo->to_addr);
	if (store_out_add(x->st, x->c->id, msgid, conf->envelope_from,
	    &rcpts, subj, raw, rawlen, key, NULL, cause) == -1)
		goto out;

	/* The case shows what we sent, as it went out. */
	xasprintf(&dedup, "mid:%s", msgid);
	memset(&sm, 0, sizeof sm);
	sm.case_id = x->c->id;
	sm.direction = "out";
	sm.kind = reply_kind_name(mo->kind);
	sm.dedup = dedup;
	sm.message_id = msgid;
	sm.mailbox = "";
	sm.sender = conf->desk_address;
	sm.subject = subj;
	sm.date = clock_now();
	sm.language = "";
	sm.body = mo->body;
	sm.raw = raw;
	sm.rawlen = rawlen;
	if (store_msg_add(x->st, &sm, NULL, cause) == -1)
		goto out;
	xasprintf(&detail, "%s to %s", reply_kind_name(mo->kind), mo->to_addr);
	rv = store_event(x->st, x->c->id, "mail-queued", "supportd", detail,
	    cause);
out:
	free(key);
	free(detail);
	free(dedup);
	free(raw);
	free(msgid);
	free(reply_to);
	free(subj);
	strv_free(&refs);
	strv_free(&rcpts);
	return rv;
}

/* Render a template; *subject and *body are the caller's. */
static int
render(const struct reply_ctx *x, const char *tmpl, const char *lang,
    const struct strv *names, const struct strv *values, char **subject,
    char **body, char **cause)
{
	char	 used[8];

	return tmpl_render(x->tmpls, tmpl, lang, names, values, subject,
	    body, used, cause);
}

/*
 * Render tmpl in lang with the variables (which it frees), and queue the
 * mail mo describes with that subject and body.
 */
static int
queue_template(const struct reply_ctx *x, const char *tmpl, const char *lang,
    struct strv *names, struct strv *values, struct mail_out *mo,
    char **cause)
{
	char	*subject = NULL, *body = NULL;
	int	 rv;

	rv = render(x, tmpl, lang, names, values, &subject, &body, cause);
	strv_free(names);
	strv_free(values);
	if (rv == 0) {
		mo->subject = subject;
		mo->body = body;
		rv = queue_mail(x, mo, cause);
	}
	free(subject);
	free(body);
	return rv;
}

/* A mail to an agent, answerable through the address signed for them. */
static int
queue_to_agent(const struct reply_ctx *x, enum mail_kind kind,
    const struct agent_conf *a, const char *tmpl, struct strv *names,
    struct strv *values, char **cause)
{
	struct mail_out	 mo;
	char		*reply_to;
	int		 rv;

	reply_to = thread_agent_address(x->conf, x->c->ref, a->name);
	memset(&mo, 0, sizeof mo);
	mo.kind = kind;
	mo.to_name = a->name;
	mo.to_addr = a->address;
	mo.reply_to = reply_to;
	rv = queue_template(x, tmpl, a->language, names, values, &mo, cause);
	free(reply_to);
	return rv;
}

/* Record on the case why the customer got no automatic answer. */
static int
no_reply(const struct reply_ctx *x, const char *why, char **cause)
{
	log_info("%s: %s", x->c->ref, why);
	return store_event(x->st, x->c->id, "no-reply", "supportd", why,
	    cause);
}

int
reply_customer(const struct reply_ctx *x, enum mail_kind kind,
    const char *tmpl, char **cause)
{
	const struct config *conf = x->conf;
	struct strv	 names, values;
	struct mail_out	 mo;
	char		*why, *key;
	const char	*to_name, *to_addr;
	int		 rv, n = 0, known = 0;

	/*
	 * The From: address, whose owner wrote to us.  A Reply-To only on a
	 * case that already knows that address: a stranger's Reply-To would
	 * turn our answers into mail to a victim of their choosing.
	 */
	to_addr = x->m->from.addr;
	to_name = x->m->from.name;
	if (!x->is_new && x->m->reply_to != NULL &&
	    *x->m->reply_to->addr != '\0' &&
	    (known = store_contact_known(x->st, x->c->id,
	    x->m->reply_to->addr, cause)) == -1)
		return -1;
	if (known) {
		to_addr = x->m->reply_to->addr;
		to_name = x->m->reply_to->name;
	}

	if (*to_addr == '\0') {
		xasprintf(&why, "not answered: From: names no single mailbox "
		    "(%s)", x->m->defects ? x->m->defects : "unreadable");
		rv = no_reply(x, why, cause);
		free(why);
		return rv;
	}
	if (!screen_answerable(conf, to_addr) ||
	    !outmsg_addr_ok(to_addr)) {
		xasprintf(&why, "not answered: %s cannot take an automatic "
		    "answer", to_addr);
		rv = no_reply(x, why, cause);
		free(why);
		return rv;
	}
	if (conf->autoreply_limit > 0) {
		key = reply_addr_key(to_addr);
		rv = store_autoreplies_since(x->st, key, clock_now() - 3600,
		    &n, cause);
		free(key);
		if (rv == -1)
			return -1;
		if (n >= conf->autoreply_limit) {
			xasprintf(&why, "not answered: %s already had %d "
			    "automatic answers this hour", to_addr,
			    conf->autoreply_limit);
			rv = no_reply(x, why, cause);
			free(why);
			return rv;
		}
	}

	memset(&names, 0, sizeof names);
	memset(&values, 0, sizeof values);
	template_vars(x, to_name, to_addr, &names, &values);
	memset(&mo, 0, sizeof mo);
	mo.kind = kind;
	mo.to_name = to_name;
	mo.to_addr = to_addr;
	return queue_template(x, tmpl, pick_lang(x), &names, &values, &mo,
	    cause);
}

int
reply_notice(const struct reply_ctx *x, enum mail_kind kind,
    const char *addr, char **cause)
{
	const struct mime_message *m = x->m;
	struct mail_out	 mo;
	char		*subject, *body;
	size_t		 blen;
	int		 rv;

	if (!outmsg_addr_ok(addr)) {
		xasprintf(cause, "%s: bad address \"%s\"",
		    reply_kind_name(kind), addr);
		return -1;
	}
	xasprintf(&subject, "%s: %s", kind == MAIL_ESCALATE ? "Escalated" :
	    x->is_new ? "New case" : "Customer reply", m ? m->subject :
	    x->c->subject);
	if (m == NULL) {
		/* Time passed: the case itself is the news. */
		xasprintf(&body, "Case:     %s\nQueue:    %s\nPriority: %s\n"
		    "Status:   %s\nFrom:     %s <%s>\n", x->c->ref,
		    x->c->queue, case_priority_name(x->c->priority),
		    case_status_name(x->c->status), x->c->customer_name,
		    x->c->customer);
		memset(&mo, 0, sizeof mo);
		mo.kind = kind;
		mo.to_name = "";
		mo.to_addr = addr;
		mo.subject = subject;
		mo.body = body;
		mo.in_reply_to = x->thread_id != NULL ? x->thread_id : "";
		rv = queue_mail(x, &mo, cause);
		free(subject);
		free(body);
		return rv;
	}
	/* The whole text is in the case; a notice carries a bounded part. */
	blen = strlen(m->body);
	if (blen > NOTIFY_BODY_MAX) {
		blen = NOTIFY_BODY_MAX;
		while (blen > 0 && ((unsigned char)m->body[blen] & 0xc0) ==
		    0x80)
			blen--;
	}
	xasprintf(&body,
	    "Case:     %s\n"
	    "Queue:    %s\n"
	    "Priority: %s\n"
	    "Status:   %s\n"
	    "From:     %s <%s>\n"
	    "Language: %s\n"
	    "\n%.*s%s\n",
	    x->c->ref, x->c->queue, case_priority_name(x->c->priority),
	    case_status_name(x->c->status), m->from.name, m->from.addr,
	    m->lang, (int)blen, m->body, blen < strlen(m->body) ?
	    "\n[... cut: the whole message is on the case]" : "");
	memset(&mo, 0, sizeof mo);
	mo.kind = kind;
	mo.to_name = "";
	mo.to_addr = addr;
	mo.subject = subject;
	mo.body = body;
	mo.attach_message = kind == MAIL_FORWARD;
	rv = queue_mail(x, &mo, cause);
	free(subject);
	free(body);
	return rv;
}

/* "name (type, 12 KB)" a line, for a notice. */
static char *
attachment_lines(const struct mime_message *m)
{
	struct buf	 b;
	size_t		 i;

	buf_init(&b, 64 * 1024);
	buf_add(&b, "", 0);
	for (i = 0; m != NULL && i < m->nattachments && i < 50; i++)
		buf_printf(&b, "%s%s (%s, %zu KB)", i ? "\n" : "",
		    *m->attachments[i].name ? m->attachments[i].name : "-",
		    m->attachments[i].type, (m->attachments[i].size + 1023) /
		    1024);
	return buf_release(&b);
}

int
reply_agent(const struct reply_ctx *x, enum notice_kind k,
    const struct agent_conf *a, const char *detail, char **cause)
{
	const struct mime_message *m = x->m;
	struct strv	 names, values;
	char		*text, *att;
	int		 rv;

	if (!outmsg_addr_ok(a->address)) {
		xasprintf(cause, "agent %s: bad address \"%s\"", a->name,
		    a->address);
		return -1;
	}
	/* The customer's new words; an agent's mail is not shown. */
	text = m != NULL && k != NOTICE_ASSIGNED ?
	    quote_customer_text(m->body, strlen(m->body)) : xstrdup("");
	att = attachment_lines(k != NOTICE_ASSIGNED ? m : NULL);
	memset(&names, 0, sizeof names);
	memset(&values, 0, sizeof values);
	template_vars(x, x->c->customer_name, x->c->customer, &names,
	    &values);
#define VAR(n, v) do { strv_add(&names, n); strv_add(&values, v); } while (0)
	VAR("agent.name", a->name);
	VAR("message.text", text);
	VAR("message.attachments", att);
	VAR("commands", COMMANDS_LINE);
	VAR("marker", REPLY_MARKER);
	VAR("detail", detail != NULL ? detail : "");
#undef VAR
	rv = queue_to_agent(x, MAIL_AGENT, a, notice_templates[k], &names,
	    &values, cause);
	free(text);
	free(att);
	return rv;
}

/* Agents' attachments, decoded, up to a total that any relay takes. */
#define ANSWER_FILES_MAX	(20U * 1024 * 1024)

int
reply_answer(const struct reply_ctx *x, const char *text, char **cause)
{
	const struct mime_message *m = x->m;
	struct strv		 names, values;
	struct mail_out		 mo;
	struct outmsg_file	*files = NULL;
	size_t			 nfiles = 0, total = 0, i;
	char			*data;
	size_t			 len;
	int			 rv;

	if (!outmsg_addr_ok(x->c->customer)) {
		xasprintf(cause, "the case's customer \"%s\" cannot be "
		    "written to", x->c->customer);
		return -1;
	}
	for (i = 0; m != NULL && i < m->nattachments; i++) {
		if (strcmp(m->attachments[i].type, "message/rfc822") == 0)
			continue;	/* the quoted notification, forwarded */
		if (mime_attachment_data(&m->attachments[i], &data,
		    &len) == -1)
			continue;
		if (total + len > ANSWER_FILES_MAX) {
			free(data);
			xasprintf(cause, "attachments over %u bytes",
			    ANSWER_FILES_MAX);
			rv = -1;
			goto out;
		}
		total += len;
		files = xreallocarray(files, nfiles + 1, sizeof *files);
		files[nfiles].name = m->attachments[i].name;
		files[nfiles].type = m->attachments[i].type;
		files[nfiles].data = data;
		files[nfiles].len = len;
		nfiles++;
	}
	memset(&names, 0, sizeof names);
	memset(&values, 0, sizeof values);
	template_vars(x, x->c->customer_name, x->c->customer, &names,
	    &values);
	strv_add(&names, "answer");
	strv_add(&values, text);
	strv_add(&names, "agent.name");
	strv_add(&values, x->agent != NULL ? x->agent->name : "");
	memset(&mo, 0, sizeof mo);
	mo.kind = MAIL_ANSWER;
	mo.to_name = x->c->customer_name;
	mo.to_addr = x->c->customer;
	mo.in_reply_to = x->thread_id != NULL ? x->thread_id : "";
	mo.files = files;
	mo.nfiles = nfiles;
	rv = queue_template(x, "answer", x->c->language, &names, &values, &mo,
	    cause);
out:
	for (i = 0; i < nfiles; i++)
		free((char *)files[i].data);
	free(files);
	return rv;
}

int
reply_refusal(const struct reply_ctx *x, const struct agent_conf *a,
    const char *why, char **cause)
{
	struct strv	 names, values;

	memset(&names, 0, sizeof names);
	memset(&values, 0, sizeof values);
	template_vars(x, x->c->customer_name, x->c->customer, &names,
	    &values);
	strv_add(&names, "agent.name");
	strv_add(&values, a->name);
	strv_add(&names, "refusal");
	strv_add(&values, why);
	strv_add(&names, "commands");
	strv_add(&values, COMMANDS_LINE);
	return queue_to_agent(x, MAIL_REFUSAL, a, "agent-refused", &names,
	    &values, cause);
}

int
reply_merged(const struct reply_ctx *x, const char *to, const char *lang,
    const char *old_ref, char **cause)
{
	struct strv	 names, values;
	struct mail_out	 mo;

	if (!screen_answerable(x->conf, to) || !outmsg_addr_ok(to))
		return 0;
	memset(&names, 0, sizeof names);
	memset(&values, 0, sizeof values);
	template_vars(x, "", to, &names, &values);
	strv_add(&names, "old.ref");
	strv_add(&values, old_ref);
	memset(&mo, 0, sizeof mo);
	mo.kind = MAIL_MERGED;
	mo.to_name = "";
	mo.to_addr = to;
	mo.in_reply_to = "";
	return queue_template(x, "merged", lang, &names, &values, &mo, cause);
}

int
reply_case_mail(const struct reply_ctx *x, enum mail_kind kind,
    const char *tmpl, char **cause)
{
	struct strv	 names, values;
	struct mail_out	 mo;

	if (!screen_answerable(x->conf, x->c->customer) ||
	    !outmsg_addr_ok(x->c->customer))
		return no_reply(x, "no mail: the customer's address cannot "
		    "take an automatic one", cause);
	memset(&names, 0, sizeof names);
	memset(&values, 0, sizeof values);
	template_vars(x, x->c->customer_name, x->c->customer, &names,
	    &values);
	memset(&mo, 0, sizeof mo);
	mo.kind = kind;
	mo.to_name = x->c->customer_name;
	mo.to_addr = x->c->customer;
	mo.in_reply_to = x->thread_id != NULL ? x->thread_id : "";
	return queue_template(x, tmpl, x->c->language, &names, &values, &mo,
	    cause);
}

int
reply_report(const struct config *conf, struct store *st, const char *to,
    const char *subject, const char *text, const char *fname,
    const char *html, size_t htmllen, char **cause)
{
	struct outmsg		 o;
	struct outmsg_file	 f;
	struct strv		 rcpts;
	char			*raw = NULL, *msgid = NULL;
	size_t			 rawlen = 0;
	int			 rv = -1;

	memset(&f, 0, sizeof f);
	f.name = fname;
	f.type = "text/html";
	f.data = html;
	f.len = htmllen;
	memset(&o, 0, sizeof o);
	o.from_name = conf->desk_name;
	o.from_addr = conf->desk_address;
	o.to_name = "";
	o.to_addr = to;
	o.subject = subject;
	o.auto_submitted = "auto-generated";
	o.body = text;
	o.files = &f;
	o.nfiles = 1;
	memset(&rcpts, 0, sizeof rcpts);
	strv_add(&rcpts, to);
	/* No case: the report is about all of them. */
	if (outmsg_build(&o, &raw, &rawlen, &msgid, cause) == 0)
		rv = store_out_add(st, 0, msgid, conf->envelope_from,
		    &rcpts, subject, raw, rawlen, NULL, NULL, cause);
	free(raw);
	free(msgid);
	strv_free(&rcpts);
	return rv;
}
