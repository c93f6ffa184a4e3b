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
	});

	it('rejects a length that is not a whole number of bytes', () => {
		expect(() => setEnclosureLengths(RSS, new Map([[COVER, -1]]))).toThrow(RangeError);
		expect(() => setEnclosureLengths(RSS, new Map([[COVER, 1.5]]))).toThrow(RangeError);
	});
});
