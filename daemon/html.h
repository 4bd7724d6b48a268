/*
 * html.h -- HTML mail bodies to readable plain text.
 */
#ifndef HTML_H
#define HTML_H

#include <stddef.h>

/* utf8 HTML in, plain UTF-8 text out (scripts/styles dropped, entities
 * decoded, block elements as line breaks, links kept as "text <url>"). */
char	*html_to_text(const char *html, size_t len);

#endif
