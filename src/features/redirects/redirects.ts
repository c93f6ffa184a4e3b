import { withBase } from '@/lib/paths';
/** A redirect from an old URL of an entry to its current one. */
export interface Redirect {
	/** The old site path, with a trailing slash: `/blog/old-name/`. */
	from: string;
	/** The current site path: `/blog/new-name/`. */
	to: string;
	/** Title of the entry, for the redirect page's visible link. */
	title: string;
	/** Source file declaring the alias, for error messages. */
	file: string;
}

/**
 * Checks that no alias takes a URL that a real page or another alias already has, and lists every
 * clash at once with the files involved; a clash would otherwise silently hide one of the pages.
 * @param routes site paths of every real page, mapped to a description of where each comes from
 */
export function assertRedirectsFree(
	redirects: readonly Redirect[],
	routes: ReadonlyMap<string, string>
): void {
	const problems: string[] = [];
	const claimed = new Map<string, Redirect>();
	for (const redirect of redirects) {
		const page = routes.get(redirect.from);
		const other = claimed.get(redirect.from);
		if (page !== undefined) {
			problems.push(`  - ${redirect.file}: alias ${redirect.from} is already the URL of ${page}`);
		} else if (other) {
			problems.push(
				`  - ${redirect.file}: alias ${redirect.from} is also an alias in ${other.file} (to ${other.to})`
			);
		} else {
			claimed.set(redirect.from, redirect);
		}
	}
	if (problems.length > 0) {
		throw new Error(
			`Aliases that collide with other URLs:\n${problems.join('\n')}\nRemove the alias or rename the page it collides with.`
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
		.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
		.map(({ from, to }) => ({ from: withBase(from, base), to: withBase(to, base) }))
		.flatMap(({ from, to }) => [`${from} ${to} 301`, `${from.slice(0, -1)} ${to} 301`])
		.map((line) => `${line}\n`)
		.join('');
}
