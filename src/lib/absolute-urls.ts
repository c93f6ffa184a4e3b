import { ELEMENT_NODE, parse, renderSync, walkSync } from 'ultrahtml';

const URL_ATTRIBUTES = ['href', 'src', 'poster'] as const;

/**
 * Rewrites relative `href`, `src`, `poster` and `srcset` URLs in an HTML fragment to absolute ones.
 * Feed readers show content away from the site, where `/_astro/x.webp` or `#setup` would break.
 * @param baseUrl the absolute URL of the page the fragment comes from
 */
export function makeUrlsAbsolute(html: string, baseUrl: string): string {
	const tree = parse(html);
	walkSync(tree, (node) => {
		if (node.type !== ELEMENT_NODE) return;
		const attributes = node.attributes as Record<string, string>;
		for (const name of URL_ATTRIBUTES) {
			const value = attributes[name];
			if (value !== undefined) attributes[name] = resolve(value, baseUrl);
		}
		const srcset = attributes['srcset'];
		if (srcset !== undefined) {
			attributes['srcset'] = srcset
				.split(',')
				.map((candidate) => {
					const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
					return [resolve(url, baseUrl), ...descriptor].join(' ');
				})
				.join(', ');
		}
	});
	return renderSync(tree);
}

function resolve(value: string, baseUrl: string): string {
	// Leave schemes a URL object would mangle or that are already absolute (mailto:, data:, https:).
	if (value === '' || /^[a-z][a-z\d+.-]*:/i.test(value)) return value;
	return new URL(value, baseUrl).href;
}
