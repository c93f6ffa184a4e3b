import { describe, expect, it } from 'vitest';
import {
	collectPageLinks,
	findBrokenLinks,
	formatBrokenLinks,
	pageKeyOf,
	type PageLinks,
} from '@/features/link-check/link-check';

const ORIGIN = 'https://site.test';

function site(pages: Record<string, string>, assets: string[] = []) {
	const files = new Set([
		...Object.keys(pages).map((page) => (page.endsWith('/') ? `${page}index.html` : page)),
		...assets,
	]);
	const parsed = new Map<string, PageLinks>(
		Object.entries(pages).map(([page, html]) => [page, collectPageLinks(html)])
	);
	return findBrokenLinks({ files, pages: parsed, origin: ORIGIN });
}

describe('collectPageLinks', () => {
	it('collects href, src, poster and every srcset candidate, and every id', () => {
		const { links, ids } = collectPageLinks(
			'<a href="/a/">a</a><img src="/i.png" srcset="/i-1.webp 1x, /i-2.webp 2x"><video poster="/p.jpg"></video>' +
				'<h2 id="intro">Intro</h2><a name="legacy"></a><link rel="stylesheet" href="/s.css">'
		);
		expect(links).toEqual(['/a/', '/i.png', '/i-1.webp', '/i-2.webp', '/p.jpg', '/s.css']);
		expect([...ids]).toEqual(['intro', 'legacy']);
	});

	it('decodes entities in attribute values', () => {
		expect(collectPageLinks('<a href="/search/?q=a&amp;b=c">x</a>').links).toEqual([
			'/search/?q=a&b=c',
		]);
	});

	it('ignores preconnect hints, which name hosts rather than resources', () => {
		expect(collectPageLinks('<link rel="preconnect" href="https://cdn.test">').links).toEqual([]);
	});

	it('collects the link-preview image of Open Graph and X, and no other meta content', () => {
		const { links } = collectPageLinks(
			'<meta property="og:image" content="https://site.test/social-cards/home.png">' +
				'<meta name="twitter:image" content="/social-cards/x.png">' +
				'<meta property="og:url" content="https://site.test/"><meta name="description" content="/x/">'
		);
		expect(links).toEqual(['https://site.test/social-cards/home.png', '/social-cards/x.png']);
	});
});

describe('findBrokenLinks', () => {
	it('reports a link-preview image that the build did not write', () => {
		expect(
			site(
				{
					'/': `<meta property="og:image" content="${ORIGIN}/social-cards/home.png">`,
					'/blog/': `<meta property="og:image" content="${ORIGIN}/social-cards/blgo.png">`,
				},
				['/social-cards/home.png', '/social-cards/blog.png']
			)
		).toEqual([
			{
				page: '/blog/',
				link: `${ORIGIN}/social-cards/blgo.png`,
				reason: 'missing-page',
				suggestion: '/social-cards/blog.png',
			},
		]);
	});

	it('accepts links to existing pages, assets, fragments and external sites', () => {
		expect(
			site(
				{
					'/': '<a href="/blog/">b</a><a href="#top">t</a><p id="top"></p><a href="https://else.test/x">x</a>',
					'/blog/': '<a href="/#top">home</a><img src="/img.png"><a href="mailto:a@b.c">m</a>',
				},
				['/img.png']
			)
		).toEqual([]);
	});

	it('reports a missing page with the nearest existing page as the suggestion', () => {
		expect(site({ '/': '<a href="/blgo/">x</a>', '/blog/': '' })).toEqual([
			{ page: '/', link: '/blgo/', reason: 'missing-page', suggestion: '/blog/' },
		]);
	});

	it('reports a missing fragment on another page and on the same page, suggesting only a close id', () => {
		expect(
			site({
				'/': '<a href="/blog/#setpu">x</a><a href="#nowhere">y</a><h2 id="here"></h2>',
				'/blog/': '<h2 id="setup"></h2>',
			})
		).toEqual([
			{ page: '/', link: '/blog/#setpu', reason: 'missing-fragment', suggestion: '#setup' },
			{ page: '/', link: '#nowhere', reason: 'missing-fragment', suggestion: undefined },
		]);
	});

	it('reports a missing asset and suggests a file of the same type', () => {
		expect(
			site({ '/': '<img src="/diagram.pgn"><img src="/diagam.png">' }, ['/diagram.png'])
		).toEqual([
			{ page: '/', link: '/diagram.pgn', reason: 'missing-page', suggestion: undefined },
			{ page: '/', link: '/diagam.png', reason: 'missing-page', suggestion: '/diagram.png' },
		]);
	});

	it('reports a link to a folder page without its trailing slash', () => {
		expect(site({ '/': '<a href="/blog">x</a>', '/blog/': '' })).toEqual([
			{ page: '/', link: '/blog', reason: 'missing-trailing-slash', suggestion: '/blog/' },
		]);
	});

	it('treats absolute links to the site origin as internal', () => {
		expect(site({ '/': `<a href="${ORIGIN}/gone/">x</a>` })[0]?.reason).toBe('missing-page');
	});

	it('resolves relative links against the page URL', () => {
		expect(site({ '/blog/a/': '<a href="../b/">b</a>', '/blog/b/': '' })).toEqual([]);
	});

	it('reports each broken link of a page once', () => {
		expect(site({ '/': '<a href="/x/">1</a><a href="/x/">2</a>' })).toHaveLength(1);
	});
});

describe('pageKeyOf', () => {
	it('maps folder index files to their folder URL and keeps other files as they are', () => {
		expect(pageKeyOf('/blog/x/index.html')).toBe('/blog/x/');
		expect(pageKeyOf('/404.html')).toBe('/404.html');
	});
});

describe('formatBrokenLinks', () => {
	it('groups broken links under their source file, sorted, with the reason and suggestion', () => {
		const report = formatBrokenLinks(
			[
				{ page: '/b/', link: '/x/', reason: 'missing-page', suggestion: '/y/' },
				{ page: '/a/', link: '#z', reason: 'missing-fragment', suggestion: undefined },
			],
			(page) => `content${page}index.md`
		);
		expect(report).toBe(
			'content/a/index.md\n  #z  points at a heading or id that does not exist on that page\n\n' +
				'content/b/index.md\n  /x/  leads to no page or file (did you mean /y/?)'
		);
	});
});
