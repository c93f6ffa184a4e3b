import { listSourceTags, replaceRanges, type SourceAttribute } from '@/lib/html-source';

/** One enclosure of a feed: its URL and, if written, its length attribute. */
interface Enclosure {
	url: string;
	/** The `length` attribute as written, if the tag has one. */
	length: SourceAttribute | undefined;
	/** The offset just after the tag's last attribute, where a missing length goes. */
	insertAt: number;
}

/**
 * The enclosures of a feed: RSS `<enclosure url length>` and Atom `<link rel="enclosure" href
 * length>`, read by htmlparser2 in XML mode, so escaped markup inside content is never one.
 */
function listEnclosures(xml: string): Enclosure[] {
	return listSourceTags(xml, { xml: true }).flatMap(({ name, attributes }) => {
		const valueOf = (attribute: string) =>
			attributes.find((candidate) => candidate.name === attribute);
		const url =
			name === 'enclosure'
				? valueOf('url')?.value
				: name === 'link' && valueOf('rel')?.value === 'enclosure'
					? valueOf('href')?.value
					: undefined;
		if (url === undefined) return [];
		// Stryker disable next-line OptionalChaining: a tag with a URL has at least that attribute
		return [{ url, length: valueOf('length'), insertAt: attributes.at(-1)?.end ?? 0 }];
	});
}

/** The URLs of every enclosure in a feed, in order, repeats included. */
export function listEnclosureUrls(xml: string): string[] {
	return listEnclosures(xml).map(({ url }) => url);
}

/**
 * Sets the `length` of every enclosure in a feed. Feeds are written before the build has made
 * their image files, so they carry a placeholder length until the files exist.
 * @param lengths the size in bytes of the file at each URL; enclosures of other URLs (files on
 *   another site) are left as they are
 * @returns the feed with only those attribute values changed
 */
export function setEnclosureLengths(xml: string, lengths: ReadonlyMap<string, number>): string {
	const edits = listEnclosures(xml).flatMap(({ url, length: written, insertAt }) => {
		const length = lengths.get(url);
		if (length === undefined) return [];
		if (!Number.isInteger(length) || length < 0) {
			throw new RangeError(`The length of ${url} must be a whole number of bytes, got ${length}`);
		}
		return written
			? [{ start: written.start, end: written.end, text: `length="${length}"` }]
			: [{ start: insertAt, end: insertAt, text: ` length="${length}"` }];
	});
	return replaceRanges(xml, edits);
}
