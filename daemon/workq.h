/*
 * workq.h -- work on the next items of a list done ahead on other threads
 * while the caller takes the items in order: the part of the pipeline that
 * needs no store (parse, folding, the model's guess) runs on the spare
 * cores, the one writer keeps the order and the transactions.
 */
#ifndef WORKQ_H
#define WORKQ_H

#include <stddef.h>

struct workq;

/*
 * Run fn(arg, i) once for each i < n, in order of i, on up to nthreads
 * threads (0: in workq_wait, on the caller's thread), never more than
 * ahead items past the last the caller waited for, and only items below
 * ready (the caller says when more are: workq_ready).  fn must be safe to
 * run beside the caller and itself.  Each thread runs fini (if not NULL)
 * as it ends: what it kept for itself (converters) goes with it.
 */
struct workq *workq_start(size_t n, size_t ready, size_t ahead, int nthreads,
	    void (*fn)(void *, size_t), void (*fini)(void), void *arg);
/* Items below ready may begin now (what they read is in place). */
void	 workq_ready(struct workq *, size_t ready);
/* There are only n items after all (n no more than at the start). */
void	 workq_limit(struct workq *, size_t n);
/* Until fn(arg, i) has run (the caller runs it if no thread has begun
 * it); i must be below ready and n. */
void	 workq_wait(struct workq *, size_t i);
/* Items not begun are not run; the threads are joined. */
void	 workq_finish(struct workq *);

/* Threads worth starting on this machine: its cores less the caller's. */
int	 workq_threads(void);

#endif
