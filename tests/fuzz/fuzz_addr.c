/*
 * fuzz_addr.c -- libFuzzer target for address parsing: any bytes as an
 * address list and as the From: field of a message must parse without a
 * crash or a leak; every name and address must be valid UTF-8, and the
 * sender's address is either empty or one plausible mailbox (never words
 * glued together).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "charset.h"
#include "mime.h"
#include "xmalloc.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct mime_message	*m;
	struct mime_addr	*a;
	struct buf		 b;
	size_t			 n, i;
	char			*s;

	if (size > 65536)
		return 0;
	s = xstrndup((const char *)data, size);
	/* mime_parse_addrs() takes decoded text: give it valid UTF-8. */
	if (charset_valid_utf8(s, strlen(s)) &&
	    mime_parse_addrs(s, &a, &n) == 0) {
		for (i = 0; i < n; i++)
			if (!charset_valid_utf8(a[i].name, strlen(a[i].name)) ||
			    !charset_valid_utf8(a[i].addr, strlen(a[i].addr)))
				abort();
		mime_addrs_free(a, n);
	}
	free(s);

	buf_init(&b, 0);
	buf_adds(&b, "From: ");
	buf_add(&b, data, size);
	buf_adds(&b, "\r\nSubject: x\r\n\r\nbody\r\n");
	if (mime_parse(b.data, b.len, NULL, &m, NULL) == 0) {
		const char	*at = strrchr(m->from.addr, '@');

		if (!charset_valid_utf8(m->from.name, strlen(m->from.name)))
			abort();
		if (*m->from.addr != '\0' && (at == NULL ||
		    at == m->from.addr || at[1] == '\0' ||
		    strpbrk(m->from.addr, " \t\r\n<>,;") != NULL))
			abort();
		mime_free(m);
	}
	buf_free(&b);
	return 0;
}
