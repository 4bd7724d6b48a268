/*
 * config.c -- reading supportd.conf.
 *
 * The grammar is line-oriented: "keyword value..." per line, '#' starts a
 * comment, values may be double-quoted (with \" and \\ escapes), and
 * "smtp {" / "mailbox NAME {" open blocks closed by "}".  Every problem is
 * reported as file:line: message, and all of them are reported, not just
 * the first: an admin fixes a config in one pass.
 */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <limits.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "case.h"
#include "config.h"
#include "crypto.h"
#include "log.h"
#include "xmalloc.h"

#define CONFIG_MAX_TOKENS	16
#define CONFIG_MAX_LINE		4096

struct parse {
	const char	*file;
	int		 line;
	struct strv	*errors;
	int		 nerrors;
	int		 handled;	/* keyword known, but its values wrong */
};

/* Record "file:line: message", or "file: message" without a line. */
static void
verr(struct parse *p, int withline, const char *fmt, va_list ap)
{
	char	*msg, *full;

	xvasprintf(&msg, fmt, ap);
	if (withline)
		xasprintf(&full, "%s:%d: %s", p->file, p->line, msg);
	else
		xasprintf(&full, "%s: %s", p->file, msg);
	strv_add(p->errors, full);
	free(full);
	free(msg);
	p->nerrors++;
}

static void perr(struct parse *, const char *, ...)
    __attribute__((format(printf, 2, 3)));
static void perr_file(struct parse *, const char *, ...)
    __attribute__((format(printf, 2, 3)));

static void
perr(struct parse *p, const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	verr(p, 1, fmt, ap);
	va_end(ap);
}

/* An error about the whole file, such as a required keyword missing. */
static void
perr_file(struct parse *p, const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	verr(p, 0, fmt, ap);
	va_end(ap);
}

/* Split a line into tokens; quoted strings keep their spaces. */
static int
tokenize(struct parse *p, char *line, char **tok, int max)
{
	char	*s = line, *d;
	int	 n = 0;

	for (;;) {
		while (*s == ' ' || *s == '\t' || *s == '\r')
			s++;
		if (*s == '\0' || *s == '#' || *s == '\n')
			break;
		if (n == max) {
			perr(p, "too many words on one line");
			return -1;
		}
		if (*s == '"') {
			tok[n++] = d = ++s;
			while (*s != '"') {
				if (*s == '\0' || *s == '\n') {
					perr(p, "unterminated quoted string");
					return -1;
				}
				if (*s == '\\' && (s[1] == '"' || s[1] == '\\'))
					s++;
				*d++ = *s++;
			}
			s++;
			*d = '\0';
			if (*s != '\0' && *s != ' ' && *s != '\t' &&
			    *s != '\n' && *s != '\r') {
				perr(p, "missing space after quoted string");
				return -1;
			}
			if (*s != '\0')
				s++;
			continue;
		}
		tok[n++] = s;
		while (*s != '\0' && *s != ' ' && *s != '\t' && *s != '\n' &&
		    *s != '\r')
			s++;
		if (*s != '\0')
			*s++ = '\0';
	}
	return n;
}

/*
 * Can users other than the owner and its group get at path?  Only when
 * every directory above it lets others through: a 0644 file in a 0700
 * directory is private.  When in doubt, yes.
 */
static int
others_reach(const char *path)
{
	struct stat	 sb;
	char		 rp[PATH_MAX], *slash;

	if (realpath(path, rp) == NULL)
		return 1;
	while ((slash = strrchr(rp, '/')) != NULL) {
		if (slash == rp)
			rp[1] = '\0';
		else
			*slash = '\0';
		if (stat(rp, &sb) == -1)
			return 1;
		if ((sb.st_mode & S_IXOTH) == 0)
			return 0;
		if (slash == rp)
			break;
	}
	return 1;
}

/*
 * Refuse (an error "path: why", -1) a file that other users can write, or
 * read when what it holds is secret (what says which secret, else NULL).
 */
static int
check_private(const struct stat *sb, const char *path, const char *what,
    struct strv *errors)
{
	char		*msg;
	unsigned	 mode = (unsigned)sb->st_mode & 07777;

	if ((sb->st_mode & S_IWOTH) != 0 && others_reach(path))
		xasprintf(&msg, "%s: other users can write it (mode %04o); "
		    "chmod o-w %s", path, mode, path);
	else if (what != NULL && (sb->st_mode & S_IROTH) != 0 &&
	    others_reach(path))
		xasprintf(&msg, "%s: %s, and other users can read it (mode "
		    "%04o); chmod o-r %s", path, what, mode, path);
	else
		return 0;
	strv_add(errors, msg);
	free(msg);
	return -1;
}

static char *
path_resolve(const struct config *c, const char *v)
{
	char	*p;

	if (*v == '/')
		return xstrdup(v);
	xasprintf(&p, "%s/%s", c->dir, v);
	return p;
}

/*
 * The `database` value: a PostgreSQL connection string as it is, a SQLite
 * path ("sqlite:PATH" or bare) relative to the config's directory.  NULL
 * when it holds a password, which belongs in a password file.
 */
static char *
database_resolve(const struct config *c, const char *v)
{
	const char	*rest, *at, *colon;
	char		*p, *q;

	if (strncmp(v, "postgresql://", 13) == 0 ||
	    strncmp(v, "postgres://", 11) == 0) {
		rest = strstr(v, "://") + 3;
		at = strchr(rest, '@');
		colon = strchr(rest, ':');
		if (strstr(v, "password=") != NULL ||
		    (at != NULL && colon != NULL && colon < at))
			return NULL;
		return xstrdup(v);
	}
	if (strncmp(v, "sqlite:", 7) == 0) {
		q = path_resolve(c, v + 7);
		xasprintf(&p, "sqlite:%s", q);
		free(q);
		return p;
	}
	return path_resolve(c, v);
}

static int
parse_int(struct parse *p, const char *kw, const char *v, long min, long max,
    int *out)
{
	char	*end;
	long	 n;

	errno = 0;
	n = strtol(v, &end, 10);
	if (*v == '\0' || *end != '\0' || errno != 0 || n < min || n > max) {
		perr(p, "%s: \"%s\" is not a number from %ld to %ld", kw, v,
		    min, max);
		return -1;
	}
	*out = (int)n;
	return 0;
}

/*
 * A CPU time such as 10s, 500ms, 200us or a bare number of seconds, in
 * microseconds; 0 is no limit, -1 an error.  At most a day.
 */
static long
parse_cpu(const char *v)
{
	char	*end;
	long	 n, mul;

	errno = 0;
	n = strtol(v, &end, 10);
	if (end == v || errno != 0 || n < 0 || n > 86400L * 1000 * 1000)
		return -1;
	if (*end == '\0' || strcmp(end, "s") == 0)
		mul = 1000 * 1000;
	else if (strcmp(end, "ms") == 0)
		mul = 1000;
	else if (strcmp(end, "us") == 0)
		mul = 1;
	else
		return -1;
	if (n > 86400L * 1000 * 1000 / mul)
		return -1;
	return n * mul;
}

static int
parse_bool(struct parse *p, const char *kw, const char *v, int *out)
{
	if (strcmp(v, "yes") == 0 || strcmp(v, "on") == 0 ||
	    strcmp(v, "true") == 0)
		*out = 1;
	else if (strcmp(v, "no") == 0 || strcmp(v, "off") == 0 ||
	    strcmp(v, "false") == 0)
		*out = 0;
	else {
		perr(p, "%s: expected yes or no, not \"%s\"", kw, v);
		return -1;
	}
	return 0;
}

/* An address we put on the wire: no controls, no brackets, one @. */
static int
valid_addr(const char *a)
{
	const char	*at = strchr(a, '@');
	const char	*s;

	if (at == NULL || at == a || at[1] == '\0' || strchr(at + 1, '@'))
		return 0;
	for (s = a; *s; s++)
		if ((unsigned char)*s <= ' ' || *s == '<' || *s == '>' ||
		    *s == '"' || *s == ',' || (unsigned char)*s == 0x7f)
			return 0;
	return 1;
}

/* An address keyword: complain about a bad one, but keep it. */
static void
check_addr(struct parse *p, const char *kw, const char *v)
{
	if (!valid_addr(v))
		perr(p, "%s: \"%s\" is not an address", kw, v);
}

static void
setstr(char **dst, const char *v)
{
	free(*dst);
	*dst = xstrdup(v);
}

static int
want(struct parse *p, int ntok, int n, const char *kw)
{
	p->handled = 1;
	if (ntok != n) {
		if (n == 2)
			perr(p, "%s takes one value", kw);
		else
			perr(p, "%s takes %d values", kw, n - 1);
		return 0;
	}
	return 1;
}

/* A domain as an account may name it: letters, digits, dots, dashes. */
static int
valid_domain(const char *s)
{
	if (*s == '\0' || *s == '.' || strchr(s, '.') == NULL)
		return 0;
	for (; *s != '\0'; s++)
		if (!isalnum((unsigned char)*s) && *s != '.' && *s != '-')
			return 0;
	return 1;
}

static struct agent_conf *
new_agent(struct parse *p, struct config *c, const char *name)
{
	struct agent_conf	*a;
	size_t			 i;

	for (i = 0; i < c->nagents; i++)
		if (strcmp(c->agents[i].name, name) == 0)
			perr(p, "agent \"%s\" is defined twice", name);
	c->agents = xreallocarray(c->agents, c->nagents + 1,
	    sizeof *c->agents);
	a = &c->agents[c->nagents++];
	memset(a, 0, sizeof *a);
	a->name = xstrdup(name);
	a->line = p->line;
	return a;
}

/* A time zone the C library can load: a file under /usr/share/zoneinfo. */
static int
valid_zone(const char *z)
{
	char	 path[PATH_MAX];

	if (strcmp(z, "UTC") == 0)
		return 1;
	if (*z == '\0' || *z == '/' || strstr(z, "..") != NULL)
		return 0;
	snprintf(path, sizeof path, "/usr/share/zoneinfo/%s", z);
	return access(path, R_OK) == 0;
}

/* "sla QUEUE PRIORITY first-response D resolution D" (either may go). */
static void
kw_sla(struct parse *p, struct config *c, char **tok, int n)
{
	struct sla_target	 t;
	long			 d;
	int			 i;

	p->handled = 1;
	memset(&t, 0, sizeof t);
	if (n < 5 || (n - 3) % 2 != 0) {
		perr(p, "sla takes a queue, a priority and "
		    "first-response or resolution times");
		return;
	}
	if (strcmp(tok[2], "*") != 0 &&
	    case_priority_parse(tok[2], &(enum case_priority){ 0 }) == -1) {
		perr(p, "sla: \"%s\" is not a priority or *", tok[2]);
		return;
	}
	for (i = 3; i + 1 < n; i += 2) {
		if ((d = sla_duration(tok[i + 1])) <= 0) {
			perr(p, "sla: %s: \"%s\" is not a duration such as "
			    "30m or 8h", tok[i], tok[i + 1]);
			return;
		}
		if (strcmp(tok[i], "first-response") == 0)
			t.first_response = d;
		else if (strcmp(tok[i], "resolution") == 0)
			t.resolution = d;
		else {
			perr(p, "sla: expected first-response or resolution, "
			    "not \"%s\"", tok[i]);
			return;
		}
	}
	t.queue = xstrdup(tok[1]);
	t.priority = xstrdup(tok[2]);
	t.line = p->line;
	c->slas = xreallocarray(c->slas, c->nslas + 1, sizeof *c->slas);
	c->slas[c->nslas++] = t;
}

/* Inside "agent NAME {". */
static void
agent_keyword(struct parse *p, struct agent_conf *a, char **tok, int n)
{
	int	 i;

	p->handled = 1;
	if (strcmp(tok[0], "address") == 0 && want(p, n, 2, tok[0])) {
		if (!valid_addr(tok[1]))
			perr(p, "agent %s: \"%s\" is not an address", a->name,
			    tok[1]);
		setstr(&a->address, tok[1]);
	} else if (strcmp(tok[0], "language") == 0 && want(p, n, 2, tok[0])) {
		if (strlen(tok[1]) < 2 || strlen(tok[1]) > 7)
			perr(p, "language: \"%s\" is not a language code",
			    tok[1]);
		setstr(&a->language, tok[1]);
	} else if (strcmp(tok[0], "queues") == 0 ||
	    strcmp(tok[0], "supervises") == 0) {
		if (n < 2)
			perr(p, "%s takes one or more queues", tok[0]);
		for (i = 1; i < n; i++)
			strv_add(tok[0][0] == 'q' ? &a->queues :
			    &a->supervises, tok[i]);
	} else
		perr(p, "unknown keyword \"%s\" in agent %s", tok[0],
		    a->name);
}

static void
smtp_keyword(struct parse *p, struct config *c, char **tok, int n)
{
	struct smtp_conf *s = &c->smtp;
	int		  v;

	if (strcmp(tok[0], "url") == 0 && want(p, n, 2, tok[0])) {
		if (strncmp(tok[1], "smtp://", 7) != 0 &&
		    strncmp(tok[1], "smtps://", 8) != 0)
			perr(p, "url must start with smtp:// or smtps://");
		setstr(&s->url, tok[1]);
	} else if (strcmp(tok[0], "starttls") == 0 && want(p, n, 2, tok[0])) {
		if (parse_bool(p, tok[0], tok[1], &v) == 0)
			s->starttls = v;
	} else if (strcmp(tok[0], "tls") == 0 && want(p, n, 2, tok[0])) {
		if ((v = smtp_tls_parse(tok[1])) == -1)
			perr(p, "tls: expected none, starttls or smtps, not "
			    "\"%s\"", tok[1]);
		else {
			s->tls = v;
			c->smtp_tls_line = p->line;
		}
	} else if (strcmp(tok[0], "tls-verify") == 0 && want(p, n, 2, tok[0])) {
		if (parse_bool(p, tok[0], tok[1], &v) == 0)
			s->tls_verify = v;
	} else if (strcmp(tok[0], "cafile") == 0 && want(p, n, 2, tok[0])) {
		free(s->cafile);
		s->cafile = path_resolve(c, tok[1]);
	} else if (strcmp(tok[0], "user") == 0 && want(p, n, 2, tok[0]))
		setstr(&s->user, tok[1]);
	else if (strcmp(tok[0], "password") == 0 && want(p, n, 2, tok[0])) {
		setstr(&s->password, tok[1]);
		c->inline_password = 1;
	} else if (strcmp(tok[0], "password-command") == 0 &&
	    want(p, n, 2, tok[0]))
		setstr(&c->smtp_password_command, tok[1]);
	else if (strcmp(tok[0], "auth") == 0 && want(p, n, 2, tok[0])) {
		if (strcmp(tok[1], "plain") == 0 || strcmp(tok[1], "login") == 0)
			c->smtp_xoauth2 = 0;
		else if (strcmp(tok[1], "xoauth2") == 0)
			c->smtp_xoauth2 = 1;
		else
			perr(p, "auth: expected plain, login or xoauth2, not "
			    "\"%s\"", tok[1]);
	} else if (strcmp(tok[0], "helo") == 0 && want(p, n, 2, tok[0]))
		setstr(&s->helo, tok[1]);
	else if (strcmp(tok[0], "timeout") == 0 && want(p, n, 2, tok[0])) {
		if (parse_int(p, tok[0], tok[1], 1, 3600, &v) == 0)
			s->timeout = v;
	} else if (strcmp(tok[0], "envelope-from") == 0 &&
	    want(p, n, 2, tok[0])) {
		check_addr(p, tok[0], tok[1]);
		setstr(&c->envelope_from, tok[1]);
	} else if (strcmp(tok[0], "sessions") == 0 && want(p, n, 2, tok[0])) {
		if (parse_int(p, tok[0], tok[1], 1, 64, &v) == 0)
			s->sessions = v;
	} else if (strcmp(tok[0], "messages-per-session") == 0 &&
	    want(p, n, 2, tok[0])) {
		if (parse_int(p, tok[0], tok[1], 1, 100000, &v) == 0)
			s->per_session = v;
	} else if (strcmp(tok[0], "max-attempts") == 0 &&
	    want(p, n, 2, tok[0])) {
		if (parse_int(p, tok[0], tok[1], 1, 1000, &v) == 0)
			c->max_attempts = v;
	} else if (!p->handled)
		perr(p, "unknown smtp keyword \"%s\"", tok[0]);
}

static void
mailbox_keyword(struct parse *p, struct config *c, struct mailbox_conf *m,
    char **tok, int n)
{
	struct imap_conf *i = &m->imap;
	int		  v;

	if (strcmp(tok[0], "host") == 0 && want(p, n, 2, tok[0]))
		setstr(&i->host, tok[1]);
	else if (strcmp(tok[0], "port") == 0 && want(p, n, 2, tok[0])) {
		if (parse_int(p, tok[0], tok[1], 1, 65535, &v) == 0)
			i->port = v;
	} else if (strcmp(tok[0], "tls") == 0 && want(p, n, 2, tok[0])) {
		if (strcmp(tok[1], "none") == 0)
			i->tls = IMAP_TLS_NONE;
		else if (strcmp(tok[1], "starttls") == 0)
			i->tls = IMAP_TLS_STARTTLS;
		else if (strcmp(tok[1], "imaps") == 0 ||
		    strcmp(tok[1], "implicit") == 0)
			i->tls = IMAP_TLS_IMPLICIT;
		else
			perr(p, "tls: expected none, starttls or imaps, not "
			    "\"%s\"", tok[1]);
	} else if (strcmp(tok[0], "tls-verify") == 0 && want(p, n, 2, tok[0])) {
		if (parse_bool(p, tok[0], tok[1], &v) == 0)
			i->tls_verify = v;
	} else if (strcmp(tok[0], "cafile") == 0 && want(p, n, 2, tok[0])) {
		free(i->cafile);
		i->cafile = path_resolve(c, tok[1]);
	} else if (strcmp(tok[0], "user") == 0 && want(p, n, 2, tok[0]))
		setstr(&i->user, tok[1]);
	else if (strcmp(tok[0], "password") == 0 && want(p, n, 2, tok[0])) {
		setstr(&i->password, tok[1]);
		c->inline_password = 1;
	} else if (strcmp(tok[0], "password-file") == 0 && want(p, n, 2, tok[0])) {
		free(m->password_file);
		m->password_file = path_resolve(c, tok[1]);
	} else if (strcmp(tok[0], "password-command") == 0 &&
	    want(p, n, 2, tok[0]))
		setstr(&m->password_command, tok[1]);
	else if (strcmp(tok[0], "auth") == 0 && want(p, n, 2, tok[0])) {
		if (strcmp(tok[1], "plain") == 0 || strcmp(tok[1], "login") == 0)
			i->auth = IMAP_AUTH_PLAIN;
		else if (strcmp(tok[1], "xoauth2") == 0)
			i->auth = IMAP_AUTH_XOAUTH2;
		else
			perr(p, "auth: expected plain, login or xoauth2, not "
			    "\"%s\"", tok[1]);
	} else if (strcmp(tok[0], "folder") == 0 && want(p, n, 2, tok[0]))
		setstr(&i->folder, tok[1]);
	else if (strcmp(tok[0], "move-to") == 0 && want(p, n, 2, tok[0]))
		setstr(&i->move_to, tok[1]);
	else if (strcmp(tok[0], "expunge") == 0 && want(p, n, 2, tok[0])) {
		if (parse_bool(p, tok[0], tok[1], &v) == 0)
			i->expunge = v;
	} else if (strcmp(tok[0], "queue") == 0 && want(p, n, 2, tok[0]))
		setstr(&m->queue, tok[1]);
	else if (strcmp(tok[0], "timeout") == 0 && want(p, n, 2, tok[0])) {
		if (parse_int(p, tok[0], tok[1], 1, 3600, &v) == 0)
			i->timeout = v;
	} else if (strcmp(tok[0], "first-start") == 0 && want(p, n, 2, tok[0])) {
		if (strcmp(tok[1], "all") == 0)
			m->first_start = FIRST_ALL;
		else if (strcmp(tok[1], "quiet") == 0)
			m->first_start = FIRST_QUIET;
		else if (strcmp(tok[1], "now") == 0)
			m->first_start = FIRST_NOW;
		else
			perr(p, "first-start: expected all, quiet or now, not "
			    "\"%s\"", tok[1]);
	} else if (!p->handled)
		perr(p, "unknown mailbox keyword \"%s\"", tok[0]);
}

/*
 * The top-level keywords, one parser each.  Each is called only with the
 * number of words its table row asks for (or, for those whose row says 0,
 * any number: they count their words themselves).
 */
typedef void (*kw_parse)(struct parse *, struct config *, char **, int);

/* Replace *dst with v resolved against the config's directory. */
static void
setpath(const struct config *c, char **dst, const char *v)
{
	free(*dst);
	*dst = path_resolve(c, v);
}

static void
kw_desk_name(struct parse *p, struct config *c, char **tok, int n)
{
	setstr(&c->desk_name, tok[1]);
}

static void
kw_desk_address(struct parse *p, struct config *c, char **tok, int n)
{
	check_addr(p, tok[0], tok[1]);
	setstr(&c->desk_address, tok[1]);
}

static void
kw_address(struct parse *p, struct config *c, char **tok, int n)
{
	check_addr(p, tok[0], tok[1]);
	strv_add(&c->addresses, tok[1]);
}

static void
kw_case_prefix(struct parse *p, struct config *c, char **tok, int n)
{
	const char	*s;

	for (s = tok[1]; *s; s++)
		if (!isalnum((unsigned char)*s))
			break;
	if (*s != '\0' || s == tok[1] || s - tok[1] > 16)
		perr(p, "case-prefix: 1 to 16 letters or digits, not \"%s\"",
		    tok[1]);
	setstr(&c->case_prefix, tok[1]);
}

static void
kw_database(struct parse *p, struct config *c, char **tok, int n)
{
	free(c->database);
	if ((c->database = database_resolve(c, tok[1])) == NULL) {
		perr(p, "database: a password in the connection "
		    "string; put it in a password file (PGPASSFILE)");
		c->database = path_resolve(c, "supportd.db");
	}
}

static void
kw_rules(struct parse *p, struct config *c, char **tok, int n)
{
	setpath(c, &c->rules_dir, tok[1]);
}

static void
kw_templates(struct parse *p, struct config *c, char **tok, int n)
{
	setpath(c, &c->templates_dir, tok[1]);
}

static void
kw_secret_file(struct parse *p, struct config *c, char **tok, int n)
{
	setpath(c, &c->secret_file, tok[1]);
}

static void
kw_default_language(struct parse *p, struct config *c, char **tok, int n)
{
	if (strlen(tok[1]) < 2 || strlen(tok[1]) > 3)
		perr(p, "default-language: a two-letter code such as "
		    "en, not \"%s\"", tok[1]);
	setstr(&c->default_lang, tok[1]);
}

static void
kw_fallback_charset(struct parse *p, struct config *c, char **tok, int n)
{
	setstr(&c->fallback_charset, tok[1]);
}

static void
kw_ack_template(struct parse *p, struct config *c, char **tok, int n)
{
	setstr(&c->ack_template, tok[1]);
}

static void
kw_default_queue(struct parse *p, struct config *c, char **tok, int n)
{
	setstr(&c->default_queue, tok[1]);
}

static void
kw_closed_policy(struct parse *p, struct config *c, char **tok, int n)
{
	if (strcmp(tok[1], "reopen") == 0)
		c->closed_policy = CLOSED_REOPEN;
	else if (strcmp(tok[1], "new-case") == 0)
		c->closed_policy = CLOSED_NEWCASE;
	else
		perr(p, "closed-policy: expected reopen or new-case, "
		    "not \"%s\"", tok[1]);
}

static void
kw_answer_status(struct parse *p, struct config *c, char **tok, int n)
{
	if (strcmp(tok[1], "pending") == 0)
		c->answer_status = CASE_PENDING;
	else if (strcmp(tok[1], "open") == 0)
		c->answer_status = CASE_OPEN;
	else
		perr(p, "answer-status: expected pending or open, not "
		    "\"%s\"", tok[1]);
}

static void
kw_business_hours(struct parse *p, struct config *c, char **tok, int n)
{
	const char	*why;

	if (sla_hours(&c->hours, tok[1], tok[2], &why) == -1)
		perr(p, "business-hours: %s", why);
}

static void
kw_timezone(struct parse *p, struct config *c, char **tok, int n)
{
	if (!valid_zone(tok[1]))
		perr(p, "timezone: \"%s\" is not a zone of "
		    "/usr/share/zoneinfo", tok[1]);
	setstr(&c->timezone, tok[1]);
}

static void
kw_holidays(struct parse *p, struct config *c, char **tok, int n)
{
	setpath(c, &c->holidays_file, tok[1]);
}

static void
kw_sla_warning(struct parse *p, struct config *c, char **tok, int n)
{
	parse_int(p, tok[0], tok[1], 1, 99, &c->sla_warning);
}

/* A wait such as 7d, 12h or 0 (never) into *out, seconds. */
static void
parse_wait(struct parse *p, char **tok, long *out)
{
	long	 d = sla_duration(tok[1]);

	if (d < 0)
		perr(p, "%s: \"%s\" is not a duration such as 7d, "
		    "12h or 0", tok[0], tok[1]);
	else
		*out = d;
}

static void
kw_autoclose_pending(struct parse *p, struct config *c, char **tok, int n)
{
	parse_wait(p, tok, &c->autoclose_pending);
}

static void
kw_autoclose_resolved(struct parse *p, struct config *c, char **tok, int n)
{
	parse_wait(p, tok, &c->autoclose_resolved);
}

static void
kw_followup(struct parse *p, struct config *c, char **tok, int n)
{
	parse_wait(p, tok, &c->followup);
}

/* "report-weekly DAY HH:MM": one day, named as business-hours names it. */
static void
kw_report_weekly(struct parse *p, struct config *c, char **tok, int n)
{
	struct bizhours	 b = { 0 };
	const char	*why;
	int		 h = -1, m = -1, i;
	char		 end;

	if (strpbrk(tok[1], "-,") != NULL ||
	    sla_hours(&b, tok[1], "00:00-00:01", &why) == -1 ||
	    strlen(tok[2]) != 5 ||
	    sscanf(tok[2], "%2d:%2d%c", &h, &m, &end) != 2 || h < 0 ||
	    h > 23 || m < 0 || m > 59) {
		perr(p, "report-weekly: a day and a time, such as mon 08:00");
		return;
	}
	for (i = 0; i < 7; i++)
		if (b.close[i] != 0) {
			c->report_day = i;
			c->report_minute = h * 60 + m;
		}
}

static void
kw_reopen_days(struct parse *p, struct config *c, char **tok, int n)
{
	parse_int(p, tok[0], tok[1], 0, 3650, &c->reopen_days);
}

static void
kw_autoreply_limit(struct parse *p, struct config *c, char **tok, int n)
{
	parse_int(p, tok[0], tok[1], 0, 1000, &c->autoreply_limit);
}

static void
kw_autoreply_domain_limit(struct parse *p, struct config *c, char **tok,
    int n)
{
	parse_int(p, tok[0], tok[1], 0, 1000000, &c->autoreply_domain_limit);
}

static void
kw_message_cpu_limit(struct parse *p, struct config *c, char **tok, int n)
{
	if ((c->message_cpu_us = parse_cpu(tok[1])) == -1)
		perr(p, "message-cpu-limit: a time such as 10s, 500ms "
		    "or 0 (no limit), not \"%s\"", tok[1]);
}

static void
kw_poll_interval(struct parse *p, struct config *c, char **tok, int n)
{
	parse_int(p, tok[0], tok[1], 1, 86400, &c->poll_interval);
}

static void
kw_batch_size(struct parse *p, struct config *c, char **tok, int n)
{
	parse_int(p, tok[0], tok[1], 1, 10000, &c->batch_size);
}

static void
kw_workers(struct parse *p, struct config *c, char **tok, int n)
{
	parse_int(p, tok[0], tok[1], 0, 8, &c->workers);
}

/* "agent NAME ADDRESS", the one-line form of an agent block. */
static void
kw_agent(struct parse *p, struct config *c, char **tok, int n)
{
	if (!valid_addr(tok[2]))
		perr(p, "agent %s: \"%s\" is not an address", tok[1], tok[2]);
	new_agent(p, c, tok[1])->address = xstrdup(tok[2]);
}

/* "account AGENT ADDRESS-OR-DOMAIN...". */
static void
kw_account(struct parse *p, struct config *c, char **tok, int n)
{
	int	 i;

	if (n < 3)
		perr(p, "account takes an agent's name and addresses "
		    "or domains");
	for (i = 2; i < n; i++) {
		if (strchr(tok[i], '@') != NULL ? !valid_addr(tok[i]) :
		    !valid_domain(tok[i])) {
			perr(p, "account %s: \"%s\" is neither an "
			    "address nor a domain", tok[1], tok[i]);
			continue;
		}
		c->accounts = xreallocarray(c->accounts,
		    c->naccounts + 1, sizeof *c->accounts);
		c->accounts[c->naccounts].pattern = xstrdup(tok[i]);
		c->accounts[c->naccounts].agent = xstrdup(tok[1]);
		c->naccounts++;
	}
}

static void
kw_user(struct parse *p, struct config *c, char **tok, int n)
{
	if (getpwnam(tok[1]) == NULL)
		perr(p, "user: no user \"%s\" on this system (create "
		    "it: adduser --system --group %s)", tok[1], tok[1]);
	setstr(&c->user, tok[1]);
}

static void
kw_supervisor(struct parse *p, struct config *c, char **tok, int n)
{
	check_addr(p, tok[0], tok[1]);
	setstr(&c->supervisor, tok[1]);
}

/* The top-level keywords: name, words on the line (0: any), parser. */
static const struct keyword {
	const char	*name;
	int		 ntok;
	kw_parse	 parse;
} keywords[] = {
	{ "desk-name",			2, kw_desk_name },
	{ "desk-address",		2, kw_desk_address },
	{ "address",			2, kw_address },
	{ "case-prefix",		2, kw_case_prefix },
	{ "database",			2, kw_database },
	{ "rules",			2, kw_rules },
	{ "templates",			2, kw_templates },
	{ "secret-file",		2, kw_secret_file },
	{ "default-language",		2, kw_default_language },
	{ "fallback-charset",		2, kw_fallback_charset },
	{ "ack-template",		2, kw_ack_template },
	{ "default-queue",		2, kw_default_queue },
	{ "closed-policy",		2, kw_closed_policy },
	{ "answer-status",		2, kw_answer_status },
	{ "business-hours",		3, kw_business_hours },
	{ "timezone",			2, kw_timezone },
	{ "holidays",			2, kw_holidays },
	{ "sla",			0, kw_sla },
	{ "sla-warning",		2, kw_sla_warning },
	{ "autoclose-pending",		2, kw_autoclose_pending },
	{ "autoclose-resolved",		2, kw_autoclose_resolved },
	{ "followup",			2, kw_followup },
	{ "report-weekly",		3, kw_report_weekly },
	{ "reopen-days",		2, kw_reopen_days },
	{ "autoreply-limit",		2, kw_autoreply_limit },
	{ "autoreply-domain-limit",	2, kw_autoreply_domain_limit },
	{ "message-cpu-limit",		2, kw_message_cpu_limit },
	{ "poll-interval",		2, kw_poll_interval },
	{ "batch-size",			2, kw_batch_size },
	{ "workers",			2, kw_workers },
	{ "agent",			3, kw_agent },
	{ "account",			0, kw_account },
	{ "user",			2, kw_user },
	{ "supervisor",			2, kw_supervisor },
};

/* Look the line's keyword up in keywords[] and let its parser have it. */
static void
top_keyword(struct parse *p, struct config *c, char **tok, int n)
{
	size_t	 i;

	for (i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
		if (strcmp(tok[0], keywords[i].name) == 0)
			break;
	if (i == sizeof keywords / sizeof keywords[0]) {
		perr(p, "unknown keyword \"%s\"", tok[0]);
		return;
	}
	p->handled = 1;
	if (keywords[i].ntok != 0 && !want(p, n, keywords[i].ntok, tok[0]))
		return;
	keywords[i].parse(p, c, tok, n);
}

static void
defaults(struct config *c)
{
	c->desk_name = xstrdup("Support");
	c->case_prefix = xstrdup("CS");
	c->database = path_resolve(c, "supportd.db");
	c->rules_dir = path_resolve(c, "rules");
	c->templates_dir = path_resolve(c, "rules/templates");
	c->secret_file = path_resolve(c, "secret");
	c->default_lang = xstrdup("en");
	c->fallback_charset = xstrdup("windows-1252");
	c->ack_template = xstrdup("ack");
	c->default_queue = xstrdup("general");
	c->closed_policy = CLOSED_REOPEN;
	c->answer_status = CASE_PENDING;
	c->sla_warning = 80;
	c->report_day = -1;
	c->reopen_days = 0;
	c->autoreply_limit = 5;
	c->autoreply_domain_limit = 50;
	c->message_cpu_us = 10L * 1000 * 1000;
	c->poll_interval = 60;
	c->batch_size = 50;
	c->workers = -1;
	c->max_attempts = 12;
	c->smtp.tls_verify = 1;
	c->smtp.timeout = 60;
	c->smtp.sessions = 4;
	c->smtp.per_session = 100;	/* OpenSMTPD's cap */
}

/*
 * Write a new secret file whole or not at all: into a temporary file
 * first, then linked into place, so that a full disk or a crash never
 * leaves an empty secret that refuses every later start.  A secret that
 * another process linked first wins.  -1 with errno.
 */
static int
create_secret(const char *path, const char *hexkey)
{
	char	*tmp;
	int	 fd, rv = -1, saved;

	xasprintf(&tmp, "%s.%ld.tmp", path, (long)getpid());
	unlink(tmp);		/* a leftover of a crashed start of ours */
	fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL, 0600);
	if (fd != -1 && write(fd, hexkey, 64) == 64 &&
	    write(fd, "\n", 1) == 1 && fsync(fd) == 0 &&
	    (link(tmp, path) == 0 || errno == EEXIST))
		rv = 0;
	saved = errno;
	if (fd != -1)
		close(fd);
	unlink(tmp);
	free(tmp);
	errno = saved;
	return rv;
}

/*
 * Read the HMAC secret; with create, make a random one on first use.
 * Without it a missing file is no error (a check must not write files).
 */
static int
load_secret(struct config *c, int create, struct strv *errors)
{
	unsigned char	 rnd[32];
	struct stat	 sb;
	char		 hexkey[65], buf[512], *msg;
	ssize_t		 n;
	int		 fd;
	size_t		 i;

	fd = open(c->secret_file, O_RDONLY);
	if (fd == -1 && errno == ENOENT && !create)
		return 0;
	if (fd == -1 && errno == ENOENT) {
		if (crypto_random(rnd, sizeof rnd) == -1)
			goto fail;
		for (i = 0; i < sizeof rnd; i++)
			snprintf(hexkey + 2 * i, 3, "%02x", rnd[i]);
		if (create_secret(c->secret_file, hexkey) == -1)
			goto fail;
		fd = open(c->secret_file, O_RDONLY);
	}
	if (fd == -1)
		goto fail;
	if (fstat(fd, &sb) == -1) {
		close(fd);
		goto fail;
	}
	if (check_private(&sb, c->secret_file, "it holds the key that signs "
	    "reply addresses", errors) == -1) {
		close(fd);
		return -1;
	}
	n = read(fd, buf, sizeof buf - 1);
	close(fd);
	if (n < 0)
		goto fail;
	while (n > 0 && (buf[n - 1] == '\n' || buf[n - 1] == '\r'))
		n--;
	if (n < 16) {
		xasprintf(&msg, "%s: the secret must hold at least 16 "
		    "characters", c->secret_file);
		strv_add(errors, msg);
		free(msg);
		return -1;
	}
	c->secret = xstrndup(buf, (size_t)n);
	c->secretlen = (size_t)n;
	explicit_bzero(buf, sizeof buf);
	return 0;
fail:
	xasprintf(&msg, "%s: %s", c->secret_file, strerror(errno));
	strv_add(errors, msg);
	free(msg);
	return -1;
}

static int
load_password_file(struct mailbox_conf *m, struct strv *errors)
{
	FILE		*f;
	struct stat	 sb;
	char		 line[1024], *msg;

	if ((f = fopen(m->password_file, "r")) == NULL ||
	    fstat(fileno(f), &sb) == -1) {
		xasprintf(&msg, "%s: %s", m->password_file, strerror(errno));
		strv_add(errors, msg);
		free(msg);
		if (f != NULL)
			fclose(f);
		return -1;
	}
	if (check_private(&sb, m->password_file, "it holds a password",
	    errors) == -1) {
		fclose(f);
		return -1;
	}
	if (fgets(line, sizeof line, f) == NULL)
		line[0] = '\0';
	fclose(f);
	line[strcspn(line, "\r\n")] = '\0';
	freezero_str(m->imap.password);
	m->imap.password = xstrdup(line);
	explicit_bzero(line, sizeof line);
	return 0;
}

enum { BLOCK_TOP, BLOCK_SMTP, BLOCK_MAILBOX, BLOCK_AGENT };

/* Where config_load's reading is: which block, and what it fills in. */
struct reader {
	struct parse		 p;
	struct config		*c;
	int			 block;	/* BLOCK_* */
	struct mailbox_conf	*m;	/* in BLOCK_MAILBOX */
	struct agent_conf	*ag;	/* in BLOCK_AGENT */
};

/* "mailbox NAME {": its defaults; port 0 is chosen from tls at the end. */
static struct mailbox_conf *
new_mailbox(struct parse *p, struct config *c, const char *name)
{
	struct mailbox_conf	*m;
	size_t			 i;

	for (i = 0; i < c->nmailboxes; i++)
		if (strcmp(c->mailboxes[i].imap.name, name) == 0)
			perr(p, "mailbox \"%s\" is defined twice", name);
	c->mailboxes = xreallocarray(c->mailboxes, c->nmailboxes + 1,
	    sizeof *c->mailboxes);
	m = &c->mailboxes[c->nmailboxes++];
	memset(m, 0, sizeof *m);
	m->imap.name = xstrdup(name);
	m->imap.port = 0;
	m->imap.tls = IMAP_TLS_IMPLICIT;
	m->imap.tls_verify = 1;
	m->imap.folder = xstrdup("INBOX");
	m->imap.timeout = 60;
	m->first_start = FIRST_ALL;
	m->line = p->line;
	return m;
}

/* A line ending in "{": "smtp {", "mailbox NAME {" or "agent NAME {". */
static void
open_block(struct reader *r, char **tok, int n)
{
	struct parse	*p = &r->p;

	if (r->block != BLOCK_TOP) {
		perr(p, "blocks do not nest");
		return;
	}
	if (strcmp(tok[0], "smtp") == 0 && n == 2)
		r->block = BLOCK_SMTP;
	else if (strcmp(tok[0], "agent") == 0 && n == 3) {
		r->ag = new_agent(p, r->c, tok[1]);
		r->block = BLOCK_AGENT;
	} else if (strcmp(tok[0], "mailbox") == 0 && n == 3) {
		r->m = new_mailbox(p, r->c, tok[1]);
		r->block = BLOCK_MAILBOX;
	} else
		perr(p, "expected \"smtp {\", \"mailbox NAME {\" or "
		    "\"agent NAME {\"");
}

/* One line's words: a block opened or closed, or a keyword of the block. */
static void
read_words(struct reader *r, char **tok, int n)
{
	struct parse	*p = &r->p;

	if (strcmp(tok[n - 1], "{") == 0) {
		open_block(r, tok, n);
		return;
	}
	if (strcmp(tok[0], "}") == 0) {
		if (n != 1)
			perr(p, "nothing may follow \"}\"");
		if (r->block == BLOCK_TOP)
			perr(p, "\"}\" without a block");
		r->block = BLOCK_TOP;
		return;
	}
	p->handled = 0;
	if (r->block == BLOCK_SMTP)
		smtp_keyword(p, r->c, tok, n);
	else if (r->block == BLOCK_MAILBOX)
		mailbox_keyword(p, r->c, r->m, tok, n);
	else if (r->block == BLOCK_AGENT)
		agent_keyword(p, r->ag, tok, n);
	else
		top_keyword(p, r->c, tok, n);
}

/* Every line of f, each problem an error of its own. */
static void
read_lines(struct reader *r, FILE *f)
{
	char	 line[CONFIG_MAX_LINE], *tok[CONFIG_MAX_TOKENS];
	int	 n;

	while (fgets(line, sizeof line, f) != NULL) {
		r->p.line++;
		if (strchr(line, '\n') == NULL && !feof(f)) {
			perr(&r->p, "line longer than %d bytes",
			    CONFIG_MAX_LINE);
			while ((n = fgetc(f)) != EOF && n != '\n')
				;
			continue;
		}
		if ((n = tokenize(&r->p, line, tok, CONFIG_MAX_TOKENS)) <= 0)
			continue;
		read_words(r, tok, n);
	}
	if (r->block != BLOCK_TOP)
		perr(&r->p, "missing \"}\" at end of file");
}

/* The desk's own address and what follows from it; the file's mode. */
static void
check_desk(struct parse *p, struct config *c, const struct stat *sb)
{
	if (c->desk_address == NULL)
		perr_file(p, "desk-address is required");
	else if (!strv_has(&c->addresses, c->desk_address))
		strv_add(&c->addresses, c->desk_address);
	if (c->envelope_from == NULL && c->desk_address != NULL)
		c->envelope_from = xstrdup(c->desk_address);
	if (c->smtp_xoauth2) {
		c->smtp.oauth_token = c->smtp.password;
		c->smtp.password = NULL;
	}
	if (check_private(sb, p->file, c->inline_password ?
	    "it holds a password" : NULL, p->errors) == -1)
		p->nerrors++;
}

/* "tls" in smtp { } against the url's scheme and "starttls". */
static void
check_smtp_tls(struct parse *p, struct config *c)
{
	int	 implicit;

	p->line = c->smtp_tls_line;
	if (c->smtp.url == NULL || p->line <= 0)
		return;
	implicit = strncmp(c->smtp.url, "smtps://", 8) == 0;
	if (implicit && c->smtp.tls != SMTP_TLS_SMTPS)
		perr(p, "tls %s: the url is smtps://, TLS from the start",
		    smtp_tls_name(c->smtp.tls));
	else if (!implicit && c->smtp.tls == SMTP_TLS_SMTPS)
		perr(p, "tls smtps needs an smtps:// url");
	else if (c->smtp.tls == SMTP_TLS_NONE && c->smtp.starttls)
		perr(p, "tls none, but starttls yes");
}

/* Each mailbox: what it must have, its password file, its defaults. */
static void
check_mailboxes(struct parse *p, struct config *c)
{
	struct mailbox_conf	*m;
	size_t			 i;

	for (i = 0; i < c->nmailboxes; i++) {
		m = &c->mailboxes[i];
		p->line = m->line;
		if (m->imap.host == NULL)
			perr(p, "mailbox %s: host is required", m->imap.name);
		if (m->imap.user == NULL)
			perr(p, "mailbox %s: user is required", m->imap.name);
		if (m->password_file != NULL &&
		    load_password_file(m, p->errors) == -1)
			p->nerrors++;
		if (m->imap.port == 0)
			m->imap.port = m->imap.tls == IMAP_TLS_IMPLICIT ?
			    993 : 143;
		if (m->queue == NULL)
			m->queue = xstrdup(c->default_queue);
		if (m->imap.auth == IMAP_AUTH_XOAUTH2) {
			m->imap.oauth_token = m->imap.password;
			m->imap.password = NULL;
		}
	}
}

/* Agents and accounts: addresses, languages, names that exist. */
static void
check_agents(struct parse *p, struct config *c)
{
	struct agent_conf	*a;
	size_t			 j;

	for (j = 0; j < c->nagents; j++) {
		a = &c->agents[j];
		p->line = a->line;
		if (a->address == NULL) {
			perr(p, "agent %s: address is required", a->name);
			a->address = xstrdup("");
		}
		if (a->language == NULL)
			a->language = xstrdup(c->default_lang);
	}
	for (j = 0; j < c->naccounts; j++)
		if (config_agent_named(c, c->accounts[j].agent) == NULL)
			perr_file(p, "account: no agent named \"%s\"",
			    c->accounts[j].agent);
	for (j = 0; j < c->nagents; j++)
		if (strv_has(&c->addresses, c->agents[j].address))
			perr_file(p, "agent %s uses a desk address, %s",
			    c->agents[j].name, c->agents[j].address);
}

/* What only the whole file can tell. */
static void
cross_check(struct parse *p, struct config *c, const struct stat *sb)
{
	char	*why;

	check_desk(p, c, sb);
	check_smtp_tls(p, c);
	check_mailboxes(p, c);
	check_agents(p, c);
	if (c->holidays_file != NULL &&
	    sla_holidays(&c->hours, c->holidays_file, &why) == -1) {
		strv_add(p->errors, why);
		free(why);
		p->nerrors++;
	}
}

/* A config with its defaults, its paths relative to path's directory. */
static struct config *
config_new(const char *path)
{
	struct config	*c;
	char		*tmp, rpath[PATH_MAX];

	c = xcalloc(1, sizeof *c);
	c->path = xstrdup(path);
	if (realpath(path, rpath) != NULL)
		tmp = xstrdup(rpath);
	else
		tmp = xstrdup(path);
	c->dir = xstrdup(dirname(tmp));
	free(tmp);
	defaults(c);
	return c;
}

int
config_load(const char *path, struct config **out, struct strv *errors)
{
	struct reader	 r;
	struct stat	 sb;
	struct config	*c;
	FILE		*f;
	char		*msg;

	*out = NULL;
	if ((f = fopen(path, "r")) == NULL || fstat(fileno(f), &sb) == -1) {
		xasprintf(&msg, "%s: %s", path, strerror(errno));
		strv_add(errors, msg);
		free(msg);
		if (f != NULL)
			fclose(f);
		return -1;
	}
	memset(&r, 0, sizeof r);
	r.p.file = path;
	r.p.errors = errors;
	r.c = c = config_new(path);
	read_lines(&r, f);
	fclose(f);
	cross_check(&r.p, c, &sb);
	/*
	 * Business hours are the desk's local time: this process keeps the
	 * desk's time zone from here on.
	 */
	if (c->timezone != NULL && r.p.nerrors == 0) {
		setenv("TZ", strcmp(c->timezone, "UTC") == 0 ? "UTC0" :
		    c->timezone, 1);
		tzset();
	}
	if (r.p.nerrors == 0 && load_secret(c, 0, errors) == -1)
		r.p.nerrors++;
	if (r.p.nerrors > 0) {
		config_free(c);
		return -1;
	}
	*out = c;
	return 0;
}

const char *
config_keyword(size_t i)
{
	return i < sizeof keywords / sizeof keywords[0] ?
	    keywords[i].name : NULL;
}

void
config_free(struct config *c)
{
	size_t	 i;

	if (c == NULL)
		return;
	for (i = 0; i < c->nmailboxes; i++) {
		struct mailbox_conf *m = &c->mailboxes[i];

		free(m->imap.name);
		free(m->imap.host);
		free(m->imap.cafile);
		free(m->imap.user);
		freezero_str(m->imap.password);
		freezero_str(m->imap.oauth_token);
		free(m->imap.folder);
		free(m->imap.move_to);
		free(m->queue);
		free(m->password_file);
		free(m->password_command);
	}
	free(c->mailboxes);
	for (i = 0; i < c->nagents; i++) {
		free(c->agents[i].name);
		free(c->agents[i].address);
		free(c->agents[i].language);
		strv_free(&c->agents[i].queues);
		strv_free(&c->agents[i].supervises);
	}
	free(c->agents);
	for (i = 0; i < c->naccounts; i++) {
		free(c->accounts[i].pattern);
		free(c->accounts[i].agent);
	}
	free(c->accounts);
	for (i = 0; i < c->nslas; i++) {
		free(c->slas[i].queue);
		free(c->slas[i].priority);
	}
	free(c->slas);
	sla_hours_free(&c->hours);
	free(c->timezone);
	free(c->holidays_file);
	free(c->smtp.url);
	free(c->smtp.cafile);
	free(c->smtp.user);
	freezero_str(c->smtp.password);
	freezero_str(c->smtp.oauth_token);
	free(c->smtp.helo);
	free(c->path);
	free(c->dir);
	free(c->desk_name);
	free(c->desk_address);
	strv_free(&c->addresses);
	free(c->case_prefix);
	free(c->database);
	free(c->rules_dir);
	free(c->templates_dir);
	free(c->secret_file);
	free(c->default_lang);
	free(c->fallback_charset);
	free(c->ack_template);
	free(c->default_queue);
	free(c->supervisor);
	free(c->user);
	free(c->envelope_from);
	free(c->smtp_password_command);
	freezero_str(c->secret);
	free(c);
}

int
config_secret(struct config *c, struct strv *errors)
{
	if (c->secret != NULL)
		return 0;
	return load_secret(c, 1, errors);
}

int
config_run_secret(const char *cmd, char **out, char **cause)
{
	FILE	*f;
	char	 line[8192];
	int	 status;

	if ((f = popen(cmd, "r")) == NULL) {
		xasprintf(cause, "password-command: %s", strerror(errno));
		return -1;
	}
	if (fgets(line, sizeof line, f) == NULL)
		line[0] = '\0';
	/* Drain the rest so the command does not die of SIGPIPE. */
	while (fgetc(f) != EOF)
		;
	status = pclose(f);
	line[strcspn(line, "\r\n")] = '\0';
	if (status != 0 || line[0] == '\0') {
		explicit_bzero(line, sizeof line);
		xasprintf(cause, "password-command failed (status %d%s)",
		    status, status == 0 ? ", no output" : "");
		return -1;
	}
	*out = xstrdup(line);
	explicit_bzero(line, sizeof line);
	return 0;
}

/* Run cmd and put its answer where the login method wants it. */
static int
fresh_secret(const char *cmd, int xoauth2, char **password, char **token,
    char **cause)
{
	char	*secret;

	if (cmd == NULL)
		return 0;
	if (config_run_secret(cmd, &secret, cause) == -1)
		return -1;
	if (xoauth2) {
		freezero_str(*token);
		*token = secret;
	} else {
		freezero_str(*password);
		*password = secret;
	}
	return 0;
}

int
config_mailbox_credentials(struct mailbox_conf *m, char **cause)
{
	return fresh_secret(m->password_command,
	    m->imap.auth == IMAP_AUTH_XOAUTH2, &m->imap.password,
	    &m->imap.oauth_token, cause);
}

int
config_smtp_credentials(struct config *c, char **cause)
{
	return fresh_secret(c->smtp_password_command, c->smtp_xoauth2,
	    &c->smtp.password, &c->smtp.oauth_token, cause);
}

/* Ours, also with a +tag: support+anything@ is support@. */
int
config_is_ours(const struct config *c, const char *addr)
{
	const char	*plus, *at;
	char		*plain;
	int		 ours;

	if (strv_has(&c->addresses, addr))
		return 1;
	if ((at = strchr(addr, '@')) == NULL ||
	    (plus = memchr(addr, '+', (size_t)(at - addr))) == NULL)
		return 0;
	xasprintf(&plain, "%.*s%s", (int)(plus - addr), addr, at);
	ours = strv_has(&c->addresses, plain);
	free(plain);
	return ours;
}

const struct mailbox_conf *
config_mailbox(const struct config *c, const char *name)
{
	size_t	 i;

	for (i = 0; name != NULL && i < c->nmailboxes; i++)
		if (strcmp(c->mailboxes[i].imap.name, name) == 0)
			return &c->mailboxes[i];
	return NULL;
}

const struct agent_conf *
config_agent(const struct config *c, const char *addr)
{
	size_t	 i;

	for (i = 0; addr != NULL && i < c->nagents; i++)
		if (strcasecmp(c->agents[i].address, addr) == 0)
			return &c->agents[i];
	return NULL;
}

const struct agent_conf *
config_agent_named(const struct config *c, const char *name)
{
	size_t	 i;

	for (i = 0; name != NULL && i < c->nagents; i++)
		if (strcasecmp(c->agents[i].name, name) == 0)
			return &c->agents[i];
	return NULL;
}

int
config_agent_serves(const struct agent_conf *a, const char *queue)
{
	return a->queues.n == 0 || strv_has(&a->queues, queue);
}

int
config_agent_supervises(const struct agent_conf *a, const char *queue)
{
	return strv_has(&a->supervises, "*") ||
	    strv_has(&a->supervises, queue);
}

const struct agent_conf *
config_account_agent(const struct config *c, const char *addr)
{
	const char	*at;
	size_t		 i;

	if (addr == NULL || (at = strrchr(addr, '@')) == NULL)
		return NULL;
	for (i = 0; i < c->naccounts; i++)
		if (strcasecmp(c->accounts[i].pattern, addr) == 0)
			return config_agent_named(c, c->accounts[i].agent);
	for (i = 0; i < c->naccounts; i++)
		if (strchr(c->accounts[i].pattern, '@') == NULL &&
		    strcasecmp(c->accounts[i].pattern, at + 1) == 0)
			return config_agent_named(c, c->accounts[i].agent);
	return NULL;
}
