import { describe, expect, it } from 'vitest';
import { absoluteUrl, articlePath, blogIndexPath, tagPath } from '@/lib/paths';

describe('articlePath', () => {
	it('puts an article under /blog/ with a trailing slash', () => {
		expect(articlePath('typescript-tips')).toBe('/blog/typescript-tips/');
	});
});

describe('blogIndexPath', () => {
	it('serves the first page at /blog/', () => {
		expect(blogIndexPath()).toBe('/blog/');
		expect(blogIndexPath(1)).toBe('/blog/');
	});

	it('numbers later pages', () => {
		expect(blogIndexPath(2)).toBe('/blog/2/');
		expect(blogIndexPath(10)).toBe('/blog/10/');
	});

	it('treats a page below one as the first page', () => {
		expect(blogIndexPath(0)).toBe('/blog/');
	});
});

describe('tagPath', () => {
	it('serves the first page of a tag at /tags/<slug>/', () => {
		expect(tagPath('typescript')).toBe('/tags/typescript/');
		expect(tagPath('typescript', 1)).toBe('/tags/typescript/');
	});

	it('numbers later pages of a tag', () => {
		expect(tagPath('typescript', 3)).toBe('/tags/typescript/3/');
	});
});

describe('absoluteUrl', () => {
	it('resolves a site-relative path against the site origin', () => {
		expect(absoluteUrl('/blog/typescript-tips/', 'https://example.com')).toBe(
			'https://example.com/blog/typescript-tips/'
		);
	});

	it('does not double the slash when the site URL ends with one', () => {
		expect(absoluteUrl('/tags/', 'https://example.com/')).toBe('https://example.com/tags/');
	});

	it('percent-encodes characters that are not allowed in a URL path', () => {
		expect(absoluteUrl(articlePath('静的'), 'https://example.com')).toBe(
			'https://example.com/blog/%E9%9D%99%E7%9A%84/'
		);
	});
});
