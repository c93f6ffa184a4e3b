import type { AstroGlobal } from 'astro';
import type { SiteConfig } from '@/content-model/site-config';
import { pageSourcesToInsert } from '@/features/security-headers/content-security-policy';

/** Where giscus serves its script, its stylesheet and the comments frame. */
export const GISCUS_ORIGIN = 'https://giscus.app';

/** The comments settings of the site config, when comments are on. */
export type CommentsSettings = NonNullable<SiteConfig['comments']>;

/**
 * The `data-*` attributes of giscus's script (https://giscus.app), which it reads to build the
 * comments frame; the theme is added when the reader asks for comments, from the page's theme.
 */
export function giscusAttributes(settings: CommentsSettings): Record<string, string> {
	return {
		'data-repo': settings.repo,
		'data-repo-id': settings.repoId,
		'data-category': settings.category,
		'data-category-id': settings.categoryId,
		'data-mapping': settings.mapping,
		'data-strict': settings.strict ? '1' : '0',
		'data-reactions-enabled': settings.reactions ? '1' : '0',
		'data-emit-metadata': '0',
		'data-input-position': settings.inputPosition,
		'data-lang': settings.lang,
	};
}

/** The repository's discussions, linked for readers without JavaScript. */
export function discussionsUrl(settings: CommentsSettings): string {
	return `https://github.com/${settings.repo}/discussions`;
}

/**
 * Lets the page being rendered load giscus: its script, its stylesheet and its frame, all of
 * them only once the reader presses the button. Astro writes the page's policy with its <head>,
 * so a layout calls this in its frontmatter, before rendering BaseLayout.
 * @param siteScriptOrigins the script origins every page allows already (the analytics provider's)
 */
export function allowCommentsOnPage(
	csp: AstroGlobal['csp'],
	siteScriptOrigins: readonly string[]
): void {
	for (const source of pageSourcesToInsert([GISCUS_ORIGIN], siteScriptOrigins)) {
		csp?.insertScriptResource(source);
	}
	for (const source of pageSourcesToInsert([GISCUS_ORIGIN], [])) csp?.insertStyleResource(source);
	csp?.insertDirective(`frame-src ${GISCUS_ORIGIN}`);
}
