/** One kind of page of the built site, with the URL of a page that shows it. */
export interface PageTemplate {
	/** Short name for reports and file names, e.g. `article`. */
	name: string;
	/** Site path of an example page, e.g. `/blog/idempotent-webhooks/`. */
	path: string;
}

// First matching page of each kind, in reading order. Sections that do not exist in a build
// (no case studies yet) are simply absent.
const TEMPLATES: readonly { name: string; file: RegExp }[] = [
	{ name: 'home', file: /^index\.html$/ },
	{ name: 'blog-index', file: /^blog\/index\.html$/ },
	{ name: 'article', file: /^blog\/(?!\d+\/)[^/]+\/index\.html$/ },
	{ name: 'tags', file: /^tags\/index\.html$/ },
	{ name: 'tag', file: /^tags\/[^/]+\/index\.html$/ },
	{ name: 'case-studies', file: /^case-studies\/index\.html$/ },
	{ name: 'case-study', file: /^case-studies\/[^/]+\/index\.html$/ },
	{ name: 'experiments', file: /^experiments\/index\.html$/ },
	{ name: 'experiment', file: /^experiments\/[^/]+\/index\.html$/ },
	{ name: 'service', file: /^services\/[^/]+\/index\.html$/ },
	{ name: 'about', file: /^about\/index\.html$/ },
	{ name: 'site-map', file: /^site-map\/index\.html$/ },
	{ name: 'search', file: /^search\/index\.html$/ },
	{ name: 'not-found', file: /^404\.html$/ },
];

/**
 * One page per template of a built site, for checks and screenshots that cover every layout
 * without visiting every page.
 * @param files the output files, as sorted paths relative to the output folder
 * @param preferredArticle slug of the article to use, e.g. the one with every kind of content
 */
export function pickTemplatePages(
	files: readonly string[],
	preferredArticle?: string
): PageTemplate[] {
	const templates: PageTemplate[] = [];
	for (const { name, file: pattern } of TEMPLATES) {
		const preferred = name === 'article' ? `blog/${preferredArticle}/index.html` : undefined;
		const file =
			preferred && files.includes(preferred) ? preferred : files.find((file) => pattern.test(file));
		if (file) templates.push({ name, path: `/${file.replace(/(^|\/)index\.html$/, '$1')}` });
	}
	return templates;
}
