import { slug as githubSlug } from 'github-slugger';

/**
 * Turns free text (a tag, a title) into its URL form. Wraps github-slugger so tag URLs use the
 * rules of heading anchors (lower case, punctuation dropped, spaces to hyphens, Unicode letters
 * kept), without the hyphens a dropped symbol leaves: `]]> x` is `x`, not `-x`, and
 * `Node.js & Deno` is `nodejs-deno`, so text that differs only in symbols shares one URL.
 * @example slugify('TypeScript Tips') // 'typescript-tips'
 */
export function slugify(text: string): string {
	const slug = githubSlug(text.trim().replace(/\s+/g, ' '))
		.replace(/-{2,}/g, '-')
		.replace(/^-|-$/g, '');
	if (slug === '')
		throw new Error(`Cannot make a URL slug from "${text}": it has no letters or digits.`);
	return slug;
}
