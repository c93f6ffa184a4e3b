import { suggestNearest } from '@/lib/nearest';
import { Parser } from 'htmlparser2';

/** What one built page links to and which fragment targets it offers. */
export interface PageLinks {
	/** Every URL the page references: links, images, sources, scripts, stylesheets. */
	links: string[];
	/** Every `id` (and legacy `<a name>`) on the page, the targets of `#fragment` links. */
	ids: Set<string>;
}

/** A link in the built site that leads nowhere. */
export interface BrokenLink {
	/** URL path of the page holding the link, e.g. `/blog/x/`. */
	page: string;
	/** The link as written in the page. */
	link: string;
	reason: 'missing-page' | 'missing-fragment' | 'missing-trailing-slash';
	/** The nearest URL (or `#id`) that exists, to suggest as the fix. */
	suggestion: string | undefined;
}

const URL_ATTRIBUTES = ['href', 'src', 'poster'] as const;
const SKIPPED_SCHEMES = /^(mailto|tel|javascript|data|blob):/i;
// Link-preview images are fetched by other sites from these absolute URLs, so they must exist too.
const IMAGE_META = new Set(['og:image', 'twitter:image']);

/**
 * Reads the links and fragment targets of one HTML page in a single streaming pass (htmlparser2
 * builds no tree, which keeps the check cheap at thousands of pages). `srcset` candidates and the
 * `og:image` of link previews count as links; `<link rel=preconnect/dns-prefetch>` point at hosts,
 * not resources, and are left out.
 */
export function collectPageLinks(html: string): PageLinks {
	const links: string[] = [];
	const ids = new Set<string>();
	// htmlparser2 decodes entities in attribute values (its default): `&amp;` in an href is `&`.
	const parser = new Parser({
		onopentag(name, attributes) {
			if (attributes['id']) ids.add(attributes['id']);
			if (name === 'a' && attributes['name']) ids.add(attributes['name']);
			if (name === 'link' && /preconnect|dns-prefetch/.test(attributes['rel'] ?? '')) return;
			const meta = attributes['property'] ?? attributes['name'];
			if (name === 'meta' && meta && IMAGE_META.has(meta) && attributes['content']) {
				links.push(attributes['content']);
			}
			for (const attribute of URL_ATTRIBUTES) {
				const value = attributes[attribute];
				if (value) links.push(value);
			}
			for (const candidate of attributes['srcset']?.split(',') ?? []) {
				const url = candidate.trim().split(/\s/)[0];
				if (url) links.push(url);
			}
		},
	});
	parser.end(html);
	return { links, ids };
}

/** The built site as the checker sees it. */
export interface SiteIndex {
	/** Every file in the output as a URL path: `/blog/x/index.html`, `/_astro/a.css`, `/rss.xml`. */
	files: ReadonlySet<string>;
	/** Links and ids of every HTML page, keyed by the page's URL path (`/blog/x/`, `/404.html`). */
	pages: ReadonlyMap<string, PageLinks>;
	/** The site's public origin; absolute links to it are internal links. */
	origin: string;
}

/**
 * Finds every internal link and fragment in the built site that resolves to nothing. External
 * links are not fetched. A link without its trailing slash to a folder page is reported too:
 * it works only on hosts that redirect, and costs a round trip where it does.
 */
export function findBrokenLinks({ files, pages, origin }: SiteIndex): BrokenLink[] {
	const broken: BrokenLink[] = [];
	const pagePaths = [...pages.keys()];
	for (const [page, { links }] of pages) {
		const pageUrl = new URL(page, origin);
		for (const link of new Set(links)) {
			if (SKIPPED_SCHEMES.test(link)) continue;
			let target: URL;
			try {
				target = new URL(link, pageUrl);
			} catch {
				broken.push({ page, link, reason: 'missing-page', suggestion: undefined });
				continue;
			}
			if (target.origin !== pageUrl.origin) continue;
			const path = safeDecode(target.pathname);
			const file = resolveFile(path, files);
			if (!file) {
				const withSlash = `${path}/`;
				if (!path.endsWith('/') && pages.has(withSlash)) {
					broken.push({ page, link, reason: 'missing-trailing-slash', suggestion: withSlash });
				} else {
					// A missing asset is most likely a misspelt file of the same type, a missing page a
					// misspelt page.
					const extension = /\.[a-z0-9]+$/i.exec(path)?.[0];
					const candidates = extension
						? [...files].filter((file) => file.endsWith(extension))
						: pagePaths;
					broken.push({
						page,
						link,
						reason: 'missing-page',
						suggestion: suggestNearest(path, candidates),
					});
				}
				continue;
			}
			const fragment = safeDecode(target.hash.slice(1));
			if (fragment === '' || !file.endsWith('.html')) continue;
			const targetIds = pages.get(pageKeyOf(file))?.ids;
			if (targetIds && !targetIds.has(fragment)) {
				const suggestion = suggestNearest(fragment, [...targetIds]);
				broken.push({
					page,
					link,
					reason: 'missing-fragment',
					suggestion: suggestion === undefined ? undefined : `#${suggestion}`,
				});
			}
		}
	}
	return broken;
}

/** The URL path under which a page's links are indexed, from its output file. */
export function pageKeyOf(file: string): string {
	return file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

/** The output file a URL path is served from, if any: `/x/` → `/x/index.html`, `/a.css` → itself. */
function resolveFile(path: string, files: ReadonlySet<string>): string | undefined {
	const candidate = path.endsWith('/') ? `${path}index.html` : path;
	return files.has(candidate) ? candidate : undefined;
}

function safeDecode(value: string): string {
	try {
		return decodeURIComponent(value);
	} catch {
		return value;
	}
}

/** One line per broken link, grouped under the content file (or page) it comes from. */
export function formatBrokenLinks(
	broken: readonly BrokenLink[],
	sourceOf: (page: string) => string
): string {
	const bySource = new Map<string, BrokenLink[]>();
	for (const entry of broken) {
		const source = sourceOf(entry.page);
		const entries = bySource.get(source);
		if (entries) entries.push(entry);
		else bySource.set(source, [entry]);
	}
	// Sorted by code unit, the default, so the report does not depend on the machine's locale.
	return [...bySource.keys()]
		.sort()
		.map((source) =>
			[
				source,
				...(bySource.get(source) ?? []).map(
					({ link, reason, suggestion }) =>
						`  ${link}  ${REASONS[reason]}${suggestion === undefined ? '' : ` (did you mean ${suggestion}?)`}`
				),
			].join('\n')
		)
		.join('\n\n');
}

const REASONS: Record<BrokenLink['reason'], string> = {
	'missing-page': 'leads to no page or file',
	'missing-fragment': 'points at a heading or id that does not exist on that page',
	'missing-trailing-slash': 'lacks the trailing slash of the page it means',
};
