/*
 * learn.c -- the learned classifier behind "learned-queue",
 * "learned-priority" and "score learned N" in the rules.  Keyword rules
 * learn the mail they were written on; a model counted over labelled mail
 * weighs every word the customers used.  It is multinomial naive Bayes
 * over the set of folded words, their 5-letter stems and word bigrams of
 * subject and body (each feature counted once per mail), one head for the
 * queue and one for the priority.  Feature set 2 (what train writes now)
 * also marks the words a negation reaches ("!refund" in "I don't want a
 * refund") and whether the mail asks a question ("?"); a model says
 * which set it was counted in, and older models keep set 1.  Text goes through fold_text() and then
 * fold_greeklish(), so Greek, Greeklish and unaccented spellings of a
 * word are one feature.  The model file is plain text, versioned and
 * bounded (format in supportd.rules(5)); a bad one gives file:line errors
 * as the rules do.
 */
#include <sys/stat.h>

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unictype.h>
#include <unistr.h>

#include "fold.h"
#include "learn.h"

#define LEARN_MAX_TOKEN		32	/* bytes; longer runs are not words */
#define LEARN_STEM		5	/* letters of a word's stem feature */
#define LEARN_MAX_TOKENS	20000	/* words looked at in one mail */
#define LEARN_MAX_NAME		64	/* a queue or priority name */
/* A bigram of two negated words: "!" word "_" "!" word. */
#define LEARN_MAX_FEATURE	(2 * (LEARN_MAX_TOKEN + 1) + 1)
#define LEARN_MAX_COUNT		1000000000UL
#define LEARN_MAX_ERRORS	100
#define LEARN_MAX_FIELDS	(3 + LEARN_NHEADS * LEARN_MAX_CLASSES)
#define LEARN_ALPHA		0.5	/* additive smoothing written by train */
/*
 * Each word of a mail is up to three features (itself, its stem, the
 * bigram it ends), so naive Bayes counts the same evidence about three
 * times and its probabilities come out near 0 or 1 even when the mail
 * is unclear.  Dividing the log scores by 3 before they become
 * probabilities takes that back: "score learned N" then gives an unsure
 * model a share, not all N points, against explicit keyword evidence.
 * 5-fold cross-validation over batches 1-12: both right 87.6% with 1,
 * 88.7% with 3.  Models without a "temperature" line keep 1.
 */
#define LEARN_TEMPERATURE	3.0
#define LEARN_STRIDE		(LEARN_NHEADS * LEARN_MAX_CLASSES)
#define LEARN_NEG_REACH		5	/* words a negation reaches */

const char *const learn_head_names[LEARN_NHEADS] = { "queue", "priority" };

/*
 * The daemon does not link libm, and these two are all the classifier
 * needs: ln by its atanh series on the mantissa, exp by range reduction
 * and a Taylor series.  Both are exact to about 1e-15, far finer than
 * counting words needs.
 */
static double
learn_log(double x)
{
	uint64_t	 bits;
	int		 e;
	double		 m, z, z2, term, sum;
	int		 k;

	if (!(x > 0))
		return -1e300;
	memcpy(&bits, &x, sizeof bits);
	e = (int)((bits >> 52) & 0x7ff);
	if (e == 0) {		/* subnormal: scale into the normal range */
		x *= 18014398509481984.0;	/* 2^54 */
		memcpy(&bits, &x, sizeof bits);
		e = (int)((bits >> 52) & 0x7ff) - 54;
	}
	e -= 1023;
	bits = (bits & 0x000fffffffffffffULL) | 0x3ff0000000000000ULL;
	memcpy(&m, &bits, sizeof m);		/* 1 <= m < 2 */
	if (m > 1.41421356237309504880) {
		m /= 2;
		e++;
	}
	z = (m - 1) / (m + 1);			/* |z| < 0.172 */
	z2 = z * z;
	term = z;
	sum = 0;
	for (k = 1; k < 40; k += 2) {
		sum += term / k;
		term *= z2;
	}
	return 2 * sum + e * 0.69314718055994530942;
}

static double
learn_exp(double x)
{
	double	 r, term, sum;
	int	 k, n;

	if (x < -700)
		return 0;
	if (x > 700)
		x = 700;
	n = (int)(x / 0.69314718055994530942 + (x < 0 ? -0.5 : 0.5));
	r = x - n * 0.69314718055994530942;	/* |r| <= ln 2 / 2 */
	term = 1;
	sum = 1;
	for (k = 1; k < 25; k++) {
		term *= r / k;
		sum += term;
	}
	for (; n > 0; n--)
		sum *= 2;
	for (; n < 0; n++)
		sum /= 2;
	return sum;
}

/*
 * A string -> index hash table (open addressing, FNV-1a, linear probing
 * in a table at most three quarters full: kept half full, it took 4 MB
 * of a 150,000-feature model, and the longer probes of a fuller table
 * cost nothing measurable, rules eval of 2,000 mails 0.95 s half full
 * and 0.91 s so).  A key's index is the order it was added in, which is
 * all the model and the trainer ask of it: a slot holds index + 1, and
 * one array by index holds where the key starts, so the table needs no
 * array of values beside its slots (as large as the slots, 2 MB at
 * 200,000 features).  The keys live one after another in one arena: a
 * model has tens of thousands of features of a few bytes each, and a
 * pointer and a malloc chunk apiece cost more than the strings (2.5 MB
 * of a loaded model at 73,000 features).  An offset stays valid when the
 * arena grows; the arena stays far below 4 GB (LEARN_MAX_FEATURES keys
 * of at most LEARN_MAX_FEATURE bytes).
 */
#define LEARN_MAP_FULL(n, cap)	(4 * (size_t)(n) > 3 * (size_t)(cap))

struct learn_map {
	char		*arena;		/* the keys, each NUL-terminated */
	size_t		 len, size;
	uint32_t	*slots;		/* index + 1 of a key; 0: empty */
	size_t		 cap, n;
	uint32_t	*offs;		/* by index: the key's arena offset */
	size_t		 offcap;
};

/* The key of index + 1 `slot` (as a slot holds it). */
static const char *
learn_map_key(const struct learn_map *m, uint32_t slot)
{
	return m->arena + m->offs[slot - 1];
}

static uint64_t
learn_hash(const char *s)
{
	uint64_t	 h = 14695981039346656037ULL;

	for (; *s != '\0'; s++) {
		h ^= (unsigned char)*s;
		h *= 1099511628211ULL;
	}
	return h;
}

static size_t
learn_slot(const struct learn_map *m, const char *key)
{
	size_t	 i = (size_t)learn_hash(key) & (m->cap - 1);

	while (m->slots[i] != 0 &&
	    strcmp(learn_map_key(m, m->slots[i]), key) != 0)
		i = (i + 1) & (m->cap - 1);
	return i;
}

/* The index of key, or -1. */
static long
learn_map_find(const struct learn_map *m, const char *key)
{
	size_t	 i;

	if (m->cap == 0)
		return -1;
	i = learn_slot(m, key);
	return m->slots[i] == 0 ? -1 : (long)m->slots[i] - 1;
}

/*
 * The room after n, doubling, for every table and array here that grows
 * a feature at a time: grown by one they would be copied once per
 * feature, which costs nothing where realloc grows in place and minutes
 * where it cannot (valgrind's realloc always copies).
 */
static size_t
learn_grow(size_t n)
{
	return n ? 2 * n : 1024;
}

/* Add key (not yet present), taking a copy, at the next index (m->n). */
static void
learn_map_put(struct learn_map *m, const char *key)
{
	struct learn_map	 g;
	size_t			 i, klen = strlen(key) + 1;

	if (LEARN_MAP_FULL(m->n + 1, m->cap)) {
		g = *m;		/* the same keys and offsets, a bigger table */
		g.cap = learn_grow(m->cap);
		g.slots = xcalloc(g.cap, sizeof *g.slots);
		for (i = 0; i < m->cap; i++)
			if (m->slots[i] != 0)
				g.slots[learn_slot(&g, learn_map_key(m,
				    m->slots[i]))] = m->slots[i];
		free(m->slots);
		m->slots = g.slots;
		m->cap = g.cap;
	}
	if (m->len + klen > m->size) {
		m->size = m->size ? 2 * m->size : 65536;
		while (m->len + klen > m->size)
			m->size *= 2;
		m->arena = xreallocarray(m->arena, m->size, 1);
	}
	if (m->n == m->offcap) {
		m->offcap = learn_grow(m->offcap);
		m->offs = xreallocarray(m->offs, m->offcap, sizeof *m->offs);
	}
	memcpy(m->arena + m->len, key, klen);
	i = learn_slot(m, key);
	m->offs[m->n] = (uint32_t)m->len;
	m->slots[i] = (uint32_t)++m->n;
	m->len += klen;
}

/*
 * Room for n keys of keybytes bytes in all (their NULs counted) in an
 * empty map, so that loading a model of n features fills the table, the
 * offsets and the arena once instead of doubling them: each doubling
 * holds the old table and the new one at once, and leaves up to half
 * the arena unused.
 */
static void
learn_map_reserve(struct learn_map *m, size_t n, size_t keybytes)
{
	if (m->n != 0)
		return;
	if (keybytes > m->size) {
		free(m->arena);
		m->arena = xmalloc(keybytes);
		m->size = keybytes;
	}
	if (n > m->offcap) {
		free(m->offs);
		m->offs = xreallocarray(NULL, n, sizeof *m->offs);
		m->offcap = n;
	}
	if (!LEARN_MAP_FULL(n + 1, m->cap))
		return;
	free(m->slots);
	for (m->cap = learn_grow(0); LEARN_MAP_FULL(n + 1, m->cap);
	    m->cap = learn_grow(m->cap))
		;
	m->slots = xcalloc(m->cap, sizeof *m->slots);
}

static void
learn_map_free(struct learn_map *m)
{
	free(m->arena);
	free(m->slots);
	free(m->offs);
	memset(m, 0, sizeof *m);
}

/* Features */

/* Bytes of the character at p if it is a letter or digit, else 0. */
static size_t
learn_wordchar(const char *p)
{
	unsigned char	 c = (unsigned char)*p;
	ucs4_t		 uc;
	int		 n;

	if (c < 0x80)
		return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
	n = u8_mbtouc(&uc, (const uint8_t *)p, strnlen(p, 4));
	return n > 0 && uc_is_alnum(uc) ? (size_t)n : 0;
}

static int
learn_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/*
 * Negation words, by their Greeklish key (what the feature loop sees):
 * English not/no/never and the written-out "dont", "doesnt", "isnt",
 * "cant" (the apostrophe forms are caught as n't below), Spanish no, ni,
 * nunca, Polish nie, nigdy, ani, Greek δεν, όχι, μην, ούτε.  "μη" is left
 * out: its key "mi" is the Spanish "my".
 */
static const char *const learn_negations[] = {
	"not", "no", "never", "dod", "doesd", "isd", "kad", "ninka", "ni",
	"nie", "nigdi", "ani", "den", "oxi", "min", "ute", NULL
};

/* Words that turn the clause round ("not X but Y"): a negation stops. */
static const char *const learn_contrasts[] = {
	"vit", "pero", "sino", "ale", "ala", "omos", NULL
};

static int
learn_inlist(const char *const *list, const char *p, size_t n)
{
	for (; *list != NULL; list++)
		if (strlen(*list) == n && memcmp(*list, p, n) == 0)
			return 1;
	return 0;
}

/*
 * Does folded text f ask something?  "?" and "¿" anywhere, or the Greek
 * question mark, which folds to ";" (NFKD): a ";" right after a Greek
 * letter.
 */
static int
learn_asks(const char *f)
{
	const unsigned char	*p;

	if (strchr(f, '?') != NULL || strstr(f, "\xc2\xbf") != NULL)
		return 1;
	for (p = (const unsigned char *)f; (p = (const unsigned char *)
	    strchr((const char *)p, ';')) != NULL; p++)
		if (p - (const unsigned char *)f >= 2 &&
		    (p[-2] == 0xce || p[-2] == 0xcf))
			return 1;
	return 0;
}

/* pre (at most one byte) then n bytes of p, into w; the length. */
static size_t
learn_word(char *w, const char *pre, const char *p, size_t n)
{
	size_t	 l = strlen(pre);

	memcpy(w, pre, l);
	memcpy(w + l, p, n);
	w[l + n] = '\0';
	return l + n;
}

/* Called with each feature of a mail, NUL-terminated, in text order. */
typedef void (*learn_emit_fn)(void *, const char *);

/*
 * The features of one mail in feature set `set` (1: words, stems and
 * bigrams; 2: the same with negation scoping and the question mark), from
 * its folded text f and that text's Greeklish key g, given to emit in
 * text order (a feature may come more than once).  Tokens are short
 * (LEARN_MAX_TOKEN), so every feature fits the fixed buffers here.
 */
static void
learn_tokens(int set, const char *f, const char *g, learn_emit_fn emit,
    void *arg)
{
	char		 w[LEARN_MAX_TOKEN + 2], prev[LEARN_MAX_TOKEN + 2];
	char		 bi[2 * LEARN_MAX_TOKEN + 5];
	const char	*p;
	size_t		 n, k, ntok = 0, chars, stem, neg = 0, wl, prevl = 0;
	int		 digits, haveprev = 0;

	/*
	 * A question is what most general mail is ("when do you open?"),
	 * and its words alone (an order, a delivery) often point elsewhere.
	 */
	if (set >= 2 && learn_asks(f))
		emit(arg, "?");
	for (p = g; *p != '\0' && ntok < LEARN_MAX_TOKENS; p += n) {
		if ((n = learn_wordchar(p)) == 0) {
			/* A clause ends: so does a negation's reach. */
			if (strchr(".,;:!?()\"", *p) != NULL)
				neg = 0;
			n = 1;
			continue;
		}
		for (n = 0, chars = 0, digits = 1, stem = 0;
		    (k = learn_wordchar(p + n)) > 0; n += k) {
			if (p[n] < '0' || p[n] > '9')
				digits = 0;
			if (++chars == LEARN_STEM)
				stem = n + k;
		}
		/* Numbers (orders, dates) and runs such as URLs say little. */
		if (digits || n > LEARN_MAX_TOKEN) {
			haveprev = 0;
			continue;
		}
		ntok++;
		if (set >= 2 && (learn_inlist(learn_negations, p, n) ||
		    (n == 1 && *p == 't' && p - g >= 2 && p[-1] == '\'' &&
		    p[-2] == 'n'))) {
			/*
			 * "not a technical problem", "I don't want a refund":
			 * the words after a negation, to the end of the
			 * clause, are other features than the same words
			 * said plainly ("!refund"), so that they stop
			 * counting for the queue they name.
			 */
			neg = LEARN_NEG_REACH;
			wl = learn_word(w, "", p, n);
		} else if (set >= 2 && learn_inlist(learn_contrasts, p, n)) {
			neg = 0;
			wl = learn_word(w, "", p, n);
		} else if (neg > 0) {
			neg--;
			wl = learn_word(w, "!", p, n);
		} else
			wl = learn_word(w, "", p, n);
		emit(arg, w);
		/* A stem makes "devolver", "devolucion" and "devolvieron" meet. */
		if (stem > 0 && stem < n) {
			(void)learn_word(bi, "~", w, stem + (*w == '!'));
			emit(arg, bi);
		}
		if (haveprev) {
			memcpy(bi, prev, prevl);
			bi[prevl] = '_';
			memcpy(bi + prevl + 1, w, wl + 1);
			emit(arg, bi);
		}
		memcpy(prev, w, wl + 1);
		prevl = wl;
		haveprev = 1;
	}
}

/* The folded text of a mail as the model reads it, and its key. */
static void
learn_fold(const char *subject, const char *body, char **f, size_t *flen,
    char **g)
{
	char	*text;
	size_t	 sl, bl, glen;

	subject = subject ? subject : "";
	body = body ? body : "";
	sl = strnlen(subject, LEARN_MAX_TEXT);
	bl = strnlen(body, LEARN_MAX_TEXT);
	xasprintf(&text, "%.*s\n%.*s", (int)sl, subject, (int)bl, body);
	*f = fold_text(text, strlen(text), flen);
	*g = fold_greeklish(*f, *flen, &glen);
	free(text);
}

static void
learn_emit_strv(void *arg, const char *feature)
{
	strv_add(arg, feature);
}

/* The features of one mail, each once, sorted (what training counts). */
static void
learn_features_set(int set, const char *subject, const char *body,
    struct strv *out)
{
	struct strv	 all;
	char		*f, *g;
	size_t		 flen, i, first = out->n;

	memset(&all, 0, sizeof all);
	learn_fold(subject, body, &f, &flen, &g);
	learn_tokens(set, f, g, learn_emit_strv, &all);
	free(f);
	free(g);
	if (all.n > 0)
		qsort(all.v, all.n, sizeof *all.v, learn_cmp);
	for (i = 0; i < all.n; i++)
		if (out->n == first || strcmp(out->v[out->n - 1], all.v[i]))
			strv_add(out, all.v[i]);
	strv_free(&all);
}

void
learn_features(const char *subject, const char *body, struct strv *out)
{
	learn_features_set(LEARN_FEATURES, subject, body, out);
}

/* Training */

struct learn_train {
	struct learn_map map;
	uint32_t	*counts;	/* LEARN_STRIDE per feature */
	size_t		 nfeat, cap;	/* features and room for them */
	size_t		 max;		/* features the table holds at most */
	struct strv	 classes[LEARN_NHEADS];
	uint32_t	 docs[LEARN_NHEADS][LEARN_MAX_CLASSES];
	size_t		 mails;
};

struct learn_train *
learn_train_new(void)
{
	return learn_train_new_max(LEARN_MAX_FEATURES);
}

struct learn_train *
learn_train_new_max(size_t max)
{
	struct learn_train	*t = xcalloc(1, sizeof *t);

	t->max = max > 0 && max < LEARN_MAX_FEATURES ? max : LEARN_MAX_FEATURES;
	return t;
}

void
learn_train_free(struct learn_train *t)
{
	size_t	 h;

	if (t == NULL)
		return;
	learn_map_free(&t->map);
	free(t->counts);
	for (h = 0; h < LEARN_NHEADS; h++)
		strv_free(&t->classes[h]);
	free(t);
}

size_t
learn_train_mails(const struct learn_train *t)
{
	return t->mails;
}

static int
learn_valid_name(const char *s)
{
	size_t	 n = strlen(s);

	if (n == 0 || n > LEARN_MAX_NAME)
		return 0;
	return strspn(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
	    "0123456789_-.") == n;
}

/* Index of class name in head h, added if new; -1 when full or bad. */
static int
learn_class_index(struct strv *classes, const char *name)
{
	size_t	 i;

	for (i = 0; i < classes->n; i++)
		if (strcmp(classes->v[i], name) == 0)
			return (int)i;
	if (classes->n == LEARN_MAX_CLASSES || !learn_valid_name(name))
		return -1;
	strv_add(classes, name);
	return (int)i;
}

/* The name of feature k: the map's index is the trainer's. */
static const char *
learn_train_key(const struct learn_train *t, size_t k)
{
	return learn_map_key(&t->map, (uint32_t)k + 1);
}

/* Total mails a feature was seen in (each mail counts once per head). */
static uint64_t
learn_total(const struct learn_train *t, size_t k)
{
	uint64_t	 s = 0;
	size_t		 c;

	for (c = 0; c < t->classes[LEARN_QUEUE].n; c++)
		s += t->counts[k * LEARN_STRIDE + c];
	return s;
}

/*
 * Make room in a full table by dropping the features seen in the fewest
 * mails so far: once, or more if that would free less than a quarter of
 * it.  A table that took no new feature once full kept the words of the
 * first mails read, seen once or not, and never counted a word first
 * written later however often it came (with 28,000 labelled mails, the
 * last Polish ones).  A word dropped here and seen again counts from
 * then on, one or two mails short.
 */
static void
learn_train_evict(struct learn_train *t)
{
	struct learn_map	 g;
	size_t			 i, j, n, keybytes;
	uint64_t		 below;

	for (below = 2; ; below++) {
		for (i = 0, n = 0, keybytes = 0; i < t->nfeat; i++)
			if (learn_total(t, i) >= below) {
				n++;
				keybytes += strlen(learn_train_key(t, i)) + 1;
			}
		if (n == 0 || t->nfeat - n >= t->nfeat / 4)
			break;
	}
	memset(&g, 0, sizeof g);
	learn_map_reserve(&g, n, keybytes);
	for (i = 0, j = 0; i < t->nfeat; i++) {
		if (learn_total(t, i) < below)
			continue;
		if (j != i)
			memcpy(t->counts + j * LEARN_STRIDE,
			    t->counts + i * LEARN_STRIDE,
			    LEARN_STRIDE * sizeof *t->counts);
		learn_map_put(&g, learn_train_key(t, i));	/* at j */
		j++;
	}
	learn_map_free(&t->map);
	t->map = g;
	t->nfeat = j;
}

int
learn_train_add(struct learn_train *t, const char *subject, const char *body,
    const char *queue, const char *priority)
{
	struct strv	 fv;
	int		 c[LEARN_NHEADS];
	size_t		 i;
	long		 k;

	if (priority == NULL || *priority == '\0')
		priority = "normal";
	if (queue == NULL || (c[LEARN_QUEUE] = learn_class_index(
	    &t->classes[LEARN_QUEUE], queue)) == -1 ||
	    (c[LEARN_PRIORITY] = learn_class_index(
	    &t->classes[LEARN_PRIORITY], priority)) == -1)
		return -1;
	t->docs[LEARN_QUEUE][c[LEARN_QUEUE]]++;
	t->docs[LEARN_PRIORITY][c[LEARN_PRIORITY]]++;
	t->mails++;
	memset(&fv, 0, sizeof fv);
	learn_features_set(LEARN_FEATURES, subject, body, &fv);
	for (i = 0; i < fv.n; i++) {
		if ((k = learn_map_find(&t->map, fv.v[i])) == -1) {
			if (t->nfeat == t->max)
				learn_train_evict(t);
			if (t->nfeat == t->max)
				continue;	/* nothing could be dropped */
			k = (long)t->nfeat++;
			if (t->nfeat > t->cap) {
				t->cap = learn_grow(t->cap);
				t->counts = xreallocarray(t->counts, t->cap,
				    LEARN_STRIDE * sizeof *t->counts);
			}
			learn_map_put(&t->map, fv.v[i]);	/* at k */
			memset(t->counts + (size_t)k * LEARN_STRIDE, 0,
			    LEARN_STRIDE * sizeof *t->counts);
		}
		t->counts[(size_t)k * LEARN_STRIDE + c[LEARN_QUEUE]]++;
		t->counts[(size_t)k * LEARN_STRIDE + LEARN_MAX_CLASSES +
		    c[LEARN_PRIORITY]]++;
	}
	strv_free(&fv);
	return 0;
}

/* Most frequent first, then by name, so that the file is reproducible. */
static int
learn_cmp_freq(const void *a, const void *b, void *arg)
{
	const struct learn_train *t = arg;
	size_t		 x = *(const size_t *)a, y = *(const size_t *)b;
	uint64_t	 tx = learn_total(t, x), ty = learn_total(t, y);

	if (tx != ty)
		return tx > ty ? -1 : 1;
	return strcmp(learn_train_key(t, x), learn_train_key(t, y));
}

static int
learn_cmp_name(const void *a, const void *b, void *arg)
{
	const struct learn_train *t = arg;

	return strcmp(learn_train_key(t, *(const size_t *)a),
	    learn_train_key(t, *(const size_t *)b));
}

int
learn_train_write(const struct learn_train *t, FILE *f, unsigned min_count,
    char **cause)
{
	size_t	*keep, n = 0, i, h, c;

	if (t->mails == 0) {
		*cause = xstrdup("no labelled mail to learn from");
		return -1;
	}
	keep = xreallocarray(NULL, t->nfeat ? t->nfeat : 1, sizeof *keep);
	for (i = 0; i < t->nfeat; i++)
		if (learn_total(t, i) >= min_count)
			keep[n++] = i;
	qsort_r(keep, n, sizeof *keep, learn_cmp_freq, (void *)t);
	if (n > LEARN_MAX_FEATURES)
		n = LEARN_MAX_FEATURES;
	qsort_r(keep, n, sizeof *keep, learn_cmp_name, (void *)t);
	fprintf(f, "supportd-model %d\n"
	    "# Naive Bayes over folded words, stems and bigrams, learned "
	    "from %zu mails\n# by \"supportctl rules train\"; see "
	    "supportd.rules(5).\nalpha %g\ntemperature %g\nfeatures %d\n",
	    LEARN_VERSION, t->mails, LEARN_ALPHA, LEARN_TEMPERATURE,
	    LEARN_FEATURES);
	for (h = 0; h < LEARN_NHEADS; h++)
		for (c = 0; c < t->classes[h].n; c++)
			fprintf(f, "class %s %s %u\n", learn_head_names[h],
			    t->classes[h].v[c], t->docs[h][c]);
	for (i = 0; i < n; i++) {
		fprintf(f, "f %s", learn_train_key(t, keep[i]));
		for (h = 0; h < LEARN_NHEADS; h++)
			for (c = 0; c < t->classes[h].n; c++)
				fprintf(f, " %u", t->counts[keep[i] *
				    LEARN_STRIDE + h * LEARN_MAX_CLASSES + c]);
		fputc('\n', f);
	}
	free(keep);
	if (fflush(f) == EOF || ferror(f)) {
		xasprintf(cause, "write error: %s", strerror(errno));
		return -1;
	}
	return 0;
}

/* The model */

/*
 * A feature's number for one class: its count while the model loads,
 * its log probability once learn_prepare() has made it, in place (both
 * take 4 bytes, so the loaded model never holds the two arrays at
 * once).
 */
union learn_cell {
	uint32_t	 count;
	float		 loglik;
};

struct learn_model {
	double		 alpha;
	double		 temperature;	/* log scores are divided by it */
	int		 features;	/* the feature set it was counted in */
	struct strv	 classes[LEARN_NHEADS];
	uint32_t	 docs[LEARN_NHEADS][LEARN_MAX_CLASSES];
	uint64_t	 sum[LEARN_NHEADS][LEARN_MAX_CLASSES];
	double		 prior[LEARN_NHEADS][LEARN_MAX_CLASSES];
	struct learn_map map;
	union learn_cell *cell;		/* ncols per feature */
	size_t		 nfeat, ncols;
	size_t		 cap;		/* room in cell, while loading */
};

void
learn_free(struct learn_model *m)
{
	size_t	 h;

	if (m == NULL)
		return;
	for (h = 0; h < LEARN_NHEADS; h++)
		strv_free(&m->classes[h]);
	learn_map_free(&m->map);
	free(m->cell);
	free(m);
}

size_t
learn_nclasses(const struct learn_model *m, enum learn_head h)
{
	return m->classes[h].n;
}

const char *
learn_class(const struct learn_model *m, enum learn_head h, size_t i)
{
	return i < m->classes[h].n ? m->classes[h].v[i] : NULL;
}

struct learn_parser {
	const char	*name;
	struct strv	*errors;
	int		 line, bad;
};

static void	 learn_err(struct learn_parser *, const char *, ...)
		    __attribute__((format(printf, 2, 3)));

static void
learn_err(struct learn_parser *p, const char *fmt, ...)
{
	va_list	 ap;
	char	*msg, *full;

	p->bad = 1;
	if (p->errors->n == LEARN_MAX_ERRORS)
		strv_add(p->errors, "too many errors, giving up on the rest");
	if (p->errors->n > LEARN_MAX_ERRORS)
		return;
	va_start(ap, fmt);
	xvasprintf(&msg, fmt, ap);
	va_end(ap);
	xasprintf(&full, "%s:%d: %s", p->name, p->line, msg);
	strv_add(p->errors, full);
	free(msg);
	free(full);
}

/* A whole number from 0 to LEARN_MAX_COUNT, or -1. */
static long
learn_count(const char *s)
{
	char		*end;
	unsigned long	 v;

	if (*s < '0' || *s > '9')
		return -1;
	errno = 0;
	v = strtoul(s, &end, 10);
	if (errno != 0 || *end != '\0' || v > LEARN_MAX_COUNT)
		return -1;
	return (long)v;
}

/* A feature as train writes it: printable bytes, no space, UTF-8. */
static int
learn_valid_feature(const char *s)
{
	size_t	 n = strlen(s), i;

	if (n == 0 || n > LEARN_MAX_FEATURE)
		return 0;
	for (i = 0; i < n; i++)
		if ((unsigned char)s[i] <= ' ' || s[i] == 0x7f)
			return 0;
	return u8_check((const uint8_t *)s, n) == NULL;
}

/*
 * "alpha N" or "temperature N": a number above 0 and at most 100; a bad
 * one is reported and dflt kept, so that later lines are still checked.
 */
static void
learn_number(struct learn_parser *p, char **w, size_t nw, double *out,
    double dflt)
{
	char	*end;

	if (nw != 2) {
		learn_err(p, "\"%s\" takes one number", w[0]);
		return;
	}
	errno = 0;
	*out = strtod(w[1], &end);
	if (errno != 0 || *end != '\0' || end == w[1] ||
	    !(*out > 0 && *out <= 100)) {
		learn_err(p, "\"%s\" must be a number above 0 and at most 100, "
		    "not \"%s\"", w[0], w[1]);
		*out = dflt;
	}
}

/*
 * "features N": the feature set the counts were made in, so that a model
 * keeps being read the way it was trained when the features grow.
 */
static void
learn_features_line(struct learn_parser *p, struct learn_model *m, char **w,
    size_t nw)
{
	long	 v;

	if (m->nfeat > 0) {
		learn_err(p, "\"features\" after the first feature");
		return;
	}
	if (nw != 2 || (v = learn_count(w[1])) < 1 || v > LEARN_FEATURES) {
		learn_err(p, "\"features\" takes a feature set from 1 to %d",
		    LEARN_FEATURES);
		return;
	}
	m->features = (int)v;
}

/* "class queue|priority NAME MAILS", before the first feature. */
static void
learn_class_line(struct learn_parser *p, struct learn_model *m, char **w,
    size_t nw)
{
	size_t	 h, i;
	long	 v;

	if (m->nfeat > 0) {
		learn_err(p, "\"class\" after the first feature");
		return;
	}
	if (nw != 4) {
		learn_err(p, "expected \"class queue|priority NAME MAILS\"");
		return;
	}
	for (h = 0; h < LEARN_NHEADS; h++)
		if (strcmp(w[1], learn_head_names[h]) == 0)
			break;
	if (h == LEARN_NHEADS) {
		learn_err(p, "unknown head \"%s\" (queue or priority)", w[1]);
		return;
	}
	if (!learn_valid_name(w[2])) {
		learn_err(p, "bad class name (letters, digits, _ - . only, at "
		    "most %d)", LEARN_MAX_NAME);
		return;
	}
	for (i = 0; i < m->classes[h].n; i++)
		if (strcmp(m->classes[h].v[i], w[2]) == 0) {
			learn_err(p, "%s class \"%s\" given twice", w[1], w[2]);
			return;
		}
	if (m->classes[h].n == LEARN_MAX_CLASSES) {
		learn_err(p, "more than %d %s classes", LEARN_MAX_CLASSES,
		    w[1]);
		return;
	}
	if ((v = learn_count(w[3])) == -1) {
		learn_err(p, "bad mail count \"%s\"", w[3]);
		return;
	}
	m->docs[h][m->classes[h].n] = (uint32_t)v;
	strv_add(&m->classes[h], w[2]);
}

/* "f FEATURE COUNT...": one count per class, each up to its mails. */
static void
learn_feature_line(struct learn_parser *p, struct learn_model *m, char **w,
    size_t nw)
{
	size_t	 h, i, c;
	long	 v;

	if (m->ncols == 0) {
		if (m->classes[LEARN_QUEUE].n == 0 ||
		    m->classes[LEARN_PRIORITY].n == 0) {
			learn_err(p, "feature before the queue and priority "
			    "classes");
			return;
		}
		m->ncols = m->classes[LEARN_QUEUE].n +
		    m->classes[LEARN_PRIORITY].n;
	}
	if (nw != 2 + m->ncols) {
		learn_err(p, "a feature needs %zu counts, one per class, "
		    "found %zu", m->ncols, nw - 2);
		return;
	}
	if (!learn_valid_feature(w[1])) {
		learn_err(p, "bad feature (printable UTF-8, at most %d bytes)",
		    LEARN_MAX_FEATURE);
		return;
	}
	if (m->nfeat == LEARN_MAX_FEATURES) {
		learn_err(p, "more than %d features", LEARN_MAX_FEATURES);
		return;
	}
	if (learn_map_find(&m->map, w[1]) != -1) {
		learn_err(p, "feature \"%s\" given twice", w[1]);
		return;
	}
	if (m->nfeat + 1 > m->cap || m->cell == NULL) {
		if (m->nfeat + 1 > m->cap)
			m->cap = learn_grow(m->cap);
		m->cell = xreallocarray(m->cell, m->cap,
		    m->ncols * sizeof *m->cell);
	}
	for (h = 0, i = 0; h < LEARN_NHEADS; h++)
		for (c = 0; c < m->classes[h].n; c++, i++) {
			v = learn_count(w[2 + i]);
			if (v == -1 || (uint32_t)v > m->docs[h][c]) {
				learn_err(p, "count \"%s\" for %s %s is not a "
				    "whole number up to that class's %u mails",
				    w[2 + i], learn_head_names[h],
				    m->classes[h].v[c], m->docs[h][c]);
				return;
			}
			m->cell[m->nfeat * m->ncols + i].count = (uint32_t)v;
		}
	for (h = 0, i = 0; h < LEARN_NHEADS; h++)
		for (c = 0; c < m->classes[h].n; c++, i++)
			m->sum[h][c] += m->cell[m->nfeat * m->ncols + i].count;
	learn_map_put(&m->map, w[1]);	/* at index m->nfeat */
	m->nfeat++;
}

/* One line of a model file, by its first word. */
static void
learn_line(struct learn_parser *p, struct learn_model *m, char **w, size_t nw)
{
	if (strcmp(w[0], "alpha") == 0)
		learn_number(p, w, nw, &m->alpha, LEARN_ALPHA);
	else if (strcmp(w[0], "temperature") == 0)
		learn_number(p, w, nw, &m->temperature, 1);
	else if (strcmp(w[0], "features") == 0)
		learn_features_line(p, m, w, nw);
	else if (strcmp(w[0], "class") == 0)
		learn_class_line(p, m, w, nw);
	else if (strcmp(w[0], "f") == 0)
		learn_feature_line(p, m, w, nw);
	else
		learn_err(p, "unknown line \"%s\" (expected alpha, "
		    "temperature, features, class or f)", w[0]);
}

/* Log probabilities from the counts, once per load. */
static void
learn_prepare(struct learn_model *m)
{
	size_t		 h, c, k, i;
	uint64_t	 total;
	double		 denom[LEARN_NHEADS][LEARN_MAX_CLASSES];

	for (h = 0; h < LEARN_NHEADS; h++) {
		for (c = 0, total = 0; c < m->classes[h].n; c++)
			total += m->docs[h][c];
		for (c = 0; c < m->classes[h].n; c++) {
			m->prior[h][c] = learn_log((m->docs[h][c] + 1.0) /
			    ((double)total + (double)m->classes[h].n));
			denom[h][c] = (double)m->sum[h][c] +
			    m->alpha * (double)(m->nfeat + 1);
		}
	}
	/*
	 * Classifying reads only the log probabilities, and each takes
	 * its count's place.  They are kept as float, half a double's
	 * room (2.2 MB at 13,000 mails): a word's log probability is a
	 * count's logarithm, and float's 7 digits hold it finer than the
	 * counts tell it; the scores are still summed in double.
	 */
	for (k = 0; k < m->nfeat; k++)
		for (h = 0, i = 0; h < LEARN_NHEADS; h++)
			for (c = 0; c < m->classes[h].n; c++, i++) {
				union learn_cell *x = &m->cell[k * m->ncols + i];

				x->loglik = (float)learn_log((x->count +
				    m->alpha) / denom[h][c]);
			}
}

/* What the feature lines of a model ("f NAME ...") will need. */
struct learn_room {
	size_t	 nfeat;		/* lines */
	size_t	 keybytes;	/* their names' bytes and NULs */
};

/* Count line s (ended by a NUL or a newline) toward the room. */
static void
learn_room_line(struct learn_room *r, const char *s)
{
	s += strspn(s, " \t\r");
	if (s[0] != 'f' || (s[1] != ' ' && s[1] != '\t'))
		return;
	s += 1 + strspn(s + 1, " \t\r");
	if (r->nfeat == LEARN_MAX_FEATURES)
		return;		/* more is an error learn_feature_line() gives */
	r->nfeat++;
	r->keybytes += strcspn(s, " \t\r\n") + 1;
}

/* A model with room for what r counted; a line miscounted only grows. */
static struct learn_model *
learn_model_new(const struct learn_room *r)
{
	struct learn_model	*m;

	m = xcalloc(1, sizeof *m);
	m->alpha = LEARN_ALPHA;
	m->features = 1;	/* models from before the "features" line */
	m->temperature = 1;	/* and from before "temperature" */
	m->cap = r->nfeat;
	learn_map_reserve(&m->map, r->nfeat, r->keybytes);
	return m;
}

/*
 * One line of a model file, its newline gone, cut into words in place.
 * An error sets p->bad, after which the rest of the file is not read.
 */
static void
learn_parse_line(struct learn_parser *p, struct learn_model *m, char *s,
    int *seen_version)
{
	char	*w[LEARN_MAX_FIELDS + 1];
	size_t	 nw;

	/* Split on spaces and tabs. */
	for (nw = 0; ; ) {
		s += strspn(s, " \t\r");
		if (*s == '\0' || *s == '#')
			break;
		if (nw == LEARN_MAX_FIELDS) {
			nw++;
			break;
		}
		w[nw++] = s;
		s += strcspn(s, " \t\r");
		if (*s != '\0')
			*s++ = '\0';
	}
	if (nw == 0)
		return;
	if (nw > LEARN_MAX_FIELDS) {
		learn_err(p, "too many fields on one line");
		return;
	}
	if (!*seen_version) {
		if (strcmp(w[0], "supportd-model") != 0 || nw != 2)
			learn_err(p, "not a supportd model (the first line "
			    "must be \"supportd-model %d\")", LEARN_VERSION);
		else if (strcmp(w[1], "1") != 0)
			learn_err(p, "model version \"%s\" not understood "
			    "(this supportd reads %d)", w[1], LEARN_VERSION);
		else
			*seen_version = 1;
		return;
	}
	learn_line(p, m, w, nw);
}

/*
 * After the last line (p->line one past it): what a whole model must
 * have, then its log probabilities.  m is freed on an error.
 */
static int
learn_parse_end(struct learn_parser *p, struct learn_model *m,
    int seen_version, struct learn_model **out)
{
	size_t	 h;

	if (!p->bad && p->line > 1)
		p->line--;	/* what is missing is missing at the last line */
	if (!p->bad && !seen_version) {
		learn_err(p, "empty model (no \"supportd-model %d\" line)",
		    LEARN_VERSION);
	}
	for (h = 0; !p->bad && h < LEARN_NHEADS; h++)
		if (m->classes[h].n == 0)
			learn_err(p, "the model has no %s class",
			    learn_head_names[h]);
	if (p->bad) {
		learn_free(m);
		return -1;
	}
	if (m->ncols == 0)
		m->ncols = m->classes[LEARN_QUEUE].n +
		    m->classes[LEARN_PRIORITY].n;
	learn_prepare(m);
	*out = m;
	return 0;
}

/* learn_parse() on buf, len bytes and a NUL, which it cuts in place. */
static int
learn_parse_in(const char *name, char *buf, size_t len,
    struct learn_model **out, struct strv *errors)
{
	struct learn_parser	 p;
	struct learn_room	 room;
	struct learn_model	*m;
	char			*s, *eol;
	int			 seen_version = 0;

	*out = NULL;
	memset(&p, 0, sizeof p);
	p.name = name;
	p.errors = errors;
	p.line = 1;
	if (len > LEARN_MAX_FILE) {
		learn_err(&p, "model larger than %u bytes", LEARN_MAX_FILE);
		return -1;
	}
	if (memchr(buf, '\0', len) != NULL ||
	    u8_check((const uint8_t *)buf, len) != NULL) {
		learn_err(&p, "not valid UTF-8 text");
		return -1;
	}
	memset(&room, 0, sizeof room);
	for (s = buf; s != NULL; s = strchr(s, '\n')) {
		s += *s == '\n';
		learn_room_line(&room, s);
	}
	m = learn_model_new(&room);
	for (s = buf; *s != '\0' && !p.bad; s = eol, p.line++) {
		if ((eol = strchr(s, '\n')) != NULL)
			*eol++ = '\0';
		else
			eol = s + strlen(s);
		learn_parse_line(&p, m, s, &seen_version);
	}
	return learn_parse_end(&p, m, seen_version, out);
}

int
learn_parse(const char *name, const char *text, size_t len,
    struct learn_model **out, struct strv *errors)
{
	char	*buf;
	int	 rv;

	if (len > LEARN_MAX_FILE)	/* learn_parse_in() says so */
		return learn_parse_in(name, NULL, len, out, errors);
	buf = xmalloc(len + 1);
	memcpy(buf, text, len);
	buf[len] = '\0';
	rv = learn_parse_in(name, buf, len, out, errors);
	free(buf);
	return rv;
}

/*
 * A model file is read a line at a time, twice: once to count the room
 * its features need, once to parse them into it.  Read whole, its text
 * (3.5 MB at 157,000 features) sat beside the table, the names and the
 * counts it became, a third of what loading a model cost at its peak.
 */
int
learn_load(const char *path, struct learn_model **out, struct strv *errors)
{
	struct learn_parser	 p;
	struct learn_room	 room;
	struct learn_model	*m = NULL;
	FILE			*f;
	struct stat		 st;
	char			*line = NULL;
	size_t			 size = 0, total;
	ssize_t			 n;
	int			 pass, seen_version = 0;

	*out = NULL;
	memset(&p, 0, sizeof p);
	p.name = path;
	p.errors = errors;
	if ((f = fopen(path, "rb")) == NULL) {
		learn_err(&p, "cannot open: %s", strerror(errno));
		return -1;
	}
	if (fstat(fileno(f), &st) == -1 || !S_ISREG(st.st_mode) ||
	    (uintmax_t)st.st_size > LEARN_MAX_FILE) {
		learn_err(&p, "not a regular file of at most %u bytes",
		    LEARN_MAX_FILE);
		fclose(f);
		return -1;
	}
	memset(&room, 0, sizeof room);
	for (pass = 0; pass < 2 && !p.bad; pass++) {
		if (pass == 1) {
			if (fseeko(f, 0, SEEK_SET) == -1) {
				learn_err(&p, "cannot read: %s",
				    strerror(errno));
				break;
			}
			m = learn_model_new(&room);
		}
		p.line = 1;
		total = 0;
		while (!p.bad && (n = getline(&line, &size, f)) != -1) {
			/* It may grow while it is read. */
			if ((total += (size_t)n) > LEARN_MAX_FILE) {
				learn_err(&p, "model larger than %u bytes",
				    LEARN_MAX_FILE);
				break;
			}
			if (pass == 0) {
				learn_room_line(&room, line);
				continue;
			}
			if (n > 0 && line[n - 1] == '\n')
				line[--n] = '\0';
			if (memchr(line, '\0', (size_t)n) != NULL ||
			    u8_check((const uint8_t *)line, (size_t)n) != NULL)
				learn_err(&p, "not valid UTF-8 text");
			else
				learn_parse_line(&p, m, line, &seen_version);
			p.line++;
		}
		if (!p.bad && ferror(f))
			learn_err(&p, "cannot read: %s", strerror(errno));
	}
	free(line);
	fclose(f);
	if (m == NULL)
		return -1;
	return learn_parse_end(&p, m, seen_version, out);
}

/*
 * Classifying: each feature is looked up as it comes, and a feature of
 * the model counts once however often the mail says it (as in training),
 * so no list of strings is built and sorted.  The set of features seen
 * holds their indices in the model.
 */
struct learn_score {
	const struct learn_model *m;
	double			 s[LEARN_NHEADS][LEARN_MAX_CLASSES];
	uint32_t		*seen;		/* index + 1; 0: empty */
	size_t			 cap, n;
};

static int
learn_seen_add(struct learn_score *sc, uint32_t k)
{
	uint32_t	*old = sc->seen;
	size_t		 i, j, ocap = sc->cap;

	if (2 * (sc->n + 1) > sc->cap) {
		sc->cap = learn_grow(ocap);
		sc->seen = xcalloc(sc->cap, sizeof *sc->seen);
		for (i = 0; i < ocap; i++) {
			if (old[i] == 0)
				continue;
			for (j = old[i] * 2654435761U & (sc->cap - 1);
			    sc->seen[j] != 0; j = (j + 1) & (sc->cap - 1))
				;
			sc->seen[j] = old[i];
		}
		free(old);
	}
	for (j = (k + 1) * 2654435761U & (sc->cap - 1); sc->seen[j] != 0;
	    j = (j + 1) & (sc->cap - 1))
		if (sc->seen[j] == k + 1)
			return 0;
	sc->seen[j] = k + 1;
	sc->n++;
	return 1;
}

static void
learn_emit_score(void *arg, const char *feature)
{
	struct learn_score		*sc = arg;
	const struct learn_model	*m = sc->m;
	size_t				 h, c, col;
	long				 k;

	/* Features the model never saw are left out, as in training. */
	if ((k = learn_map_find(&m->map, feature)) == -1 ||
	    !learn_seen_add(sc, (uint32_t)k))
		return;
	for (h = 0, col = 0; h < LEARN_NHEADS; h++)
		for (c = 0; c < m->classes[h].n; c++, col++)
			sc->s[h][c] += m->cell[(size_t)k * m->ncols + col].loglik;
}

void
learn_classify_folded(const struct learn_model *m, const char *f,
    const char *g, struct learn_guess *out)
{
	struct learn_score	 sc;
	double			 max, z;
	size_t			 h, c;

	memset(out, 0, sizeof *out);
	memset(&sc, 0, sizeof sc);
	sc.m = m;
	for (h = 0; h < LEARN_NHEADS; h++)
		for (c = 0; c < m->classes[h].n; c++)
			sc.s[h][c] = m->prior[h][c];
	learn_tokens(m->features, f, g, learn_emit_score, &sc);
	free(sc.seen);
	for (h = 0; h < LEARN_NHEADS; h++) {
		for (c = 1, max = sc.s[h][0]; c < m->classes[h].n; c++)
			if (sc.s[h][c] > max) {
				max = sc.s[h][c];
				out->best[h] = c;
			}
		for (c = 0, z = 0; c < m->classes[h].n; c++)
			z += out->p[h][c] = learn_exp((sc.s[h][c] - max) /
			    m->temperature);
		for (c = 0; c < m->classes[h].n; c++)
			out->p[h][c] /= z;
	}
}

void
learn_classify(const struct learn_model *m, const char *subject,
    const char *body, struct learn_guess *out)
{
	char	*f, *g;
	size_t	 flen;

	learn_fold(subject, body, &f, &flen, &g);
	learn_classify_folded(m, f, g, out);
	free(f);
	free(g);
}
