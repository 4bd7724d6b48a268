/*
 * fuzz_mime.c -- libFuzzer target for the message parser: any byte string
 * must parse (or be refused) without a crash, an overread or a leak, and
 * every string it yields must be valid UTF-8.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "charset.h"
#include "mime.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct mime_message	*m;
	char			*cause = NULL;
	size_t			 i;

	if (mime_parse((const char *)data, size, NULL, &m, &cause) != 0) {
		free(cause);
		return 0;
	}
	if (!charset_valid_utf8(m->body, strlen(m->body)) ||
	    !charset_valid_utf8(m->subject, strlen(m->subject)))
		abort();
	for (i = 0; i < m->nheaders; i++)
		if (strchr(m->headers[i].value, '\n') != NULL ||
		    !charset_valid_utf8(m->headers[i].value,
		    strlen(m->headers[i].value)))
			abort();
	for (i = 0; i < m->nattachments; i++)
		if (!charset_valid_utf8(m->attachments[i].name,
		    strlen(m->attachments[i].name)))
			abort();
	mime_free(m);
	return 0;
}
