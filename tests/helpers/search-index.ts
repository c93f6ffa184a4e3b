import { gunzipSync } from 'node:zlib';
import type { BuiltSite } from './built-site';

/** One page as the built Pagefind index holds it. */
export interface IndexedPage {
	url: string;
	title: string;
	/** The indexed text. */
	content: string;
	filters: Record<string, string[]>;
}

/**
 * Every page in a built site's Pagefind index, read from its fragment files: gzip, then the
 * signature `pagefind_dcd`, then the page as JSON. This reads what a search can return, not what
 * the pages say.
 */
export function readSearchIndex(site: BuiltSite): IndexedPage[] {
	return site
		.files()
		.filter((file) => /^pagefind\/fragment\/[^/]+\.pf_fragment$/.test(file))
		.map((file) => {
			const text = gunzipSync(site.bytes(file)).toString('utf8');
			const fragment = JSON.parse(text.slice(text.indexOf('{'))) as {
				url: string;
				content: string;
				meta: { title: string };
				filters: Record<string, string[]>;
			};
			return {
				url: fragment.url,
				title: fragment.meta.title,
				content: fragment.content,
				filters: fragment.filters,
			};
		})
		.sort((a, b) => (a.url < b.url ? -1 : 1));
}
