import { slug as githubSlug } from 'github-slugger';

/**
 * Turns free text (a tag, a title) into its URL form. Wraps github-slugger so tag URLs use the same
 * rules as heading anchors: lower case, punctuation dropped, spaces to hyphens, Unicode letters kept.
 * @example slugify('TypeScript Tips') // 'typescript-tips'
 */
export function slugify(text: string): string {
	const slug = githubSlug(text.trim().replace(/\s+/g, ' '));
	if (slug === '')
		throw new Error(`Cannot make a URL slug from "${text}": it has no letters or digits.`);
	return slug;
}
