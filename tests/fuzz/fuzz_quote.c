/*
 * fuzz_quote.c -- libFuzzer target for the reply quote stripper: any byte
 * string must come back without a crash or an overread, never longer than
 * it went in, made only of its own lines in their order (trailing blanks
 * cut), and valid UTF-8 whenever the input was.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "charset.h"
#include "quote.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/* Every line of out is, in order, a line of in (trailing blanks cut). */
static int
lines_of(const char *out, const char *in, size_t inlen)
{
	const char	*p = in, *e = in + inlen, *o = out, *ol, *il, *t;
	size_t		 olen;

	while (*o != '\0') {
		ol = strchr(o, '\n');
		olen = ol != NULL ? (size_t)(ol - o) : strlen(o);
		for (;;) {
			if (p >= e)
				return olen == 0;	/* a blank separator */
			il = memchr(p, '\n', (size_t)(e - p));
			if (il == NULL)
				il = e;
			t = p;
			p = il < e ? il + 1 : e;
			if (olen == 0 || ((size_t)(il - t) >= olen &&
			    memcmp(t, o, olen) == 0))
				break;
		}
		if (ol == NULL)
			break;
		o = ol + 1;
	}
	return 1;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char		*in = (const char *)data;
	struct quote_info	 qi;
	char			*s;
	int			 flags;

	for (flags = 0; flags <= QUOTE_KEEP_SIGNATURE; flags++) {
		s = quote_strip_marker(in, size, flags, flags ? "##-" : NULL,
		    &qi);
		if (strlen(s) > size || (unsigned)qi.mark >= QUOTE_NMARKS)
			abort();
		if (memchr(in, '\0', size) == NULL && !lines_of(s, in, size))
			abort();
		if (charset_valid_utf8(in, size) &&
		    !charset_valid_utf8(s, strlen(s)))
			abort();
		free(s);
	}
	return 0;
}
