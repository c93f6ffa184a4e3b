import { findAliasClashes } from '@/content-model/routes';
import type { EntrySummary, Located } from './entry-summary';
import { compareText } from '@/lib/order';
import type { Problem } from './problem';

/**
 * Errors for URLs that two things would claim: two files of a collection with one id (`a.md` and
 * `a.mdx`, or `a.mdx` and `a/index.mdx`), and an alias that is the URL of an entry, of a page the
 * site always has, or another alias. An id that a page of the site already has (`/blog/2/`) is
 * found with the other file-name rules, by describeEntryFileProblem.
 */
export function checkRoutes(entries: readonly EntrySummary[]): Problem[] {
	const problems: Problem[] = [];
	const filesById = new Map<string, string[]>();
	for (const { collection, id, file } of entries) {
		if (id === '') continue;
		const key = `${collection}/${id}`;
		filesById.set(key, [...(filesById.get(key) ?? []), file]);
	}
	for (const { collection, id, file, firstLine, urlPath } of entries) {
		const others = (filesById.get(`${collection}/${id}`) ?? []).filter((other) => other !== file);
		if (others.length > 0) {
			const where = urlPath === undefined ? 'one entry' : urlPath;
			problems.push(
				error(
					file,
					firstLine,
					`its id "${id}" is also the id of ${others.join(', ')}: both would be ${where}; rename one of them`
				)
			);
		}
	}

	const entryUrls = new Map<string, string>();
	for (const { urlPath, file } of entries) {
		// Stryker disable next-line ConditionalExpression: an entry kept under no URL is never looked up, as aliases are paths
		if (urlPath !== undefined && !entryUrls.has(urlPath)) entryUrls.set(urlPath, file);
	}
	const claims = entries.flatMap(({ file, aliases }) =>
		aliases.map(({ value, line }: Located<string>) => ({ alias: value, file, line }))
	);
	for (const { claim, message } of findAliasClashes(claims, entryUrls)) {
		problems.push(error(claim.file, claim.line, message));
	}
	// Stryker disable next-line ArithmeticOperator: a file's problems are already in line order, its id's (at the first line) and then its aliases' as written
	return problems.sort((a, b) => compareText(a.file, b.file) || a.line - b.line);
}

function error(file: string, line: number, message: string): Problem {
	return { severity: 'error', file, line, rule: 'duplicate-route', message };
}
