/*
 * workq.c -- an ordered parallel loop with a bounded look-ahead (see
 * workq.h).  Items are begun in order; the caller waits for each in turn
 * and runs an item itself when no thread has begun it, so a slow machine
 * or a busy pool never makes the caller idle while work is waiting.
 */
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>

#include "log.h"
#include "workq.h"
#include "xmalloc.h"

#define WORKQ_MAX_THREADS	8

struct workq {
	pthread_mutex_t	 lock;
	pthread_cond_t	 cond;		/* an item done, or more allowed */
	void		(*fn)(void *, size_t);
	void		(*fini)(void);
	void		*arg;
	size_t		 n;
	size_t		 ready;		/* items below it may begin */
	size_t		 ahead;
	size_t		 next;		/* the first item not begun */
	size_t		 want;		/* the item the caller waits for */
	unsigned char	*done;
	int		 stop;
	int		 nthreads;
	pthread_t	 tid[WORKQ_MAX_THREADS];
};

int
workq_threads(void)
{
	long	 n = sysconf(_SC_NPROCESSORS_ONLN);

	if (n <= 1)
		return 0;
	return n - 1 > WORKQ_MAX_THREADS ? WORKQ_MAX_THREADS : (int)n - 1;
}

/* Take the next item if it may be begun; the lock is held. */
static int
take(struct workq *q, size_t *i)
{
	if (q->stop || q->next >= q->n || q->next >= q->ready ||
	    q->next >= q->want + q->ahead)
		return 0;
	*i = q->next++;
	return 1;
}

static void
run(struct workq *q, size_t i)
{
	pthread_mutex_unlock(&q->lock);
	q->fn(q->arg, i);
	pthread_mutex_lock(&q->lock);
	q->done[i] = 1;
	pthread_cond_broadcast(&q->cond);
}

static void *
worker(void *arg)
{
	struct workq	*q = arg;
	size_t		 i;

	pthread_mutex_lock(&q->lock);
	for (;;) {
		if (take(q, &i)) {
			run(q, i);
			continue;
		}
		if (q->stop || q->next >= q->n)
			break;
		pthread_cond_wait(&q->cond, &q->lock);
	}
	pthread_mutex_unlock(&q->lock);
	if (q->fini != NULL)
		q->fini();
	return NULL;
}

struct workq *
workq_start(size_t n, size_t ready, size_t ahead, int nthreads,
    void (*fn)(void *, size_t), void (*fini)(void), void *arg)
{
	struct workq	*q = xcalloc(1, sizeof *q);
	int		 k;

	pthread_mutex_init(&q->lock, NULL);
	pthread_cond_init(&q->cond, NULL);
	q->fn = fn;
	q->fini = fini;
	q->arg = arg;
	q->n = n;
	q->ready = ready;
	q->ahead = ahead ? ahead : 1;
	q->done = xcalloc(n ? n : 1, 1);
	if (nthreads > WORKQ_MAX_THREADS)
		nthreads = WORKQ_MAX_THREADS;
	if ((size_t)nthreads > n)
		nthreads = (int)n;
	for (k = 0; k < nthreads; k++) {
		if (pthread_create(&q->tid[k], NULL, worker, q) != 0) {
			/* Fewer threads: the caller does the rest. */
			log_warnx("workq: cannot start a thread");
			break;
		}
		q->nthreads++;
	}
	return q;
}

void
workq_ready(struct workq *q, size_t ready)
{
	pthread_mutex_lock(&q->lock);
	if (ready > q->ready) {
		q->ready = ready;
		pthread_cond_broadcast(&q->cond);
	}
	pthread_mutex_unlock(&q->lock);
}

void
workq_limit(struct workq *q, size_t n)
{
	pthread_mutex_lock(&q->lock);
	if (n < q->n) {
		q->n = n;
		pthread_cond_broadcast(&q->cond);
	}
	pthread_mutex_unlock(&q->lock);
}

void
workq_wait(struct workq *q, size_t i)
{
	size_t	 k;

	pthread_mutex_lock(&q->lock);
	if (i >= q->ready)
		q->ready = i + 1;	/* waiting for it says it is in place */
	if (i >= q->want) {
		q->want = i;
		pthread_cond_broadcast(&q->cond);
	}
	while (!q->done[i]) {
		/* Not begun yet: begin it, and any before it, here. */
		if (q->next <= i) {
			k = q->next++;
			run(q, k);
			continue;
		}
		pthread_cond_wait(&q->cond, &q->lock);
	}
	pthread_mutex_unlock(&q->lock);
}

void
workq_finish(struct workq *q)
{
	int	 k;

	if (q == NULL)
		return;
	pthread_mutex_lock(&q->lock);
	q->stop = 1;
	pthread_cond_broadcast(&q->cond);
	pthread_mutex_unlock(&q->lock);
	for (k = 0; k < q->nthreads; k++)
		pthread_join(q->tid[k], NULL);
	pthread_cond_destroy(&q->cond);
	pthread_mutex_destroy(&q->lock);
	free(q->done);
	free(q);
}
