/*
 * json.c -- a small JSON writer for reports and stored attachment lists.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "json.h"
#include "log.h"

void
json_escape(struct buf *b, const char *s, size_t len)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i;

	buf_addc(b, '"');
	for (i = 0; i < len; i++) {
		unsigned char c = p[i];

		if (c == '"' || c == '\\')
			buf_printf(b, "\\%c", c);
		else if (c == '\n')
			buf_adds(b, "\\n");
		else if (c == '\t')
			buf_adds(b, "\\t");
		else if (c == '\r')
			buf_adds(b, "\\r");
		else if (c < 0x20 || c == 0x7f)
			buf_printf(b, "\\u%04x", c);
		else if (c == 0xc2 && i + 1 < len && p[i + 1] >= 0x80 &&
		    p[i + 1] <= 0x9f) {
			/* A C1 control (U+0080..U+009F): CSI among them. */
			buf_printf(b, "\\u%04x", p[i + 1]);
			i++;
		} else
			buf_addc(b, (char)c);
	}
	buf_addc(b, '"');
}

void
json_init(struct json *j, struct buf *b)
{
	memset(j, 0, sizeof *j);
	j->b = b;
	j->first[0] = 1;
}

/* A comma before every value but the first of its container. */
static void
sep(struct json *j)
{
	if (!j->first[j->depth])
		buf_addc(j->b, ',');
	j->first[j->depth] = 0;
}

void
json_open(struct json *j, char c)
{
	sep(j);
	if (j->depth + 1 >= JSON_DEPTH)
		fatalx("json: nested too deep");
	buf_addc(j->b, c);
	j->first[++j->depth] = 1;
}

void
json_close(struct json *j, char c)
{
	if (j->depth == 0)
		fatalx("json: close without open");
	j->depth--;
	buf_addc(j->b, c);
}

void
json_key(struct json *j, const char *k)
{
	sep(j);
	json_escape(j->b, k, strlen(k));
	buf_addc(j->b, ':');
	/* The value that follows takes no comma of its own. */
	j->first[j->depth] = 1;
}

void
json_string(struct json *j, const char *s)
{
	if (s == NULL) {
		json_null(j);
		return;
	}
	sep(j);
	json_escape(j->b, s, strlen(s));
}

void
json_bytes(struct json *j, const char *s, size_t len)
{
	sep(j);
	json_escape(j->b, s, len);
}

void
json_int(struct json *j, long long v)
{
	sep(j);
	buf_printf(j->b, "%lld", v);
}

void
json_null(struct json *j)
{
	sep(j);
	buf_adds(j->b, "null");
}

void
json_raw(struct json *j, const char *s)
{
	sep(j);
	buf_adds(j->b, s != NULL && *s != '\0' ? s : "null");
}

void
json_time(struct json *j, int64_t t)
{
	char		 s[32];
	struct tm	 tm;
	time_t		 tt = (time_t)t;

	gmtime_r(&tt, &tm);
	strftime(s, sizeof s, "%Y-%m-%dT%H:%M:%SZ", &tm);
	json_string(j, s);
}
