import { slugify } from '@/lib/slug';
import type { EntrySummary } from './entry-summary';
import { compareText } from '@/lib/order';
import type { Problem } from './problem';

interface TagUse {
	file: string;
	line: number;
}

/** Tags that differ only by case or spacing ("TypeScript", "typescript", "Type Script") share a key. */
export function getTagSpellingKey(tag: string): string {
	// Stryker disable next-line Regex: removing each space or each run of spaces gives the same key
	return tag.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/**
 * One warning per tag written several ways across the site, listing each spelling with the files
 * and lines that use it, and pointing at the first use of a spelling other than the suggested one.
 * The suggestion is the most used spelling. On a tie, spellings that share the most used tag URL
 * come first ("TypeScript" and "typescript" are both /tags/typescript/, "Type Script" is
 * /tags/type-script/), then the alphabetically first, which is the label tag pages show.
 */
export function checkTagSpellings(articles: readonly EntrySummary[]): Problem[] {
	const groups = new Map<string, Map<string, TagUse[]>>();
	for (const { file, tags } of articles) {
		for (const { value, line } of tags) {
			const spelling = value.trim();
			// A blank tag (which the schema reports) is one spelling, '', so it never warns here.
			const key = getTagSpellingKey(spelling);
			const spellings = groups.get(key) ?? new Map<string, TagUse[]>();
			spellings.set(spelling, [...(spellings.get(spelling) ?? []), { file, line }]);
			groups.set(key, spellings);
		}
	}
	const problems: Problem[] = [];
	for (const spellings of groups.values()) {
		const usesBySlug = new Map<string, number>();
		for (const [spelling, uses] of spellings) {
			const slug = tagSlugOf(spelling);
			usesBySlug.set(slug, (usesBySlug.get(slug) ?? 0) + uses.length);
		}
		const slugUses = (spelling: string) => usesBySlug.get(tagSlugOf(spelling)) ?? 0;
		const ranked = [...spellings].sort(
			([a, usesA], [b, usesB]) =>
				usesB.length - usesA.length || slugUses(b) - slugUses(a) || compareText(a, b)
		);
		// A group holds at least one spelling, and every spelling at least one use.
		const best = ranked[0]!;
		const runnerUp = ranked[1];
		// A tag spelt one way is fine.
		if (!runnerUp) continue;
		const reason = best[1].length > runnerUp[1].length ? ', the most used' : '';
		const first = ranked
			.slice(1)
			.flatMap(([, uses]) => uses)
			.sort((a, b) => compareText(a.file, b.file) || a.line - b.line)[0]!;
		const listed = ranked
			.map(
				([spelling, uses]) =>
					`"${spelling}" (${uses.map(({ file, line }) => `${file}:${line}`).join(', ')})`
			)
			.join(', ');
		problems.push({
			severity: 'warning',
			file: first.file,
			line: first.line,
			rule: 'tag-spelling',
			message: `tag written ${ranked.length} ways: ${listed}; use "${best[0]}"${reason}`,
		});
	}
	return problems;
}

// Stryker disable BlockStatement: one group's spellings all lack letters or all have them, and those without share the fallback of the catch
/** The tag's URL slug; tags the schema would reject (no letter or digit) fall back to their key. */
function tagSlugOf(tag: string): string {
	try {
		return slugify(tag);
	} catch {
		return getTagSpellingKey(tag);
	}
}
// Stryker restore BlockStatement
