/*
 * ingest.c -- one message through the whole pipeline:
 *
 *   parse -> dedup -> screen -> thread -> classify -> apply -> replies
 *
 * All of it happens inside the caller's transaction under a savepoint, so
 * either the message and every consequence (case, events, outbox rows) are
 * stored together, or none is and the raw bytes land in quarantine with
 * the reason.  Nothing here sends mail: replies go to the outbox.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "desk.h"
#include "log.h"
#include "mime.h"
#include "outmsg.h"
#include "screen.h"
#include "thread.h"
#include "xmalloc.h"

#define NOTIFY_BODY_MAX	(256U * 1024)	/* customer text in a notice */

struct job {
	struct desk		*d;
	const char		*mailbox;
	struct mime_message	*m;
	struct store_case	 c;		/* the case, once known */
	struct rules_result	 rr;
	struct screen_result	 scr;
	int			 is_new;
};

/* JSON string escaping for the attachment list. */
static void
json_str(struct buf *b, const char *s)
{
	buf_addc(b, '"');
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == '"' || c == '\\')
			buf_printf(b, "\\%c", c);
		else if (c < 0x20)
			buf_printf(b, "\\u%04x", c);
		else
			buf_addc(b, (char)c);
	}
	buf_addc(b, '"');
}

static char *
attachments_json(const struct mime_message *m)
{
	struct buf	 b;
	size_t		 i;

	buf_init(&b, 4 * 1024 * 1024);
	buf_addc(&b, '[');
	/* Stop listing well before the cap, so the array is always closed. */
	for (i = 0; i < m->nattachments && b.len < 3 * 1024 * 1024; i++) {
		buf_adds(&b, i ? ",{\"name\":" : "{\"name\":");
		json_str(&b, m->attachments[i].name);
		buf_adds(&b, ",\"type\":");
		json_str(&b, m->attachments[i].type);
		buf_printf(&b, ",\"size\":%zu}", m->attachments[i].size);
	}
	buf_addc(&b, ']');
	return buf_release(&b);
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
	sm.mailbox = j->mailbox;
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

static const char *
pick_lang(struct job *j)
{
	if (j->m->lang[0] != '\0')
		return j->m->lang;
	if (j->c.language != NULL && *j->c.language != '\0')
		return j->c.language;
	return j->d->conf->default_lang;
}

static void
var(struct strv *names, struct strv *values, const char *n, const char *v)
{
	strv_add(names, n);
	strv_add(values, v != NULL ? v : "");
}

/* The variables every template may use, plus the rule's captures. */
static void
template_vars(struct job *j, struct strv *names, struct strv *values)
{
	char		 date[64];
	struct tm	 tm;
	time_t		 t = j->m->date ? j->m->date : time(NULL);
	size_t		 i;

#define VAR(n, v) var(names, values, n, v)
	gmtime_r(&t, &tm);
	strftime(date, sizeof date, "%Y-%m-%d %H:%M UTC", &tm);
	VAR("case.ref", j->c.ref);
	VAR("case.queue", j->c.queue);
	VAR("case.priority", j->c.priority);
	VAR("case.status", j->c.status);
	VAR("customer.name", *j->m->from.name ? j->m->from.name :
	    j->m->from.addr);
	VAR("customer.address", j->m->from.addr);
	VAR("message.subject", j->m->subject);
	VAR("message.date", date);
	VAR("desk.address", j->d->conf->desk_address);
	VAR("desk.name", j->d->conf->desk_name);
	for (i = 0; i < j->rr.var_names.n && i < j->rr.var_values.n; i++)
		VAR(j->rr.var_names.v[i], j->rr.var_values.v[i]);
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

/*
 * Compose one mail of the case and put it in the outbox, and on the case.
 * kind names it on the case ("ack", "reply", "notify", "forward").
 */
static int
queue_mail(struct job *j, const char *kind, const char *to_name,
    const char *to_addr, const char *subject, const char *body,
    const char *auto_submitted, int attach, char **cause)
{
	struct desk	*d = j->d;
	struct outmsg	 o;
	struct strv	 refs, rcpts;
	struct store_msg sm;
	char		*raw = NULL, *msgid = NULL, *reply_to, *dedup, *subj;
	size_t		 i;
	int		 rv = -1;

	memset(&refs, 0, sizeof refs);
	memset(&rcpts, 0, sizeof rcpts);
	for (i = 0; i < j->m->references.n; i++)
		strv_add(&refs, j->m->references.v[i]);
	if (j->m->message_id != NULL)
		strv_add(&refs, j->m->message_id);
	reply_to = thread_reply_address(d->conf, j->c.ref);
	subj = tag_subject(j->c.ref, subject);

	memset(&o, 0, sizeof o);
	o.from_name = d->conf->desk_name;
	o.from_addr = d->conf->desk_address;
	o.to_name = to_name;
	o.to_addr = to_addr;
	o.reply_to = reply_to;
	o.subject = subj;
	o.in_reply_to = j->m->message_id;
	o.references = &refs;
	o.auto_submitted = auto_submitted;
	o.case_ref = j->c.ref;
	o.body = body;
	if (attach) {
		o.attach_raw = j->m->raw;
		o.attach_len = j->m->rawlen;
	}
	if (outmsg_build(&o, &raw, &msgid, cause) == -1)
		goto out;
	strv_add(&rcpts, to_addr);
	if (store_out_add(d->st, j->c.id, msgid, d->conf->envelope_from,
	    &rcpts, subj, raw, auto_submitted != NULL &&
	    strcmp(auto_submitted, "auto-replied") == 0, NULL, cause) == -1)
		goto out;

	/* The case shows what we sent, as it went out. */
	xasprintf(&dedup, "mid:%s", msgid);
	memset(&sm, 0, sizeof sm);
	sm.case_id = j->c.id;
	sm.direction = "out";
	sm.kind = kind;
	sm.dedup = dedup;
	sm.message_id = msgid;
	sm.mailbox = "";
	sm.sender = d->conf->desk_address;
	sm.subject = subj;
	sm.date = time(NULL);
	sm.language = "";
	sm.body = body;
	sm.raw = raw;
	sm.rawlen = strlen(raw);
	rv = store_msg_add(d->st, &sm, NULL, cause);
	free(dedup);
	if (rv == 0) {
		char	*detail;

		xasprintf(&detail, "%s to %s", kind, to_addr);
		store_event(d->st, j->c.id, "mail-queued", "supportd", detail);
		free(detail);
	}
out:
	free(raw);
	free(msgid);
	free(reply_to);
	free(subj);
	strv_free(&refs);
	strv_free(&rcpts);
	return rv;
}

/* Answer the customer with template name, if the rules of answering allow. */
static int
reply_customer(struct job *j, const char *tmpl, char **cause)
{
	struct desk	*d = j->d;
	struct strv	 names, values;
	char		*subject = NULL, *body = NULL, used[8], *why;
	const char	*to_name, *to_addr;
	time_t		 hour_ago = time(NULL) - 3600;
	int		 rv = 0;

	/*
	 * Reply-To is honoured for a new case (a web form's mail), but on an
	 * existing case only when the case knows that address: otherwise a
	 * forged From plus a Reply-To of one's own would be sent the case's
	 * signed reply address.
	 */
	to_addr = j->m->from.addr;
	to_name = j->m->from.name;
	if (j->m->reply_to != NULL && *j->m->reply_to->addr != '\0' &&
	    (j->is_new || store_contact_known(d->st, j->c.id,
	    j->m->reply_to->addr))) {
		to_addr = j->m->reply_to->addr;
		to_name = j->m->reply_to->name;
	}

	if (d->quiet)
		return 0;
	if (j->scr.kind != SCREEN_HUMAN || j->rr.drop)
		return 0;
	if (!screen_answerable(d->conf, to_addr) ||
	    !outmsg_addr_ok(to_addr)) {
		xasprintf(&why, "not answered: %s cannot take an automatic "
		    "answer", *to_addr ? to_addr : "(no address)");
		store_event(d->st, j->c.id, "no-reply", "supportd", why);
		free(why);
		return 0;
	}
	if (d->conf->autoreply_limit > 0 && store_autoreplies_since(d->st,
	    to_addr, hour_ago) >= d->conf->autoreply_limit) {
		xasprintf(&why, "not answered: %s already had %d automatic "
		    "answers this hour", to_addr, d->conf->autoreply_limit);
		store_event(d->st, j->c.id, "no-reply", "supportd", why);
		log_info("%s: %s", j->c.ref, why);
		free(why);
		return 0;
	}

	memset(&names, 0, sizeof names);
	memset(&values, 0, sizeof values);
	template_vars(j, &names, &values);
	if (tmpl_render(d->tmpls, tmpl, pick_lang(j), &names, &values,
	    &subject, &body, used, cause) == -1)
		rv = -1;
	else
		rv = queue_mail(j, strcmp(tmpl, d->conf->ack_template) == 0 ?
		    "ack" : "reply", to_name, to_addr, subject, body,
		    "auto-replied", 0, cause);
	free(subject);
	free(body);
	strv_free(&names);
	strv_free(&values);
	return rv;
}

/* Tell an agent, a supervisor or a forwarding address about the mail. */
static int
notify(struct job *j, const char *kind, const char *addr, int attach,
    char **cause)
{
	char		*subject, *body;
	size_t		 blen;
	int		 rv;

	if (!outmsg_addr_ok(addr)) {
		xasprintf(cause, "%s: bad address \"%s\"", kind, addr);
		return -1;
	}
	xasprintf(&subject, "%s: %s", strcmp(kind, "escalate") == 0 ?
	    "Escalated" : j->is_new ? "New case" : "Customer reply",
	    j->m->subject);
	/* The whole text is in the case; a notice carries a bounded part. */
	blen = strlen(j->m->body);
	if (blen > NOTIFY_BODY_MAX) {
		blen = NOTIFY_BODY_MAX;
		while (blen > 0 && ((unsigned char)j->m->body[blen] & 0xc0) ==
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
	    j->c.ref, j->c.queue, j->c.priority, j->c.status,
	    j->m->from.name, j->m->from.addr, j->m->lang, (int)blen,
	    j->m->body, blen < strlen(j->m->body) ? "\n[... cut: the whole "
	    "message is on the case]" : "");
	rv = queue_mail(j, kind, "", addr, subject, body, "auto-generated",
	    attach, cause);
	free(subject);
	free(body);
	return rv;
}

static int
reload_case(struct job *j)
{
	int64_t	 id = j->c.id;

	store_case_clear(&j->c);
	return store_case_get(j->d->st, id, &j->c);
}

/* Decide what the message does to its case, and do it. */
static int
apply(struct job *j, int64_t case_id, struct ingest_result *res,
    char **cause)
{
	struct desk		*d = j->d;
	struct store_case	 nc;
	struct rules_input	 in;
	size_t			 i;
	int64_t			 linked = 0;
	const char		*queue;

	if (case_id != 0) {
		if (store_case_get(d->st, case_id, &j->c) == -1) {
			xasprintf(cause, "case %lld vanished", (long long)case_id);
			return -1;
		}
		/* A closed case: reopen it or start a new one, by policy. */
		if (strcmp(j->c.status, "closed") == 0 &&
		    j->scr.kind == SCREEN_HUMAN &&
		    (d->conf->closed_policy == CLOSED_NEWCASE ||
		    (d->conf->reopen_days > 0 && j->c.updated <
		    time(NULL) - (time_t)d->conf->reopen_days * 86400))) {
			linked = j->c.id;
			store_case_clear(&j->c);
			case_id = 0;
		}
	}
	j->is_new = case_id == 0;

	memset(&in, 0, sizeof in);
	in.msg = j->m;
	in.mailbox = j->mailbox ? j->mailbox : "";
	in.is_new = j->is_new;
	if (!j->is_new) {
		in.queue = j->c.queue;
		in.status = j->c.status;
		in.tags = &j->c.tags;
	}
	rules_eval(d->rules, &in, &j->rr, NULL);

	if (j->rr.quarantine) {
		xasprintf(cause, "quarantined by rule %s", j->rr.matched.n ?
		    j->rr.matched.v[j->rr.matched.n - 1] : "?");
		return 1;
	}
	if (j->is_new && j->rr.drop) {
		res->what = INGEST_RECORDED;
		snprintf(res->note, sizeof res->note, "dropped by rule %s",
		    j->rr.matched.n ? j->rr.matched.v[j->rr.matched.n - 1] :
		    "?");
		return record(j, 0, "dropped", cause);
	}

	if (j->is_new) {
		queue = j->rr.queue;
		if (queue == NULL) {
			queue = d->conf->default_queue;
			for (i = 0; i < d->conf->nmailboxes; i++)
				if (j->mailbox != NULL && strcmp(j->mailbox,
				    d->conf->mailboxes[i].imap.name) == 0)
					queue = d->conf->mailboxes[i].queue;
		}
		memset(&nc, 0, sizeof nc);
		nc.status = j->rr.status ? j->rr.status : "new";
		nc.queue = (char *)queue;
		nc.priority = j->rr.priority ? j->rr.priority : "normal";
		nc.subject = j->m->subject;
		nc.customer = j->m->from.addr;
		nc.customer_name = j->m->from.name;
		nc.language = j->m->lang;
		nc.assignee = j->rr.assignee;
		nc.linked = linked;
		nc.tags = j->rr.tags;
		if (store_case_new(d->st, d->conf->case_prefix, &nc, &case_id,
		    cause) == -1)
			return -1;
		if (store_case_get(d->st, case_id, &j->c) == -1) {
			xasprintf(cause, "new case %lld unreadable",
			    (long long)case_id);
			return -1;
		}
		store_event(d->st, case_id, "created", j->m->from.addr,
		    linked ? "follows a closed case" : "");
		if (j->scr.kind != SCREEN_HUMAN)
			store_case_tag(d->st, case_id, "auto");
		res->what = INGEST_NEW;
	} else {
		const char *status = j->rr.status;

		/* The customer wrote back: the ball is in our court again. */
		if (status == NULL && j->scr.kind == SCREEN_HUMAN &&
		    (strcmp(j->c.status, "pending") == 0 ||
		    strcmp(j->c.status, "resolved") == 0 ||
		    strcmp(j->c.status, "closed") == 0))
			status = "open";
		if (status != NULL)
			store_case_set(d->st, j->c.id, "status", status,
			    j->m->from.addr);
		if (j->rr.queue != NULL)
			store_case_set(d->st, j->c.id, "queue", j->rr.queue,
			    "rules");
		if (j->rr.priority != NULL)
			store_case_set(d->st, j->c.id, "priority",
			    j->rr.priority, "rules");
		if (j->rr.assignee != NULL)
			store_case_set(d->st, j->c.id, "assignee",
			    j->rr.assignee, "rules");
		for (i = 0; i < j->rr.tags.n; i++)
			store_case_tag(d->st, j->c.id, j->rr.tags.v[i]);
		store_case_touch(d->st, j->c.id);
		store_event(d->st, j->c.id, "message", j->m->from.addr,
		    j->m->subject);
		if (reload_case(j) == -1) {
			xasprintf(cause, "case unreadable");
			return -1;
		}
		res->what = INGEST_UPDATE;
	}
	snprintf(res->ref, sizeof res->ref, "%s", j->c.ref);
	if (j->rr.matched.n > 0) {
		struct buf	 b;

		buf_init(&b, 4096);
		for (i = 0; i < j->rr.matched.n; i++)
			buf_printf(&b, "%s%s", i ? " " : "", j->rr.matched.v[i]);
		store_event(d->st, j->c.id, "rules", "rules", b.data);
		buf_free(&b);
	}

	/* Whoever writes on the thread is known to the case from now on. */
	store_contact_add(d->st, j->c.id, j->m->from.addr);
	if (record(j, j->c.id, j->scr.kind == SCREEN_HUMAN ? "customer" :
	    "auto", cause) == -1)
		return -1;

	/* Answers: the rule's template, else an acknowledgement if new. */
	if (j->rr.reply != NULL) {
		if (reply_customer(j, j->rr.reply, cause) == -1)
			return -1;
	} else if (j->is_new) {
		if (reply_customer(j, d->conf->ack_template, cause) == -1)
			return -1;
	}
	for (i = 0; i < j->rr.notify.n; i++)
		if (notify(j, "notify", j->rr.notify.v[i], 0, cause) == -1)
			return -1;
	for (i = 0; i < j->rr.forward.n; i++)
		if (notify(j, "forward", j->rr.forward.v[i], 1, cause) == -1)
			return -1;
	if (j->rr.escalate) {
		store_event(d->st, j->c.id, "escalated", "rules", "");
		if (d->conf->supervisor != NULL &&
		    notify(j, "escalate", d->conf->supervisor, 0, cause) == -1)
			return -1;
	}
	return 0;
}

/* A bounce names the mail it returns; find that mail's case. */
static int64_t
bounce_case(struct desk *d, const struct mime_message *m)
{
	const char	*p = m->raw, *end = m->raw + m->rawlen, *lt, *gt;
	int64_t		 id;
	char		*mid;

	while (p < end && (p = memmem(p, (size_t)(end - p), "Message-I",
	    9)) != NULL) {
		p += 9;
		if (p + 3 > end || strncasecmp(p, "d:", 2) != 0)
			continue;
		lt = memchr(p, '<', (size_t)(end - p) < 256 ?
		    (size_t)(end - p) : 256);
		if (lt == NULL)
			continue;
		gt = memchr(lt, '>', (size_t)(end - lt) < 998 ?
		    (size_t)(end - lt) : 998);
		if (gt == NULL)
			continue;
		mid = xstrndup(lt + 1, (size_t)(gt - lt - 1));
		id = (m->message_id != NULL && strcmp(mid, m->message_id) == 0)
		    ? 0 : store_case_by_msgid(d->st, mid);
		free(mid);
		if (id != 0)
			return id;
	}
	return 0;
}

static int
quarantine(struct desk *d, const char *mailbox, uint32_t uid,
    const char *raw, size_t len, const char *reason,
    struct ingest_result *res, char **cause)
{
	int64_t	 id;

	if (store_quarantine(d->st, mailbox, uid, reason, raw, len,
	    &id) == -1) {
		xasprintf(cause, "cannot quarantine: %s", reason);
		return -1;
	}
	res->what = INGEST_QUARANTINED;
	snprintf(res->ref, sizeof res->ref, "Q-%lld", (long long)id);
	snprintf(res->note, sizeof res->note, "%s", reason);
	log_warnx("%s%s%s: quarantined as %s: %s", mailbox ? mailbox : "",
	    mailbox && *mailbox ? " " : "", uid ? "uid" : "message",
	    res->ref, reason);
	return 0;
}

int
ingest_message(struct desk *d, const char *mailbox, uint32_t uid,
    const char *raw, size_t len, struct ingest_result *res, char **cause)
{
	struct job		 j;
	struct thread_result	 tr;
	char			*why = NULL, *dedup;
	int			 rv;

	memset(res, 0, sizeof *res);
	memset(&j, 0, sizeof j);
	j.d = d;
	j.mailbox = mailbox;

	if (mime_parse(raw, len, d->conf->fallback_charset, &j.m, &why) == -1) {
		rv = quarantine(d, mailbox, uid, raw, len, why ? why :
		    "unparseable", res, cause);
		free(why);
		return rv;
	}

	dedup = dedup_key(j.m);
	if (store_msg_seen(d->st, dedup)) {
		int64_t	 id = store_case_by_dedup(d->st, dedup);

		if (id != 0 && store_case_get(d->st, id, &j.c) == 0) {
			snprintf(res->ref, sizeof res->ref, "%s", j.c.ref);
			store_case_clear(&j.c);
		}
		res->what = INGEST_DUPLICATE;
		snprintf(res->note, sizeof res->note, "already have %s",
		    dedup);
		free(dedup);
		mime_free(j.m);
		return 0;
	}
	free(dedup);

	if (store_savepoint(d->st) == -1) {
		xasprintf(cause, "store: cannot open a savepoint");
		mime_free(j.m);
		return -1;
	}
	screen_message(d->conf, j.m, &j.scr);
	switch (j.scr.kind) {
	case SCREEN_BOUNCE:
		tr.case_id = bounce_case(d, j.m);
		if (tr.case_id == 0)
			thread_find(d->st, d->conf, j.m, &tr);
		rv = record(&j, tr.case_id, "bounce", &why);
		if (rv == 0 && tr.case_id != 0) {
			store_event(d->st, tr.case_id, "bounce", j.m->from.addr,
			    j.m->subject);
			if (store_case_get(d->st, tr.case_id, &j.c) == 0)
				snprintf(res->ref, sizeof res->ref, "%s",
				    j.c.ref);
			res->what = INGEST_UPDATE;
		} else
			res->what = INGEST_RECORDED;
		snprintf(res->note, sizeof res->note, "bounce (%s)",
		    j.scr.why);
		break;
	case SCREEN_LOOP:
		rv = record(&j, 0, "loop", &why);
		res->what = INGEST_RECORDED;
		snprintf(res->note, sizeof res->note, "loop (%s)", j.scr.why);
		break;
	default:
		thread_find(d->st, d->conf, j.m, &tr);
		rv = apply(&j, tr.case_id, res, &why);
		if (rv == 0 && res->note[0] == '\0')
			snprintf(res->note, sizeof res->note, "%s%s%s",
			    thread_how_name(tr.how), j.scr.kind == SCREEN_AUTO ?
			    ", automatic: " : "", j.scr.kind == SCREEN_AUTO ?
			    j.scr.why : "");
		break;
	}

	if (rv != 0) {
		/* Undo the half-done work; keep the bytes and the reason. */
		store_rollback_to(d->st);
		memset(res, 0, sizeof *res);
		rv = quarantine(d, mailbox, uid, raw, len, why ? why :
		    "processing failed", res, cause);
	} else
		store_release(d->st);
	free(why);
	store_case_clear(&j.c);
	rules_result_free(&j.rr);
	mime_free(j.m);
	return rv;
}

const char *
ingest_what_name(int what)
{
	switch (what) {
	case INGEST_NEW:
		return "new";
	case INGEST_UPDATE:
		return "update";
	case INGEST_DUPLICATE:
		return "duplicate";
	case INGEST_RECORDED:
		return "recorded";
	case INGEST_QUARANTINED:
		return "quarantined";
	}
	return "?";
}
