// Written by hand: ultrahtml's parse/render round trip broke attributes holding ">" or mixed
// quotes (see tests/unit/absolute-urls.test.ts), and a parse5/rehype round trip re-serialises the
// whole document for every article in every feed. This scanner only finds start tags and edits
// the URL attribute values in place, leaving every other byte untouched.

const URL_ATTRIBUTES = new Set(['href', 'src', 'poster']);

// Comments, the raw text of <script>/<style> (which may contain "<a href=…" as text), and start
// tags. Quoted attribute values may contain ">" ("5s > 3s" in an alt text, which Astro and
// hast-util-to-html leave unescaped), so a tag ends only at a ">" outside quotes.
const TOKEN =
	/<!--[\s\S]*?-->|<(script|style)\b((?:"[^"]*"|'[^']*'|[^'">])*)>[\s\S]*?<\/\1\s*>|<[a-zA-Z][^\s/>]*(?:"[^"]*"|'[^']*'|[^'">])*>/gi;
// Boolean attributes match too, so scanning never restarts inside a quoted value.
const ATTRIBUTE = /(\s)([^\s"'>/=]+)(?:(\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/**
 * Rewrites relative `href`, `src`, `poster` and `srcset` URLs in an HTML fragment to absolute ones.
 * Feed readers show content away from the site, where `/_astro/x.webp` or `#setup` would break.
 * Only those attribute values change; every other byte of the fragment is kept as it was.
 * @param baseUrl the absolute URL of the page the fragment comes from
 */
export function makeUrlsAbsolute(html: string, baseUrl: string): string {
	return html.replace(TOKEN, (token) => {
		if (token.startsWith('<!--')) return token;
		const tagEnd = endOfStartTag(token);
		return rewriteAttributes(token.slice(0, tagEnd), baseUrl) + token.slice(tagEnd);
	});
}

/** Length of the start tag at the beginning of `token`, skipping ">" inside quoted values. */
function endOfStartTag(token: string): number {
	let quote = '';
	for (let index = 0; index < token.length; index++) {
		const character = token[index];
		if (quote) {
			if (character === quote) quote = '';
		} else if (character === '"' || character === "'") {
			quote = character;
		} else if (character === '>') {
			return index + 1;
		}
	}
	return token.length;
}

function rewriteAttributes(startTag: string, baseUrl: string): string {
	return startTag.replace(
		ATTRIBUTE,
		(
			attribute,
			space: string,
			name: string,
			equals?: string,
			doubleQuoted?: string,
			singleQuoted?: string,
			unquoted?: string
		) => {
			const key = name.toLowerCase();
			if (equals === undefined || (!URL_ATTRIBUTES.has(key) && key !== 'srcset')) return attribute;
			const value = doubleQuoted ?? singleQuoted ?? unquoted ?? '';
			const absolute = key === 'srcset' ? resolveSrcset(value, baseUrl) : resolve(value, baseUrl);
			const quote = singleQuoted === undefined ? '"' : "'";
			const escaped = absolute.replaceAll(quote, quote === '"' ? '&quot;' : '&#39;');
			return `${space}${name}${equals}${quote}${escaped}${quote}`;
		}
	);
}

function resolveSrcset(srcset: string, baseUrl: string): string {
	return srcset
		.split(',')
		.map((candidate) => {
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
