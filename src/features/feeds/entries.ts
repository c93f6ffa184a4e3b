import { getContainerRenderer as getMdxContainerRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getImage } from 'astro:assets';
import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import { contentComponents } from '@/components/content-components';
import { linkImagesToFullSize } from '@/features/full-size-images/links';
import { makeUrlsAbsolute } from './absolute-urls';
import { stripActiveContent } from './sanitize';
import {
	getTagFeedTitle,
	pickFeedArticles,
	type Feed,
	type FeedEntry,
	type FeedImage,
} from './feed';
import { removeHeadingAnchors } from '@/features/headings/heading-anchors';
import { articlePath, tagPath } from '@/lib/paths';
import { siteConfig } from '@/site.config';
import { getArticles, getArticlesTagged, getTags, type Article } from '@/catalogue/articles';
import { getAuthorOf, getMainAuthor } from '@/catalogue/author';
import { personFactsOf } from '@/features/head-metadata/person';
import { withRenderedContent } from '@/catalogue/rendered-entries';
import { publicUrl } from '@/catalogue/site-urls';

// Every feed (RSS, Atom, JSON Feed, each tag's RSS) shares these entries: Astro renders all
// routes in one process, so an article's HTML is rendered once per build, by whichever feed needs
// it first, however many feeds carry it.
const entries = new Map<string, Promise<FeedEntry>>();
let containerPromise: Promise<AstroContainer> | undefined;

/** The site-wide feed: the newest articles (`feedItems` in src/site.config.ts), newest first. */
export async function getSiteFeed(): Promise<Feed> {
	return {
		title: siteConfig.title,
		description: siteConfig.description,
		language: siteConfig.locale,
		homePageUrl: publicUrl('/'),
		author: await getMainAuthorFacts(),
		entries: await getEntries(pickFeedArticles(await getArticles(), siteConfig.feedItems)),
	};
}

/** The feed of one tag: its newest articles, as many as the site-wide feed carries. */
export async function getTagFeed(tagSlug: string): Promise<Feed> {
	const tag = (await getTags()).find(({ slug }) => slug === tagSlug);
	if (!tag) throw new Error(`No article is tagged "${tagSlug}": there is no feed for it.`);
	return {
		title: getTagFeedTitle(siteConfig.title, tag.label),
		description: `Articles tagged #${tag.label} on ${siteConfig.title}.`,
		language: siteConfig.locale,
		homePageUrl: publicUrl(tagPath(tag.slug)),
		author: await getMainAuthorFacts(),
		entries: await getEntries(await getTagFeedArticles(tag.slug)),
	};
}

/** The articles a tag's feed carries, newest first. */
export async function getTagFeedArticles(tagSlug: string): Promise<Article[]> {
	return pickFeedArticles(await getArticlesTagged(tagSlug), siteConfig.feedItems);
}

async function getMainAuthorFacts(): Promise<Feed['author']> {
	const { name, url } = await personFactsOf(await getMainAuthor());
	return { name, url };
}

async function getEntries(picked: readonly Article[]): Promise<FeedEntry[]> {
	const result: FeedEntry[] = [];
	// One article at a time: rendering is CPU-bound, and rendering many at once only raises the
	// memory peak of a large site's build.
	for (const article of picked) result.push(await getEntry(article));
	return result;
}

function getEntry(article: Article): Promise<FeedEntry> {
	let entry = entries.get(article.slug);
	if (!entry) {
		entry = readEntry(article);
		entries.set(article.slug, entry);
	}
	return entry;
}

/**
 * One article as a feed entry, with its full HTML. Heading anchor links are taken out: without the
 * site's styles they read as stray text. Active content is stripped: feed readers have no CSP.
 */
async function readEntry(article: Article): Promise<FeedEntry> {
	const url = publicUrl(articlePath(article.slug));
	const html = await renderBody(article);
	const { name, url: authorUrl } = await personFactsOf(
		await getAuthorOf(article.entry.data.author)
	);
	return {
		url,
		title: article.title,
		summary: article.description,
		contentHtml: stripActiveContent(makeUrlsAbsolute(removeHeadingAnchors(html), url)),
		published: article.pubDate,
		updated: article.updatedDate ?? article.pubDate,
		tags: article.tags.map((tag) => tag.label),
		author: { name, url: authorUrl },
		image: await getCoverImage(article),
	};
}

/**
 * An article's body as HTML. Markdown (and plain-Markdown MDX) has its HTML in the content cache,
 * which is used as it is unless it holds images, whose final URLs only rendering fills in. Other
 * MDX is rendered with Astro's Container API, components and callouts included, so feed readers
 * see what the page shows.
 */
async function renderBody(article: Article): Promise<string> {
	const entry = withRenderedContent(article.entry);
	if (entry.rendered && !entry.rendered.metadata?.imagePaths?.length) return entry.rendered.html;
	containerPromise ??= loadRenderers([getMdxContainerRenderer()]).then((renderers) =>
		AstroContainer.create({ renderers })
	);
	const container = await containerPromise;
	const { Content } = await render(entry);
	return linkImagesToFullSize(
		await container.renderToString(Content, { props: { components: contentComponents } })
	);
}

/** The cover as a JPEG at most 1200 px wide, a format every feed reader shows. */
async function getCoverImage(article: Article): Promise<FeedImage | undefined> {
	const { cover, coverAlt } = article.entry.data;
	if (!cover) return undefined;
	// One file, not the srcset the site-wide `constrained` layout would encode for every width.
	const image = await getImage({
		src: cover,
		width: Math.min(1200, cover.width),
		format: 'jpg',
		layout: 'none',
	});
	return {
		url: new URL(image.src, siteConfig.url).href,
		type: 'image/jpeg',
		width: Number(image.attributes['width']),
		height: Number(image.attributes['height']),
		alt: coverAlt ?? '',
	};
}
