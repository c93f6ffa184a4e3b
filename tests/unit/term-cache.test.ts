import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticleText } from '@/features/related-articles/related-articles';

const VACUUM = {
	title: 'Tuning autovacuum',
	description: 'Dead tuples pile up.',
	body: 'Lower the scale factor of the hot tables in PG.',
};
const BLOAT = { title: 'Measuring bloat', description: '', body: '' };

let folder = '';
beforeEach(async () => {
	folder = await mkdtemp(join(tmpdir(), 'fieldnotes-terms-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

/** The module as a new process (a later build or dev start) loads it: nothing in memory. */
async function freshModule() {
	vi.resetModules();
	return import('@/features/related-articles/term-cache');
}

/** Articles whose text reads are counted in `reads`, by digest. */
function articles(entries: [digest: string, text: ArticleText][], reads: string[]) {
	return entries.map(([digest, text]) => ({
		digest,
		text: () => {
			reads.push(digest);
			return text;
		},
	}));
}

describe('countedArticleTerms', () => {
	it('counts each article once, weighting title and description words above body words', async () => {
		const { countedArticleTerms } = await freshModule();
		const file = join(folder, 'terms.json');
		const reads: string[] = [];
		const [vacuum] = await countedArticleTerms(file, articles([['d1', VACUUM]], reads), {
			keepOpen: true,
		});
		expect(Object.fromEntries(vacuum!)).toEqual({
			tuning: 3,
			autovacuum: 3,
			dead: 2,
			tuples: 2,
			pile: 2,
			lower: 1,
			scale: 1,
			factor: 1,
			hot: 1,
			tables: 1,
		});
		const [again] = await countedArticleTerms(file, articles([['d1', VACUUM]], reads), {
			keepOpen: true,
		});
		expect(again).toBe(vacuum);
		expect(reads).toEqual(['d1']);
	});

	it('frees what a build asked for, reading the counts from the file when asked again', async () => {
		const { countedArticleTerms } = await freshModule();
		const file = join(folder, 'terms.json');
		const reads: string[] = [];
		const [first] = await countedArticleTerms(file, articles([['d1', VACUUM]], reads), {
			keepOpen: false,
		});
		await rm(file);
		const [second] = await countedArticleTerms(file, articles([['d1', VACUUM]], reads), {
			keepOpen: false,
		});
		expect(second).not.toBe(first);
		expect(second).toEqual(first);
		expect(reads).toEqual(['d1', 'd1']);
	});

	it('gives a later process the saved counts, and counts only the article whose file changed', async () => {
		const file = join(folder, 'terms.json');
		const first = await freshModule();
		await first.countedArticleTerms(
			file,
			articles(
				[
					['vacuum-1', VACUUM],
					['bloat-1', BLOAT],
				],
				[]
			),
			{ keepOpen: false }
		);
		const reads: string[] = [];
		const later = await freshModule();
		const terms = await later.countedArticleTerms(
			file,
			articles(
				[
					['vacuum-1', VACUUM],
					['bloat-2', { ...BLOAT, body: 'Bloat grows.' }],
				],
				reads
			),
			{ keepOpen: false }
		);
		expect(reads).toEqual(['bloat-2']);
		expect(Object.fromEntries(terms[0]!)).toMatchObject({ autovacuum: 3 });
		expect(Object.fromEntries(terms[1]!)).toEqual({ measuring: 3, bloat: 4, grows: 1 });
	});

	it('leaves the file alone when every article was counted before, as on a dev start', async () => {
		const file = join(folder, 'terms.json');
		const ask = async () =>
			(await freshModule()).countedArticleTerms(file, articles([['vacuum-1', VACUUM]], []), {
				keepOpen: false,
			});
		await ask();
		const saved = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
		// A key no later call asks for: rewriting the file would drop it.
		await writeFile(file, JSON.stringify({ ...saved, 'no-longer-asked-for': [['word', 1]] }));
		await ask();
		expect(Object.keys(JSON.parse(await readFile(file, 'utf8')) as object)).toHaveLength(2);
	});

	it('keeps only the counts of the articles last asked for in the file', async () => {
		const file = join(folder, 'terms.json');
		const { countedArticleTerms } = await freshModule();
		await countedArticleTerms(file, articles([['vacuum-1', VACUUM]], []), { keepOpen: false });
		await (
			await freshModule()
		).countedArticleTerms(file, articles([['bloat-1', BLOAT]], []), {
			keepOpen: false,
		});
		expect(Object.keys(JSON.parse(await readFile(file, 'utf8')) as object)).toHaveLength(1);
	});
});
