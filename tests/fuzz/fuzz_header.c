/*
 * fuzz_header.c -- libFuzzer target for header decoding: any bytes as an
 * unfolded header value (RFC 2047 words in any charset, raw 8-bit text)
 * and as an RFC 2231 parameter must decode to valid UTF-8 on one line,
 * without a crash, an overread or a leak.  The first byte picks the
 * fallback charset, so labels and fallbacks are exercised together.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "charset.h"
#include "xmalloc.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static void
check_line(const char *s)
{
	const unsigned char	*p;

	if (!charset_valid_utf8(s, strlen(s)))
		abort();
	for (p = (const unsigned char *)s; *p != '\0'; p++)
		if (*p == '\r' || *p == '\n')
			abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *fb[] = { NULL, "iso-8859-7", "ks_c_5601-1987",
	    "koi8_r", "x-unknown", "utf-8", "iso-2022-jp", "bogus" };
	char	*s, *out;

	if (size == 0 || size > 65536)
		return 0;
	s = xstrndup((const char *)data + 1, size - 1);
	out = charset_decode_header(s, fb[data[0] % 8], NULL);
	check_line(out);
	free(out);
	out = charset_decode_rfc2231(s, fb[data[0] % 8]);
	check_line(out);
	free(out);
	free(s);
	return 0;
}
