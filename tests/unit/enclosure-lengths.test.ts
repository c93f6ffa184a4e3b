import { describe, expect, it } from 'vitest';
import { listEnclosureUrls, setEnclosureLengths } from '@/features/feeds/enclosure-lengths';

const COVER = 'https://example.com/_astro/cover.jpg';

const RSS = [
	'<rss><channel><link>https://example.com/</link>',
	`<item><link>https://example.com/blog/a/</link><enclosure url="${COVER}" length="0" type="image/jpeg"/>`,
	'<content:encoded>&lt;enclosure url="https://example.com/x.jpg" length="0"/&gt;</content:encoded></item>',
	`<item><enclosure url="https://other.example/a.mp3" length="123" type="audio/mpeg"/></item>`,
	'</channel></rss>',
].join('');

const ATOM = [
	'<feed><link rel="self" href="https://example.com/atom.xml"/>',
	`<entry><link rel="alternate" type="text/html" href="https://example.com/blog/a/"/>`,
	`<link rel="enclosure" type="image/jpeg" length="0" href="${COVER}"/></entry></feed>`,
].join('');

describe('listEnclosureUrls', () => {
	it('finds RSS enclosures and Atom enclosure links, not other links or escaped text', () => {
		expect(listEnclosureUrls(RSS)).toEqual([COVER, 'https://other.example/a.mp3']);
		expect(listEnclosureUrls(ATOM)).toEqual([COVER]);
	});

	it('skips an enclosure without a URL', () => {
		const xml = [
			'<item><enclosure type="audio/mpeg" length="0"/></item>',
			'<entry><link rel="enclosure" type="image/jpeg" length="0"/></entry>',
		].join('');
		expect(listEnclosureUrls(xml)).toEqual([]);
		expect(setEnclosureLengths(xml, new Map([['', 10]]))).toBe(xml);
	});

	it('takes only Atom links as enclosures, not an XHTML link with rel="enclosure" in content', () => {
		const xml = [
			'<entry><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">',
			'<a rel="enclosure" href="https://example.com/talk.mp3">the talk</a></div></content>',
			`<link rel="enclosure" type="image/jpeg" length="0" href="${COVER}"/></entry>`,
		].join('');
		expect(listEnclosureUrls(xml)).toEqual([COVER]);
	});

	it('reads the feed as XML, where <Enclosure> is another element than <enclosure>', () => {
		expect(listEnclosureUrls(`<item><Enclosure url="${COVER}" length="0"/></item>`)).toEqual([]);
	});

	it('reads URLs with escaped characters as a parser would', () => {
		const xml = `<enclosure url="https://example.com/a.jpg?w=1&amp;h=2&#38;x=&#x33;" length="0"/>`;
		expect(listEnclosureUrls(xml)).toEqual(['https://example.com/a.jpg?w=1&h=2&x=3']);
	});
});

describe('setEnclosureLengths', () => {
	const lengths = new Map([[COVER, 74_201]]);

	it('sets the length of each enclosure of a known file and changes nothing else', () => {
		const updated = setEnclosureLengths(RSS, lengths);
		expect(updated).toBe(RSS.replace(`${COVER}" length="0"`, `${COVER}" length="74201"`));
		expect(setEnclosureLengths(ATOM, lengths)).toBe(
			ATOM.replace('length="0" href', 'length="74201" href')
		);
	});

	it('leaves enclosures of other files as written', () => {
		expect(setEnclosureLengths(RSS, lengths)).toContain(
			'<enclosure url="https://other.example/a.mp3" length="123" type="audio/mpeg"/>'
		);
	});

	it('adds a length to an enclosure that has none', () => {
		expect(setEnclosureLengths(`<enclosure url="${COVER}" type="image/jpeg"/>`, lengths)).toBe(
			`<enclosure url="${COVER}" type="image/jpeg" length="74201"/>`
		);
		expect(setEnclosureLengths(`<link rel="enclosure" href='${COVER}'>`, lengths)).toBe(
			`<link rel="enclosure" href='${COVER}' length="74201">`
		);
		expect(
			setEnclosureLengths(`<link rel="enclosure" type="image/jpeg" href="${COVER}"/>`, lengths)
		).toBe(`<link rel="enclosure" type="image/jpeg" href="${COVER}" length="74201"/>`);
	});

	it('writes the length of an empty file as 0', () => {
		expect(
			setEnclosureLengths(`<enclosure url="${COVER}" length="12"/>`, new Map([[COVER, 0]]))
		).toBe(`<enclosure url="${COVER}" length="0"/>`);
	});

	it('rejects a length that is not a whole number of bytes', () => {
		expect(() => setEnclosureLengths(RSS, new Map([[COVER, -1]]))).toThrow(
			new RangeError(`The length of ${COVER} must be a whole number of bytes, got -1`)
		);
		expect(() => setEnclosureLengths(RSS, new Map([[COVER, 1.5]]))).toThrow(
			new RangeError(`The length of ${COVER} must be a whole number of bytes, got 1.5`)
		);
	});
});
