import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildFeedStylesheet } from '@/features/feeds/feed-stylesheet';

describe('buildFeedStylesheet', () => {
	const xsl = buildFeedStylesheet({ iconHref: '/notes/favicon.svg' });

	it('is a well-formed XSLT 1.0 stylesheet writing HTML', () => {
		expect(XMLValidator.validate(xsl)).toBe(true);
		expect(xsl).toContain('<xsl:stylesheet version="1.0"');
		expect(xsl).toContain('<xsl:output method="html"');
	});

	it('links the favicon under the base path it is given', () => {
		expect(xsl).toContain('<link rel="icon" href="/notes/favicon.svg" type="image/svg+xml"/>');
	});

	it('writes a literal href, never an XPath expression, whatever characters it holds', () => {
		const odd = buildFeedStylesheet({ iconHref: '/a{b}&"c"/favicon.svg' });
		expect(XMLValidator.validate(odd)).toBe(true);
		expect(odd).toContain('href="/a{{b}}&amp;&quot;c&quot;/favicon.svg"');
	});

	it('uses no script, event handler or style element, which the Content-Security-Policy would block', () => {
		expect(xsl).not.toMatch(/<script|<style|\son[a-z]+=/i);
	});
});
