import { describe, expect, it } from 'vitest';
import { readWithFeedparser } from '../helpers/feedparser';
import { parseAtom, parseRss, type JsonFeed } from '../helpers/feeds';
import { fixtureSite } from '../helpers/fixture-site';

const HOSTILE_TITLE = `</script><b>Bold</b> & "quotes" 'single' <img src=x onerror=alert(1)>`;

describe('frontmatter text with markup characters', () => {
	it('is shown as text in the page title, heading and cards', () => {
		const article = fixtureSite.page('/blog/hostile-title/');
		expect(article.querySelector('title')?.text).toBe(`${HOSTILE_TITLE} · Fieldnotes`);
		expect(article.querySelector('h1')?.text.trim()).toBe(HOSTILE_TITLE);
		expect(article.querySelector('h1 b, h1 img')).toBeNull();
		const card = fixtureSite.page('/blog/').querySelector('a[href="/blog/hostile-title/"]');
		expect(card?.text).toBe(HOSTILE_TITLE);
		expect(card?.querySelector('b, img')).toBeNull();
	});

	it('never leaves a raw tag from the title in the markup of any built page', () => {
		// Inside a quoted attribute value (og:title) "<" is text, as the HTML spec defines it; the
		// values are removed first, then no tag of the title may be left.
		const attributeValue = /="[^"]*"/g;
		for (const file of fixtureSite.files().filter((name) => name.endsWith('.html'))) {
			const markup = fixtureSite.read(file).replace(attributeValue, '=""');
			expect(markup, file).not.toContain('<img src=x');
			expect(markup, file).not.toContain('<b>Bold</b>');
			expect(fixtureSite.page(`/${file}`).querySelectorAll('img[src="x"]'), file).toEqual([]);
		}
	});

	it('is escaped in attributes: meta description and share links', () => {
		const article = fixtureSite.page('/blog/hostile-title/');
		expect(article.querySelector('meta[name=description]')?.getAttribute('content')).toBe(
			'A description with </script> & <i>markup</i> that must stay text.'
		);
		const share = article.querySelector('a[href^="https://x.com/"]')?.getAttribute('href') ?? '';
		expect(new URL(share).searchParams.get('text')).toBe(HOSTILE_TITLE);
	});

	it('round-trips through the RSS feed as the same text', () => {
		const source = fixtureSite.read('rss.xml');
		expect(source).not.toContain('<img src=x');
		expect(parseRss(source).item.map((item) => item.title)).toContain(HOSTILE_TITLE);
	});

	it.each(['rss.xml', 'atom.xml', 'tags/security/rss.xml'])(
		'comes back intact from feedparser in %s',
		(file) => {
			const source = fixtureSite.read(file);
			expect(source).not.toContain('<img src=x');
			expect(source).not.toContain('<b>Bold</b>');
			const feed = readWithFeedparser(fixtureSite, file);
			expect(feed.bozo).toBe(0);
			expect(feed.titles).toContain(HOSTILE_TITLE);
		}
	);

	it('is text, not markup, in the Atom feed', () => {
		const entry = parseAtom(fixtureSite.read('atom.xml')).entry.find(({ id }) =>
			id.endsWith('/blog/hostile-title/')
		);
		expect(entry?.title).toBe(HOSTILE_TITLE);
		expect(entry?.summary).toBe(
			'A description with </script> & <i>markup</i> that must stay text.'
		);
	});

	it('comes back intact from JSON.parse in the JSON Feed', () => {
		const feed = JSON.parse(fixtureSite.read('feed.json')) as JsonFeed;
		const item = feed.items.find(({ id }) => id.endsWith('/blog/hostile-title/'));
		expect(item?.title).toBe(HOSTILE_TITLE);
		expect(item?.summary).toBe('A description with </script> & <i>markup</i> that must stay text.');
	});
});
