/*
 * rules.c -- the rule engine.  Rule files are read in name order from one
 * directory and compiled once: every pattern goes through PCRE2 in UTF and
 * UCP mode (so \w and \b know Greek and Polish letters), with JIT when the
 * platform has it.  Evaluation runs every pattern under a match and depth
 * limit, so one bad regex or one hostile message costs bounded time and
 * simply does not match.  A literal prefilter spares most of that work:
 * each pattern on the subject, body or text names the words one of which
 * any match holds, all of them go into one automaton scanned once per
 * text, and a pattern whose words are all absent is not run (the result
 * is the same; only the time differs).  The grammar is documented in
 * supportd.rules(5).
 */
#define PCRE2_CODE_UNIT_WIDTH 8

#include <sys/stat.h>

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <pcre2.h>
#include <unistr.h>

#include "case.h"
#include "fold.h"
#include "learn.h"
#include "log.h"
#include "quote.h"
#include "rules.h"
#include "xmalloc.h"

#define RULES_MAX_FILE		(1024U * 1024)	/* one .rules file */
#define RULES_MAX_TEXT		(1024U * 1024)	/* subject/body examined */
#define RULES_MAX_ERRORS	100
#define RULES_MAX_DEPTH		32		/* nested not/parentheses */
#define RULES_MAX_CONDS		256		/* conditions in one rule */
#define RULES_MAX_CAPTURE	1024		/* bytes kept per capture */
#define RULES_MATCH_LIMIT	1000000
#define RULES_DEPTH_LIMIT	10000
#define RULES_HEAP_LIMIT	(20U * 1024)	/* KiB */
#define RULES_EXCERPT		40		/* bytes of context in traces */
#define RULES_MAX_SCORE		1000		/* |N| in "score QUEUE N" */
#define RULES_MAX_QUEUES	64		/* queues scored in one message */
#define RULES_MAX_WHY		512		/* bytes naming who scored */

/* Lexer */
enum tok_type { T_WORD, T_STRING, T_PATTERN, T_LPAREN, T_RPAREN, T_MATCH,
    T_FMATCH, T_EOF };

struct token {
	enum tok_type	 type;
	char		*s;
	char		 flags[8];	/* pattern flags, e.g. "a" */
	int		 line;
	int		 bol;		/* first token on its line */
};

/* Conditions */
enum field { F_SUBJECT, F_BODY, F_TEXT, F_FROM, F_TO, F_CC, F_HEADER,
    F_LANGUAGE, F_ATTACHMENT, F_ATTACHTYPE, F_MAILBOX, F_QUEUE, F_STATUS,
    F_BEST, F_LQUEUE, F_LPRIORITY };

static const struct {
	const char	*name;
	enum field	 field;
} fields[] = {
	{ "subject", F_SUBJECT }, { "body", F_BODY }, { "text", F_TEXT },
	{ "from", F_FROM }, { "to", F_TO }, { "cc", F_CC },
	{ "header", F_HEADER }, { "language", F_LANGUAGE },
	{ "attachment", F_ATTACHMENT }, { "attachment-type", F_ATTACHTYPE },
	{ "mailbox", F_MAILBOX }, { "queue", F_QUEUE }, { "status", F_STATUS },
	{ "best", F_BEST },
	{ "learned-queue", F_LQUEUE }, { "learned-priority", F_LPRIORITY },
};

enum cond_type { C_AND, C_OR, C_NOT, C_LEAF, C_NEW, C_REPLY, C_TAGGED };
enum cond_op { OP_IS, OP_RE };

struct pattern {
	pcre2_code	*code;
	int		 fold;		/* match folded pattern on folded text */
	int		 greek;		/* ... and on the Greeklish key too */
	struct strv	 names;		/* named groups */
	uint32_t	*numbers;	/* their group numbers */
	struct strv	 lits;		/* one of them occurs in any match */
	uint32_t	*litids;	/* their ids in the prefilter */
};

/*
 * The prefilter: every literal that some pattern needs (one of its
 * alternatives' plain words), in one Aho-Corasick automaton over bytes,
 * ASCII lower-cased.  One pass over a text says which literals occur; a
 * pattern none of whose literals occurs cannot match and is not run.
 */
struct lnode {
	uint32_t	 child;		/* first child, 0: none */
	uint32_t	 sibling;	/* next child of the same parent */
	uint32_t	 fail;		/* longest proper suffix in the trie */
	uint32_t	 dict;		/* nearest suffix node ending a literal */
	uint32_t	 lit;		/* literal id + 1 ending here, 0: none */
	unsigned char	 c;
};

struct lits {
	struct lnode	*v;		/* v[0] is the root */
	size_t		 n, cap;
	uint32_t	 root[256];	/* the root's children, 0: none */
	uint32_t	 nlit;
};

struct cond {
	enum cond_type	 type;
	struct cond	*a, *b;
	enum field	 field;
	char		*header;	/* F_HEADER: which one */
	enum cond_op	 op;
	char		*str;		/* OP_IS (folded), C_TAGGED */
	struct pattern	*re;
	char		*desc;		/* as written, for traces */
	int		 sure;		/* learned-*: least percent, 0 any */
};

/* Actions */
enum act_type { A_QUEUE, A_PRIORITY, A_TAG, A_ASSIGN, A_STATUS, A_REPLY,
    A_NOTIFY, A_FORWARD, A_ESCALATE, A_QUARANTINE, A_DROP, A_STOP,
    A_CONTINUE, A_SCORE };


static const struct {
	const char	*name;
	enum act_type	 type;
	int		 arg;		/* how many arguments it takes */
	const char *const *allowed;	/* NULL: any word */
} actions[] = {
	{ "queue", A_QUEUE, 1, NULL },
	{ "priority", A_PRIORITY, 1, case_priority_names },
	{ "tag", A_TAG, 1, NULL },
	{ "assign", A_ASSIGN, 1, NULL },
	{ "status", A_STATUS, 1, case_status_names },
	{ "reply", A_REPLY, 1, NULL },
	{ "notify", A_NOTIFY, 1, NULL },
	{ "forward", A_FORWARD, 1, NULL },
	{ "escalate", A_ESCALATE, 0, NULL },
	{ "quarantine", A_QUARANTINE, 0, NULL },
	{ "drop", A_DROP, 0, NULL },
	{ "stop", A_STOP, 0, NULL },
	{ "continue", A_CONTINUE, 0, NULL },
	{ "score", A_SCORE, 2, NULL },
};

struct action {
	enum act_type	 type;
	char		*arg;
	int		 n;		/* A_SCORE: points */
};

struct rule {
	char		*name;
	char		*file;
	int		 line;
	struct cond	*when;		/* NULL: always */
	struct cond	**captures;	/* C_LEAF with OP_RE */
	size_t		 ncaptures;
	struct action	*actions;
	size_t		 nactions;
	int		 cont;
	struct strv	 capnames;	/* every named group of the rule */
};

struct rules {
	struct rule		*v;
	size_t			 n;
	pcre2_match_context	*mctx;
	uint32_t		 maxgroups;
	struct learn_model	*model;		/* "model FILE", or NULL */
	char			*model_at;	/* file:line of that, loaded or not */
	struct lits		 lits;
	/* Subject, body, text: matched folded, or Greek transliterated. */
	unsigned char		 needfold[3], needgreek[3];
};

struct parser {
	struct token	*t;
	size_t		 n, i;
	const char	*file;
	struct strv	*errors;
	struct rules	*rs;
	struct rule	*rule;		/* being parsed */
	int		 nconds;	/* in this rule */
	int		 bad;
};

static void	 perr(struct parser *, int, const char *, ...)
		    __attribute__((format(printf, 3, 4)));
static void	 cond_free(struct cond *);

static void
rules_error(struct strv *errors, const char *file, int line, const char *fmt,
    va_list ap)
{
	char	*msg, *full;

	if (errors->n == RULES_MAX_ERRORS)
		strv_add(errors, "too many errors, giving up on the rest");
	if (errors->n > RULES_MAX_ERRORS)
		return;
	xvasprintf(&msg, fmt, ap);
	xasprintf(&full, "%s:%d: %s", file, line, msg);
	strv_add(errors, full);
	free(msg);
	free(full);
}

static void
perr(struct parser *p, int line, const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	rules_error(p->errors, p->file, line, fmt, ap);
	va_end(ap);
	p->bad = 1;
}

static void
lex_error(struct strv *errors, const char *file, int line,
    const char *fmt, ...) __attribute__((format(printf, 4, 5)));

static void
lex_error(struct strv *errors, const char *file, int line,
    const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	rules_error(errors, file, line, fmt, ap);
	va_end(ap);
}

static void
tokens_free(struct token *t, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		free(t[i].s);
	free(t);
}

static void
tok_push(struct token **t, size_t *n, enum tok_type type, char *s, int line,
    int bol)
{
	*t = xreallocarray(*t, *n + 1, sizeof **t);
	memset(&(*t)[*n], 0, sizeof **t);
	(*t)[*n].type = type;
	(*t)[*n].s = s;
	(*t)[*n].line = line;
	(*t)[*n].bol = bol;
	(*n)++;
}

/*
 * Split text into tokens.  Words run to whitespace or one of ( ) " ~ ;
 * strings are "..." with \" and \\; patterns are /.../flags on one line;
 * # starts a comment where a token could start.  A lexical error stops the
 * file: nothing after it could be trusted.
 */
static int
lex(const char *file, const char *s, struct token **out, size_t *nout,
    struct strv *errors)
{
	struct token	*t = NULL;
	size_t		 n = 0;
	struct buf	 b;
	int		 line = 1, bol = 1, startline;
	const char	*q;

	for (;;) {
		/* Every kind of white space, or a lone \v would never end. */
		while (isspace((unsigned char)*s)) {
			if (*s == '\n') {
				line++;
				bol = 1;
			}
			s++;
		}
		if (*s == '\0')
			break;
		if (*s == '#') {
			while (*s != '\0' && *s != '\n')
				s++;
			continue;
		}
		startline = line;
		if (*s == '(' || *s == ')') {
			tok_push(&t, &n, *s == '(' ? T_LPAREN : T_RPAREN,
			    NULL, line, bol);
			s++;
		} else if (*s == '~') {
			if (s[1] == '~') {
				tok_push(&t, &n, T_FMATCH, NULL, line, bol);
				s += 2;
			} else {
				tok_push(&t, &n, T_MATCH, NULL, line, bol);
				s++;
			}
		} else if (*s == '"') {
			buf_init(&b, RULES_MAX_FILE);
			for (s++; *s != '"'; s++) {
				if (*s == '\0' || *s == '\n') {
					lex_error(errors, file, startline,
					    "unterminated string");
					buf_free(&b);
					tokens_free(t, n);
					return -1;
				}
				if (*s == '\\' && (s[1] == '"' || s[1] == '\\'))
					s++;
				buf_addc(&b, *s);
			}
			s++;
			if (b.data == NULL)
				buf_adds(&b, "");
			tok_push(&t, &n, T_STRING, buf_release(&b), line, bol);
		} else if (*s == '/') {
			for (q = s + 1; *q != '/'; q++) {
				if (*q == '\\' && q[1] != '\0' && q[1] != '\n')
					q++;
				else if (*q == '\0' || *q == '\n') {
					lex_error(errors, file, startline,
					    "unterminated pattern (a pattern "
					    "ends with / on the same line)");
					tokens_free(t, n);
					return -1;
				}
			}
			tok_push(&t, &n, T_PATTERN, xstrndup(s + 1,
			    (size_t)(q - s - 1)), line, bol);
			s = q + 1;
			for (q = s; isalpha((unsigned char)*q); q++)
				;
			if (q - s >= (int)sizeof t[n - 1].flags) {
				lex_error(errors, file, line, "too many "
				    "pattern flags");
				tokens_free(t, n);
				return -1;
			}
			memcpy(t[n - 1].flags, s, (size_t)(q - s));
			s = q;
		} else {
			for (q = s; *q != '\0' && !isspace((unsigned char)*q) &&
			    strchr("()\"~", *q) == NULL; q++)
				;
			tok_push(&t, &n, T_WORD, xstrndup(s, (size_t)(q - s)),
			    line, bol);
			s = q;
		}
		bol = 0;
	}
	/* Errors "at end of file" point at the last line with a token. */
	tok_push(&t, &n, T_EOF, NULL, n ? t[n - 1].line : line, 1);
	*out = t;
	*nout = n;
	return 0;
}

static struct token *
peek(struct parser *p)
{
	return &p->t[p->i];
}

static struct token *
next(struct parser *p)
{
	struct token	*t = &p->t[p->i];

	if (t->type != T_EOF)
		p->i++;
	return t;
}

static int
isword(const struct token *t, const char *w)
{
	return t->type == T_WORD && strcmp(t->s, w) == 0;
}

static const char *
tokdesc(const struct token *t)
{
	switch (t->type) {
	case T_WORD:
	case T_STRING:
		return t->s;
	case T_PATTERN:
		return "/.../";
	case T_LPAREN:
		return "(";
	case T_RPAREN:
		return ")";
	case T_MATCH:
		return "~";
	case T_FMATCH:
		return "~~";
	default:
		return "end of file";
	}
}

static void
pattern_free(struct pattern *re)
{
	if (re == NULL)
		return;
	pcre2_code_free(re->code);
	strv_free(&re->names);
	free(re->numbers);
	strv_free(&re->lits);
	free(re->litids);
	free(re);
}

/* ASCII lower case, whatever the locale; other bytes as they are. */
static char
lit_lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* A quantifier at p ("*", "+", "?", "{n}", "{n,}", "{n,m}"): its length
 * with a lazy or possessive suffix; 0 when there is none. */
static size_t
lit_quantifier(const char *p)
{
	size_t	 n = 0;

	if (*p == '*' || *p == '+' || *p == '?')
		n = 1;
	else if (*p == '{') {
		n = 1;
		if (p[n] < '0' || p[n] > '9')
			return 0;
		while (p[n] >= '0' && p[n] <= '9')
			n++;
		if (p[n] == ',')
			for (n++; p[n] >= '0' && p[n] <= '9'; n++)
				;
		if (p[n] != '}')
			return 0;
		n++;
	} else
		return 0;
	if (p[n] == '?' || p[n] == '+')
		n++;
	return n;
}

/* Past a character class starting at p ("["), or NULL if unterminated. */
static const char *
lit_skip_class(const char *p)
{
	p++;
	if (*p == '^')
		p++;
	if (*p == ']')
		p++;
	for (; *p != '\0'; p++) {
		if (*p == '\\' && p[1] != '\0')
			p++;
		else if (*p == '[' && p[1] == ':') {
			const char *e = strstr(p + 2, ":]");

			if (e != NULL)
				p = e + 1;
		} else if (*p == ']')
			return p + 1;
	}
	return NULL;
}

/* Past a group starting at p ("("), or NULL if unbalanced. */
static const char *
lit_skip_group(const char *p)
{
	size_t	 depth = 0;

	for (; *p != '\0'; p++) {
		if (*p == '\\' && p[1] != '\0')
			p++;
		else if (*p == '[') {
			if ((p = lit_skip_class(p)) == NULL)
				return NULL;
			p--;
		} else if (*p == '(')
			depth++;
		else if (*p == ')' && --depth == 0)
			return p + 1;
	}
	return NULL;
}

/* Close the current run: keep it as the alternative's literal when it is
 * the longest so far. */
static void
lit_close(struct buf *run, struct buf *best)
{
	if (run->len > best->len) {
		buf_reset(best);
		buf_add(best, run->data, run->len);
	}
	buf_reset(run);
}

/* Drop the run's last character (a quantifier made it optional). */
static void
lit_drop_last(struct buf *run)
{
	while (run->len > 0 && ((unsigned char)run->data[run->len - 1] &
	    0xc0) == 0x80)
		run->len--;
	if (run->len > 0)
		run->len--;
}

/*
 * The literals one of which occurs in any text the pattern src matches:
 * for each top-level alternative either its longest run of plain
 * characters, or the literals of a group it cannot do without, "(refund|
 * money back)", whichever is rarer (its shortest literal the longer), ASCII
 * lower-cased.  Classes, escapes such as \s and anything optional end a
 * run and add nothing.  0 when the pattern is beyond this reading (inline
 * options, \Q, \x{...}, an alternative without a literal, non-ASCII text
 * in a pattern not matched on folded text): *out is then empty and the
 * pattern always runs.  src is trusted input (a rule file); groups inside
 * a group are skipped (depth 1), so the reading recurses once at most.
 */
static int	 lit_extract_depth(const char *, size_t, int, int,
		    struct strv *);

static int
lit_extract(const char *src, int fold, struct strv *out)
{
	return lit_extract_depth(src, strlen(src), fold, 0, out);
}

/* The length of the shortest of a set of literals. */
static size_t
lit_shortest(const struct strv *v)
{
	size_t	 i, m = SIZE_MAX;

	for (i = 0; i < v->n; i++)
		if (strlen(v->v[i]) < m)
			m = strlen(v->v[i]);
	return v->n ? m : 0;
}

/* A group followed by quantifier q (k bytes) must match at least once. */
static int
lit_required(const char *q, size_t k)
{
	if (k == 0 || *q == '+')
		return 1;
	return *q == '{' && q[1] >= '1' && q[1] <= '9';
}

/*
 * A plain or (?: group from p to q (just past its ")"), then a quantifier
 * of k bytes: when the alternative cannot do without it, the literals of
 * its own alternatives, kept in *set if they are rarer than what *set
 * holds.  Lookarounds and named groups give nothing.
 */
static void
lit_group(const char *p, const char *q, size_t k, int fold, struct strv *set)
{
	struct strv	 gs;
	const char	*in;
	char		*inner;

	in = p[1] != '?' ? p + 1 : p[2] == ':' ? p + 3 : NULL;
	if (in == NULL || !lit_required(q, k))
		return;
	inner = xstrndup(in, (size_t)(q - 1 - in));
	memset(&gs, 0, sizeof gs);
	if (lit_extract_depth(inner, strlen(inner), fold, 1, &gs) &&
	    lit_shortest(&gs) > lit_shortest(set)) {
		strv_free(set);
		*set = gs;
	} else
		strv_free(&gs);
	free(inner);
}

/*
 * A backslash at *pp: an escaped character goes on the run, a class such
 * as \s or \b ends it; *pp moved past.  0 for escapes beyond this
 * reading (arguments, quoting, references, non-ASCII).
 */
static int
lit_escape(const char **pp, struct buf *run, struct buf *best)
{
	const char	*p = *pp;

	if (p[1] == '\0' || (unsigned char)p[1] >= 0x80)
		return 0;
	if (!isalnum((unsigned char)p[1])) {
		buf_addc(run, p[1]);
		*pp = p + 2;
		return 1;
	}
	/* Escapes with arguments, quoting, references. */
	if (strchr("xopPNgkucQE0123456789", p[1]) != NULL)
		return 0;
	lit_close(run, best);	/* \s, \d, \b, ... */
	p += 2;
	*pp = p + lit_quantifier(p);
	return 1;
}

/*
 * An alternative ends: what it gives out, its longest run (best) or the
 * literals of a group it needs (set), whichever is rarer; both are then
 * emptied.  0 when it has neither: the pattern is beyond this reading.
 */
static int
lit_branch(struct buf *best, struct strv *set, struct strv *out)
{
	size_t	 k;

	if (best->len == 0 && set->n == 0)
		return 0;
	if (set->n > 0 && lit_shortest(set) > best->len) {
		for (k = 0; k < set->n; k++)
			strv_add(out, set->v[k]);
	} else {
		buf_addc(best, '\0');
		strv_add(out, best->data);
	}
	buf_reset(best);
	strv_free(set);
	return 1;
}

static int
lit_extract_depth(const char *src, size_t srclen, int fold, int depth,
    struct strv *out)
{
	struct buf	 run, best;
	struct strv	 set;
	const char	*p = src, *end = src + srclen, *q;
	size_t		 k;
	int		 ok = 1;

	buf_init(&run, RULES_MAX_FILE);
	buf_init(&best, RULES_MAX_FILE);
	memset(&set, 0, sizeof set);
	while (ok) {
		if (p == end || *p == '|') {
			lit_close(&run, &best);
			if ((ok = lit_branch(&best, &set, out)) == 0 ||
			    p++ == end)
				break;
			continue;
		}
		switch (*p) {
		case '(':
			/* Inline options and verbs change how the rest
			 * reads. */
			if (p[1] == '*' || (p[1] == '?' &&
			    strchr(":=!<>|'P", p[2]) == NULL) ||
			    (p[1] == '?' && p[2] == '<' && p[3] != '=' &&
			    p[3] != '!' && !isalpha((unsigned char)p[3]))) {
				ok = 0;
				break;
			}
			lit_close(&run, &best);
			if ((q = lit_skip_group(p)) == NULL || q > end) {
				ok = 0;
				break;
			}
			k = lit_quantifier(q);
			if (depth == 0)
				lit_group(p, q, k, fold, &set);
			p = q + k;
			break;
		case '[':
			lit_close(&run, &best);
			if ((q = lit_skip_class(p)) == NULL)
				ok = 0;
			else
				p = q + lit_quantifier(q);
			break;
		case ')':
			ok = 0;
			break;
		case '.':
		case '^':
		case '$':
			lit_close(&run, &best);
			p++;
			p += lit_quantifier(p);
			break;
		case '*':
		case '+':
		case '?':
		case '{':
			/* A "{" that is no quantifier here may be one to
			 * PCRE2 ("{,3}" since 10.43): not read further. */
			if ((k = lit_quantifier(p)) == 0) {
				ok = 0;
				break;
			}
			/* The last character: optional, or repeated. */
			if (*p != '+')
				lit_drop_last(&run);
			lit_close(&run, &best);
			p += k;
			break;
		case '\\':
			ok = lit_escape(&p, &run, &best);
			break;
		default:
			if ((unsigned char)*p >= 0x80 && !fold) {
				ok = 0;
				break;
			}
			buf_addc(&run, lit_lower(*p));
			p++;
			break;
		}
	}
	buf_free(&run);
	buf_free(&best);
	strv_free(&set);
	if (!ok)
		strv_free(out);
	return ok;
}

/* Put a literal in the trie; its id. */
static uint32_t
lits_add(struct lits *L, const char *lit)
{
	const unsigned char	*p = (const unsigned char *)lit;
	uint32_t		 cur = 0, ch;

	if (L->n == 0) {
		L->cap = 64;
		L->v = xcalloc(L->cap, sizeof *L->v);
		L->n = 1;
	}
	for (; *p != '\0'; p++) {
		if (cur == 0)
			ch = L->root[*p];
		else
			for (ch = L->v[cur].child; ch != 0 &&
			    L->v[ch].c != *p; ch = L->v[ch].sibling)
				;
		if (ch == 0) {
			if (L->n == L->cap) {
				L->v = xreallocarray(L->v, L->cap * 2,
				    sizeof *L->v);
				memset(L->v + L->cap, 0, L->cap * sizeof *L->v);
				L->cap *= 2;
			}
			ch = (uint32_t)L->n++;
			L->v[ch].c = *p;
			if (cur == 0)
				L->root[*p] = ch;
			else {
				L->v[ch].sibling = L->v[cur].child;
				L->v[cur].child = ch;
			}
		}
		cur = ch;
	}
	if (L->v[cur].lit == 0)
		L->v[cur].lit = ++L->nlit;
	return L->v[cur].lit - 1;
}

/* The child of node cur for byte c, 0: none. */
static uint32_t
lits_child(const struct lits *L, uint32_t cur, unsigned char c)
{
	uint32_t	 ch;

	if (cur == 0)
		return L->root[c];
	for (ch = L->v[cur].child; ch != 0 && L->v[ch].c != c;
	    ch = L->v[ch].sibling)
		;
	return ch;
}

/* Failure and dictionary links, breadth first (a queue, no recursion). */
static void
lits_build(struct lits *L)
{
	uint32_t	*queue, u, ch, f;
	size_t		 head = 0, tail = 0, c;

	if (L->n == 0)
		return;
	queue = xcalloc(L->n, sizeof *queue);
	for (c = 0; c < 256; c++)
		if ((ch = L->root[c]) != 0) {
			L->v[ch].fail = 0;
			queue[tail++] = ch;
		}
	while (head < tail) {
		u = queue[head++];
		for (ch = L->v[u].child; ch != 0; ch = L->v[ch].sibling) {
			f = L->v[u].fail;
			while (f != 0 && lits_child(L, f, L->v[ch].c) == 0)
				f = L->v[f].fail;
			f = lits_child(L, f, L->v[ch].c);
			L->v[ch].fail = f == ch ? 0 : f;
			L->v[ch].dict = L->v[L->v[ch].fail].lit != 0 ?
			    L->v[ch].fail : L->v[L->v[ch].fail].dict;
			queue[tail++] = ch;
		}
	}
	free(queue);
}

/*
 * Which literals occur in s (seen[id] = 1), in one pass.  Text holding a
 * character that matches an ASCII letter without being one (KELVIN SIGN,
 * LONG S: PCRE2's caseless matching pairs them with k and s) marks every
 * literal seen: the prefilter then lets every pattern run.
 */
static void
lits_scan(const struct lits *L, const char *s, size_t len,
    unsigned char *seen)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i;
	uint32_t		 cur = 0, nx, o;
	unsigned char		 c;

	if (memmem(s, len, "\xc5\xbf", 2) != NULL ||
	    memmem(s, len, "\xe2\x84\xaa", 3) != NULL) {
		memset(seen, 1, L->nlit);
		return;
	}
	for (i = 0; i < len; i++) {
		c = (unsigned char)lit_lower((char)p[i]);
		while ((nx = lits_child(L, cur, c)) == 0 && cur != 0)
			cur = L->v[cur].fail;
		cur = nx;
		for (o = L->v[cur].lit != 0 ? cur : L->v[cur].dict; o != 0;
		    o = L->v[o].dict) {
			if (seen[L->v[o].lit - 1])
				break;	/* and so are its suffixes */
			seen[L->v[o].lit - 1] = 1;
		}
	}
}

/* Compile one pattern token; errors carry PCRE2's message and offset. */
static struct pattern *
pattern_compile(struct parser *p, const struct token *t, int fold)
{
	struct pattern	*re;
	uint32_t	 opts = PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS |
			    PCRE2_MATCH_INVALID_UTF;
	uint32_t	 count, size, i, groups;
	PCRE2_UCHAR	 msg[256];
	PCRE2_SPTR	 table;
	PCRE2_SIZE	 erroff;
	const char	*f;
	char		*src;
	int		 err, greek = 0;

	for (f = t->flags; *f != '\0'; f++) {
		switch (*f) {
		case 'i':
			break;		/* the default; accepted for habit */
		case 'c':
			opts &= ~PCRE2_CASELESS;
			break;
		case 'a':
			fold = 1;
			break;
		case 'g':
			fold = greek = 1;
			break;
		case 'x':
			opts |= PCRE2_EXTENDED;
			break;
		case 's':
			opts |= PCRE2_DOTALL;
			break;
		default:
			perr(p, t->line, "unknown pattern flag \"%c\" (known: "
			    "i, c, a, g, s, x)", *f);
			return NULL;
		}
	}
	src = fold ? fold_pattern(t->s) : xstrdup(t->s);
	if (greek) {
		char	*g = fold_greeklish_pattern(src);

		free(src);
		src = g;
	}
	re = xcalloc(1, sizeof *re);
	re->fold = fold;
	re->greek = greek;
	re->code = pcre2_compile((PCRE2_SPTR)src, PCRE2_ZERO_TERMINATED, opts,
	    &err, &erroff, NULL);
	/* The Greeklish key and extended syntax are not read for literals. */
	if (re->code != NULL && !greek && !(opts & PCRE2_EXTENDED))
		(void)lit_extract(src, fold, &re->lits);
	free(src);
	if (re->code == NULL) {
		pcre2_get_error_message(err, msg, sizeof msg);
		perr(p, t->line, "bad pattern /%s/: %s at offset %zu", t->s,
		    (char *)msg, (size_t)erroff);
		free(re);
		return NULL;
	}
	/*
	 * No JIT (some platforms, some builds): the interpreter will do.
	 * SUPPORTD_NO_JIT turns it off on purpose: JIT code reads subjects
	 * with wide loads that valgrind reports, although they are safe.
	 */
	if (getenv("SUPPORTD_NO_JIT") == NULL)
		(void)pcre2_jit_compile(re->code, PCRE2_JIT_COMPLETE);

	pcre2_pattern_info(re->code, PCRE2_INFO_CAPTURECOUNT, &groups);
	if (groups + 1 > p->rs->maxgroups)
		p->rs->maxgroups = groups + 1;
	pcre2_pattern_info(re->code, PCRE2_INFO_NAMECOUNT, &count);
	pcre2_pattern_info(re->code, PCRE2_INFO_NAMEENTRYSIZE, &size);
	pcre2_pattern_info(re->code, PCRE2_INFO_NAMETABLE, &table);
	re->numbers = xcalloc(count ? count : 1, sizeof *re->numbers);
	for (i = 0; i < count; i++) {
		const unsigned char	*e = table + (size_t)i * size;

		re->numbers[i] = (uint32_t)(e[0] << 8 | e[1]);
		strv_add(&re->names, (const char *)e + 2);
		if (p->rule != NULL && !strv_has(&p->rule->capnames,
		    (const char *)e + 2))
			strv_add(&p->rule->capnames, (const char *)e + 2);
	}
	return re;
}

static struct cond *
cond_new(enum cond_type type)
{
	struct cond	*c = xcalloc(1, sizeof *c);

	c->type = type;
	return c;
}

static void
cond_free(struct cond *c)
{
	if (c == NULL)
		return;
	cond_free(c->a);
	cond_free(c->b);
	free(c->header);
	free(c->str);
	free(c->desc);
	pattern_free(c->re);
	free(c);
}

/* learned-* conditions and "score learned" need a model loaded above. */
static int
rules_need_model(struct parser *p, int line, const char *what)
{
	if (p->rs->model != NULL)
		return 0;
	if (p->rs->model_at != NULL) {
		p->bad = 1;	/* the model line already said what is wrong */
		return -1;
	}
	perr(p, line, "\"%s\" needs a model: write \"model FILE\" before "
	    "this rule (in this file or an earlier one)", what);
	return -1;
}

/* t as a whole number from lo to hi into *out; -1 when it is not one. */
static int
tok_number(const struct token *t, long lo, long hi, int *out)
{
	char	*end;
	long	 v;

	if (t->type != T_WORD)
		return -1;
	errno = 0;
	v = strtol(t->s, &end, 10);
	if (errno != 0 || *end != '\0' || end == t->s || v < lo || v > hi)
		return -1;
	*out = (int)v;
	return 0;
}

/*
 * "sure N" after "learned-queue is X" or "learned-priority is X": the
 * model must give its class at least N percent.  A model that is barely
 * sure (51% high) is a coin toss, and raising a priority on one costs an
 * agent's attention.
 */
static int
parse_sure(struct parser *p, struct cond *c)
{
	struct token	*t = next(p), *n = peek(p);

	if (c->field != F_LQUEUE && c->field != F_LPRIORITY) {
		perr(p, t->line, "\"sure\" only follows learned-queue or "
		    "learned-priority is NAME");
		return -1;
	}
	if (n->line != t->line || tok_number(n, 1, 100, &c->sure) == -1) {
		perr(p, t->line, "\"sure\" needs a whole percent from 1 to "
		    "100, e.g. learned-priority is high sure 70");
		return -1;
	}
	next(p);
	return 0;
}

/* "FIELD is WORD [sure N]": compare the field with a word, folded. */
static struct cond *
leaf_is(struct parser *p, enum field field, const char *what,
    const struct token *op)
{
	struct token	*arg = next(p);
	struct cond	*c;

	if (arg->type != T_WORD && arg->type != T_STRING) {
		perr(p, op->line, "\"is\" needs a word or a \"string\"");
		return NULL;
	}
	c = cond_new(C_LEAF);
	c->field = field;
	c->op = OP_IS;
	c->str = fold_text(arg->s, strlen(arg->s), NULL);
	if (isword(peek(p), "sure") && peek(p)->line == arg->line &&
	    parse_sure(p, c) == -1) {
		cond_free(c);
		return NULL;
	}
	if (c->sure > 0)
		xasprintf(&c->desc, "%s is \"%s\" sure %d", what, arg->s,
		    c->sure);
	else
		xasprintf(&c->desc, "%s is \"%s\"", what, arg->s);
	return c;
}

/* "FIELD ~ /re/" or "~~ /re/": the pattern, its literals to prefilter. */
static struct cond *
leaf_match(struct parser *p, enum field field, const char *what,
    const struct token *op)
{
	struct token	*arg = next(p);
	struct cond	*c;
	size_t		 i;

	if (arg->type != T_PATTERN) {
		perr(p, op->line, "expected a /pattern/ after \"%s\"",
		    tokdesc(op));
		return NULL;
	}
	c = cond_new(C_LEAF);
	c->field = field;
	c->op = OP_RE;
	if ((c->re = pattern_compile(p, arg, op->type == T_FMATCH)) == NULL) {
		free(c);
		return NULL;
	}
	/* Only the long texts are prefiltered: the rest is short. */
	if (field == F_SUBJECT || field == F_BODY || field == F_TEXT) {
		if (c->re->fold)
			p->rs->needfold[field - F_SUBJECT] = 1;
		if (c->re->greek)
			p->rs->needgreek[field - F_SUBJECT] = 1;
		c->re->litids = xcalloc(c->re->lits.n + 1,
		    sizeof *c->re->litids);
		for (i = 0; i < c->re->lits.n; i++)
			c->re->litids[i] = lits_add(&p->rs->lits,
			    c->re->lits.v[i]);
	} else
		strv_free(&c->re->lits);
	xasprintf(&c->desc, "%s %s /%s/%s", what, tokdesc(op), arg->s,
	    arg->flags);
	return c;
}

/* "new", "reply" or "tagged NAME", t being one of those words. */
static struct cond *
leaf_plain(struct parser *p, const struct token *t)
{
	struct token	*arg;
	struct cond	*c;

	if (strcmp(t->s, "new") == 0 || strcmp(t->s, "reply") == 0) {
		c = cond_new(strcmp(t->s, "new") == 0 ? C_NEW : C_REPLY);
		c->desc = xstrdup(t->s);
		return c;
	}
	arg = next(p);
	if (arg->type != T_WORD && arg->type != T_STRING) {
		perr(p, t->line, "\"tagged\" needs a tag name");
		return NULL;
	}
	c = cond_new(C_TAGGED);
	c->str = xstrdup(arg->s);
	xasprintf(&c->desc, "tagged %s", arg->s);
	return c;
}

/* field OP argument, or header "Name" OP argument. */
static struct cond *
parse_leaf(struct parser *p, int capture)
{
	struct token	*t = next(p), *op, *arg;
	struct cond	*c;
	size_t		 i;
	char		*hdr = NULL, *what;

	if (t->type != T_WORD) {
		perr(p, t->line, "expected a condition, found \"%s\"",
		    tokdesc(t));
		return NULL;
	}
	/* Long and/or chains recurse when freed and evaluated: bound them. */
	if (++p->nconds > RULES_MAX_CONDS) {
		perr(p, t->line, "too many conditions in one rule (over %d)",
		    RULES_MAX_CONDS);
		return NULL;
	}
	if (!capture && (isword(t, "new") || isword(t, "reply") ||
	    isword(t, "tagged")))
		return leaf_plain(p, t);
	for (i = 0; i < sizeof fields / sizeof fields[0]; i++)
		if (strcmp(t->s, fields[i].name) == 0)
			break;
	if (i == sizeof fields / sizeof fields[0]) {
		perr(p, t->line, "unknown condition \"%s\" (expected subject, "
		    "body, text, from, to, cc, header, language, attachment, "
		    "attachment-type, mailbox, queue, status, best, "
		    "learned-queue, learned-priority, new, reply, tagged)",
		    t->s);
		return NULL;
	}
	if ((fields[i].field == F_LQUEUE || fields[i].field == F_LPRIORITY) &&
	    rules_need_model(p, t->line, t->s) == -1)
		return NULL;
	if (fields[i].field == F_HEADER) {
		arg = next(p);
		if (arg->type != T_STRING && arg->type != T_WORD) {
			perr(p, t->line, "\"header\" needs a header name, "
			    "e.g. header \"X-Priority\" ~ /1/");
			return NULL;
		}
		hdr = arg->s;
	}
	op = next(p);
	if (!(op->type == T_WORD && strcmp(op->s, "is") == 0 && !capture) &&
	    op->type != T_MATCH && op->type != T_FMATCH) {
		if (capture)
			perr(p, op->line, "expected \"~\" or \"~~\" and a "
			    "/pattern/ after \"capture %s\"", t->s);
		else
			perr(p, op->line, "expected \"is\", \"~\" or \"~~\" "
			    "after \"%s\", found \"%s\"", t->s, tokdesc(op));
		return NULL;
	}
	/* How the condition is named in traces: header "X-Priority". */
	if (hdr != NULL)
		xasprintf(&what, "%s \"%s\"", t->s, hdr);
	else
		what = xstrdup(t->s);
	if (op->type == T_WORD)
		c = leaf_is(p, fields[i].field, what, op);
	else
		c = leaf_match(p, fields[i].field, what, op);
	free(what);
	if (c != NULL && hdr != NULL)
		c->header = xstrdup(hdr);
	return c;
}

static struct cond	*parse_or(struct parser *, int);

static struct cond *
parse_not(struct parser *p, int depth)
{
	struct token	*t = peek(p);
	struct cond	*c, *inner;

	if (depth > RULES_MAX_DEPTH) {
		perr(p, t->line, "conditions nested too deeply (over %d)",
		    RULES_MAX_DEPTH);
		return NULL;
	}
	if (isword(t, "not")) {
		next(p);
		if ((inner = parse_not(p, depth + 1)) == NULL)
			return NULL;
		c = cond_new(C_NOT);
		c->a = inner;
		return c;
	}
	if (t->type == T_LPAREN) {
		next(p);
		if ((inner = parse_or(p, depth + 1)) == NULL)
			return NULL;
		if (peek(p)->type != T_RPAREN) {
			perr(p, t->line, "unbalanced parentheses: \"(\" "
			    "without \")\" (found \"%s\")", tokdesc(peek(p)));
			cond_free(inner);
			return NULL;
		}
		next(p);
		return inner;
	}
	return parse_leaf(p, 0);
}

static struct cond *
parse_and(struct parser *p, int depth)
{
	struct cond	*a, *b, *c;

	if ((a = parse_not(p, depth)) == NULL)
		return NULL;
	while (isword(peek(p), "and")) {
		next(p);
		if ((b = parse_not(p, depth)) == NULL) {
			cond_free(a);
			return NULL;
		}
		c = cond_new(C_AND);
		c->a = a;
		c->b = b;
		a = c;
	}
	return a;
}

static struct cond *
parse_or(struct parser *p, int depth)
{
	struct cond	*a, *b, *c;

	if ((a = parse_and(p, depth)) == NULL)
		return NULL;
	while (isword(peek(p), "or")) {
		next(p);
		if ((b = parse_and(p, depth)) == NULL) {
			cond_free(a);
			return NULL;
		}
		c = cond_new(C_OR);
		c->a = a;
		c->b = b;
		a = c;
	}
	return a;
}

static void
rule_clear(struct rule *r)
{
	size_t	 i;

	free(r->name);
	free(r->file);
	cond_free(r->when);
	for (i = 0; i < r->ncaptures; i++)
		cond_free(r->captures[i]);
	free(r->captures);
	for (i = 0; i < r->nactions; i++)
		free(r->actions[i].arg);
	free(r->actions);
	strv_free(&r->capnames);
}

static int
valid_name(const char *s)
{
	if (*s == '\0')
		return 0;
	for (; *s != '\0'; s++)
		if (!isalnum((unsigned char)*s) && strchr("_-.", *s) == NULL)
			return 0;
	return 1;
}

/* Every reply template must exist and use only variables this rule has. */
static void
check_reply(struct parser *p, const struct rule *r, const char *tname,
    int line, const struct tmpl_set *tmpls)
{
	struct strv	 vars = { NULL, 0 };
	size_t		 i, j;

	if (tmpls == NULL)
		return;
	if (!tmpl_exists(tmpls, tname)) {
		perr(p, line, "unknown template \"%s\" (no %s.LANG.txt in the "
		    "templates directory)", tname, tname);
		return;
	}
	tmpl_vars(tmpls, tname, &vars);
	for (i = 0; i < vars.n; i++) {
		for (j = 0; tmpl_base_vars[j] != NULL; j++)
			if (strcmp(tmpl_base_vars[j], vars.v[i]) == 0)
				break;
		if (tmpl_base_vars[j] != NULL)
			continue;
		for (j = 0; j < r->capnames.n; j++)
			if (strcmp(r->capnames.v[j], vars.v[i]) == 0)
				break;
		if (j == r->capnames.n)
			perr(p, line, "template \"%s\" uses {{%s}}, which this "
			    "rule does not capture", tname, vars.v[i]);
	}
	strv_free(&vars);
}

/* The N of "score QUEUE N": a whole number on the action's line. */
static int
parse_points(struct parser *p, int line, int *out)
{
	struct token	*t = peek(p);

	if (t->type != T_WORD || t->line != line) {
		perr(p, line, "\"score\" needs a queue and a number, e.g. "
		    "score billing 3");
		return -1;
	}
	if (tok_number(t, -RULES_MAX_SCORE, RULES_MAX_SCORE, out) == -1) {
		perr(p, line, "\"score\" needs a whole number from %d to %d, "
		    "not \"%s\"", -RULES_MAX_SCORE, RULES_MAX_SCORE, t->s);
		return -1;
	}
	next(p);
	return 0;
}

/* Skip to the next "rule" that starts a line, after an error. */
static void
resync(struct parser *p)
{
	while (peek(p)->type != T_EOF &&
	    !(isword(peek(p), "rule") && peek(p)->bol))
		next(p);
}

/* What parse_action gathers over a rule for parse_rule's last checks. */
struct rule_pending {
	struct {
		const char	*name;
		int		 line;
	}		*replies;	/* checked at the end: captures may follow */
	size_t		 nreplies;
	int		 scores, stop;
};

/* "rule NAME": a name of letters, digits, _ - . not used before. */
static int
rule_head(struct parser *p, const struct token *t, struct rule *r)
{
	struct token	*name = peek(p);
	size_t		 i;

	if (name->type != T_WORD || name->line != t->line ||
	    isword(name, "when")) {
		perr(p, t->line, "rule without a name (write \"rule NAME\")");
		return -1;
	}
	next(p);
	if (!valid_name(name->s)) {
		perr(p, t->line, "bad rule name \"%s\" (letters, digits, "
		    "_ - . only)", name->s);
		return -1;
	}
	for (i = 0; i < p->rs->n; i++)
		if (strcmp(p->rs->v[i].name, name->s) == 0) {
			perr(p, t->line, "duplicate rule name \"%s\" (first "
			    "at %s:%d)", name->s, p->rs->v[i].file,
			    p->rs->v[i].line);
			return -1;
		}
	r->name = xstrdup(name->s);
	return 0;
}

/* "when CONDITION" (once a rule) or "capture FIELD ~ /(?<name>...)/". */
static int
rule_when_capture(struct parser *p, const struct token *a, struct rule *r)
{
	struct cond	*c;

	if (strcmp(a->s, "capture") == 0) {
		if ((c = parse_leaf(p, 1)) == NULL)
			return -1;
		r->captures = xreallocarray(r->captures, r->ncaptures + 1,
		    sizeof *r->captures);
		r->captures[r->ncaptures++] = c;
		if (c->re->names.n == 0)
			perr(p, a->line, "\"capture\" pattern has no named "
			    "group (?<name>...)");
		return 0;
	}
	if (r->when != NULL) {
		perr(p, a->line, "\"when\" given twice in rule \"%s\" "
		    "(combine with and/or)", r->name);
		return -1;
	}
	if (peek(p)->type == T_EOF || isword(peek(p), "rule")) {
		perr(p, a->line, "\"when\" without a condition");
		return -1;
	}
	return (r->when = parse_or(p, 0)) == NULL ? -1 : 0;
}

/* An action's argument: one of the allowed words, or any for most. */
static int
action_arg(struct parser *p, const struct token *a, size_t k,
    struct action *act)
{
	struct token		*arg = peek(p);
	const char *const	*v;

	if ((arg->type != T_WORD && arg->type != T_STRING) ||
	    arg->line != a->line) {
		perr(p, a->line, "\"%s\" needs an argument on the same line",
		    a->s);
		return -1;
	}
	next(p);
	if (actions[k].allowed == NULL) {
		act->arg = xstrdup(arg->s);
		return 0;
	}
	for (v = actions[k].allowed; *v != NULL; v++)
		if (strcasecmp(*v, arg->s) == 0)
			break;
	if (*v == NULL) {
		perr(p, a->line, "\"%s\" must be one of %s, not \"%s\"", a->s,
		    actions[k].type == A_PRIORITY ?
		    "low, normal, high, urgent" :
		    "new, open, pending, resolved, closed", arg->s);
		return -1;
	}
	act->arg = xstrdup(*v);
	return 0;
}

/* One action of the table, its argument and points, added to r. */
static int
parse_action(struct parser *p, const struct token *a, struct rule *r,
    struct rule_pending *pend)
{
	struct action	*act;
	size_t		 k;

	for (k = 0; k < sizeof actions / sizeof actions[0]; k++)
		if (strcmp(a->s, actions[k].name) == 0)
			break;
	if (k == sizeof actions / sizeof actions[0]) {
		perr(p, a->line, "unknown action \"%s\"", a->s);
		return -1;
	}
	r->actions = xreallocarray(r->actions, r->nactions + 1,
	    sizeof *r->actions);
	act = &r->actions[r->nactions++];
	act->type = actions[k].type;
	act->arg = NULL;
	act->n = 0;
	if (act->type == A_CONTINUE)
		r->cont = 1;
	else if (act->type == A_STOP)
		r->cont = 0, pend->stop = 1;
	else if (act->type == A_SCORE)
		pend->scores = 1;
	if (!actions[k].arg)
		return 0;
	if (action_arg(p, a, k, act) == -1)
		return -1;
	if (act->type == A_SCORE && parse_points(p, a->line, &act->n) == -1)
		return -1;
	if (act->type == A_SCORE && strcmp(act->arg, "learned") == 0 &&
	    rules_need_model(p, a->line, "score learned") == -1)
		return -1;
	if (act->type == A_REPLY) {
		pend->replies = xreallocarray(pend->replies,
		    pend->nreplies + 1, sizeof *pend->replies);
		pend->replies[pend->nreplies].name = act->arg;
		pend->replies[pend->nreplies++].line = a->line;
	}
	return 0;
}

/* One rule: "rule NAME" then when/capture/actions until the next rule. */
static void
parse_rule(struct parser *p, const struct tmpl_set *tmpls)
{
	struct token		*t = next(p), *a;
	struct rule		 r;
	struct rule_pending	 pend;
	size_t			 i;

	memset(&r, 0, sizeof r);
	memset(&pend, 0, sizeof pend);
	r.file = xstrdup(p->file);
	r.line = t->line;
	p->rule = &r;
	p->nconds = 0;
	if (rule_head(p, t, &r) == -1)
		goto fail;
	while (peek(p)->type != T_EOF && !isword(peek(p), "rule")) {
		a = next(p);
		if (a->type == T_RPAREN) {
			perr(p, a->line, "unbalanced parentheses: \")\" "
			    "without \"(\"");
			goto fail;
		}
		if (a->type != T_WORD) {
			perr(p, a->line, "expected an action, found \"%s\"",
			    tokdesc(a));
			goto fail;
		}
		if (strcmp(a->s, "when") == 0 || strcmp(a->s, "capture") == 0) {
			if (rule_when_capture(p, a, &r) == -1)
				goto fail;
		} else if (parse_action(p, a, &r, &pend) == -1)
			goto fail;
	}
	/* A score is one signal among several: the next rules still count. */
	if (pend.scores && !pend.stop)
		r.cont = 1;
	for (i = 0; i < pend.nreplies; i++)
		check_reply(p, &r, pend.replies[i].name, pend.replies[i].line,
		    tmpls);
	free(pend.replies);
	p->rs->v = xreallocarray(p->rs->v, p->rs->n + 1, sizeof *p->rs->v);
	p->rs->v[p->rs->n++] = r;
	p->rule = NULL;
	return;

fail:
	free(pend.replies);
	p->rule = NULL;
	rule_clear(&r);
	resync(p);
}

/*
 * "model FILE" outside any rule: the learned model (learn.c) that
 * learned-queue, learned-priority and "score learned" consult; a relative
 * FILE is taken from the rules directory.  One per rule set.
 */
static void
parse_model(struct parser *p, const char *dir)
{
	struct token	*t = next(p), *arg = peek(p);
	char		*path;
	size_t		 before = p->errors->n;

	if ((arg->type != T_WORD && arg->type != T_STRING) ||
	    arg->line != t->line) {
		perr(p, t->line, "\"model\" needs a file name on the same "
		    "line");
		resync(p);
		return;
	}
	next(p);
	if (p->rs->model_at != NULL) {
		perr(p, t->line, "a second model (the first is at %s)",
		    p->rs->model_at);
		resync(p);
		return;
	}
	if (arg->s[0] == '/')
		path = xstrdup(arg->s);
	else
		xasprintf(&path, "%s/%s", dir, arg->s);
	if (learn_load(path, &p->rs->model, p->errors) == -1) {
		/* learn_load said what is wrong with the model file itself */
		if (p->errors->n == before)
			perr(p, t->line, "cannot load model %s", path);
		else
			perr(p, t->line, "model %s not loaded", path);
	}
	xasprintf(&p->rs->model_at, "%s:%d", p->file, t->line);
	free(path);
	if (peek(p)->type != T_EOF && peek(p)->line == t->line) {
		perr(p, t->line, "\"model\" takes one file name");
		resync(p);
	}
}

static char *
read_rules_file(const char *path, struct strv *errors)
{
	FILE		*f;
	struct stat	 st;
	char		*s;
	size_t		 n;
	const uint8_t	*bad;
	int		 line;

	if ((f = fopen(path, "rb")) == NULL) {
		lex_error(errors, path, 0, "cannot open: %s", strerror(errno));
		return NULL;
	}
	if (fstat(fileno(f), &st) == -1 || !S_ISREG(st.st_mode) ||
	    (size_t)st.st_size > RULES_MAX_FILE) {
		lex_error(errors, path, 0, "not a regular file of at most %u "
		    "bytes", RULES_MAX_FILE);
		fclose(f);
		return NULL;
	}
	s = xmalloc((size_t)st.st_size + 1);
	n = fread(s, 1, (size_t)st.st_size, f);
	fclose(f);
	s[n] = '\0';
	bad = u8_check((const uint8_t *)s, n);
	if (bad == NULL && strlen(s) != n)
		bad = (const uint8_t *)s + strlen(s);
	if (bad != NULL) {
		line = 1;
		for (const char *q = s; q < (const char *)bad; q++)
			if (*q == '\n')
				line++;
		lex_error(errors, path, line, "not valid UTF-8 text");
		free(s);
		return NULL;
	}
	return s;
}

static int
rules_filter(const struct dirent *d)
{
	size_t	 n = strlen(d->d_name);

	return d->d_name[0] != '.' && n > 6 &&
	    strcmp(d->d_name + n - 6, ".rules") == 0;
}

int
rules_load(const char *dir, const struct tmpl_set *tmpls, struct rules **out,
    struct strv *errors)
{
	struct rules	*rs;
	struct dirent	**ents = NULL;
	struct parser	 p;
	char		*path, *text;
	int		 n, i, bad = 0;

	*out = NULL;
	if ((n = scandir(dir, &ents, rules_filter, alphasort)) == -1) {
		lex_error(errors, dir, 0, "cannot read directory: %s",
		    strerror(errno));
		return -1;
	}
	rs = xcalloc(1, sizeof *rs);
	rs->maxgroups = 1;
	for (i = 0; i < n; i++) {
		xasprintf(&path, "%s/%s", dir, ents[i]->d_name);
		memset(&p, 0, sizeof p);
		p.file = path;
		p.errors = errors;
		p.rs = rs;
		/* Editors on some systems start UTF-8 files with a BOM. */
		if ((text = read_rules_file(path, errors)) == NULL ||
		    lex(path, text + (strncmp(text, "\xef\xbb\xbf", 3) == 0 ?
		    3 : 0), &p.t, &p.n, errors) == -1) {
			bad = 1;
			free(text);
			free(path);
			continue;
		}
		free(text);
		while (peek(&p)->type != T_EOF) {
			if (isword(peek(&p), "rule"))
				parse_rule(&p, tmpls);
			else if (isword(peek(&p), "model") && peek(&p)->bol)
				parse_model(&p, dir);
			else {
				perr(&p, peek(&p)->line, "\"%s\" outside a "
				    "rule (a rule starts with \"rule NAME\")",
				    tokdesc(peek(&p)));
				next(&p);
				resync(&p);
			}
		}
		if (p.bad)
			bad = 1;
		tokens_free(p.t, p.n);
		free(path);
	}
	for (i = 0; i < n; i++)
		free(ents[i]);
	free(ents);
	if (bad) {
		rules_free(rs);
		return -1;
	}
	lits_build(&rs->lits);
	rs->mctx = pcre2_match_context_create(NULL);
	pcre2_set_match_limit(rs->mctx, RULES_MATCH_LIMIT);
	pcre2_set_depth_limit(rs->mctx, RULES_DEPTH_LIMIT);
	pcre2_set_heap_limit(rs->mctx, RULES_HEAP_LIMIT);
	*out = rs;
	return 0;
}

void
rules_free(struct rules *rs)
{
	size_t	 i;

	if (rs == NULL)
		return;
	for (i = 0; i < rs->n; i++)
		rule_clear(&rs->v[i]);
	free(rs->v);
	free(rs->lits.v);
	pcre2_match_context_free(rs->mctx);
	learn_free(rs->model);
	free(rs->model_at);
	free(rs);
}

const char *
rules_keyword(enum rules_kw kind, size_t i)
{
	if (kind == RULES_KW_FIELD)
		return i < sizeof fields / sizeof fields[0] ?
		    fields[i].name : NULL;
	return i < sizeof actions / sizeof actions[0] ? actions[i].name : NULL;
}

size_t
rules_count(const struct rules *rs)
{
	return rs == NULL ? 0 : rs->n;
}

/* Evaluation */

struct evalctx {
	const struct rules		*rs;
	const struct rules_input	*in;
	const struct rules_result	*res;		/* so far */
	const struct rule		*rule;
	pcre2_match_data		*md;
	struct buf			*trace;
	char				*text;		/* subject \n body */
	char				*body;		/* the body's own text */
	/* Subject, body and text, folded for ~~ (once per message),
	 * and that again with Greek transliterated. */
	char				*fold[3], *greek[3];
	size_t				 foldlen[3], greeklen[3];
	const struct rules_prep		*prep;	/* those, and the guess,
						   made beforehand: not
						   ours to free */
	unsigned char			*seen[6];	/* literals seen, per
							 * field, raw/folded */
	size_t				 rawlen[3];	/* capped, + 1; 0: not
							 * measured yet */
	struct strv			 vals;		/* per rule capnames */
	struct buf			 why;		/* this rule's match */
	struct strv			 squeues;	/* in order of scoring */
	struct strv			 swhy;		/* "refund +3, ..." */
	int				 spoints[RULES_MAX_QUEUES];
	struct learn_guess		 guess;		/* the model's */
	int				 guessed;
};

static void
trace(struct evalctx *e, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void
trace(struct evalctx *e, const char *fmt, ...)
{
	va_list	 ap;
	char	*s;

	if (e->trace == NULL)
		return;
	va_start(ap, fmt);
	xvasprintf(&s, fmt, ap);
	va_end(ap);
	(void)buf_adds(e->trace, s);	/* a full trace is just cut short */
	free(s);
}

/* Length of s capped at max, backed off to a UTF-8 character boundary. */
static size_t
caplen(const char *s, size_t len, size_t max)
{
	if (len <= max)
		return len;
	while (max > 0 && ((unsigned char)s[max] & 0xc0) == 0x80)
		max--;
	return max;
}

/* A short, one-line excerpt around [so, eo) for traces. */
static void
excerpt(struct buf *out, const char *s, size_t len, size_t so, size_t eo)
{
	size_t	 a, z, i;
	char	 c;

	a = so > RULES_EXCERPT ? so - RULES_EXCERPT : 0;
	while (a > 0 && ((unsigned char)s[a] & 0xc0) == 0x80)
		a--;
	if (eo - so > 2 * RULES_EXCERPT)
		eo = so + caplen(s + so, eo - so, 2 * RULES_EXCERPT);
	z = eo + RULES_EXCERPT < len ? eo + RULES_EXCERPT : len;
	while (z < len && ((unsigned char)s[z] & 0xc0) == 0x80)
		z++;
	buf_adds(out, " \"");
	if (a > 0)
		buf_adds(out, "...");
	for (i = a; i < z; i++) {
		if (i == so)
			buf_adds(out, so == eo ? "[]" : "[");
		c = s[i];
		buf_addc(out, c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
		if (i + 1 == eo)
			buf_adds(out, "]");
	}
	if (z < len)
		buf_adds(out, "...");
	buf_adds(out, "\"");
}

static int
match_re(struct evalctx *e, const struct cond *c, const char *s, size_t len,
    int record)
{
	PCRE2_SIZE	*ov;
	size_t		 i, j;
	int		 rc;
	PCRE2_UCHAR	 msg[128];

	rc = pcre2_match(c->re->code, (PCRE2_SPTR)s, len, 0, 0, e->md,
	    e->rs->mctx);
	if (rc == PCRE2_ERROR_NOMATCH)
		return 0;
	if (rc < 0) {
		pcre2_get_error_message(rc, msg, sizeof msg);
		log_warnx("rule %s (%s:%d): %s: %s; counted as no match",
		    e->rule->name, e->rule->file, e->rule->line, c->desc,
		    (char *)msg);
		trace(e, "  %s: %s, counted as no match\n", c->desc,
		    (char *)msg);
		return 0;
	}
	ov = pcre2_get_ovector_pointer(e->md);
	if (record) {
		trace(e, "  %s matched", c->desc);
		if (e->trace != NULL)
			excerpt(e->trace, s, len, ov[0], ov[1] < ov[0] ?
			    ov[0] : ov[1]);
		trace(e, "\n");
		/* The first match of a rule is what the rule decided on. */
		if (e->why.len == 0) {
			buf_printf(&e->why, "%s matched", c->desc);
			excerpt(&e->why, s, len, ov[0], ov[1] < ov[0] ?
			    ov[0] : ov[1]);
		}
	}
	/* Named groups become template variables; the first value sticks. */
	for (i = 0; i < c->re->names.n; i++) {
		uint32_t	 g = c->re->numbers[i];

		if ((int)g >= rc || ov[2 * g] == PCRE2_UNSET)
			continue;
		for (j = 0; j < e->rule->capnames.n; j++)
			if (strcmp(e->rule->capnames.v[j],
			    c->re->names.v[i]) == 0)
				break;
		if (j == e->rule->capnames.n || e->vals.v[j][0] != '\0')
			continue;
		free(e->vals.v[j]);
		e->vals.v[j] = xstrndup(s + ov[2 * g], caplen(s + ov[2 * g],
		    ov[2 * g + 1] - ov[2 * g], RULES_MAX_CAPTURE));
	}
	return 1;
}

/*
 * A Greeklish pattern (/g) reads Greek, and Greek written in Latin
 * letters: not a mail known to be in another language, whose words the
 * lossy key can spell like Greek ones ("horarios" keys as ωράρια, "pos"
 * as πώς).  A mail in no language we know is still read.
 */
static int
greek_may_apply(const struct evalctx *e)
{
	const char	*l = e->in->msg->lang;

	return l[0] == '\0' || strcmp(l, "el") == 0;
}

/* Test one value of a field against a leaf. */
static int
match_value(struct evalctx *e, const struct cond *c, const char *s,
    size_t len, int record)
{
	char	*f;
	int	 r;

	if (c->op == OP_IS) {
		f = fold_text(s, len, NULL);
		r = strcmp(f, c->str) == 0;
		free(f);
		if (r && record)
			trace(e, "  %s matched\n", c->desc);
		return r;
	}
	if (c->re->fold) {
		if (c->re->greek && !greek_may_apply(e))
			return 0;
		f = fold_text(s, len, &len);
		if (c->re->greek) {
			char	*g = fold_greeklish(f, len, &len);

			free(f);
			f = g;
		}
		r = match_re(e, c, f, len, record);
		free(f);
		return r;
	}
	return match_re(e, c, s, len, record);
}

static int
match_addr(struct evalctx *e, const struct cond *c, const struct mime_addr *a)
{
	char	*s;
	int	 r;

	if (a->addr == NULL)
		return 0;
	if (c->op == OP_IS)
		return match_value(e, c, a->addr, strlen(a->addr), 1);
	if (a->name != NULL && *a->name != '\0')
		xasprintf(&s, "%s <%s>", a->name, a->addr);
	else
		s = xstrdup(a->addr);
	r = match_value(e, c, s, strlen(s), 1);
	free(s);
	return r;
}

/*
 * May the pattern of c match text (slot: which text, raw or folded)?  0
 * when none of its literals occurs there; the text is scanned for every
 * literal once per message.
 */
static int
may_match(struct evalctx *e, const struct cond *c, int slot, const char *s,
    size_t len)
{
	const struct lits	*L = &e->rs->lits;
	size_t			 i;

	if (c->re->lits.n == 0 || L->nlit == 0)
		return 1;
	if (e->seen[slot] == NULL) {
		e->seen[slot] = xcalloc(L->nlit, 1);
		lits_scan(L, s, len, e->seen[slot]);
	}
	for (i = 0; i < c->re->lits.n; i++)
		if (e->seen[slot][c->re->litids[i]])
			return 1;
	return 0;
}

/* subject, body and text are folded once per message, not per rule. */
/*
 * The body as the rules and the model read it: the sender's own text,
 * without the quoted history under it (an earlier mail, our answer) --
 * what the sender says now, not what was said before; the whole body when
 * all of it is quoted.
 */
static const char *
own_body(struct evalctx *e)
{
	const struct mime_message	*m = e->in->msg;
	const char			*b = m->body ? m->body : "";

	if (e->body == NULL)
		e->body = quote_own_text(b, strlen(b));
	return e->body;
}

/* Subject, body or both, as the rules see them (capped); measured once. */
static const char *
big_text(struct evalctx *e, enum field f, size_t *len)
{
	const struct mime_message	*m = e->in->msg;
	const char			*s, *b, *sj;

	switch (f) {
	case F_SUBJECT:
		s = m->subject ? m->subject : "";
		break;
	case F_BODY:
		s = own_body(e);
		break;
	default:
		if (e->text == NULL) {
			b = own_body(e);
			sj = m->subject ? m->subject : "";
			xasprintf(&e->text, "%.*s\n%.*s",
			    (int)caplen(sj, strlen(sj), RULES_MAX_TEXT), sj,
			    (int)caplen(b, strlen(b), RULES_MAX_TEXT), b);
		}
		s = e->text;
		break;
	}
	/* Measured once per message: a long body is not walked per rule. */
	if (e->rawlen[f - F_SUBJECT] == 0)
		e->rawlen[f - F_SUBJECT] = caplen(s, strlen(s),
		    RULES_MAX_TEXT) + 1;
	*len = e->rawlen[f - F_SUBJECT] - 1;
	return s;
}

/*
 * A field folded, once per message.  The text is the folded subject and
 * body joined as folding joins them (a run of white space is one space),
 * so the body, the longest thing folded, is folded once, not twice.
 */
static const char *
big_folded(struct evalctx *e, enum field f, size_t *len)
{
	size_t		 i = f - F_SUBJECT, sl, bl;
	const char	*s, *b;
	struct buf	 out;

	if (e->fold[i] != NULL) {
		*len = e->foldlen[i];
		return e->fold[i];
	}
	if (f == F_TEXT) {
		s = big_folded(e, F_SUBJECT, &sl);
		b = big_folded(e, F_BODY, &bl);
		buf_init(&out, 0);
		buf_add(&out, s, sl);
		if (sl == 0 || s[sl - 1] != ' ')
			buf_addc(&out, ' ');
		if (bl > 0 && b[0] == ' ')
			buf_add(&out, b + 1, bl - 1);
		else
			buf_add(&out, b, bl);
		e->foldlen[i] = out.len;
		e->fold[i] = buf_release(&out);
	} else {
		s = big_text(e, f, &sl);
		e->fold[i] = fold_text(s, sl, &e->foldlen[i]);
	}
	*len = e->foldlen[i];
	return e->fold[i];
}

static int
match_big(struct evalctx *e, const struct cond *c, enum field f)
{
	size_t		 i = f - F_SUBJECT, len, flen;
	const char	*s, *fs;

	s = big_text(e, f, &len);
	if (c->op == OP_RE && c->re->fold) {
		fs = big_folded(e, f, &flen);
		if (!c->re->greek)
			return may_match(e, c, 2 * (int)i + 1, fs, flen) &&
			    match_re(e, c, fs, flen, 1);
		if (!greek_may_apply(e))
			return 0;
		if (e->greek[i] == NULL)
			e->greek[i] = fold_greeklish(fs, flen, &e->greeklen[i]);
		return match_re(e, c, e->greek[i], e->greeklen[i], 1);
	}
	if (c->op == OP_RE && !may_match(e, c, 2 * (int)i, s, len))
		return 0;
	return match_value(e, c, s, len, 1);
}

/*
 * The queue with the highest total so far, if that total is above zero;
 * on a tie, the queue that scored first.  NULL: no queue has won.
 */
static const char *
score_best(const struct evalctx *e)
{
	size_t	 i, best = 0;

	for (i = 1; i < e->squeues.n; i++)
		if (e->spoints[i] > e->spoints[best])
			best = i;
	if (e->squeues.n == 0 || e->spoints[best] <= 0)
		return NULL;
	return e->squeues.v[best];
}

static void
score_add(struct evalctx *e, const struct rule *r, const char *queue, int n)
{
	size_t	 i;
	char	*w;

	for (i = 0; i < e->squeues.n; i++)
		if (strcmp(e->squeues.v[i], queue) == 0)
			break;
	if (i == e->squeues.n) {
		if (i == RULES_MAX_QUEUES) {
			trace(e, "  more than %d queues scored, ignored\n",
			    RULES_MAX_QUEUES);
			return;
		}
		strv_add(&e->squeues, queue);
		strv_add(&e->swhy, "");
		e->spoints[i] = 0;
	}
	e->spoints[i] += n;
	/* Who gave the points, for people; a long list is cut short. */
	if (strlen(e->swhy.v[i]) < RULES_MAX_WHY) {
		xasprintf(&w, "%s%s%s %+d", e->swhy.v[i], *e->swhy.v[i] ?
		    ", " : "", r->name, n);
		free(e->swhy.v[i]);
		e->swhy.v[i] = w;
	} else if (!strstr(e->swhy.v[i], ", ...")) {
		xasprintf(&w, "%s, ...", e->swhy.v[i]);
		free(e->swhy.v[i]);
		e->swhy.v[i] = w;
	}
	trace(e, "  %s now %d\n", queue, e->spoints[i]);
}

/* "billing 5 (refund +3, money +2), technical 2 (crash +2)" */
static char *
score_summary(const struct evalctx *e)
{
	struct buf	 b;
	size_t		 i;

	buf_init(&b, 0);
	for (i = 0; i < e->squeues.n; i++)
		buf_printf(&b, "%s%s %d (%s)", i ? ", " : "", e->squeues.v[i],
		    e->spoints[i], e->swhy.v[i]);
	return buf_release(&b);
}

/* The model's class for head h, classifying the message on first use. */
static const char *
learned(struct evalctx *e, enum learn_head h)
{
	const struct learn_model	*m = e->rs->model;
	const struct mime_message	*msg = e->in->msg;
	size_t				 hh, c;

	if (m == NULL)
		return NULL;
	if (!e->guessed) {
		if (e->prep != NULL && e->prep->guessed)
			e->guess = e->prep->guess;
		else
			learn_classify(m, msg->subject, own_body(e), &e->guess);
		e->guessed = 1;
		for (hh = 0; hh < LEARN_NHEADS; hh++) {
			trace(e, "  learned %s:", learn_head_names[hh]);
			for (c = 0; c < learn_nclasses(m, hh); c++)
				trace(e, " %s %.2f", learn_class(m, hh, c),
				    e->guess.p[hh][c]);
			trace(e, "\n");
		}
	}
	return learn_class(m, h, e->guess.best[h]);
}

/* learned-queue / learned-priority: the model's class, and how sure. */
static int
match_learned(struct evalctx *e, const struct cond *c, enum learn_head h)
{
	const char	*s = learned(e, h);

	if (s == NULL || !match_value(e, c, s, strlen(s), 1))
		return 0;
	if (c->sure > 0 && e->guess.p[h][e->guess.best[h]] * 100 < c->sure)
		return 0;
	if (e->why.len == 0)
		buf_printf(&e->why, "%s matched (the model: %s %.2f)",
		    c->desc, s, e->guess.p[h][e->guess.best[h]]);
	return 1;
}

/* "score learned N": each queue of the model gets N times its probability. */
static void
score_learned(struct evalctx *e, const struct rule *r, int n)
{
	const struct learn_model	*m = e->rs->model;
	size_t				 c;
	double				 x;

	if (learned(e, LEARN_QUEUE) == NULL)
		return;
	for (c = 0; c < learn_nclasses(m, LEARN_QUEUE); c++) {
		x = n * e->guess.p[LEARN_QUEUE][c];
		x += x < 0 ? -0.5 : 0.5;
		if ((int)x != 0)
			score_add(e, r, learn_class(m, LEARN_QUEUE, c), (int)x);
	}
}

static int
eval_leaf(struct evalctx *e, const struct cond *c)
{
	const struct mime_message	*m = e->in->msg;
	const char	*s;
	size_t		 i;

	switch (c->field) {
	case F_SUBJECT:
	case F_BODY:
	case F_TEXT:
		return match_big(e, c, c->field);
	case F_FROM:
		return match_addr(e, c, &m->from);
	case F_TO:
		for (i = 0; i < m->nto; i++)
			if (match_addr(e, c, &m->to[i]))
				return 1;
		return 0;
	case F_CC:
		for (i = 0; i < m->ncc; i++)
			if (match_addr(e, c, &m->cc[i]))
				return 1;
		return 0;
	case F_HEADER:
		for (i = 0; i < m->nheaders; i++) {
			if (strcasecmp(m->headers[i].name, c->header) != 0)
				continue;
			s = m->headers[i].value ? m->headers[i].value : "";
			if (match_value(e, c, s, caplen(s, strlen(s),
			    RULES_MAX_TEXT), 1))
				return 1;
		}
		return 0;
	case F_ATTACHMENT:
	case F_ATTACHTYPE:
		for (i = 0; i < m->nattachments; i++) {
			s = c->field == F_ATTACHMENT ? m->attachments[i].name :
			    m->attachments[i].type;
			if (s != NULL && match_value(e, c, s, strlen(s), 1))
				return 1;
		}
		return 0;
	case F_LANGUAGE:
		s = m->lang;
		break;
	case F_MAILBOX:
		s = e->in->mailbox;
		break;
	case F_QUEUE:
		s = e->in->queue;
		break;
	case F_STATUS:
		s = e->in->status;
		break;
	case F_BEST:
		s = (s = score_best(e)) != NULL ? s : "none";
		break;
	case F_LQUEUE:
	case F_LPRIORITY:
		return match_learned(e, c, c->field == F_LQUEUE ? LEARN_QUEUE :
		    LEARN_PRIORITY);
	default:
		return 0;
	}
	if (s == NULL)
		return 0;
	return match_value(e, c, s, strlen(s), 1);
}

static int
eval_cond(struct evalctx *e, const struct cond *c)
{
	switch (c->type) {
	case C_AND:
		return eval_cond(e, c->a) && eval_cond(e, c->b);
	case C_OR:
		return eval_cond(e, c->a) || eval_cond(e, c->b);
	case C_NOT:
		return !eval_cond(e, c->a);
	case C_NEW:
	case C_REPLY:
		if ((c->type == C_NEW) == (e->in->is_new != 0)) {
			trace(e, "  %s matched\n", c->desc);
			return 1;
		}
		return 0;
	case C_TAGGED:
		/* the case's tags, or one an earlier rule has just added */
		if ((e->in->tags != NULL && strv_has(e->in->tags, c->str)) ||
		    strv_has(&e->res->tags, c->str)) {
			trace(e, "  %s matched\n", c->desc);
			return 1;
		}
		return 0;
	case C_LEAF:
		return eval_leaf(e, c);
	}
	return 0;
}

static void
set_scalar(char **dst, const char *v)
{
	free(*dst);
	*dst = xstrdup(v);
}

static void
add_unique(struct strv *sv, const char *v)
{
	if (!strv_has(sv, v))
		strv_add(sv, v);
}

/* "rule NAME (file:line): what matched" */
static void
decided_by(struct evalctx *e, const struct rule *r, char **dst)
{
	free(*dst);
	xasprintf(dst, "rule %s (%s:%d)%s%s", r->name, r->file, r->line,
	    e->why.len ? ": " : "", e->why.len ? e->why.data : "");
}

static void
apply_rule(struct evalctx *e, const struct rule *r, struct rules_result *res)
{
	const struct action	*a;
	size_t			 i, j;

	for (i = 0; i < r->capnames.n; i++) {
		trace(e, "  capture %s = \"%s\"\n", r->capnames.v[i],
		    e->vals.v[i]);
		for (j = 0; j < res->var_names.n; j++)
			if (strcmp(res->var_names.v[j], r->capnames.v[i]) == 0)
				break;
		if (j < res->var_names.n) {
			free(res->var_values.v[j]);
			res->var_values.v[j] = xstrdup(e->vals.v[i]);
		} else {
			strv_add(&res->var_names, r->capnames.v[i]);
			strv_add(&res->var_values, e->vals.v[i]);
		}
	}
	for (i = 0; i < r->nactions; i++) {
		a = &r->actions[i];
		for (j = 0; j < sizeof actions / sizeof actions[0]; j++)
			if (actions[j].type == a->type)
				break;
		if (a->type == A_SCORE)
			trace(e, "  action score %s %d\n", a->arg, a->n);
		else
			trace(e, "  action %s%s%s\n", actions[j].name,
			    a->arg ? " " : "", a->arg ? a->arg : "");
		switch (a->type) {
		case A_QUEUE:
			set_scalar(&res->queue, a->arg);
			decided_by(e, r, &res->queue_by);
			break;
		case A_PRIORITY:
			set_scalar(&res->priority, a->arg);
			decided_by(e, r, &res->priority_by);
			break;
		case A_SCORE:
			if (strcmp(a->arg, "learned") == 0)
				score_learned(e, r, a->n);
			else
				score_add(e, r, a->arg, a->n);
			break;
		case A_STATUS:
			set_scalar(&res->status, a->arg);
			break;
		case A_ASSIGN:
			set_scalar(&res->assignee, a->arg);
			break;
		case A_REPLY:
			set_scalar(&res->reply, a->arg);
			break;
		case A_TAG:
			add_unique(&res->tags, a->arg);
			break;
		case A_NOTIFY:
			add_unique(&res->notify, a->arg);
			break;
		case A_FORWARD:
			add_unique(&res->forward, a->arg);
			break;
		case A_ESCALATE:
			res->escalate = 1;
			break;
		case A_QUARANTINE:
			res->quarantine = 1;
			break;
		case A_DROP:
			res->drop = 1;
			break;
		case A_STOP:
		case A_CONTINUE:
			break;
		}
	}
	strv_add(&res->matched, r->name);
}

struct rules_prep *
rules_prepare(const struct rules *rs, const struct mime_message *msg)
{
	struct rules_prep	*rp = xcalloc(1, sizeof *rp);
	struct rules_input	 in;
	struct evalctx		 e;
	enum field		 f;
	size_t			 i, len;
	int			 need;

	if (rs == NULL || msg == NULL)
		return rp;
	memset(&in, 0, sizeof in);
	in.msg = msg;
	memset(&e, 0, sizeof e);
	e.rs = rs;
	e.in = &in;
	for (f = F_SUBJECT; f <= F_TEXT; f++) {
		i = f - F_SUBJECT;
		/* The model reads the text and its key too. */
		need = rs->needfold[i] || rs->needgreek[i] ||
		    (f == F_TEXT && rs->model != NULL);
		/* The text is joined from the folded subject and body. */
		if (need || (f != F_TEXT && (rs->needfold[2] ||
		    rs->needgreek[2] || rs->model != NULL)))
			(void)big_folded(&e, f, &len);
		if ((rs->needgreek[i] || (f == F_TEXT && rs->model != NULL)) &&
		    e.greek[i] == NULL)
			e.greek[i] = fold_greeklish(e.fold[i], e.foldlen[i],
			    &e.greeklen[i]);
	}
	if (rs->model != NULL) {
		/*
		 * The model folds "subject\nbody" as the text field is folded:
		 * within its own cap, that work is done once, here.
		 */
		if (strlen(msg->subject ? msg->subject : "") < LEARN_MAX_TEXT &&
		    strlen(own_body(&e)) < LEARN_MAX_TEXT)
			learn_classify_folded(rs->model, e.fold[2], e.greek[2],
			    &rp->guess);
		else
			learn_classify(rs->model, msg->subject, own_body(&e),
			    &rp->guess);
		rp->guessed = 1;
	}
	for (i = 0; i < 3; i++) {
		rp->fold[i] = e.fold[i];
		rp->foldlen[i] = e.foldlen[i];
		rp->greek[i] = e.greek[i];
		rp->greeklen[i] = e.greeklen[i];
	}
	free(e.text);
	free(e.body);
	return rp;
}

void
rules_prep_free(struct rules_prep *rp)
{
	size_t	 i;

	if (rp == NULL)
		return;
	for (i = 0; i < 3; i++) {
		free(rp->fold[i]);
		free(rp->greek[i]);
	}
	free(rp);
}

void
rules_eval(const struct rules *rs, const struct rules_input *in,
    struct rules_result *res, struct buf *tr)
{
	struct evalctx	 e;
	const struct rule *r;
	const char	*best;
	size_t		 i, k;
	int		 m;

	memset(res, 0, sizeof *res);
	if (rs == NULL || in == NULL || in->msg == NULL)
		return;
	memset(&e, 0, sizeof e);
	e.rs = rs;
	e.in = in;
	e.res = res;
	e.trace = tr;
	if ((e.prep = in->prep) != NULL)
		for (i = 0; i < 3; i++) {
			e.fold[i] = in->prep->fold[i];
			e.foldlen[i] = in->prep->foldlen[i];
			e.greek[i] = in->prep->greek[i];
			e.greeklen[i] = in->prep->greeklen[i];
		}
	e.md = pcre2_match_data_create(rs->maxgroups, NULL);
	buf_init(&e.why, 4096);
	for (i = 0; i < rs->n; i++) {
		r = e.rule = &rs->v[i];
		buf_reset(&e.why);
		trace(&e, "rule %s (%s:%d)\n", r->name, r->file, r->line);
		for (k = 0; k < r->capnames.n; k++)
			strv_add(&e.vals, "");
		m = r->when == NULL ? 1 : eval_cond(&e, r->when);
		if (m) {
			for (k = 0; k < r->ncaptures; k++)
				if (eval_leaf(&e, r->captures[k]) == 0)
					trace(&e, "  capture %s: no match\n",
					    r->captures[k]->desc);
			apply_rule(&e, r, res);
			trace(&e, "  => matched, %s\n", r->cont ? "continue" :
			    "stop");
		} else
			trace(&e, "  => no match\n");
		strv_free(&e.vals);
		if (m && !r->cont)
			break;
	}
	if (e.squeues.n > 0) {
		res->scores = score_summary(&e);
		trace(&e, "scores: %s\n", res->scores);
		/* A rule that named a queue has decided; else the scores. */
		if (res->queue == NULL && (best = score_best(&e)) != NULL) {
			res->queue = xstrdup(best);
			xasprintf(&res->queue_by, "scores: %s", res->scores);
			trace(&e, "=> queue %s by score\n", best);
		}
	}
	pcre2_match_data_free(e.md);
	free(e.body);
	buf_free(&e.why);
	strv_free(&e.squeues);
	strv_free(&e.swhy);
	free(e.text);
	for (i = 0; i < 3; i++) {
		if (e.prep == NULL || e.fold[i] != e.prep->fold[i])
			free(e.fold[i]);
		if (e.prep == NULL || e.greek[i] != e.prep->greek[i])
			free(e.greek[i]);
	}
	for (i = 0; i < sizeof e.seen / sizeof e.seen[0]; i++)
		free(e.seen[i]);
}

void
rules_result_free(struct rules_result *res)
{
	free(res->queue);
	free(res->priority);
	free(res->status);
	free(res->assignee);
	free(res->reply);
	strv_free(&res->tags);
	strv_free(&res->notify);
	strv_free(&res->forward);
	strv_free(&res->var_names);
	strv_free(&res->var_values);
	strv_free(&res->matched);
	free(res->queue_by);
	free(res->priority_by);
	free(res->scores);
	memset(res, 0, sizeof *res);
}
