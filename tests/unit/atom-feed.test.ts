import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildAtomFeed } from '@/features/feeds/atom-feed';
import type { AtomFeed } from '../helpers/feeds';
import { HOSTILE_TITLE, SAMPLE_FEED } from './sample-feed';

const SELF = 'https://example.com/notes/atom.xml';

function parseAtom(xml: string): AtomFeed {
	const parser = new XMLParser({
		ignoreAttributes: false,
		// Text exactly as written, so the test sees what a reader sees.
		parseTagValue: false,
		trimValues: false,
		isArray: (name) => ['entry', 'link', 'category'].includes(name),
	});
	return (parser.parse(xml) as { feed: AtomFeed }).feed;
}

/** The sample feed as a reader gets it: the XML, and what a parser reads from it. */
function readAtom() {
	const xml = buildAtomFeed(SAMPLE_FEED, { selfUrl: SELF });
	const feed = parseAtom(xml);
	const [first, second] = feed.entry;
	return { xml, feed, first, second };
}

// Each test writes the feed itself (rather than once for the file), so the mutation tests see
// which test covers which line of the writer.
describe('buildAtomFeed', () => {
	it('is well-formed XML in the Atom namespace, with the feed language', () => {
		const { xml, feed } = readAtom();
		expect(XMLValidator.validate(xml)).toBe(true);
		expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed ')).toBe(true);
		expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
		expect(feed['@_xml:lang']).toBe('en-GB');
	});

	it('has the feed elements RFC 4287 requires: id, title, updated, author, self link', () => {
		const { feed } = readAtom();
		expect(feed.id).toBe('https://example.com/notes/');
		expect(feed.title).toBe('Fieldnotes & co');
		expect(feed.subtitle).toBe('Notes from <the> field.');
		expect(feed.author).toEqual({ name: 'Layla Haddad', uri: 'https://example.com/notes/about/' });
		expect(feed.link).toEqual([
			{ '@_rel': 'self', '@_type': 'application/atom+xml', '@_href': SELF },
			{ '@_rel': 'alternate', '@_type': 'text/html', '@_href': 'https://example.com/notes/' },
		]);
	});

	it('dates the feed by its latest change, an update of an older entry included', () => {
		const { feed } = readAtom();
		expect(feed.updated).toBe('2026-04-02T20:00:00.000Z');
	});

	it('gives each entry its id, link, dates, author, categories and summary', () => {
		const { first, second } = readAtom();
		expect(first).toMatchObject({
			id: 'https://example.com/notes/blog/webhooks/',
			title: 'Idempotent webhooks',
			published: '2026-03-01T20:00:00.000Z',
			updated: '2026-04-02T20:00:00.000Z',
			author: { name: 'Omar Khalil' },
			category: [{ '@_term': 'Postgres' }, { '@_term': 'reliability' }],
			summary: 'Retries without double charges.',
		});
		expect(first?.link[0]).toEqual({
			'@_rel': 'alternate',
			'@_type': 'text/html',
			'@_href': 'https://example.com/notes/blog/webhooks/',
		});
		expect(first?.author).toEqual({ name: 'Omar Khalil' });
		expect(second?.category).toBeUndefined();
	});

	it('carries the full HTML as escaped type="html" content that parses back to the same HTML', () => {
		const { xml, first } = readAtom();
		expect(first?.content).toEqual({
			'@_type': 'html',
			'#text': SAMPLE_FEED.entries[0]?.contentHtml,
		});
		expect(xml).not.toContain('<![CDATA[');
	});

	it('links the cover as an enclosure, with a placeholder length the build replaces', () => {
		const { first, second } = readAtom();
		expect(first?.link[1]).toEqual({
			'@_rel': 'enclosure',
			'@_type': 'image/jpeg',
			'@_length': '0',
			'@_href': 'https://example.com/notes/_astro/cover.abc.jpg?v=1&w=1200',
		});
		expect(second?.link).toHaveLength(1);
	});

	it('keeps a hostile title and summary as text', () => {
		const { xml, second } = readAtom();
		expect(second?.title).toBe(HOSTILE_TITLE);
		expect(second?.summary).toBe('A description with </script> & <i>markup</i>.');
		expect(xml).not.toContain('<img src=x');
		expect(xml).not.toContain('<b>');
	});

	it('writes a one-article feed as this whole document', () => {
		const xml = buildAtomFeed(
			{
				...SAMPLE_FEED,
				entries: [
					{
						url: 'https://example.com/notes/blog/backoff/',
						title: 'Backoff & jitter',
						summary: 'Spread retries out.',
						contentHtml: '<p>Retry later.</p>',
						published: new Date('2026-03-05T08:00:00Z'),
						updated: new Date('2026-03-05T08:00:00Z'),
						tags: ['reliability'],
						author: { name: 'Omar Khalil' },
					},
				],
			},
			{ selfUrl: SELF }
		);
		expect(xml).toBe(
			[
				'<?xml version="1.0" encoding="utf-8"?>',
				'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">',
				'<id>https://example.com/notes/</id>',
				'<title>Fieldnotes &amp; co</title>',
				'<subtitle>Notes from &lt;the&gt; field.</subtitle>',
				'<updated>2026-03-05T08:00:00.000Z</updated>',
				'<link rel="self" type="application/atom+xml" href="https://example.com/notes/atom.xml"/>',
				'<link rel="alternate" type="text/html" href="https://example.com/notes/"/>',
				'<author><name>Layla Haddad</name><uri>https://example.com/notes/about/</uri></author>',
				'<entry>',
				'<id>https://example.com/notes/blog/backoff/</id>',
				'<title>Backoff &amp; jitter</title>',
				'<link rel="alternate" type="text/html" href="https://example.com/notes/blog/backoff/"/>',
				'<published>2026-03-05T08:00:00.000Z</published>',
				'<updated>2026-03-05T08:00:00.000Z</updated>',
				'<author><name>Omar Khalil</name></author>',
				'<category term="reliability"/>',
				'<summary>Spread retries out.</summary>',
				'<content type="html">&lt;p&gt;Retry later.&lt;/p&gt;</content>',
				'</entry>',
				'</feed>',
				'',
			].join('\n')
		);
	});

	it('is valid with no entries, dated at the Unix epoch rather than the clock', () => {
		const empty = buildAtomFeed({ ...SAMPLE_FEED, entries: [] }, { selfUrl: SELF });
		expect(XMLValidator.validate(empty)).toBe(true);
		expect(parseAtom(empty).updated).toBe('1970-01-01T00:00:00.000Z');
	});
});
