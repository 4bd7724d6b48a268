/*
 * charset.h -- every byte string that reaches supportd becomes valid UTF-8
 * here, through iconv, with deliberate charset aliasing and a legacy
 * fallback.  No '?' ever stands in for a character we could have decoded.
 */
#ifndef CHARSET_H
#define CHARSET_H

#include <stddef.h>

/*
 * Convert len bytes in charset (NULL or unknown: try UTF-8, then fallback)
 * to a freshly allocated, valid UTF-8 string.  Never fails: undecodable
 * bytes become U+FFFD.  *defect (if not NULL) is set to 1 when the charset
 * was unknown or bytes had to be replaced.
 */
char	*charset_to_utf8(const char *charset, const char *in, size_t len,
	    const char *fallback, int *defect);

/*
 * Decode an unfolded header value: RFC 2047 encoded words (adjacent words
 * of one charset joined before conversion), raw 8-bit bytes taken as UTF-8
 * when valid, else as fallback.
 */
char	*charset_decode_header(const char *value, const char *fallback,
	    int *defect);

/* Decode an RFC 2231 value: charset'lang'percent-encoded. */
char	*charset_decode_rfc2231(const char *value, const char *fallback);

int	 charset_valid_utf8(const char *, size_t);

/* Encode a UTF-8 header value as RFC 2047 words when it needs it. */
char	*charset_encode_header(const char *utf8, size_t offset);

/*
 * Converters are cached per process (a few, replaced in turn): how many
 * iconv_open calls were made so far, and closing them all (tests, exit).
 */
size_t	 charset_iconv_opens(void);
/*
 * At most opens more iconv_open calls (0: no limit) until the next call;
 * past them a charset not already cached is decoded as unknown.  mime.c
 * sets one per message.
 */
void	 charset_budget(size_t opens);
void	 charset_cache_clear(void);

#endif
