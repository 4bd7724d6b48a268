/*
 * rawmsg.h -- a message's raw bytes as they arrive: in memory while small,
 * in an unlinked temporary file once large, and then mapped read-only so
 * that a 25 MiB attachment is never resident all at once.  Code that reads
 * a large message from end to end (the MIME skeleton, the digest, the store
 * writing the blob) gives each window back with rawmsg_done() when it has
 * read it; for memory that is not such a mapping rawmsg_done() does nothing.
 */
#ifndef RAWMSG_H
#define RAWMSG_H

#include <stddef.h>

/* Above this a message being received goes to a temporary file. */
#define RAWMSG_SPILL	(1024U * 1024)
/* The window readers of a large message work in, then give back. */
#define RAWMSG_WINDOW	(1024U * 1024)

struct rawmsg {
	char	*p;		/* the bytes (read-only when mapped) */
	size_t	 len;
	size_t	 max;		/* refuse to grow past this */
	size_t	 cap;		/* in memory: allocated */
	int	 fd;		/* spilled: the temporary file; else -1 */
	int	 mapped;	/* p is a mapping of fd or of the caller's file */
};

void	 rawmsg_init(struct rawmsg *, size_t max);
/* Append bytes; -1 with *cause when over max or the file cannot grow. */
int	 rawmsg_add(struct rawmsg *, const void *, size_t, char **cause);
/* Done appending: a spilled message is mapped.  -1 with *cause. */
int	 rawmsg_finish(struct rawmsg *, char **cause);
/* A regular file, mapped as it is (no copy).  -1 with *cause. */
int	 rawmsg_map_fd(struct rawmsg *, int fd, size_t max, char **cause);
/* Read fd to its end: mapped when a regular file, else added. */
int	 rawmsg_read_fd(struct rawmsg *, int fd, size_t max, char **cause);
void	 rawmsg_free(struct rawmsg *);
/* Where spilled messages go (NULL: $TMPDIR, else /tmp). */
void	 rawmsg_tmpdir(const char *);

/* The pages of [p, p + len) have been read: drop them if p is mapped. */
void	 rawmsg_done(const void *p, size_t len);

#endif
