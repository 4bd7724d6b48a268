/*
 * xmalloc.h -- allocation helpers that never return NULL, and a bounded
 * growing buffer.  Running out of memory is a broken invariant for a mail
 * daemon (we cannot even log the message we were given), so these abort
 * through fatal(); everything that grows with input is capped by struct buf.
 */
#ifndef XMALLOC_H
#define XMALLOC_H

#include <stdarg.h>
#include <stddef.h>

void	*xmalloc(size_t);
void	*xcalloc(size_t, size_t);
void	*xreallocarray(void *, size_t, size_t);
char	*xstrdup(const char *);
char	*xstrndup(const char *, size_t);
int	 xasprintf(char **, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
int	 xvasprintf(char **, const char *, va_list)
	    __attribute__((format(printf, 2, 0)));
void	 freezero_str(char *);

/*
 * A growing byte buffer with a hard cap: buf_add() refuses (-1) to grow past
 * max, so hostile input costs a bounded amount of memory.  data is always
 * NUL-terminated after a successful add.
 */
struct buf {
	char	*data;
	size_t	 len;
	size_t	 cap;
	size_t	 max;
};

#define BUF_DEFAULT_MAX	(64U * 1024 * 1024)

void	 buf_init(struct buf *, size_t max);
int	 buf_add(struct buf *, const void *, size_t);
int	 buf_addc(struct buf *, char);
int	 buf_adds(struct buf *, const char *);
int	 buf_printf(struct buf *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
char	*buf_release(struct buf *);	/* caller owns; buffer is reset */
void	 buf_reset(struct buf *);
void	 buf_free(struct buf *);

/* A vector of owned strings (tags, references, recipients). */
struct strv {
	char	**v;
	size_t	  n;
};

void	 strv_add(struct strv *, const char *);
void	 strv_addn(struct strv *, const char *, size_t);
int	 strv_has(const struct strv *, const char *);	/* case-insensitive */
void	 strv_free(struct strv *);

#endif
