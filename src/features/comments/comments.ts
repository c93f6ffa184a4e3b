import type { SiteConfig } from '@/content-model/site-config';
import { SECTIONS } from '@/lib/paths';
import type { PathPolicy } from '@/features/security-headers/content-security-policy';

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
 * What comments need beyond the site's Content-Security-Policy, on article pages only and only
 * when comments are on: giscus's script, its stylesheet and its frame, all of them loaded once the
 * reader presses the button. The article layout applies it to its pages' `<meta>` policy with
 * applyPathPolicy; the header covers `/blog/*`, whose index pages keep giscus out with their own
 * `<meta>`.
 */
export const COMMENTS_PATH_POLICY: PathPolicy = {
	paths: [`${SECTIONS.blog}*`],
	directives: {
		'script-src': [GISCUS_ORIGIN],
		'style-src': [GISCUS_ORIGIN],
		'frame-src': [GISCUS_ORIGIN],
	},
};
