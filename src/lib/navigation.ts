import { PAGE_PATHS, SECTIONS, sectionPath } from './paths';

/**
 * The `aria-current` value of a navigation link: `page` on the page itself, `true` inside its
 * section (an article under "Blog"), nothing elsewhere. External links and the home link are never
 * a section.
 */
export function getCurrentState(
	linkHref: string,
	currentPath: string
): 'page' | 'true' | undefined {
	// Stryker disable next-line ConditionalExpression,StringLiteral: a page's path starts with "/", so only an empty href, which no navigation has, could match it below
	if (!linkHref.startsWith('/')) return undefined;
	if (currentPath === linkHref) return 'page';
	return linkHref !== '/' && currentPath.startsWith(linkHref) ? 'true' : undefined;
}

/** Which optional parts of the site this build has. */
export interface BuiltSections {
	caseStudies: boolean;
	experiments: boolean;
	/** Ids of `content/pages/` entries, each served at `/<id>/`. */
	pageIds: ReadonlySet<string>;
}

/**
 * Whether a site path exists in this build as far as optional content goes: `/case-studies/` and
 * `/experiments/` need entries, `/<id>/` needs a page of that id. Everything else (articles,
 * external links) counts as built. Lets one navigation serve a site that has no case studies yet,
 * instead of linking to a page that is not there.
 */
export function isBuilt(path: string, sections: BuiltSections): boolean {
	if (path === sectionPath('caseStudies')) return sections.caseStudies;
	if (path === sectionPath('experiments')) return sections.experiments;
	const page = /^\/([^/]+)\/$/.exec(path)?.[1];
	const alwaysBuilt: string[] = [
		SECTIONS.blog,
		SECTIONS.tags,
		PAGE_PATHS.siteMap,
		PAGE_PATHS.search,
	];
	if (page === undefined || alwaysBuilt.includes(path)) return true;
	return sections.pageIds.has(page);
}
