/*
 * crypto.c -- the one place that holds GnuTLS's hash and MAC functions.
 * GnuTLS is already in the process through libetpan's TLS, so it costs no
 * new dependency, and it is well kept in Debian.
 */
#include <gnutls/crypto.h>
#include <gnutls/gnutls.h>
#include <stdlib.h>
#include <string.h>

#include "crypto.h"
#include "log.h"
#include "xmalloc.h"

static void
hex(const unsigned char *in, size_t n, char *out, size_t outlen)
{
	static const char digits[] = "0123456789abcdef";
	size_t	 i, o = 0;

	for (i = 0; i < n && o + 2 < outlen + 1 && o + 1 < outlen; i++) {
		out[o++] = digits[in[i] >> 4];
		if (o + 1 < outlen)
			out[o++] = digits[in[i] & 0xf];
	}
	out[o] = '\0';
}

void
crypto_sha256_hex(const void *p, size_t len, char out[65])
{
	unsigned char	 md[32];

	if (gnutls_hash_fast(GNUTLS_DIG_SHA256, p, len, md) != 0)
		fatalx("gnutls_hash_fast failed");
	hex(md, sizeof md, out, 65);
}

struct crypto_hash {
	gnutls_hash_hd_t	 h;
};

struct crypto_hash *
crypto_sha256_new(void)
{
	struct crypto_hash	*c = xcalloc(1, sizeof *c);

	if (gnutls_hash_init(&c->h, GNUTLS_DIG_SHA256) != 0)
		fatalx("gnutls_hash_init failed");
	return c;
}

void
crypto_hash_add(struct crypto_hash *c, const void *p, size_t len)
{
	if (gnutls_hash(c->h, p, len) != 0)
		fatalx("gnutls_hash failed");
}

void
crypto_hash_hex(struct crypto_hash *c, char out[65])
{
	unsigned char	 md[32];

	gnutls_hash_deinit(c->h, md);
	free(c);
	hex(md, sizeof md, out, 65);
}

void
crypto_hmac_hex(const void *key, size_t keylen, const void *data, size_t len,
    char *out, size_t outlen)
{
	unsigned char	 md[32];

	if (gnutls_hmac_fast(GNUTLS_MAC_SHA256, key, keylen, data, len,
	    md) != 0)
		fatalx("gnutls_hmac_fast failed");
	hex(md, sizeof md, out, outlen);
}

int
crypto_streq(const char *a, const char *b)
{
	size_t		 la = strlen(a), lb = strlen(b), i;
	unsigned char	 d = 0;

	if (la != lb)
		return 0;
	for (i = 0; i < la; i++)
		d |= (unsigned char)a[i] ^ (unsigned char)b[i];
	return d == 0;
}

int
crypto_random(void *buf, size_t len)
{
	return gnutls_rnd(GNUTLS_RND_KEY, buf, len) == 0 ? 0 : -1;
}
