import { formatAttribute, listSourceTags, replaceRanges } from '@/lib/html-source';

const URL_ATTRIBUTES = new Set(['href', 'src', 'poster', 'srcset']);

/**
 * Rewrites relative `href`, `src`, `poster` and `srcset` URLs in an HTML fragment to absolute ones.
 * Feed readers show content away from the site, where `/_astro/x.webp` or `#setup` would break.
 * Only those attribute values change; every other byte of the fragment is kept as it was.
 * @param baseUrl the absolute URL of the page the fragment comes from
 */
export function makeUrlsAbsolute(html: string, baseUrl: string): string {
	const attributes = listSourceTags(html).flatMap((tag) => tag.attributes);
	const edits = attributes.flatMap(({ name, value, quote, start, end }) => {
		// A bare `<a href>` has the value '', which resolve leaves as it is, so it is kept too.
		if (!URL_ATTRIBUTES.has(name)) return [];
		const absolute = name === 'srcset' ? resolveSrcset(value, baseUrl) : resolve(value, baseUrl);
		if (absolute === value && quote !== null) return [];
		// The name as written (`HREF`), which the parser gives in lower case.
		const writtenName = html.slice(start, start + name.length);
		return [{ start, end, text: formatAttribute(writtenName, absolute, quote) }];
	});
	return replaceRanges(html, edits);
}

function resolveSrcset(srcset: string, baseUrl: string): string {
	return srcset
		.split(',')
		.map((candidate) => {
			// Stryker disable next-line StringLiteral: split always gives a first item; the default is for the type
			const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
			return [resolve(url, baseUrl), ...descriptor].join(' ');
		})
		.join(', ');
}

function resolve(value: string, baseUrl: string): string {
	// Leave schemes a URL object would mangle or that are already absolute (mailto:, data:, https:).
	if (value === '' || /^[a-z][a-z\d+.-]*:/i.test(value)) return value;
	return new URL(value, baseUrl).href;
}
