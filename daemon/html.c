/*
 * html.c -- HTML mail bodies to readable plain text.
 *
 * libxml2's HTML parser (htmlReadMemory) builds the tree: it is a well-kept
 * Debian library that copes with the broken markup real mail clients send
 * far better than a hand-written tag scanner would, and it decodes every
 * entity.  We only walk the tree: text is collected with its whitespace
 * collapsed, block elements become line breaks, scripts and styles vanish,
 * links are kept as "text <url>" so an agent can still follow them.
 */
#include <limits.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "html.h"
#include "xmalloc.h"

#define HTML_TEXT_MAX	(16U * 1024 * 1024)

struct html_out {
	struct buf	 b;
	int		 space;		/* a space is pending */
	int		 newlines;	/* newlines at the end of b (max 2) */
	int		 pre;		/* inside <pre>: keep whitespace */
};

static int
name_in(const xmlChar *name, const char *const *list)
{
	for (; *list != NULL; list++)
		if (strcasecmp((const char *)name, *list) == 0)
			return 1;
	return 0;
}

static const char *const skip_tags[] = {
	"script", "style", "head", "title", "noscript", "template",
	"object", "embed", "iframe", "svg", NULL
};

static const char *const block_tags[] = {
	"p", "div", "tr", "li", "ul", "ol", "dl", "dt", "dd", "table",
	"blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
	"address", "section", "article", "header", "footer", "center",
	"form", "fieldset", "body", "html", "caption", "thead", "tbody",
	"tfoot", "nav", "aside", "main", "figure", "figcaption", NULL
};

/* Paragraph-like blocks get an empty line around them. */
static const char *const para_tags[] = {
	"p", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "table",
	"pre", "ul", "ol", NULL
};

static void
out_newline(struct html_out *o, int want)
{
	if (o->b.len == 0)
		return;		/* no leading blank lines */
	o->space = 0;
	while (o->newlines < want) {
		buf_addc(&o->b, '\n');
		o->newlines++;
	}
}

/* Append text, collapsing runs of whitespace (and NBSP) to one space. */
static void
out_text(struct html_out *o, const unsigned char *s)
{
	const unsigned char	*start;

	while (*s != '\0') {
		if (o->pre) {
			start = s;
			while (*s != '\0' && *s != '\r')
				s++;
			if (s > start) {
				buf_add(&o->b, start, (size_t)(s - start));
				o->newlines = s[-1] == '\n' ? 1 : 0;
			}
			if (*s == '\r')
				s++;
			continue;
		}
		if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' ||
		    *s == '\f' || *s == '\v') {
			o->space = 1;
			s++;
			continue;
		}
		if (s[0] == 0xc2 && s[1] == 0xa0) {	/* &nbsp; */
			o->space = 1;
			s += 2;
			continue;
		}
		if (o->space && o->newlines == 0 && o->b.len > 0)
			buf_addc(&o->b, ' ');
		o->space = 0;
		start = s;
		while (*s != '\0' && *s != ' ' && *s != '\t' && *s != '\n' &&
		    *s != '\r' && *s != '\f' && *s != '\v' &&
		    !(s[0] == 0xc2 && s[1] == 0xa0))
			s++;
		buf_add(&o->b, start, (size_t)(s - start));
		o->newlines = 0;
	}
}

static void
elem_start(struct html_out *o, xmlNode *n)
{
	if (strcasecmp((const char *)n->name, "br") == 0) {
		buf_addc(&o->b, '\n');
		o->newlines = o->newlines < 2 ? o->newlines + 1 : 2;
		o->space = 0;
		return;
	}
	if (name_in(n->name, para_tags))
		out_newline(o, 2);
	else if (name_in(n->name, block_tags))
		out_newline(o, 1);
	if (strcasecmp((const char *)n->name, "li") == 0) {
		buf_adds(&o->b, "- ");
		o->newlines = 0;
	}
	if (strcasecmp((const char *)n->name, "pre") == 0)
		o->pre++;
	if (strcasecmp((const char *)n->name, "td") == 0 ||
	    strcasecmp((const char *)n->name, "th") == 0)
		o->space = 1;
}

static void
elem_end(struct html_out *o, xmlNode *n)
{
	xmlChar	*href;

	if (strcasecmp((const char *)n->name, "pre") == 0 && o->pre > 0)
		o->pre--;
	if (strcasecmp((const char *)n->name, "a") == 0 &&
	    (href = xmlGetProp(n, (const xmlChar *)"href")) != NULL) {
		xmlChar	*text = xmlNodeGetContent(n);
		const char *h = (const char *)href;

		/* Keep real links whose text does not already show them. */
		if ((strncasecmp(h, "http://", 7) == 0 ||
		    strncasecmp(h, "https://", 8) == 0) && strlen(h) < 2048 &&
		    strchr(h, '\n') == NULL &&
		    (text == NULL || strstr((const char *)text, h) == NULL)) {
			if (o->b.len > 0 && o->newlines == 0)
				buf_addc(&o->b, ' ');
			buf_printf(&o->b, "<%s>", h);
			o->newlines = 0;
			o->space = 0;
		}
		xmlFree(text);
		xmlFree(href);
	}
	if (name_in(n->name, para_tags))
		out_newline(o, 2);
	else if (name_in(n->name, block_tags))
		out_newline(o, 1);
}

/*
 * Walk the tree without recursion (libxml2 bounds the depth, but a flat
 * loop costs no stack at all).
 */
static void
walk(struct html_out *o, xmlNode *root)
{
	xmlNode	*n = root;

	while (n != NULL) {
		int	 descend = 0;

		if (n->type == XML_ELEMENT_NODE && n->name != NULL) {
			if (!name_in(n->name, skip_tags)) {
				elem_start(o, n);
				descend = n->children != NULL;
				if (!descend)
					elem_end(o, n);
			}
		} else if ((n->type == XML_TEXT_NODE ||
		    n->type == XML_CDATA_SECTION_NODE) && n->content != NULL)
			out_text(o, n->content);

		if (descend) {
			n = n->children;
			continue;
		}
		/* Next sibling, or climb up closing elements on the way. */
		while (n != NULL && n != root && n->next == NULL) {
			n = n->parent;
			if (n != NULL && n->type == XML_ELEMENT_NODE &&
			    n->name != NULL)
				elem_end(o, n);
		}
		if (n == NULL || n == root)
			break;
		n = n->next;
	}
}

char *
html_to_text(const char *html, size_t len)
{
	htmlDocPtr	 doc;
	struct html_out	 o;
	char		*s;
	size_t		 end;

	memset(&o, 0, sizeof o);
	buf_init(&o.b, HTML_TEXT_MAX);
	buf_add(&o.b, "", 0);
	if (html == NULL || len == 0 || len > INT_MAX)
		return buf_release(&o.b);

	xmlInitParser();	/* idempotent; needed once before threads */
	doc = htmlReadMemory(html, (int)len, NULL, "UTF-8",
	    HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
	    HTML_PARSE_NONET);
	if (doc != NULL) {
		xmlNode	*root = xmlDocGetRootElement(doc);

		/* Walk every top-level node (comments, a doctype may precede). */
		if (root != NULL) {
			while (root->prev != NULL)
				root = root->prev;
			for (; root != NULL; root = root->next) {
				xmlNode	*next = root->next;

				root->next = NULL;	/* walk one subtree */
				walk(&o, root);
				root->next = next;
			}
		}
		xmlFreeDoc(doc);
	}
	s = buf_release(&o.b);
	/* Trim trailing whitespace. */
	end = strlen(s);
	while (end > 0 && (s[end - 1] == '\n' || s[end - 1] == ' '))
		s[--end] = '\0';
	return s;
}
