/*
 * fold.h -- case and accent folding for matching: the text customers write
 * ("Επιστροφή", "devolución", "pieniędzy") and the text admins put in
 * patterns ("επιστροφη", "devolucion", "pieniedzy") fold to the same bytes.
 */
#ifndef FOLD_H
#define FOLD_H

#include <stddef.h>

/*
 * Fold len bytes of UTF-8 text: invalid sequences become U+FFFD, then
 * Unicode case folding with compatibility decomposition (NFKD), then every
 * non-spacing mark (general category Mn) is removed, and every run of white
 * space (line breaks included) becomes one space.  A few letters whose
 * stroke is not a combining mark are mapped by hand: ł->l, ø->o, đ->d,
 * ħ->h.  Returns a NUL-terminated string the caller frees; *outlen (may be
 * NULL) receives its length.  Never fails.
 */
char	*fold_text(const char *s, size_t len, size_t *outlen);
/* The same in one libunistring pass over all of s (what fold_text must
 * equal; it uses this for the runs of words that are not ASCII). */
char	*fold_text_whole(const char *s, size_t len, size_t *outlen);

/*
 * Fold the literal text of a PCRE2 pattern the same way, leaving its ASCII
 * syntax alone: only non-ASCII characters are folded, so escapes such as
 * \D or \W and group names keep their meaning.  Caller frees.
 */
char	*fold_pattern(const char *pattern);

/*
 * Greeklish key of folded text (the output of fold_text): Greek letters are
 * transliterated (ELOT 743), then the informal Latin spellings of the same
 * sounds are brought to one form (th/8, ch/x/h, ps, ks/x, i/h/y for η/ι/υ,
 * w/o for ω, ai/e, ei/oi/i, ou/u, b/mp/v, nt/d, af/av/au), and doubled
 * letters are written once.  "θέλω να επιστρέψω", "thelo na epistrepso" and
 * "8elw na epistreps" give the same key.  Caller frees; never fails.
 */
char	*fold_greeklish(const char *s, size_t len, size_t *outlen);

/*
 * The same key for the literal text of a PCRE2 pattern (already folded by
 * fold_pattern): escapes, group syntax, quantifiers and the names of
 * groups stay as written; inside a character class only letters with a
 * one-letter key are changed.  Caller frees.
 */
char	*fold_greeklish_pattern(const char *pattern);

#endif
