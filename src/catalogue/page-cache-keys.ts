import type { Page } from 'astro';
import type { CollectionEntry, CollectionKey } from 'astro:content';
import { cacheKeyOf } from '@/lib/cache-key';
import { getRelatedArticles, type Article } from './articles';
import { getAuthorOf, getMainAuthor } from './author';
import { getBuiltSections, getNewestContentYear } from './navigation';
import { getServices } from './portfolio';
import { siteConfig } from '@/site.config';
import { getSeriesBox } from './series';
import { publicationContext } from './publication-context';

// Astro's incremental build (experimental.incrementalBuild in astro.config.ts) copies a page from
// the last build when its cache key and its code are unchanged. The code is Astro's to track; the
// key must change whenever any content the page shows changes. Missing a fact here means a stale
// page, so each key takes whole entries rather than the fields a template happens to use today.

const entryKeys = new WeakMap<object, string>();

/**
 * The key of every page in `astro dev`, which never copies pages: computing the real ones would
 * relate every article to every other again after each edit, to render one page.
 */
const DEV_KEY = 'dev';

/**
 * The key of one content entry: its file (digest), its parsed data and its rendered HTML. The
 * data and HTML count as well as the file because a schema or Markdown plugin change alters them
 * without touching the file.
 */
export function entryCacheKey(entry: CollectionEntry<CollectionKey>): string {
	let key = entryKeys.get(entry);
	if (!key) {
		key = cacheKeyOf(entry.digest, entry.data, entry.rendered);
		entryKeys.set(entry, key);
	}
	return key;
}

let siteChromeKey: Promise<string> | undefined;

/**
 * The key of what every page shows besides its own content: the navigation and footer links
 * (which sections and pages exist), the footer's year, the main author's contacts, and the site
 * settings, which FIELDNOTES_SITE_CONFIG can change without a change to the code.
 */
export function getSiteChromeKey(): Promise<string> {
	siteChromeKey ??= Promise.all([getBuiltSections(), getNewestContentYear(), getMainAuthor()]).then(
		(facts) => cacheKeyOf(...facts, siteConfig)
	);
	return siteChromeKey;
}

/**
 * The key of an article page: the article, its tags as the site labels them, its "Keep reading"
 * articles, its author and call to action, its series box (every part's title and place), and
 * the site chrome.
 */
export async function getArticlePageCacheKey(article: Article): Promise<string> {
	if (publicationContext.isDev) return DEV_KEY;
	const ctaId = article.entry.data.cta?.id;
	const [chrome, related, author, services, seriesBox] = await Promise.all([
		getSiteChromeKey(),
		getRelatedArticles(article.slug),
		getAuthorOf(article.entry.data.author),
		ctaId ? getServices() : Promise.resolve([]),
		getSeriesBox(article),
	]);
	const cta = services.find(({ id }) => id === ctaId);
	return cacheKeyOf(
		chrome,
		entryCacheKey(article.entry),
		article.tags,
		related.map((relatedArticle) => [entryCacheKey(relatedArticle.entry), relatedArticle.tags]),
		author,
		cta ? entryCacheKey(cta) : null,
		seriesBox ?? null
	);
}

/**
 * The key of a page that shows nothing but `shown` (the plain data it gets as props) and the site
 * chrome, e.g. a series page.
 */
export async function getPageCacheKey(shown: unknown): Promise<string> {
	return cacheKeyOf(await getSiteChromeKey(), shown);
}

/**
 * The key of a feed: each article it carries with its tags and its author, the main author (the
 * feed's own author), what the feed is (e.g. a tag), and the site chrome.
 */
export async function getFeedCacheKey(
	articles: readonly Article[],
	feed: unknown
): Promise<string> {
	const [chrome, mainAuthor, authors] = await Promise.all([
		getSiteChromeKey(),
		getMainAuthor(),
		Promise.all(articles.map((article) => getAuthorOf(article.entry.data.author))),
	]);
	return cacheKeyOf(
		chrome,
		mainAuthor,
		feed,
		articles.map((article, index) => [entryCacheKey(article.entry), article.tags, authors[index]])
	);
}

/**
 * The key of one page of an article list (the blog index, a tag's pages): the articles it lists
 * with their tags, where it sits in the pagination, what the list is (a tag and its count), and
 * the site chrome.
 */
export async function getArticleListCacheKey(page: Page<Article>, list: unknown): Promise<string> {
	if (publicationContext.isDev) return DEV_KEY;
	return cacheKeyOf(
		await getSiteChromeKey(),
		list,
		page.currentPage,
		page.lastPage,
		page.total,
		page.data.map((article) => [entryCacheKey(article.entry), article.tags])
	);
}

/**
 * Gives each page of a `paginate()` result its cache key, so Astro's incremental build copies the
 * list pages whose articles did not change.
 */
export function withListCacheKeys<Path extends { props: { page: Page<Article> } }>(
	paths: readonly Path[],
	list: unknown
): Promise<(Path & { cacheKey: string })[]> {
	return Promise.all(
		paths.map(async (path) => ({
			...path,
			cacheKey: await getArticleListCacheKey(path.props.page, list),
		}))
	);
}
