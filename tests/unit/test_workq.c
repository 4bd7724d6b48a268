/*
 * test_workq.c -- the ordered parallel loop the pipeline prepares
 * messages with: every item runs exactly once, is done when the caller's
 * wait returns, never further ahead than allowed, with threads or none,
 * and stopping half way runs nothing more once the threads are joined.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "test.h"
#include "workq.h"

#define N	500

struct ctx {
	pthread_mutex_t	 lock;
	int		 runs[N];
	size_t		 waited;	/* the caller's last wait */
	size_t		 ahead;
	int		 too_far;
};

static void
item(void *arg, size_t i)
{
	struct ctx	*c = arg;
	volatile unsigned x = 0;
	unsigned	 k;

	pthread_mutex_lock(&c->lock);
	c->runs[i]++;
	if (i >= c->waited + c->ahead + 1)
		c->too_far = 1;
	pthread_mutex_unlock(&c->lock);
	for (k = 0; k < 2000 * (unsigned)(i % 7); k++)
		x += k;
}

static void
run(int threads, size_t ahead, size_t stop_at)
{
	struct ctx	 c;
	struct workq	*q;
	size_t		 i, ran = 0;

	memset(&c, 0, sizeof c);
	pthread_mutex_init(&c.lock, NULL);
	c.ahead = ahead;
	q = workq_start(N, N, ahead, threads, item, NULL, &c);
	for (i = 0; i < stop_at; i++) {
		pthread_mutex_lock(&c.lock);
		c.waited = i;
		pthread_mutex_unlock(&c.lock);
		workq_wait(q, i);
		/* Done when the wait returns. */
		pthread_mutex_lock(&c.lock);
		CHECK_INT(c.runs[i], 1);
		pthread_mutex_unlock(&c.lock);
	}
	workq_finish(q);
	for (i = 0; i < N; i++) {
		CHECK(c.runs[i] <= 1);
		ran += (size_t)c.runs[i];
	}
	CHECK(ran >= stop_at);
	CHECK(ran <= stop_at + ahead + 1);
	CHECK_INT(c.too_far, 0);
	pthread_mutex_destroy(&c.lock);
}

static void
test_no_threads(void)
{
	run(0, 4, N);
}

static void
test_threads(void)
{
	run(3, 8, N);
	run(1, 1, N);
}

static void
test_stop_half_way(void)
{
	run(3, 16, N / 2);
}

/*
 * Items are begun only once they are ready (fetched): with nothing ready,
 * threads wait; made ready one by one, each runs once; a limit below the
 * count leaves the rest unrun.
 */
static void
test_ready_and_limit(void)
{
	struct ctx	 c;
	struct workq	*q;
	size_t		 i, ran = 0;

	memset(&c, 0, sizeof c);
	pthread_mutex_init(&c.lock, NULL);
	c.ahead = N;
	q = workq_start(N, 0, 32, 2, item, NULL, &c);
	usleep(20000);
	pthread_mutex_lock(&c.lock);
	for (i = 0; i < N; i++)
		ran += (size_t)c.runs[i];
	pthread_mutex_unlock(&c.lock);
	CHECK_INT(ran, 0);
	for (i = 0; i < 100; i++)
		workq_ready(q, i + 1);
	workq_limit(q, 100);
	for (i = 0; i < 100; i++) {
		pthread_mutex_lock(&c.lock);
		c.waited = i;
		pthread_mutex_unlock(&c.lock);
		workq_wait(q, i);
	}
	workq_finish(q);
	for (ran = 0, i = 0; i < N; i++) {
		CHECK(c.runs[i] == (i < 100));
		ran += (size_t)c.runs[i];
	}
	CHECK_INT(ran, 100);
	pthread_mutex_destroy(&c.lock);
}

int
main(void)
{
	RUN(test_no_threads);
	RUN(test_threads);
	RUN(test_stop_half_way);
	RUN(test_ready_and_limit);
	TEST_DONE();
}
