import { absoluteUrl, basePathOf, withBase, withoutBase } from '@/lib/paths';
import { siteConfig } from '@/site.config';

/** The path every page and asset is served under: `/`, or `/<sub-path>/` for a project site. */
export const basePath = basePathOf(siteConfig.url);

/** The href that links to a site path (`/blog/`) from a page of this site. */
export function href(path: string): string {
	return withBase(path, basePath);
}

/** The public URL of a site path, for feeds, canonical links and sharing. */
export function publicUrl(path: string): string {
	return absoluteUrl(path, siteConfig.url);
}

/** The site path of a page from its URL path (`Astro.url.pathname`), which includes the base. */
export function sitePathOf(urlPath: string): string {
	return withoutBase(urlPath, basePath) ?? urlPath;
}
