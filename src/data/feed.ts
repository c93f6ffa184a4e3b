import { getContainerRenderer as getMdxContainerRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import { contentComponents } from '@/components/mdx/content-components';
import { makeUrlsAbsolute } from '@/lib/absolute-urls';
import { removeHeadingAnchors } from '@/lib/heading-anchors';
import { articlePath } from '@/lib/paths';
import { publicUrl } from './site-urls';
import { getArticles } from './articles';

/** One feed entry with the article's full HTML, URLs made absolute for feed readers. */
export interface FeedItem {
	title: string;
	link: string;
	description: string;
	pubDate: Date;
	categories: string[];
	content: string;
}

/**
 * Every published article as a feed item, newest first. The body is rendered with Astro's
 * Container API because MDX entries have no HTML string of their own; components inside MDX are
 * rendered too, the callouts included, so feed readers see what the page shows. Heading anchor
 * links are taken out: without the site's styles they read as stray text.
 */
export async function getFeedItems(): Promise<FeedItem[]> {
	const container = await AstroContainer.create({
		renderers: await loadRenderers([getMdxContainerRenderer()]),
	});
	const items: FeedItem[] = [];
	// One article at a time: rendering is CPU-bound, and rendering all at once only raises the
	// memory peak of a large site's build.
	for (const article of await getArticles()) {
		const link = publicUrl(articlePath(article.slug));
		const { Content } = await render(article.entry);
		const html = await container.renderToString(Content, {
			props: { components: contentComponents },
		});
		items.push({
			title: article.title,
			link,
			description: article.description,
			pubDate: article.pubDate,
			categories: article.tags.map((tag) => tag.label),
			content: makeUrlsAbsolute(removeHeadingAnchors(html), link),
		});
	}
	return items;
}
