import { escapeXml } from '@/lib/xml';

// The page a browser shows for an RSS feed (the site's and each tag's) instead of raw XML. It must
// pass the site's Content-Security-Policy, which covers the feed on hosts that send it as a
// header: no script, no <style> element and no style attribute, only a stylesheet of the site's
// own (FEED_PAGE_CSS, served as /rss.css). `color-scheme: light dark` with the browser's own
// colours gives a readable dark mode; links take the text colour, underlined, as Chromium's default
// link blue is too dark on its dark background. Dates are left out: RSS gives them in UTC, and a
// day shown in UTC can differ from the day the article page shows in the site's time zone.
// Chromium 156 still runs XSLT but lays a deprecation banner over the page; browsers without it
// show the XML, which readers are unaffected by.

/** The styles of the page a browser makes of a feed with its XSL stylesheet, served as /rss.css. */
export const FEED_PAGE_CSS = `html { color-scheme: light dark; }
body { margin: 0; font-family: system-ui, sans-serif; line-height: 1.6; }
main { max-width: 42rem; margin: 0 auto; padding: 2.5rem 1.25rem; }
.kind { margin: 0; font-weight: 600; }
h1 { margin: 0.25rem 0 0.5rem; line-height: 1.2; }
.description { margin: 0; }
.subscribe { border: 1px solid; border-radius: 0.5rem; padding: 0.25rem 1.25rem; margin: 2rem 0; }
#feed-url { display: block; padding: 0.5rem 0.75rem; border: 1px solid; border-radius: 0.375rem; overflow-wrap: anywhere; font-size: 0.95rem; }
ol { padding-left: 1.25rem; }
li { margin-bottom: 1.25rem; }
a { color: inherit; text-decoration: underline; text-underline-offset: 0.2em; }
li a { font-weight: 600; }
li p { margin: 0.25rem 0 0; }
`;

/**
 * The XSL stylesheet (XSLT 1.0, which browsers and xsltproc run) that shows an RSS feed as a page:
 * what a feed is, the address to copy into a feed reader, and the latest articles with links.
 * Readers ignore it; a browser applies it through the feed's `<?xml-stylesheet?>`.
 * @param options.iconHref the favicon's href under the site's base path (a page without one makes
 *   the browser request /favicon.ico, which may not exist)
 * @param options.cssHref the href of FEED_PAGE_CSS under the site's base path
 */
export function buildFeedStylesheet({
	iconHref,
	cssHref,
}: {
	iconHref: string;
	cssHref: string;
}): string {
	return `<?xml version="1.0" encoding="utf-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:atom="http://www.w3.org/2005/Atom" exclude-result-prefixes="atom">
	<xsl:output method="html" encoding="utf-8" indent="yes" doctype-system="about:legacy-compat"/>
	<xsl:template match="/">
		<xsl:apply-templates select="rss/channel"/>
	</xsl:template>
	<xsl:template match="channel">
		<xsl:variable name="feedUrl" select="atom:link[@rel='self']/@href"/>
		<html lang="{language}">
			<head>
				<meta name="viewport" content="width=device-width, initial-scale=1"/>
				<title><xsl:value-of select="title"/> · RSS feed</title>
				<link rel="icon" href="${literalAttribute(iconHref)}" type="image/svg+xml"/>
				<link rel="stylesheet" href="${literalAttribute(cssHref)}"/>
			</head>
			<body>
				<main>
					<p class="kind">RSS feed</p>
					<h1><xsl:value-of select="title"/></h1>
					<p class="description"><xsl:value-of select="description"/></p>
					<section aria-labelledby="subscribe" class="subscribe">
						<h2 id="subscribe">Subscribe to get new articles</h2>
						<p>This is a web feed. Copy its address into a feed reader, such as NetNewsWire, Feedbin, Inoreader or Thunderbird, and every new article reaches you when it is published: no account, no email address, no algorithm deciding what you see.</p>
						<p>The address to copy:</p>
						<p><code id="feed-url"><xsl:value-of select="$feedUrl"/></code></p>
					</section>
					<section aria-labelledby="latest">
						<h2 id="latest">Latest articles</h2>
						<ol>
							<xsl:for-each select="item">
								<li>
									<a href="{link}"><xsl:value-of select="title"/></a>
									<p><xsl:value-of select="description"/></p>
								</li>
							</xsl:for-each>
						</ol>
					</section>
					<p><a href="{link}">Visit the website</a></p>
				</main>
			</body>
		</html>
	</xsl:template>
</xsl:stylesheet>
`;
}

/** A value for a literal attribute of the stylesheet: braces would start an XPath expression. */
function literalAttribute(value: string): string {
	return escapeXml(value).replaceAll('{', '{{').replaceAll('}', '}}');
}
