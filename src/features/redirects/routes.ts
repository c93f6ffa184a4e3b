import { assertAliasesFree, type Redirect } from './redirects';
import { articlePath } from '@/lib/paths';
import { getArticles } from '@/catalogue/articles';
import { getAliasClaims, getEntryPages } from '@/catalogue/entry-pages';

let redirectsPromise: Promise<Redirect[]> | undefined;

/**
 * Redirects from every alias of a published article to the article, checked once per build against
 * every entry's page and the pages the site always has. Aliases of drafts and scheduled articles are not published: they would
 * reveal the unpublished slug.
 */
export function getRedirects(): Promise<Redirect[]> {
	redirectsPromise ??= loadRedirects();
	return redirectsPromise;
}

async function loadRedirects(): Promise<Redirect[]> {
	const articles = (await getArticles()).filter(({ status }) => status === 'published');
	const redirects = articles.flatMap((article) =>
		article.entry.data.aliases.map((from) => ({
			from,
			to: articlePath(article.slug),
			title: article.title,
		}))
	);
	assertAliasesFree(await getAliasClaims(), await getEntryPages());
	return redirects;
}
