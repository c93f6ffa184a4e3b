// Start tags of RSS <enclosure> and Atom <link>; quoted values may hold ">" as text.
const ENCLOSURE_TAG = /<(enclosure|link)\b(?:"[^"]*"|'[^']*'|[^'">])*>/g;
const ATTRIBUTE = /\s([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const LENGTH_ATTRIBUTE = /(\slength\s*=\s*)(?:"[^"]*"|'[^']*')/;

const ENTITIES: Readonly<Record<string, string>> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
};

/** The URLs of every enclosure in a feed, in order, repeats included. */
export function listEnclosureUrls(xml: string): string[] {
	return [...xml.matchAll(ENCLOSURE_TAG)].flatMap(([tag, name = '']) => {
		const url = enclosureUrlOf(tag, name);
		return url === undefined ? [] : [url];
	});
}

/**
 * Sets the `length` of every enclosure in a feed: RSS `<enclosure url length>` and Atom
 * `<link rel="enclosure" href length>`. Feeds are written before the build has made their image
 * files, so they carry a placeholder length until the files exist.
 * @param lengths the size in bytes of the file at each URL; enclosures of other URLs (files on
 *   another site) are left as they are
 * @returns the feed with only those attribute values changed
 */
export function setEnclosureLengths(xml: string, lengths: ReadonlyMap<string, number>): string {
	return xml.replace(ENCLOSURE_TAG, (tag, name: string) => {
		const url = enclosureUrlOf(tag, name);
		const length = url === undefined ? undefined : lengths.get(url);
		if (length === undefined) return tag;
		if (!Number.isInteger(length) || length < 0) {
			throw new RangeError(`The length of ${url} must be a whole number of bytes, got ${length}`);
		}
		if (LENGTH_ATTRIBUTE.test(tag)) return tag.replace(LENGTH_ATTRIBUTE, `$1"${length}"`);
		const end = tag.endsWith('/>') ? -2 : -1;
		return `${tag.slice(0, end)} length="${length}"${tag.slice(end)}`;
	});
}

/** The URL of an enclosure tag; `undefined` for an RSS or Atom `<link>` that is not one. */
function enclosureUrlOf(tag: string, name: string): string | undefined {
	const attributes = readAttributes(tag);
	if (name === 'link' && attributes.get('rel') !== 'enclosure') return undefined;
	return attributes.get(name === 'link' ? 'href' : 'url');
}

function readAttributes(tag: string): Map<string, string> {
	const attributes = new Map<string, string>();
	for (const [, name = '', doubleQuoted, singleQuoted] of tag.matchAll(ATTRIBUTE)) {
		attributes.set(name, decodeEntities(doubleQuoted ?? singleQuoted ?? ''));
	}
	return attributes;
}

function decodeEntities(value: string): string {
	return value.replace(
		/&(?:#x([\da-f]+)|#(\d+)|(\w+));/gi,
		(entity, hex?: string, decimal?: string, named?: string) => {
			if (hex) return String.fromCodePoint(parseInt(hex, 16));
			if (decimal) return String.fromCodePoint(parseInt(decimal, 10));
			return ENTITIES[named ?? ''] ?? entity;
		}
	);
}
