/*
 * test.h -- the smallest test harness that does the job: TEST functions,
 * CHECK macros that report file:line, a closing "N passed, N failed" line.
 */
#ifndef TEST_H
#define TEST_H

#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static int	 test_failed_now;
static int	 test_npass, test_nfail;

/* Local time in the process's zone (TZ, as a desk's config sets it). */
static inline time_t
test_local(int y, int mo, int dd, int h, int mi)
{
	struct tm	 tm;

	memset(&tm, 0, sizeof tm);
	tm.tm_year = y - 1900;
	tm.tm_mon = mo - 1;
	tm.tm_mday = dd;
	tm.tm_hour = h;
	tm.tm_min = mi;
	tm.tm_isdst = -1;
	return mktime(&tm);
}

#define CHECK(cond) do {						\
	if (!(cond)) {							\
		fprintf(stderr, "%s:%d: CHECK failed: %s\n",		\
		    __FILE__, __LINE__, #cond);				\
		test_failed_now = 1;					\
	}								\
} while (0)

#define CHECK_STR(got, want) do {					\
	const char *g_ = (got), *w_ = (want);				\
	if (g_ == NULL || w_ == NULL ? g_ != w_ : strcmp(g_, w_) != 0) { \
		fprintf(stderr, "%s:%d: %s: got \"%s\", want \"%s\"\n",	\
		    __FILE__, __LINE__, #got, g_ ? g_ : "(null)",	\
		    w_ ? w_ : "(null)");				\
		test_failed_now = 1;					\
	}								\
} while (0)

#define CHECK_INT(got, want) do {					\
	long long g_ = (long long)(got), w_ = (long long)(want);	\
	if (g_ != w_) {							\
		fprintf(stderr, "%s:%d: %s: got %lld, want %lld\n",	\
		    __FILE__, __LINE__, #got, g_, w_);			\
		test_failed_now = 1;					\
	}								\
} while (0)

#define CHECK_CONTAINS(hay, needle) do {				\
	const char *h_ = (hay), *n_ = (needle);				\
	if (h_ == NULL || strstr(h_, n_) == NULL) {			\
		fprintf(stderr, "%s:%d: %s: \"%s\" not found in \"%.300s\"\n", \
		    __FILE__, __LINE__, #hay, n_, h_ ? h_ : "(null)");	\
		test_failed_now = 1;					\
	}								\
} while (0)

#define RUN(fn) do {							\
	test_failed_now = 0;						\
	fn();								\
	if (test_failed_now) {						\
		test_nfail++;						\
		fprintf(stderr, "FAIL %s\n", #fn);			\
	} else								\
		test_npass++;						\
} while (0)

#define TEST_DONE() do {						\
	printf("%d passed, %d failed\n", test_npass, test_nfail);	\
	return test_nfail ? 1 : 0;					\
} while (0)

/* Read a whole file for a test; aborts the test binary if it cannot. */
static inline char *
test_slurp(const char *path, size_t *lenp)
{
	FILE	*f;
	char	*p;
	long	 n;

	if ((f = fopen(path, "rb")) == NULL) {
		perror(path);
		exit(2);
	}
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	p = malloc((size_t)n + 1);
	if (p == NULL || fread(p, 1, (size_t)n, f) != (size_t)n) {
		perror(path);
		exit(2);
	}
	p[n] = '\0';
	fclose(f);
	if (lenp)
		*lenp = (size_t)n;
	return p;
}

/* Write text to dir/name for a test; aborts the test binary if it cannot. */
static inline void
test_write_file(const char *dir, const char *name, const char *text)
{
	char	 path[512];
	FILE	*f;

	snprintf(path, sizeof path, "%s/%s", dir, name);
	if ((f = fopen(path, "w")) == NULL) {
		perror(path);
		exit(2);
	}
	fputs(text, f);
	fclose(f);
}

/* A fresh scratch directory /tmp/NAME.XXXXXX in buf. */
static inline void
test_scratch(char *buf, size_t size, const char *name)
{
	snprintf(buf, size, "/tmp/%s.XXXXXX", name);
	if (mkdtemp(buf) == NULL) {
		perror("mkdtemp");
		exit(2);
	}
}

static inline int
test_rm_one(const char *path, const struct stat *sb, int flag,
    struct FTW *ftw)
{
	(void)sb;
	(void)flag;
	(void)ftw;
	return remove(path);
}

/* Remove a test's scratch directory and everything in it. */
static inline void
test_rmtree(const char *dir)
{
	if (nftw(dir, test_rm_one, 16, FTW_DEPTH | FTW_PHYS) == -1)
		perror(dir);
}

#endif
