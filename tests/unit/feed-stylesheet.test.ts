import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildFeedStylesheet, FEED_PAGE_CSS } from '@/features/feeds/feed-stylesheet';

describe('buildFeedStylesheet', () => {
	const xsl = buildFeedStylesheet({
		iconHref: '/notes/favicon.svg',
		cssHref: '/notes/rss.css',
	});

	it('is a well-formed XSLT 1.0 stylesheet writing HTML', () => {
		expect(XMLValidator.validate(xsl)).toBe(true);
		expect(xsl).toContain('<xsl:stylesheet version="1.0"');
		expect(xsl).toContain('<xsl:output method="html"');
	});

	it('links the favicon and its stylesheet under the base path it is given', () => {
		expect(xsl).toContain('<link rel="icon" href="/notes/favicon.svg" type="image/svg+xml"/>');
		expect(xsl).toContain('<link rel="stylesheet" href="/notes/rss.css"/>');
	});

	it('writes a literal href, never an XPath expression, whatever characters it holds', () => {
		const odd = buildFeedStylesheet({ iconHref: '/a{b}&"c"/favicon.svg', cssHref: '/rss.css' });
		expect(XMLValidator.validate(odd)).toBe(true);
		expect(odd).toContain('href="/a{{b}}&amp;&quot;c&quot;/favicon.svg"');
	});

	it('uses no script, event handler, style element or style attribute, which the Content-Security-Policy would block', () => {
		expect(xsl).not.toMatch(/<script|<style|\sstyle=|\son[a-z]+=/i);
	});

	it('styles every class and id the page uses', () => {
		const used = [...xsl.matchAll(/\s(class|id)="([^"]+)"/g)].map(([, kind, name]) =>
			kind === 'class' ? `.${name}` : `#${name}`
		);
		for (const selector of used.filter(
			(selector) => selector !== '#subscribe' && selector !== '#latest'
		)) {
			expect(FEED_PAGE_CSS, selector).toContain(`${selector} {`);
		}
	});
});
