import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { slugify } from '@/lib/slug';
import type { BuiltSite } from '../helpers/built-site';
import { runTool } from '../helpers/external-tools';
import { parseAtom, parseRss, type JsonFeed } from '../helpers/feeds';
import {
	exampleSite,
	exampleSiteUnderBasePath,
	fixtureSite,
	PUBLISHED_FIXTURE_SLUGS,
} from '../helpers/fixture-site';
import { parseHtml } from '../helpers/parse-html';

const SITE = 'https://fieldnotes.example.com';
const HOSTILE_TITLE = `</script><b>Bold</b> & "quotes" 'single' <img src=x onerror=alert(1)>`;

const articleUrls = PUBLISHED_FIXTURE_SLUGS.map((slug) => `${SITE}/blog/${slug}/`);

/** The slugs of the tags an article page names in its Open Graph `article:tag`s. */
function tagsOnPage(site: BuiltSite, slug: string): string[] {
	return site
		.page(`/blog/${slug}/`)
		.querySelectorAll('meta[property="article:tag"]')
		.map((meta) => slugify(meta.getAttribute('content') ?? ''));
}

/** The tag feeds of a build: `tags/<slug>/rss.xml`. */
function tagFeeds(site: BuiltSite): string[] {
	return site.files().filter((file) => /^tags\/[^/]+\/rss\.xml$/.test(file));
}

/** What xsltproc (libxslt, the XSLT 1.0 engine of Chromium and most browsers) makes of a feed. */
function transform(site: BuiltSite, feed: string) {
	const { status, stdout, stderr } = runTool(
		'xsltproc',
		[join(site.outDir, 'rss.xsl'), join(site.outDir, feed)],
		'apt-get install -y xsltproc'
	);
	expect(stderr, 'xsltproc').toBe('');
	expect(status).toBe(0);
	return { html: stdout, page: parseHtml(stdout) };
}

describe('atom.xml and feed.json', () => {
	const rss = parseRss(fixtureSite.read('rss.xml'));
	const atomSource = fixtureSite.read('atom.xml');
	const atom = parseAtom(atomSource);
	const json = JSON.parse(fixtureSite.read('feed.json')) as JsonFeed;

	it('carry the same articles as rss.xml, newest first', () => {
		expect(rss.item.map(({ link }) => link)).toEqual(articleUrls);
		expect(atom.entry.map(({ id }) => id)).toEqual(articleUrls);
		expect(json.items.map(({ url }) => url)).toEqual(articleUrls);
	});

	it('carry the same full content as rss.xml for every article', () => {
		rss.item.forEach((item, index) => {
			expect(atom.entry[index]?.content['#text'], item.link).toBe(item['content:encoded']);
			expect(atom.entry[index]?.content['@_type']).toBe('html');
			// The XML parser trims the text it reads; JSON keeps the final line break.
			expect(json.items[index]?.content_html.trim(), item.link).toBe(item['content:encoded']);
		});
	});

	it('describe the Atom feed: id, title, latest change, self and alternate links, author', () => {
		expect(XMLValidator.validate(atomSource)).toBe(true);
		expect(atom).toMatchObject({
			id: `${SITE}/`,
			title: 'Fieldnotes',
			author: { name: 'Layla Haddad' },
		});
		expect(atom.link).toEqual([
			{ '@_rel': 'self', '@_type': 'application/atom+xml', '@_href': `${SITE}/atom.xml` },
			{ '@_rel': 'alternate', '@_type': 'text/html', '@_href': `${SITE}/` },
		]);
		// The newest change of any entry, never the clock: here the newest article's publication.
		const latest = Math.max(...atom.entry.map(({ updated }) => Date.parse(updated)));
		expect(atom.updated).toBe(new Date(latest).toISOString());
		expect(atom.updated).toBe(new Date(rss.lastBuildDate).toISOString());
	});

	it('date, tag and summarise each entry as the article page does', () => {
		const index = PUBLISHED_FIXTURE_SLUGS.indexOf('repeated-headings');
		// 2026-02-15 and 2026-02-20 start at midnight in Dubai, 20:00 UTC the day before.
		expect(atom.entry[index]).toMatchObject({
			published: '2026-02-14T20:00:00.000Z',
			updated: '2026-02-19T20:00:00.000Z',
			category: [{ '@_term': 'writing' }, { '@_term': 'web' }],
		});
		expect(json.items[index]).toMatchObject({
			date_published: '2026-02-14T20:00:00.000Z',
			date_modified: '2026-02-19T20:00:00.000Z',
			tags: ['writing', 'web'],
		});
		const description = fixtureSite
			.page('/blog/repeated-headings/')
			.querySelector('meta[name=description]')
			?.getAttribute('content');
		expect(atom.entry[index]?.summary).toBe(description);
		expect(json.items[index]?.summary).toBe(description);
	});

	it('give JSON Feed 1.1 its required fields and each item an id and content', () => {
		expect(json).toMatchObject({
			version: 'https://jsonfeed.org/version/1.1',
			title: 'Fieldnotes',
			home_page_url: `${SITE}/`,
			feed_url: `${SITE}/feed.json`,
			language: 'en-GB',
			authors: [{ name: 'Layla Haddad' }],
		});
		for (const item of json.items) {
			expect(item.id).toBe(item.url);
			expect(item.title.length, item.url).toBeGreaterThan(0);
			expect(item.content_html.length, item.url).toBeGreaterThan(0);
			expect(Number.isNaN(Date.parse(item.date_published))).toBe(false);
		}
	});

	it('name the author of each article, who may not be the site’s', () => {
		const index = PUBLISHED_FIXTURE_SLUGS.indexOf('series-part-1');
		const byline = fixtureSite
			.page('/blog/series-part-1/')
			.querySelector('meta[property="article:author"]')
			?.getAttribute('content');
		expect(byline).not.toBe('Layla Haddad');
		expect(atom.entry[index]?.author.name).toBe(byline);
		expect(atom.entry[0]?.author.name).toBe('Layla Haddad');
	});
});

describe.each([
	['fixture', fixtureSite],
	['example', exampleSite],
])('the feed of each tag in the %s site', (_name, site) => {
	const feeds = tagFeeds(site);
	const published = site
		.files()
		.filter((file) => /^blog\/[^/]+\/index\.html$/.test(file))
		.map((file) => file.split('/')[1] ?? '')
		.filter(
			(slug) =>
				!/^\d+$/.test(slug) &&
				!site.page(`/blog/${slug}/`).querySelector('meta[http-equiv=refresh]')
		);

	it('exists for every tag page', () => {
		const tagPages = site.files().filter((file) => /^tags\/[^/]+\/index\.html$/.test(file));
		expect(tagPages.length).toBeGreaterThan(3);
		expect(feeds.map((file) => file.replace('rss.xml', ''))).toEqual(
			tagPages.map((file) => file.replace('index.html', ''))
		);
	});

	it('holds exactly the published articles with that tag, newest first as in rss.xml', () => {
		const order = parseRss(site.read('rss.xml')).item.map(({ link }) => link);
		for (const feed of feeds) {
			const tag = feed.split('/')[1] ?? '';
			const expected = published
				.filter((slug) => tagsOnPage(site, slug).includes(tag))
				.map((slug) => `${SITE}/blog/${slug}/`)
				.sort((a, b) => order.indexOf(a) - order.indexOf(b));
			expect(expected.length, feed).toBeGreaterThan(0);
			expect(
				parseRss(site.read(feed)).item.map(({ link }) => link),
				feed
			).toEqual(expected);
		}
	});

	it('names the site and the tag, links the tag page and declares its own URL', () => {
		for (const feed of feeds) {
			const tag = feed.split('/')[1] ?? '';
			const channel = parseRss(site.read(feed));
			const heading = site.page(`/tags/${tag}/`).querySelector('h1')?.text ?? '';
			const label = heading.replace(/^Articles tagged #/, '');
			expect(channel.title, feed).toBe(`Fieldnotes — ${label}`);
			expect(channel.link).toBe(`${SITE}/tags/${tag}/`);
			expect(channel['atom:link']).toEqual({
				'@_href': `${SITE}/${feed}`,
				'@_rel': 'self',
				'@_type': 'application/rss+xml',
			});
		}
	});
});

describe('tag feeds and unpublished articles', () => {
	it('leave out draft and scheduled articles, even from a tag they share', () => {
		const web = parseRss(fixtureSite.read('tags/web/rss.xml'));
		expect(web.item.map(({ link }) => link)).not.toContain(`${SITE}/blog/scheduled-post/`);
		expect(fixtureSite.files()).not.toContain('tags/scheduled-only-tag/rss.xml');
		expect(fixtureSite.files()).not.toContain('tags/draft-only-tag/rss.xml');
	});
});

describe('cover images in the feeds', () => {
	const [item] = parseRss(fixtureSite.read('rss.xml')).item.filter(
		({ link }) => link === `${SITE}/blog/with-cover/`
	);
	const enclosure = item?.enclosure;
	const path = new URL(enclosure?.['@_url'] ?? SITE).pathname;

	it('are RSS enclosures pointing at a JPEG of the build, with its size in bytes', () => {
		expect(enclosure?.['@_type']).toBe('image/jpeg');
		expect(enclosure?.['@_url']).toMatch(new RegExp(`^${SITE}/_astro/.+\\.jpg$`));
		expect(fixtureSite.resolves(path)).toBe(true);
		expect(Number(enclosure?.['@_length'])).toBe(fixtureSite.size(path.slice(1)));
	});

	it('are a JPEG made from the article’s cover', () => {
		// tests/fixtures/site/blog/with-cover/cover.png, converted by astro:assets.
		expect(enclosure?.['@_url']).toMatch(/\/_astro\/cover\.[^/]+\.jpg$/);
	});

	it('are Media RSS content with the size and alt text', () => {
		expect(item?.['media:content']).toMatchObject({
			'@_url': enclosure?.['@_url'],
			'@_type': 'image/jpeg',
			'media:description': { '#text': 'A teal square with a white letter F' },
		});
		const width = Number(item?.['media:content']?.['@_width']);
		expect(width).toBeGreaterThan(0);
		expect(width).toBeLessThanOrEqual(1200);
	});

	it('are Atom enclosure links and the JSON Feed image, with the same file', () => {
		const entry = parseAtom(fixtureSite.read('atom.xml')).entry.find(
			({ id }) => id === `${SITE}/blog/with-cover/`
		);
		expect(entry?.link.find(({ '@_rel': rel }) => rel === 'enclosure')).toEqual({
			'@_rel': 'enclosure',
			'@_type': 'image/jpeg',
			'@_length': enclosure?.['@_length'],
			'@_href': enclosure?.['@_url'],
		});
		const json = JSON.parse(fixtureSite.read('feed.json')) as JsonFeed;
		expect(json.items.find(({ id }) => id === `${SITE}/blog/with-cover/`)?.image).toBe(
			enclosure?.['@_url']
		);
	});

	it('are left out for articles without a cover', () => {
		const bare = parseRss(fixtureSite.read('rss.xml')).item.find(
			({ link }) => link === `${SITE}/blog/hostile-title/`
		);
		expect(bare?.enclosure).toBeUndefined();
	});

	it('get their real size after the build, in every feed that carries them', () => {
		expect(exampleSite.read('tags/postgres/rss.xml')).toMatch(
			/<enclosure url="[^"]+" length="[1-9]\d*"/
		);
		expect(exampleSite.read('rss.xml')).not.toMatch(/length="0"/);
		expect(exampleSite.read('atom.xml')).not.toMatch(/length="0"/);
	});
});

describe('rss.xml opened in a browser', () => {
	it('names the XSL stylesheet, from the site root or the base path', () => {
		expect(fixtureSite.read('rss.xml')).toMatch(
			/^<\?xml version="1\.0" encoding="UTF-8"\?><\?xml-stylesheet href="\/rss\.xsl" type="text\/xsl"\?>/
		);
		for (const feed of tagFeeds(fixtureSite)) {
			expect(fixtureSite.read(feed), feed).toContain(
				'<?xml-stylesheet href="/rss.xsl" type="text/xsl"?>'
			);
		}
		expect(exampleSiteUnderBasePath.read('rss.xml')).toContain(
			'<?xml-stylesheet href="/notes/rss.xsl" type="text/xsl"?>'
		);
	});

	it('reads as a page that says what a feed is, the address to copy and the latest articles', () => {
		const { page } = transform(exampleSite, 'rss.xml');
		expect(page.querySelector('title')?.text).toBe('Fieldnotes · RSS feed');
		expect(page.querySelector('h1')?.text).toBe('Fieldnotes');
		expect(page.querySelector('#subscribe')?.text).toBe('Subscribe to get new articles');
		expect(page.querySelector('main')?.text).toContain('This is a web feed.');
		expect(page.querySelector('#feed-url')?.text).toBe(`${SITE}/rss.xml`);
		const links = page.querySelectorAll('section[aria-labelledby=latest] li a');
		expect(links.map((link) => link.getAttribute('href'))).toEqual(
			parseRss(exampleSite.read('rss.xml')).item.map(({ link }) => link)
		);
		expect(links[0]?.text).toBe(parseRss(exampleSite.read('rss.xml')).item[0]?.title);
	});

	it('uses no script, no style element or attribute, and nothing from another host', () => {
		const { page } = transform(exampleSite, 'rss.xml');
		expect(page.querySelectorAll('script, style, [style]')).toEqual([]);
		expect(page.querySelector('link[rel=icon]')?.getAttribute('href')).toBe('/favicon.svg');
		const stylesheets = page.querySelectorAll('link[rel=stylesheet]');
		expect(stylesheets.map((link) => link.getAttribute('href'))).toEqual(['/rss.css']);
		expect(exampleSite.read('rss.css')).toContain('color-scheme: light dark');
	});

	it('links the favicon under the base path of a site served under one', () => {
		const { page } = transform(exampleSiteUnderBasePath, 'rss.xml');
		expect(page.querySelector('link[rel=icon]')?.getAttribute('href')).toBe('/notes/favicon.svg');
		expect(page.querySelector('#feed-url')?.text).toBe('https://layla.github.io/notes/rss.xml');
	});

	it('shows a tag feed with its own title and address', () => {
		const { page } = transform(exampleSite, 'tags/postgres/rss.xml');
		expect(page.querySelector('h1')?.text).toBe('Fieldnotes — Postgres');
		expect(page.querySelector('#feed-url')?.text).toBe(`${SITE}/tags/postgres/rss.xml`);
	});

	it('shows a hostile title as text', () => {
		const { html, page } = transform(fixtureSite, 'rss.xml');
		const titles = page.querySelectorAll('section[aria-labelledby=latest] li a').map((a) => a.text);
		expect(titles).toContain(HOSTILE_TITLE);
		expect(page.querySelectorAll('img')).toEqual([]);
		expect(html).not.toContain('<b>Bold</b>');
	});
});

describe('feed autodiscovery', () => {
	const pages = fixtureSite
		.files()
		.filter((file) => file.endsWith('.html'))
		.filter((file) => !fixtureSite.page(`/${file}`).querySelector('meta[http-equiv=refresh]'));
	const alternates = (file: string) =>
		fixtureSite
			.page(`/${file}`)
			.querySelectorAll('head link[rel=alternate]')
			.map((link) => [
				link.getAttribute('type'),
				link.getAttribute('title'),
				link.getAttribute('href'),
			]);

	it('links the RSS, Atom and JSON feeds from the head of every page', () => {
		expect(pages.length).toBeGreaterThan(20);
		for (const file of pages.filter(
			(file) => !file.startsWith('tags/') || file === 'tags/index.html'
		)) {
			expect(alternates(file), file).toEqual([
				['application/rss+xml', 'Fieldnotes', `${SITE}/rss.xml`],
				['application/atom+xml', 'Fieldnotes (Atom)', `${SITE}/atom.xml`],
				['application/feed+json', 'Fieldnotes (JSON Feed)', `${SITE}/feed.json`],
			]);
		}
	});

	it('also links the tag’s feed from every page of a tag, which exists', () => {
		const tagPages = pages.filter((file) => /^tags\/[^/]+\/(\d+\/)?index\.html$/.test(file));
		expect(tagPages.length).toBeGreaterThan(3);
		for (const file of tagPages) {
			const tag = file.split('/')[1] ?? '';
			const [rss, atom, json, tagFeed, ...others] = alternates(file);
			expect([rss?.[2], atom?.[2], json?.[2]], file).toEqual([
				`${SITE}/rss.xml`,
				`${SITE}/atom.xml`,
				`${SITE}/feed.json`,
			]);
			expect(tagFeed?.[0]).toBe('application/rss+xml');
			expect(tagFeed?.[1]).toMatch(/^Fieldnotes — /);
			expect(tagFeed?.[2]).toBe(`${SITE}/tags/${tag}/rss.xml`);
			expect(others).toEqual([]);
			expect(fixtureSite.resolves(`/tags/${tag}/rss.xml`)).toBe(true);
		}
	});

	it('offers a visible link to subscribe to a tag on its page', () => {
		const link = fixtureSite
			.page('/tags/queues/')
			.querySelectorAll('main a')
			.find((a) => a.text.trim().startsWith('Subscribe'));
		expect(link?.text.trim()).toBe('Subscribe to #queues (RSS)');
		expect(link?.getAttribute('href')).toBe('/tags/queues/rss.xml');
		expect(
			exampleSiteUnderBasePath
				.page('/tags/postgres/')
				.querySelector('main a[href="/notes/tags/postgres/rss.xml"]')
		).not.toBeNull();
	});
});
