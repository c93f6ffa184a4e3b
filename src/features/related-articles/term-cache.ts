import { codeVersion, ResultCache } from '@/build/cache';
import { cacheKeyOf } from '@/lib/cache-key';
import { countArticleTerms, type ArticleText } from './related-articles';

/** An article whose terms are wanted: its file's digest, and its text, read only if it is counted. */
export interface CountableArticle {
	digest: string;
	text: () => ArticleText;
}

/** A cache file's stored counts, and those already turned into maps in this process. */
interface TermStore {
	stored: ResultCache<[string, number][]>;
	inMemory: Map<string, Map<string, number>>;
}

const stores = new Map<string, Promise<TermStore>>();

/**
 * The counted terms of each article, kept in `cacheFile` under a key of the file's digest and the
 * code version, so a build or an `astro dev` start after one edit counts one article again, not
 * all of them.
 * @param keepOpen keep the counts in memory for the next call: for `astro dev`, where Vite keeps
 *   this module (it imports nothing that changes with content) when an edit reloads the modules
 *   that read the collections. A build asks once, and frees them.
 */
export async function countedArticleTerms(
	cacheFile: string,
	articles: readonly CountableArticle[],
	{ keepOpen }: { keepOpen: boolean }
): Promise<Map<string, number>[]> {
	let opening = stores.get(cacheFile);
	if (!opening) {
		opening = ResultCache.open<[string, number][]>(cacheFile).then((stored) => ({
			stored,
			inMemory: new Map(),
		}));
		stores.set(cacheFile, opening);
	}
	const { stored, inMemory } = await opening;
	const version = codeVersion();
	let counted = 0;
	const terms = articles.map(({ digest, text }) => {
		const key = cacheKeyOf(digest, version);
		let known = inMemory.get(key);
		if (!known) {
			known = new Map(
				stored.get(key, () => {
					counted += 1;
					return [...countArticleTerms(text())];
				})
			);
			inMemory.set(key, known);
		}
		return known;
	});
	if (counted > 0) await stored.save();
	if (!keepOpen) stores.delete(cacheFile);
	return terms;
}
