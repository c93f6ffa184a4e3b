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
		expect(
			collectPageLinks(
				'<link rel="preconnect" href="https://cdn.test"><link rel="dns-prefetch" href="//x.test">'
			).links
		).toEqual([]);
	});

	it('reads the name of links only, and preconnect only on <link>', () => {
		const { links, ids } = collectPageLinks(
			'<input name="email"><meta name="og:image" content="/c.png"><a rel="preconnect" href="/a/">a</a>'
		);
		expect([...ids]).toEqual([]);
		expect(links).toEqual(['/c.png', '/a/']);
	});

	it('reads srcset candidates separated by any whitespace, and skips empty ones', () => {
		expect(collectPageLinks('<img srcset="/a.webp\t1x,\n/b.webp\n2x, ,/c.webp">').links).toEqual([
			'/a.webp',
			'/b.webp',
			'/c.webp',
		]);
	});

	it('collects a link-preview image only from a meta element with content', () => {
		expect(
			collectPageLinks(
				'<meta property="og:image"><link property="og:image" content="/x.png" href="/s.css">'
			).links
		).toEqual(['/s.css']);
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

	it('skips mail, phone, script and data links, in any case', () => {
		expect(
			site({
				'/': '<a href="MAILTO:a@b.c">m</a><a href="tel:+1">t</a><a href="javascript:void(0)">j</a><img src="data:image/png;base64,AA"><a href="blob:https://site.test/x">b</a>',
			})
		).toEqual([]);
	});

	it('reports a link that is not a URL at all', () => {
		expect(site({ '/': '<a href="http://[broken">x</a>' })).toEqual([
			{ page: '/', link: 'http://[broken', reason: 'missing-page', suggestion: undefined },
		]);
	});

	it('suggests a page, not a file, for a missing path with a dot inside it', () => {
		expect(site({ '/': '<a href="/v1.2/notes/">x</a>', '/v1.3/notes/': '' })).toEqual([
			{ page: '/', link: '/v1.2/notes/', reason: 'missing-page', suggestion: '/v1.3/notes/' },
		]);
	});

	it('checks fragments on HTML pages only, and those of a page without links too', () => {
		expect(
			site(
				{
					'/': '<a href="/feed.xml#top">f</a><a href="/404.html#navigaton">n</a><a href="/#">e</a>',
					'/404.html': '<nav id="navigation"></nav>',
				},
				['/feed.xml']
			)
		).toEqual([
			{
				page: '/',
				link: '/404.html#navigaton',
				reason: 'missing-fragment',
				suggestion: '#navigation',
			},
		]);
	});

	it('does not check fragments of an HTML file that is not one of the pages', () => {
		expect(site({ '/': '<a href="/raw.html#top">r</a>' }, ['/raw.html'])).toEqual([]);
	});

	it('reads fragments of the page itself from the page, also when it links itself by path', () => {
		expect(
			site({ '/a/': '<h2 id="setup"></h2><a href="/a/#setpu">x</a><a href="#setup">y</a>' })
		).toEqual([
			{ page: '/a/', link: '/a/#setpu', reason: 'missing-fragment', suggestion: '#setup' },
		]);
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

	it('lists every broken link of one source under it, in the order found, sources sorted', () => {
		const report = formatBrokenLinks(
			[
				{ page: '/c/', link: '/1/', reason: 'missing-page', suggestion: undefined },
				{ page: '/a/', link: '/2/', reason: 'missing-page', suggestion: undefined },
				{ page: '/c/', link: '/3', reason: 'missing-trailing-slash', suggestion: '/3/' },
				{ page: '/b/', link: '/4/', reason: 'missing-page', suggestion: undefined },
			],
			(page) => (page === '/a/' ? 'content/z.md' : `content${page.slice(0, -1)}.md`)
		);
		expect(report).toBe(
			[
				'content/b.md',
				'  /4/  leads to no page or file',
				'',
				'content/c.md',
				'  /1/  leads to no page or file',
				'  /3  lacks the trailing slash of the page it means (did you mean /3/?)',
				'',
				'content/z.md',
				'  /2/  leads to no page or file',
			].join('\n')
		);
	});
});
