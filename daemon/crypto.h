/*
 * crypto.h -- digests and MACs, from GnuTLS (already linked through
 * libetpan's TLS): SHA-256 for message digests, HMAC-SHA256 for the
 * signed reply addresses that let a mail into a case.
 */
#ifndef CRYPTO_H
#define CRYPTO_H

#include <stddef.h>

void	 crypto_sha256_hex(const void *, size_t, char out[65]);
/* The same, given in pieces: new, add..., hex (which frees it). */
struct crypto_hash;
struct crypto_hash *crypto_sha256_new(void);
void	 crypto_hash_add(struct crypto_hash *, const void *, size_t);
void	 crypto_hash_hex(struct crypto_hash *, char out[65]);
/* HMAC-SHA256 of data under key, hex, truncated to outlen-1 characters. */
void	 crypto_hmac_hex(const void *key, size_t keylen, const void *data,
	    size_t len, char *out, size_t outlen);
/* Constant-time comparison of two NUL-terminated strings. */
int	 crypto_streq(const char *, const char *);
/* Fill buf with len random bytes; -1 if the system has none to give. */
int	 crypto_random(void *buf, size_t len);

#endif
