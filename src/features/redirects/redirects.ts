import { ContentError } from '@/content-model/content-errors';
import { findAliasClashes, type AliasClaim } from '@/content-model/routes';
import { withBase } from '@/lib/paths';
import { compareText } from '@/lib/order';

/** A redirect from an old URL of an entry to its current one. */
export interface Redirect {
	/** The old site path, with a trailing slash: `/blog/old-name/`. */
	from: string;
	/** The current site path: `/blog/new-name/`. */
	to: string;
	/** Title of the entry, for the redirect page's visible link. */
	title: string;
}

/**
 * Fails the build when an alias takes a URL that an entry's page, a page the site always has or
 * another alias already has, listing every clash at once with the files involved; a clash would
 * otherwise hide one of the pages, or send its readers elsewhere.
 * @param entryPages the site path of every entry's page, with its file
 */
export function assertAliasesFree(
	claims: readonly AliasClaim[],
	entryPages: ReadonlyMap<string, string>
): void {
	const clashes = findAliasClashes(claims, entryPages);
	if (clashes.length > 0) {
		const lines = clashes.map(({ claim, message }) => `  - ${claim.file}: ${message}`);
		throw new ContentError(
			`Aliases that take the URL of another page:\n${lines.join('\n')}\nRemove each alias, or rename the page it collides with.`
		);
	}
}

/**
 * The `_redirects` file read by Netlify, Cloudflare Pages and similar hosts: permanent redirects
 * for each alias, with and without its trailing slash, sorted for byte-identical builds.
 * @param base the site's base path: hosts match the URL paths readers request
 */
export function formatRedirectsFile(redirects: readonly Redirect[], base = '/'): string {
	return [...redirects]
		.sort((a, b) => compareText(a.from, b.from))
		.map(({ from, to }) => ({ from: withBase(from, base), to: withBase(to, base) }))
		.flatMap(({ from, to }) => [`${from} ${to} 301`, `${from.slice(0, -1)} ${to} 301`])
		.map((line) => `${line}\n`)
		.join('');
}
