import { assertRedirectsFree, type Redirect } from './redirects';
import { articlePath, blogIndexPath, PAGE_PATHS, sectionPath, tagPath } from '@/lib/paths';
import { siteConfig } from '@/site.config';
import { getArticles, getArticlesTagged, getTags } from '@/catalogue/articles';

let redirectsPromise: Promise<Redirect[]> | undefined;

/**
 * Redirects from every alias of a published article to the article, checked once per build against
 * the site's real routes. Aliases of drafts and scheduled articles are not published: they would
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
			file: article.entry.filePath ?? article.slug,
		}))
	);
	if (redirects.length > 0) assertRedirectsFree(redirects, await listRoutes());
	return redirects;
}

/** Every page URL the site builds besides redirects, with where it comes from. */
async function listRoutes(): Promise<Map<string, string>> {
	const routes = new Map<string, string>([
		[PAGE_PATHS.home, 'the home page'],
		[sectionPath('tags'), 'the tag index'],
	]);
	const articles = await getArticles();
	for (const article of articles) {
		routes.set(articlePath(article.slug), article.entry.filePath ?? article.slug);
	}
	const indexPages = Math.max(1, Math.ceil(articles.length / siteConfig.postsPerPage));
	for (let page = 1; page <= indexPages; page++) routes.set(blogIndexPath(page), 'the blog index');
	for (const tag of await getTags()) {
		const tagPages = Math.ceil(
			(await getArticlesTagged(tag.slug)).length / siteConfig.postsPerPage
		);
		for (let page = 1; page <= tagPages; page++)
			routes.set(tagPath(tag.slug, page), `the tag page #${tag.label}`);
	}
	return routes;
}
