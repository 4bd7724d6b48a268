/*
 * test_html.c -- HTML mail bodies to text: what an agent must be able to
 * read, and nothing of what a browser would not show.
 */
#include <stdlib.h>
#include <string.h>

#include "html.h"
#include "test.h"

static void
conv(const char *html, const char *want)
{
	char	*s = html_to_text(html, strlen(html));

	CHECK_STR(s, want);
	free(s);
}

static void
test_basic(void)
{
	conv("<p>Hello</p><p>World</p>", "Hello\n\nWorld");
	conv("a<br>b<br/>c", "a\nb\nc");
	conv("<div>one</div><div>two</div>", "one\ntwo");
	conv("  lots   of\n\n   space\t here  ", "lots of space here");
	conv("&lt;tag&gt; &amp; &quot;q&quot; &eacute;&ntilde;&#322;&#x3b1;",
	    "<tag> & \"q\" éñłα");
	conv("a&nbsp;&nbsp;b", "a b");
	conv("", "");
}

static void
test_dropped(void)
{
	conv("<html><head><title>Title</title><style>p{x:y}</style></head>"
	    "<body><script>alert(1)</script>Text<noscript>ns</noscript>"
	    "</body></html>", "Text");
	conv("<!-- comment -->visible", "visible");
}

static void
test_structure(void)
{
	conv("<ul><li>one</li><li>two</li></ul>after", "- one\n- two\n\nafter");
	conv("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr>"
	    "</table>", "a b\nc");
	conv("<pre>  keep\n   this</pre>", "  keep\n   this");
	conv("<blockquote>quoted</blockquote>reply", "quoted\n\nreply");
}

static void
test_links(void)
{
	conv("<a href=\"https://shop.example/o/123\">your order</a>",
	    "your order <https://shop.example/o/123>");
	/* The URL is already the text: not twice. */
	conv("<a href=\"https://x.example/\">https://x.example/</a>",
	    "https://x.example/");
	/* Only web links; no javascript: or relative noise. */
	conv("<a href=\"javascript:void(0)\">click</a>", "click");
}

static void
test_broken(void)
{
	char	*s;
	size_t	 i;
	char	 deep[20000];

	conv("<p>unclosed <b>bold <i>both</p>next", "unclosed bold both\n\nnext");
	/* libxml2 drops a stray "<" run; the rest of the text survives. */
	s = html_to_text("<<<>>>&&&;;", 11);
	CHECK_CONTAINS(s, ">>>&&&;;");
	free(s);
	conv("<div", "");
	for (i = 0; i + 5 < sizeof deep; i += 5)
		memcpy(deep + i, "<div>", 5);
	memcpy(deep + i, "x", 2);
	s = html_to_text(deep, strlen(deep));
	CHECK(s != NULL);
	free(s);
	s = html_to_text("a\0b", 3);
	CHECK(s != NULL);
	free(s);
	s = html_to_text(NULL, 0);
	CHECK_STR(s, "");
	free(s);
}

int
main(void)
{
	RUN(test_basic);
	RUN(test_dropped);
	RUN(test_structure);
	RUN(test_links);
	RUN(test_broken);
	TEST_DONE();
}
