import { countArticleTerms, type ArticleText } from './related-articles';

/**
 * The counted terms of each article file at its last digest. For `astro dev`: this module
 * imports nothing that changes with content, so Vite keeps it when an edit reloads the modules
 * that read the collections, and an edit re-counts one article instead of all of them.
 */
const termsByFile = new Map<string, { digest: string; terms: Map<string, number> }>();

/** The terms of an article file, counted again only when its digest changed. */
export function rememberArticleTerms(
	file: string,
	digest: string,
	readText: () => ArticleText
): Map<string, number> {
	const known = termsByFile.get(file);
	if (known?.digest === digest) return known.terms;
	const terms = countArticleTerms(readText());
	termsByFile.set(file, { digest, terms });
	return terms;
}
