/*
 * fuzz_skeleton.c -- libFuzzer target for how a large message is parsed
 * (mime.c's skeleton: the middle of long base64 runs cut, attachments
 * pointed back at their raw bytes).  The input is split in two around 1.1
 * MiB of base64 lines, so its headers, boundaries and part types decide
 * what is cut; the parse must not crash, overread or leak, every string
 * must be valid UTF-8, and every attachment must lie inside the message.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "charset.h"
#include "mime.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

#define FILL	(1100U * 1024)

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char		*msg;
	struct mime_message	*m;
	char			*cause = NULL, *out;
	size_t			 half = size / 2, i, len, olen;

	if (msg == NULL)
		msg = malloc(FILL + 2 * 65536 + 16);
	if (msg == NULL || size > 2 * 65536)
		return 0;
	memcpy(msg, data, half);
	len = half;
	for (i = 0; i < FILL / 78; i++) {
		/* 76 base64 characters, CRLF; every 50th line odd. */
		memset(msg + len, "QUJD"[i % 4], 76);
		if (i % 50 == 49)
			msg[len + 3] = '=';
		memcpy(msg + len + 76, "\r\n", 2);
		len += 78;
	}
	memcpy(msg + len, data + half, size - half);
	len += size - half;
	if (mime_parse(msg, len, NULL, &m, &cause) != 0) {
		free(cause);
		return 0;
	}
	if (!charset_valid_utf8(m->body, strlen(m->body)) ||
	    !charset_valid_utf8(m->subject, strlen(m->subject)))
		abort();
	for (i = 0; i < m->nattachments; i++) {
		const struct mime_attachment *a = &m->attachments[i];

		if (!charset_valid_utf8(a->name, strlen(a->name)))
			abort();
		if (a->part < msg || a->part + a->partlen > msg + len)
			abort();
		if (mime_attachment_data(a, &out, &olen) == 0)
			free(out);
	}
	mime_free(m);
	return 0;
}
