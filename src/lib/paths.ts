/** Site-relative URL of an article. */
export function articlePath(slug: string): string {
	return `/blog/${slug}/`;
}

/** Site-relative URL of page `page` (1-based) of the article index. */
export function blogIndexPath(page = 1): string {
	return page <= 1 ? '/blog/' : `/blog/${page}/`;
}

/** Site-relative URL of page `page` (1-based) of a tag's article list. */
export function tagPath(tagSlug: string, page = 1): string {
	return page <= 1 ? `/tags/${tagSlug}/` : `/tags/${tagSlug}/${page}/`;
}

/** Resolves a site-relative path against the site's origin. */
export function absoluteUrl(path: string, siteUrl: string): string {
	return new URL(path, siteUrl).href;
}
