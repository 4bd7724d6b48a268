/*
 * tmpl.c -- reply templates.  One file per template and language,
 * NAME.LANG.txt: a header part (only Subject:, which is required), a blank
 * line, then the body.  Variables are written {{name}}; every name a
 * template uses is collected at load time so that supportd -n can tell an
 * admin which rule would fail to fill it, before a customer ever writes.
 */
#include <sys/stat.h>

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <unistr.h>

#include "log.h"
#include "tmpl.h"
#include "xmalloc.h"

#define TMPL_MAX_FILE	(256U * 1024)	/* one template file */
#define TMPL_MAX_OUT	(1024U * 1024)	/* one rendered body */
#define TMPL_MAX_VAR	64		/* length of a variable name */

const char *const tmpl_base_vars[] = {
	"case.ref", "case.queue", "case.priority", "case.status",
	"customer.name", "customer.address", "message.subject",
	"message.date", "desk.address", "desk.name", NULL
};

struct tmpl {
	char		*name;
	char		 lang[8];
	char		*file;
	char		*subject;	/* raw, with {{vars}} */
	char		*body;
	struct strv	 vars;
};

struct tmpl_set {
	struct tmpl	*v;
	size_t		 n;
	char		 deflang[8];
};

static void
tmpl_error(struct strv *errors, const char *file, int line,
    const char *fmt, ...) __attribute__((format(printf, 4, 5)));

static void
tmpl_error(struct strv *errors, const char *file, int line,
    const char *fmt, ...)
{
	va_list	 ap;
	char	*msg, *full;

	va_start(ap, fmt);
	xvasprintf(&msg, fmt, ap);
	va_end(ap);
	xasprintf(&full, "%s:%d: %s", file, line, msg);
	strv_add(errors, full);
	free(msg);
	free(full);
}

static int
tmpl_varchar(int c)
{
	return isalnum((unsigned char)c) || c == '_' || c == '.' || c == '-';
}

/*
 * Find the next {{name}} in s.  Returns 1 and the name's bounds and the
 * end of the whole reference, 0 when there is none, -1 on a malformed one
 * (*end then points at the "{{").
 */
static int
tmpl_nextvar(const char *s, const char **start, const char **name,
    size_t *namelen, const char **end)
{
	const char	*p, *q;

	if ((p = strstr(s, "{{")) == NULL)
		return 0;
	*start = p;
	q = p + 2;
	while (*q == ' ' || *q == '\t')
		q++;
	*name = q;
	while (tmpl_varchar(*q))
		q++;
	*namelen = (size_t)(q - *name);
	while (*q == ' ' || *q == '\t')
		q++;
	if (*namelen == 0 || *namelen > TMPL_MAX_VAR || q[0] != '}' ||
	    q[1] != '}') {
		*end = p;
		return -1;
	}
	*end = q + 2;
	return 1;
}

static int
tmpl_lineof(const char *base, const char *p, int first)
{
	int	 line = first;

	for (; base < p; base++)
		if (*base == '\n')
			line++;
	return line;
}

/* Collect the variables of text, reporting malformed references. */
static int
tmpl_scan(const char *text, const char *file, int firstline,
    struct strv *vars, struct strv *errors)
{
	const char	*p = text, *start, *name, *end;
	size_t		 namelen;
	char		*v;
	int		 r, bad = 0;

	while ((r = tmpl_nextvar(p, &start, &name, &namelen, &end)) != 0) {
		if (r == -1) {
			tmpl_error(errors, file, tmpl_lineof(text, end,
			    firstline), "malformed variable: \"{{\" must be "
			    "followed by a name and \"}}\"");
			bad = 1;
			p = end + 2;
			continue;
		}
		v = xstrndup(name, namelen);
		if (!strv_has(vars, v))
			strv_add(vars, v);
		free(v);
		p = end;
	}
	return bad ? -1 : 0;
}

/* Split NAME.LANG.txt; 0 if the file name has that shape. */
static int
tmpl_splitname(const char *fn, char **name, char lang[8])
{
	const char	*dot1, *dot2;
	const char	*p;
	size_t		 n;

	n = strlen(fn);
	if (n < 4 || strcmp(fn + n - 4, ".txt") != 0)
		return -1;
	dot2 = fn + n - 4;
	for (dot1 = dot2 - 1; dot1 > fn && *dot1 != '.'; dot1--)
		;
	if (dot1 <= fn || dot2 - dot1 - 1 < 2 || dot2 - dot1 - 1 > 7)
		return -1;
	for (p = dot1 + 1; p < dot2; p++)
		if (!islower((unsigned char)*p) && *p != '-')
			return -1;
	for (p = fn; p < dot1; p++)
		if (!isalnum((unsigned char)*p) && *p != '-' && *p != '_')
			return -1;
	memcpy(lang, dot1 + 1, (size_t)(dot2 - dot1 - 1));
	lang[dot2 - dot1 - 1] = '\0';
	*name = xstrndup(fn, (size_t)(dot1 - fn));
	return 0;
}

static char *
tmpl_readfile(const char *path, size_t *lenp, struct strv *errors)
{
	FILE		*f;
	struct stat	 st;
	char		*p;
	size_t		 n;

	if ((f = fopen(path, "rb")) == NULL) {
		tmpl_error(errors, path, 0, "cannot open: %s", strerror(errno));
		return NULL;
	}
	if (fstat(fileno(f), &st) == -1 || !S_ISREG(st.st_mode)) {
		tmpl_error(errors, path, 0, "not a regular file");
		fclose(f);
		return NULL;
	}
	if ((size_t)st.st_size > TMPL_MAX_FILE) {
		tmpl_error(errors, path, 0, "file too large (over %u bytes)",
		    TMPL_MAX_FILE);
		fclose(f);
		return NULL;
	}
	p = xmalloc((size_t)st.st_size + 1);
	n = fread(p, 1, (size_t)st.st_size, f);
	fclose(f);
	p[n] = '\0';
	*lenp = n;
	return p;
}

/*
 * Parse one template file's text into t (subject, body, vars).  CRLF is
 * taken as LF so that files edited on any system behave alike.
 */
static int
tmpl_parse(struct tmpl *t, const char *text, size_t len, struct strv *errors)
{
	struct buf	 b;
	char		*s, *line, *next, *colon;
	int		 lineno = 0, bodyline = 0, bad = 0;

	if (memchr(text, '\0', len) != NULL ||
	    u8_check((const uint8_t *)text, len) != NULL) {
		tmpl_error(errors, t->file, 1, "not valid UTF-8 text");
		return -1;
	}
	/* Editors on some systems start UTF-8 files with a BOM. */
	if (len >= 3 && memcmp(text, "\xef\xbb\xbf", 3) == 0) {
		text += 3;
		len -= 3;
	}
	buf_init(&b, 0);
	for (; len > 0; text++, len--)
		if (!(text[0] == '\r' && len > 1 && text[1] == '\n'))
			buf_addc(&b, *text);
	s = buf_release(&b);

	for (line = s; ; line = next) {
		lineno++;
		if ((next = strchr(line, '\n')) == NULL) {
			tmpl_error(errors, t->file, lineno, "no blank line "
			    "between the header part and the body");
			bad = 1;
			break;
		}
		*next++ = '\0';
		if (*line == '\0') {
			bodyline = lineno + 1;
			t->body = xstrdup(next);
			break;
		}
		if ((*line == ' ' || *line == '\t') && t->subject != NULL) {
			/* A folded header line continues the subject. */
			char	*joined;

			xasprintf(&joined, "%s %s", t->subject,
			    line + strspn(line, " \t"));
			free(t->subject);
			t->subject = joined;
			continue;
		}
		if ((colon = strchr(line, ':')) == NULL) {
			tmpl_error(errors, t->file, lineno, "expected a header "
			    "line \"Subject: ...\" or a blank line");
			bad = 1;
			continue;
		}
		*colon = '\0';
		if (strcasecmp(line, "Subject") != 0) {
			tmpl_error(errors, t->file, lineno, "unknown header "
			    "\"%s\" (only Subject: is allowed)", line);
			bad = 1;
			continue;
		}
		if (t->subject != NULL) {
			tmpl_error(errors, t->file, lineno, "Subject: given "
			    "twice");
			bad = 1;
			continue;
		}
		t->subject = xstrdup(colon + 1 + strspn(colon + 1, " \t"));
		if (tmpl_scan(t->subject, t->file, lineno, &t->vars,
		    errors) == -1)
			bad = 1;
	}
	if (t->subject == NULL) {
		tmpl_error(errors, t->file, 1, "missing Subject: header");
		bad = 1;
	}
	if (t->body != NULL && tmpl_scan(t->body, t->file, bodyline,
	    &t->vars, errors) == -1)
		bad = 1;
	free(s);
	return bad ? -1 : 0;
}

static void
tmpl_clear(struct tmpl *t)
{
	free(t->name);
	free(t->file);
	free(t->subject);
	free(t->body);
	strv_free(&t->vars);
}

static int
tmpl_filter(const struct dirent *d)
{
	size_t	 n = strlen(d->d_name);

	return d->d_name[0] != '.' && n > 4 &&
	    strcmp(d->d_name + n - 4, ".txt") == 0;
}

static const struct tmpl *
tmpl_find(const struct tmpl_set *set, const char *name, const char *lang)
{
	size_t	 i;

	for (i = 0; i < set->n; i++)
		if (strcmp(set->v[i].name, name) == 0 &&
		    (lang == NULL || strcmp(set->v[i].lang, lang) == 0))
			return &set->v[i];
	return NULL;
}

int
tmpl_load(const char *dir, const char *default_lang, struct tmpl_set **out,
    struct strv *errors)
{
	struct tmpl_set	*set;
	struct dirent	**ents = NULL;
	struct tmpl	 t;
	char		*path, *text;
	size_t		 len, i, j;
	int		 n, bad = 0;

	*out = NULL;
	set = xcalloc(1, sizeof *set);
	if (default_lang == NULL || *default_lang == '\0')
		default_lang = "en";
	snprintf(set->deflang, sizeof set->deflang, "%s", default_lang);

	if ((n = scandir(dir, &ents, tmpl_filter, alphasort)) == -1) {
		tmpl_error(errors, dir, 0, "cannot read directory: %s",
		    strerror(errno));
		free(set);
		return -1;
	}
	for (i = 0; i < (size_t)n; i++) {
		memset(&t, 0, sizeof t);
		xasprintf(&path, "%s/%s", dir, ents[i]->d_name);
		if (tmpl_splitname(ents[i]->d_name, &t.name, t.lang) == -1) {
			tmpl_error(errors, path, 0, "file name is not "
			    "NAME.LANG.txt (NAME: letters, digits, - and _; "
			    "LANG: a lower-case language code)");
			free(path);
			bad = 1;
			continue;
		}
		t.file = path;
		if ((text = tmpl_readfile(path, &len, errors)) == NULL ||
		    tmpl_parse(&t, text, len, errors) == -1) {
			free(text);
			tmpl_clear(&t);
			bad = 1;
			continue;
		}
		free(text);
		set->v = xreallocarray(set->v, set->n + 1, sizeof *set->v);
		set->v[set->n++] = t;
	}
	for (i = 0; i < (size_t)n; i++)
		free(ents[i]);
	free(ents);

	/* Every template must exist in the language we fall back to. */
	for (i = 0; i < set->n; i++) {
		for (j = 0; j < i; j++)
			if (strcmp(set->v[j].name, set->v[i].name) == 0)
				break;
		if (j < i)
			continue;
		if (tmpl_find(set, set->v[i].name, set->deflang) == NULL) {
			tmpl_error(errors, set->v[i].file, 1, "template \"%s\" "
			    "has no version in the default language (%s/%s.%s"
			    ".txt is missing)", set->v[i].name, dir,
			    set->v[i].name, set->deflang);
			bad = 1;
		}
	}
	if (bad) {
		tmpl_free(set);
		return -1;
	}
	*out = set;
	return 0;
}

void
tmpl_free(struct tmpl_set *set)
{
	size_t	 i;

	if (set == NULL)
		return;
	for (i = 0; i < set->n; i++)
		tmpl_clear(&set->v[i]);
	free(set->v);
	free(set);
}

int
tmpl_exists(const struct tmpl_set *set, const char *name)
{
	return set != NULL && tmpl_find(set, name, NULL) != NULL;
}

void
tmpl_vars(const struct tmpl_set *set, const char *name, struct strv *out)
{
	size_t	 i, j;

	if (set == NULL)
		return;
	for (i = 0; i < set->n; i++) {
		if (strcmp(set->v[i].name, name) != 0)
			continue;
		for (j = 0; j < set->v[i].vars.n; j++)
			if (!strv_has(out, set->v[i].vars.v[j]))
				strv_add(out, set->v[i].vars.v[j]);
	}
}

const char *
tmpl_file(const struct tmpl_set *set, const char *name)
{
	const struct tmpl	*t;

	if (set == NULL || (t = tmpl_find(set, name, NULL)) == NULL)
		return NULL;
	return t->file;
}

/* Substitute the variables of text into *out; -1 and *cause if one lacks. */
static int
tmpl_fill(const char *text, const struct strv *names,
    const struct strv *values, char **out, char **cause)
{
	struct buf	 b;
	const char	*p = text, *start, *name, *end, *val;
	size_t		 namelen, i;
	int		 r;

	buf_init(&b, TMPL_MAX_OUT);
	while ((r = tmpl_nextvar(p, &start, &name, &namelen, &end)) != 0) {
		if (r == -1) {
			/* Load refuses these; keep the text if one slips by. */
			buf_add(&b, p, (size_t)(end + 2 - p));
			p = end + 2;
			continue;
		}
		buf_add(&b, p, (size_t)(start - p));
		val = NULL;
		for (i = 0; names != NULL && values != NULL &&
		    i < names->n && i < values->n; i++)
			if (strlen(names->v[i]) == namelen &&
			    strncmp(names->v[i], name, namelen) == 0) {
				val = values->v[i];
				break;
			}
		if (val == NULL) {
			xasprintf(cause, "variable {{%.*s}} has no value",
			    (int)namelen, name);
			buf_free(&b);
			return -1;
		}
		if (buf_adds(&b, val) == -1) {
			xasprintf(cause, "rendered text too long");
			buf_free(&b);
			return -1;
		}
		p = end;
	}
	if (buf_adds(&b, p) == -1) {
		xasprintf(cause, "rendered text too long");
		buf_free(&b);
		return -1;
	}
	*out = buf_release(&b);
	return 0;
}

int
tmpl_render(const struct tmpl_set *set, const char *name, const char *lang,
    const struct strv *names, const struct strv *values, char **subject,
    char **body, char used_lang[8], char **cause)
{
	const struct tmpl	*t = NULL;
	char			*p;

	*subject = *body = NULL;
	if (set == NULL) {
		xasprintf(cause, "no templates loaded");
		return -1;
	}
	if (lang != NULL && *lang != '\0')
		t = tmpl_find(set, name, lang);
	if (t == NULL)
		t = tmpl_find(set, name, set->deflang);
	if (t == NULL) {
		xasprintf(cause, "unknown template \"%s\"", name);
		return -1;
	}
	if (tmpl_fill(t->subject, names, values, subject, cause) == -1)
		return -1;
	if (tmpl_fill(t->body, names, values, body, cause) == -1) {
		free(*subject);
		*subject = NULL;
		return -1;
	}
	/*
	 * A value may carry CR or LF (a customer's subject, a capture): in a
	 * subject that could start a new header, so it becomes a space.
	 */
	for (p = *subject; *p != '\0'; p++)
		if (*p == '\r' || *p == '\n')
			*p = ' ';
	snprintf(used_lang, 8, "%s", t->lang);
	return 0;
}
