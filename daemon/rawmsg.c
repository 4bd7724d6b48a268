/*
 * rawmsg.c -- a message's raw bytes: in memory while small, spilled to an
 * unlinked temporary file once past RAWMSG_SPILL, then mapped read-only.
 * A reader that has gone through a window of a mapped message drops its
 * pages (MADV_DONTNEED): the mapping is private, read-only and never
 * written, so a dropped page that is read again comes back from the file,
 * and the process never holds more than a window of a large message.
 */
#include <sys/mman.h>
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "rawmsg.h"
#include "xmalloc.h"

/* The mappings alive, so that rawmsg_done() knows what it may drop. */
#define MAPS_MAX	16
static struct {
	const char	*p;
	size_t		 len;
} maps[MAPS_MAX];
static pthread_mutex_t maps_lock = PTHREAD_MUTEX_INITIALIZER;

static char	*tmpdir;

void
rawmsg_tmpdir(const char *dir)
{
	free(tmpdir);
	tmpdir = dir != NULL ? xstrdup(dir) : NULL;
}

static void
maps_add(const char *p, size_t len)
{
	size_t	 i;

	pthread_mutex_lock(&maps_lock);
	for (i = 0; i < MAPS_MAX; i++)
		if (maps[i].p == NULL) {
			maps[i].p = p;
			maps[i].len = len;
			break;
		}
	/* No room: its pages are simply not dropped early. */
	pthread_mutex_unlock(&maps_lock);
}

static void
maps_del(const char *p)
{
	size_t	 i;

	pthread_mutex_lock(&maps_lock);
	for (i = 0; i < MAPS_MAX; i++)
		if (maps[i].p == p)
			maps[i].p = NULL;
	pthread_mutex_unlock(&maps_lock);
}

void
rawmsg_done(const void *vp, size_t len)
{
	const char	*p = vp;
	uintptr_t	 page = (uintptr_t)sysconf(_SC_PAGESIZE), a, b;
	size_t		 i;

	if (len == 0)
		return;
	pthread_mutex_lock(&maps_lock);
	for (i = 0; i < MAPS_MAX; i++) {
		if (maps[i].p == NULL || p < maps[i].p ||
		    p >= maps[i].p + maps[i].len)
			continue;
		if (len > (size_t)(maps[i].p + maps[i].len - p))
			len = (size_t)(maps[i].p + maps[i].len - p);
		/* Whole pages, rounded outwards: a page read again is
		 * only read from the file again. */
		a = (uintptr_t)p & ~(page - 1);
		b = ((uintptr_t)p + len + page - 1) & ~(page - 1);
		(void)madvise((void *)a, b - a, MADV_DONTNEED);
		break;
	}
	pthread_mutex_unlock(&maps_lock);
}

void
rawmsg_init(struct rawmsg *r, size_t max)
{
	memset(r, 0, sizeof *r);
	r->fd = -1;
	r->max = max;
}

/* An unlinked file of our own in the spill directory. */
static int
spill_open(char **cause)
{
	const char	*dir = tmpdir;
	char		*path;
	int		 fd;

	if (dir == NULL && (dir = getenv("TMPDIR")) == NULL)
		dir = "/tmp";
#ifdef O_TMPFILE
	if ((fd = open(dir, O_TMPFILE | O_RDWR | O_EXCL | O_CLOEXEC,
	    0600)) != -1)
		return fd;
#endif
	xasprintf(&path, "%s/supportd.XXXXXX", dir);
	if ((fd = mkostemp(path, O_CLOEXEC)) == -1) {
		xasprintf(cause, "temporary file in %s: %s", dir,
		    strerror(errno));
		free(path);
		return -1;
	}
	(void)unlink(path);
	free(path);
	return fd;
}

static int
write_all(int fd, const char *p, size_t n, char **cause)
{
	ssize_t	 w;

	while (n > 0) {
		if ((w = write(fd, p, n)) == -1) {
			if (errno == EINTR)
				continue;
			xasprintf(cause, "temporary file: %s",
			    strerror(errno));
			return -1;
		}
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

int
rawmsg_add(struct rawmsg *r, const void *data, size_t n, char **cause)
{
	size_t	 want;

	if (n > r->max - r->len) {
		xasprintf(cause, "larger than %zu bytes", r->max);
		return -1;
	}
	if (r->fd == -1 && r->len + n > RAWMSG_SPILL) {
		if ((r->fd = spill_open(cause)) == -1)
			return -1;
		if (write_all(r->fd, r->p, r->len, cause) == -1)
			return -1;
		free(r->p);
		r->p = NULL;
		r->cap = 0;
	}
	if (r->fd != -1) {
		if (write_all(r->fd, data, n, cause) == -1)
			return -1;
		r->len += n;
		return 0;
	}
	/* In memory, always NUL-terminated after the bytes. */
	if (r->len + n + 1 > r->cap) {
		want = r->cap ? r->cap : 4096;
		while (want < r->len + n + 1)
			want *= 2;
		if (want > RAWMSG_SPILL + 1)
			want = RAWMSG_SPILL + 1;
		r->p = xreallocarray(r->p, 1, want);
		r->cap = want;
	}
	memcpy(r->p + r->len, data, n);
	r->len += n;
	r->p[r->len] = '\0';
	return 0;
}

static int
map(struct rawmsg *r, int fd, char **cause)
{
	void	*p;

	if (r->len == 0) {
		r->p = xstrdup("");
		return 0;
	}
	p = mmap(NULL, r->len, PROT_READ, MAP_PRIVATE, fd, 0);
	if (p == MAP_FAILED) {
		xasprintf(cause, "mmap: %s", strerror(errno));
		return -1;
	}
	(void)madvise(p, r->len, MADV_SEQUENTIAL);
	r->p = p;
	r->mapped = 1;
	maps_add(r->p, r->len);
	return 0;
}

int
rawmsg_finish(struct rawmsg *r, char **cause)
{
	if (r->fd == -1) {
		if (r->p == NULL)
			r->p = xstrdup("");
		return 0;
	}
	return map(r, r->fd, cause);
}

int
rawmsg_map_fd(struct rawmsg *r, int fd, size_t max, char **cause)
{
	struct stat	 sb;

	rawmsg_init(r, max);
	if (fstat(fd, &sb) == -1) {
		xasprintf(cause, "fstat: %s", strerror(errno));
		return -1;
	}
	if ((uintmax_t)sb.st_size > max) {
		xasprintf(cause, "larger than %zu bytes", max);
		return -1;
	}
	r->len = (size_t)sb.st_size;
	return map(r, fd, cause);
}

int
rawmsg_read_fd(struct rawmsg *r, int fd, size_t max, char **cause)
{
	struct stat	 sb;
	char		 chunk[65536];
	ssize_t		 n;

	if (fstat(fd, &sb) == 0 && S_ISREG(sb.st_mode) &&
	    (uintmax_t)sb.st_size > RAWMSG_SPILL && lseek(fd, 0, SEEK_CUR) == 0)
		return rawmsg_map_fd(r, fd, max, cause);
	rawmsg_init(r, max);
	for (;;) {
		if ((n = read(fd, chunk, sizeof chunk)) == -1) {
			if (errno == EINTR)
				continue;
			xasprintf(cause, "read: %s", strerror(errno));
			return -1;
		}
		if (n == 0)
			break;
		if (rawmsg_add(r, chunk, (size_t)n, cause) == -1)
			return -1;
	}
	return rawmsg_finish(r, cause);
}

void
rawmsg_free(struct rawmsg *r)
{
	if (r->mapped) {
		maps_del(r->p);
		(void)munmap(r->p, r->len);
	} else
		free(r->p);
	if (r->fd != -1)
		close(r->fd);
	rawmsg_init(r, r->max);
}
