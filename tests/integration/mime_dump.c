/*
 * mime_dump.c -- what daemon/mime.c makes of each message file, as one JSON
 * object per line, for tests/t_external.sh to compare with an independent
 * parser: {"file", "subject", "from_name", "from_addr", "body",
 * "body_html", "attachments": [names], "defects"}.
 *
 *   mime_dump FILE...
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mime.h"
#include "xmalloc.h"

/* A JSON string: quotes, backslashes and every control escaped. */
static void
json_str(const char *s)
{
	const unsigned char	*p;

	putchar('"');
	for (p = (const unsigned char *)(s ? s : ""); *p != '\0'; p++) {
		if (*p == '"' || *p == '\\')
			printf("\\%c", *p);
		else if (*p == '\n')
			fputs("\\n", stdout);
		else if (*p < 0x20 || *p == 0x7f)
			printf("\\u%04x", *p);
		else
			putchar(*p);
	}
	putchar('"');
}

static int
dump(const char *path)
{
	struct mime_message	*m;
	struct buf		 b;
	char			*cause = NULL, chunk[65536];
	FILE			*f;
	size_t			 n, i;

	if ((f = fopen(path, "rb")) == NULL) {
		perror(path);
		return -1;
	}
	buf_init(&b, MIME_MAX_SIZE);
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_add(&b, chunk, n);
	fclose(f);
	fputs("{\"file\": ", stdout);
	json_str(path);
	if (mime_parse(b.data, b.len, NULL, &m, &cause) != 0) {
		fputs(", \"error\": ", stdout);
		json_str(cause);
		fputs("}\n", stdout);
		free(cause);
		buf_free(&b);
		return 0;
	}
	fputs(", \"subject\": ", stdout);
	json_str(m->subject);
	fputs(", \"from_name\": ", stdout);
	json_str(m->from.name);
	fputs(", \"from_addr\": ", stdout);
	json_str(m->from.addr);
	fputs(", \"body\": ", stdout);
	json_str(m->body);
	printf(", \"body_html\": %d, \"attachments\": [", m->body_html);
	for (i = 0; i < m->nattachments; i++) {
		if (i > 0)
			fputs(", ", stdout);
		json_str(m->attachments[i].name);
	}
	fputs("], \"defects\": ", stdout);
	json_str(m->defects);
	fputs("}\n", stdout);
	mime_free(m);
	buf_free(&b);
	return 0;
}

int
main(int argc, char *argv[])
{
	int	 i, rc = 0;

	for (i = 1; i < argc; i++)
		if (dump(argv[i]) == -1)
			rc = 1;
	return rc;
}
