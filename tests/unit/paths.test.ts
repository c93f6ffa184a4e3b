import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	absoluteUrl,
	articlePath,
	basePathOf,
	blogIndexPath,
	entryPath,
	PAGE_PATHS,
	pagePath,
	SECTIONS,
	sectionPath,
	seriesPath,
	socialCardPath,
	socialCardPreviewPath,
	tagFeedPath,
	tagPath,
	withBase,
	withoutBase,
} from '@/lib/paths';

describe('sectionPath and entryPath', () => {
	it('put a section at its folder and each entry in a folder below it', () => {
		expect(sectionPath('caseStudies')).toBe('/case-studies/');
		expect(entryPath('caseStudies', 'payments')).toBe('/case-studies/payments/');
		expect(entryPath('experiments', 'replayer')).toBe('/experiments/replayer/');
		expect(entryPath('services', 'fractional-cto')).toBe('/services/fractional-cto/');
	});

	it('put a single page at the root', () => {
		expect(pagePath('about')).toBe('/about/');
	});
});

describe('the routes of the site', () => {
	// Every .ts and .astro file of src/ but this module, without its comments.
	const sources = readdirSync('src', { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && /\.(ts|astro)$/.test(entry.name))
		.map((entry) => join(entry.parentPath, entry.name))
		.filter((file) => file !== join('src', 'lib', 'paths.ts'))
		.map((file) => ({
			file,
			code: readFileSync(file, 'utf8')
				.split('\n')
				.filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line))
				.join('\n'),
		}));

	it.each([
		...Object.values(SECTIONS),
		...Object.values(PAGE_PATHS).filter((path) => path !== '/'),
	])('spell %s in src/lib/paths.ts and nowhere else', (path) => {
		const quoted = new RegExp(`['"\`]${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
		expect(sources.filter(({ code }) => quoted.test(code)).map(({ file }) => file)).toEqual([]);
	});
});

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

describe('tagFeedPath', () => {
	it('puts the feed of a tag next to its pages', () => {
		expect(tagFeedPath('typescript')).toBe('/tags/typescript/rss.xml');
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

describe('absoluteUrl under a base path', () => {
	it('keeps the base path of the site URL, with or without its trailing slash', () => {
		expect(absoluteUrl('/blog/x/', 'https://layla.github.io/notes/')).toBe(
			'https://layla.github.io/notes/blog/x/'
		);
		expect(absoluteUrl('/rss.xml', 'https://layla.github.io/notes')).toBe(
			'https://layla.github.io/notes/rss.xml'
		);
	});

	it('gives the base itself for the home page', () => {
		expect(absoluteUrl('/', 'https://layla.github.io/notes')).toBe(
			'https://layla.github.io/notes/'
		);
	});
});

describe('basePathOf', () => {
	it('is / for a site at the root of its domain', () => {
		expect(basePathOf('https://example.com')).toBe('/');
		expect(basePathOf('https://example.com/')).toBe('/');
	});

	it('is the URL path with slashes at both ends for a site under a sub-path', () => {
		expect(basePathOf('https://layla.github.io/notes')).toBe('/notes/');
		expect(basePathOf('https://example.com/a/b/')).toBe('/a/b/');
	});
});

describe('withBase', () => {
	it('leaves site paths alone at the root of a domain', () => {
		expect(withBase('/blog/', '/')).toBe('/blog/');
		expect(withBase('/', '/')).toBe('/');
	});

	it('puts site paths under the base path', () => {
		expect(withBase('/blog/x/', '/notes/')).toBe('/notes/blog/x/');
		expect(withBase('/', '/notes/')).toBe('/notes/');
		expect(withBase('/rss.xml#top', '/notes/')).toBe('/notes/rss.xml#top');
	});

	it('leaves absolute, protocol-relative, fragment and relative links unchanged', () => {
		for (const link of ['https://x.dev/', 'mailto:a@b.c', '#setup', '//cdn.test/a.js', './a.png']) {
			expect(withBase(link, '/notes/')).toBe(link);
		}
	});
});

describe('withoutBase', () => {
	it('strips the base path', () => {
		expect(withoutBase('/notes/blog/x/', '/notes/')).toBe('/blog/x/');
		expect(withoutBase('/notes/', '/notes/')).toBe('/');
		expect(withoutBase('/notes', '/notes/')).toBe('/');
		expect(withoutBase('/blog/', '/')).toBe('/blog/');
	});

	it('is undefined outside the base path', () => {
		expect(withoutBase('/blog/x/', '/notes/')).toBeUndefined();
		expect(withoutBase('/notesx/', '/notes/')).toBeUndefined();
	});
});

describe('socialCardPath', () => {
	it('names the card after the page path, and the home page card home.png', () => {
		expect(socialCardPath('/blog/idempotent-webhooks/')).toBe(
			'/social-cards/blog/idempotent-webhooks.png'
		);
		expect(socialCardPath('/tags/')).toBe('/social-cards/tags.png');
		expect(socialCardPath('/')).toBe('/social-cards/home.png');
	});

	it('names the small WebP copy the same way', () => {
		expect(socialCardPreviewPath('/blog/idempotent-webhooks/')).toBe(
			'/social-cards/blog/idempotent-webhooks.webp'
		);
		expect(socialCardPreviewPath('/')).toBe('/social-cards/home.webp');
	});
});

describe('seriesPath', () => {
	it("is the series' page under /series/", () => {
		expect(seriesPath('webhooks-in-depth')).toBe('/series/webhooks-in-depth/');
	});
});
