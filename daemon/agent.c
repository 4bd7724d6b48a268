/*
 * agent.c -- reading an agent's mail and deciding what its commands do.
 *
 * Commands stand on the lines at the top of the mail, one per line, each
 * "#word" with at most one argument, before any other text: "#close" in
 * the middle of a sentence, or after the first line of the answer, is
 * text for the customer.  A mail is obeyed whole or not at all, so an
 * agent never has to guess which half of a mistaken mail took effect.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "agent.h"
#include "log.h"
#include "xmalloc.h"

#define REFUSAL_MAX	(16U * 1024)

static const struct {
	const char	*name;
	int		 arg;
	int		 supervisor;	/* only supervisors may */
} cmds[CMD_N] = {
	[CMD_CLOSE] = { "close", 0, 0 },
	[CMD_RESOLVE] = { "resolve", 0, 0 },
	[CMD_PENDING] = { "pending", 0, 0 },
	[CMD_OPEN] = { "open", 0, 0 },
	[CMD_ASSIGN] = { "assign", 1, 0 },
	[CMD_TAKE] = { "take", 0, 0 },
	[CMD_QUEUE] = { "queue", 1, 0 },
	[CMD_PRIORITY] = { "priority", 1, 0 },
	[CMD_TAG] = { "tag", 1, 0 },
	[CMD_UNTAG] = { "untag", 1, 0 },
	[CMD_COMMENT] = { "comment", 0, 0 },
	[CMD_MERGE] = { "merge", 1, 1 },
	[CMD_LINK] = { "link", 1, 0 },
};

const char *
agent_cmd_name(enum agent_cmd_kind k)
{
	return (unsigned)k < CMD_N ? cmds[k].name : "?";
}

int
agent_cmd_parse(const char *word, enum agent_cmd_kind *out)
{
	int	 i;

	for (i = 0; i < CMD_N; i++)
		if (strcasecmp(cmds[i].name, word) == 0) {
			*out = (enum agent_cmd_kind)i;
			return 0;
		}
	return -1;
}

int
agent_cmd_takes_arg(enum agent_cmd_kind k)
{
	return (unsigned)k < CMD_N && cmds[k].arg;
}

/* A word an argument may be: letters, digits and "-_.@+" (a queue, a tag). */
static int
word_ok(const char *w)
{
	const unsigned char	*p;

	if (*w == '\0' || strlen(w) > 64)
		return 0;
	for (p = (const unsigned char *)w; *p != '\0'; p++)
		if (!isalnum(*p) && *p < 0x80 && strchr("-_.@+", *p) == NULL)
			return 0;
	return 1;
}

static void
read_error(struct agent_mail *am, const char *line, size_t len,
    const char *why)
{
	char	*msg;

	xasprintf(&msg, "\"%.*s\": %s", (int)(len > 80 ? 80 : len), line,
	    why);
	strv_add(&am->errors, msg);
	free(msg);
}

/* One "#word [arg]" line; 0 when it was read (or refused), -1: not one. */
static int
read_cmd(struct agent_mail *am, const char *line, size_t len)
{
	char			 word[32], *arg = NULL;
	const char		*p = line + 1, *e = line + len, *w;
	enum agent_cmd_kind	 k;
	size_t			 n;

	for (w = p; p < e && isalpha((unsigned char)*p); p++)
		;
	if (p == w || (p < e && !isspace((unsigned char)*p)))
		return -1;		/* "#1 in line", "#!": text */
	n = (size_t)(p - w);
	if (n >= sizeof word) {
		read_error(am, line, len, "unknown command");
		return 0;
	}
	memcpy(word, w, n);
	word[n] = '\0';
	while (p < e && isspace((unsigned char)*p))
		p++;
	while (e > p && isspace((unsigned char)e[-1]))
		e--;
	if (agent_cmd_parse(word, &k) == -1) {
		read_error(am, line, len, "unknown command");
		return 0;
	}
	if (e > p)
		arg = xstrndup(p, (size_t)(e - p));
	if (cmds[k].arg && (arg == NULL || !word_ok(arg))) {
		read_error(am, line, len, arg == NULL ? "needs a value" :
		    "is not a single word");
		free(arg);
		return 0;
	}
	if (!cmds[k].arg && arg != NULL) {
		read_error(am, line, len, "takes no value");
		free(arg);
		return 0;
	}
	if (am->ncmds >= AGENT_CMDS_MAX) {
		read_error(am, line, len, "too many commands");
		free(arg);
		return 0;
	}
	am->cmds = xreallocarray(am->cmds, am->ncmds + 1, sizeof *am->cmds);
	memset(&am->cmds[am->ncmds], 0, sizeof am->cmds[am->ncmds]);
	am->cmds[am->ncmds].kind = k;
	am->cmds[am->ncmds].arg = arg;
	am->ncmds++;
	return 0;
}

void
agent_read(const char *text, struct agent_mail *am)
{
	const char	*p = text, *nl, *s;
	size_t		 len;

	memset(am, 0, sizeof *am);
	for (;;) {
		/* Blank lines between commands are allowed. */
		while (*p == '\n' || *p == ' ' || *p == '\t' || *p == '\r')
			p++;
		if (*p != '#')
			break;
		nl = strchr(p, '\n');
		len = nl ? (size_t)(nl - p) : strlen(p);
		if (read_cmd(am, p, len) == -1)
			break;
		p += len;
		if (am->ncmds > 0 &&
		    am->cmds[am->ncmds - 1].kind == CMD_COMMENT)
			break;		/* the rest is the note */
	}
	/* The text, without leading and trailing blank lines. */
	for (;;) {
		len = strspn(p, " \t\r");
		if (p[len] != '\n')
			break;
		p += len + 1;
	}
	for (s = p + strlen(p); s > p && isspace((unsigned char)s[-1]); s--)
		;
	am->text = xstrndup(p, (size_t)(s - p));
}

void
agent_mail_free(struct agent_mail *am)
{
	size_t	 i;

	for (i = 0; i < am->ncmds; i++) {
		free(am->cmds[i].arg);
		free(am->cmds[i].other_customer);
	}
	free(am->cmds);
	free(am->text);
	strv_free(&am->errors);
	memset(am, 0, sizeof *am);
}

int
agent_resolve(struct store *st, struct agent_mail *am, char **cause)
{
	struct store_case	 c;
	size_t			 i;
	int			 r;

	for (i = 0; i < am->ncmds; i++) {
		if (am->cmds[i].kind != CMD_MERGE &&
		    am->cmds[i].kind != CMD_LINK)
			continue;
		if ((r = store_case_by_ref(st, am->cmds[i].arg, &c,
		    cause)) == -1)
			return -1;
		if (r == 0)
			continue;
		am->cmds[i].other = c.id;
		am->cmds[i].other_status = c.status;
		am->cmds[i].other_customer = xstrdup(c.customer);
		store_case_clear(&c);
	}
	return 0;
}

static void
refuse(struct agent_effect *e, const struct agent_cmd *c, const char *fmt,
    ...) __attribute__((format(printf, 3, 4)));

static void
refuse(struct agent_effect *e, const struct agent_cmd *c, const char *fmt,
    ...)
{
	va_list	 ap;
	char	*why;

	va_start(ap, fmt);
	xvasprintf(&why, fmt, ap);
	va_end(ap);
	if (c != NULL)
		buf_printf(&e->refusal, "#%s%s%s: %s\n", cmds[c->kind].name,
		    c->arg ? " " : "", c->arg ? c->arg : "", why);
	else
		buf_printf(&e->refusal, "%s\n", why);
	free(why);
}

static void
set_status(struct agent_effect *e, const struct agent_cmd *c,
    enum case_status s)
{
	if (e->set_status && e->status != s) {
		refuse(e, c, "two different statuses in one mail");
		return;
	}
	e->set_status = 1;
	e->status = s;
}

/* #assign NAME and #take: one assignee per mail, an agent that exists. */
static void
decide_assign(const struct config *conf, const struct agent_conf *a,
    const struct agent_cmd *k, struct agent_effect *e)
{
	const struct agent_conf	*to;

	to = k->kind == CMD_TAKE ? a : config_agent_named(conf, k->arg);
	if (to == NULL) {
		refuse(e, k, "no agent is called \"%s\"", k->arg);
		return;
	}
	if (e->assignee != NULL && strcmp(e->assignee, to->name) != 0) {
		refuse(e, k, "assigned twice in one mail");
		return;
	}
	e->assignee = to->name;
	if (to != a)
		e->notify_agent = to->name;
}

/* #priority P: a known priority; urgent only from a supervisor. */
static void
decide_priority(int supervisor, const struct store_case *c,
    const struct agent_cmd *k, struct agent_effect *e)
{
	enum case_priority	 pr;

	if (case_priority_parse(k->arg, &pr) == -1) {
		refuse(e, k, "not a priority (low, normal, high, urgent)");
		return;
	}
	if (pr == PRIO_URGENT && !supervisor) {
		refuse(e, k, "only a supervisor of queue %s may "
		    "make a case urgent", c->queue);
		return;
	}
	e->set_priority = 1;
	e->priority = pr;
}

/* #merge REF and #link REF: another case that exists; one merge a mail. */
static void
decide_relation(const struct store_case *c, const struct agent_cmd *k,
    struct agent_effect *e)
{
	if (k->other == 0)
		refuse(e, k, "no such case");
	else if (k->other == c->id)
		refuse(e, k, "that is this case");
	else if (k->kind == CMD_MERGE && e->merge != 0)
		refuse(e, k, "one merge per mail");
	else if (k->kind == CMD_MERGE) {
		e->merge = k->other;
		e->merge_customer = k->other_customer;
	} else
		e->link = k->other;
}

/* One command into e; 1 when it is #comment (the text is a note). */
static int
decide_cmd(const struct config *conf, const struct agent_conf *a,
    int supervisor, const struct store_case *c, const struct agent_cmd *k,
    struct agent_effect *e)
{
	if (cmds[k->kind].supervisor && !supervisor) {
		refuse(e, k, "only a supervisor of queue %s may do that",
		    c->queue);
		return 0;
	}
	switch (k->kind) {
	case CMD_CLOSE:
		set_status(e, k, CASE_CLOSED);
		break;
	case CMD_RESOLVE:
		set_status(e, k, CASE_RESOLVED);
		break;
	case CMD_PENDING:
		set_status(e, k, CASE_PENDING);
		break;
	case CMD_OPEN:
		set_status(e, k, CASE_OPEN);
		break;
	case CMD_ASSIGN:
	case CMD_TAKE:
		decide_assign(conf, a, k, e);
		break;
	case CMD_QUEUE:
		e->queue = k->arg;
		break;
	case CMD_PRIORITY:
		decide_priority(supervisor, c, k, e);
		break;
	case CMD_TAG:
		strv_add(&e->tags, k->arg);
		break;
	case CMD_UNTAG:
		strv_add(&e->untags, k->arg);
		break;
	case CMD_COMMENT:
		return 1;
	case CMD_MERGE:
	case CMD_LINK:
		decide_relation(c, k, e);
		break;
	default:
		refuse(e, k, "not understood");
		break;
	}
	return 0;
}

/* A refused mail: nothing of it is done, only the refusal stays. */
static void
effect_drop(struct agent_effect *e)
{
	strv_free(&e->tags);
	strv_free(&e->untags);
	e->set_status = e->set_priority = 0;
	e->assignee = e->queue = e->notify_agent = NULL;
	e->merge = e->link = 0;
	e->merge_customer = NULL;
}

/*
 * The text after the commands: a note (#comment) or the answer.
 * Answered, the case waits on the customer (answer-status); taken,
 * someone is working on it now.
 */
static void
decide_text(const struct config *conf, const struct store_case *c,
    const struct agent_mail *am, int comment, struct agent_effect *e)
{
	if (comment)
		e->note = am->text;
	else if (*am->text != '\0')
		e->answer = am->text;
	if (!e->set_status && e->answer != NULL) {
		e->set_status = 1;
		e->status = (enum case_status)conf->answer_status;
	} else if (!e->set_status && c->status == CASE_NEW &&
	    e->assignee != NULL) {
		e->set_status = 1;
		e->status = CASE_OPEN;
	}
}

void
agent_decide(const struct config *conf, const struct agent_conf *a,
    int supervisor, const struct store_case *c, const struct agent_mail *am,
    struct agent_effect *e)
{
	size_t	 i;
	int	 comment = 0;

	memset(e, 0, sizeof *e);
	buf_init(&e->refusal, REFUSAL_MAX);
	for (i = 0; i < am->errors.n; i++)
		refuse(e, NULL, "%s", am->errors.v[i]);
	for (i = 0; i < am->ncmds; i++)
		if (decide_cmd(conf, a, supervisor, c, &am->cmds[i], e))
			comment = 1;
	if (comment && *am->text == '\0')
		refuse(e, NULL, "#comment: the note is empty");
	if (e->refusal.len > 0) {
		effect_drop(e);
		return;
	}
	decide_text(conf, c, am, comment, e);
}

void
agent_effect_free(struct agent_effect *e)
{
	strv_free(&e->tags);
	strv_free(&e->untags);
	buf_free(&e->refusal);
	memset(e, 0, sizeof *e);
}
