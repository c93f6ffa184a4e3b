import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getTags } from '@/catalogue/articles';
import { getFeedCacheKey } from '@/catalogue/page-cache-keys';
import { getTagFeed, getTagFeedArticles } from '@/features/feeds/entries';
import { href, publicUrl } from '@/catalogue/site-urls';
import { FEED_STYLESHEET_PATH } from '@/features/feeds/feed';
import { tagFeedPath } from '@/lib/paths';
import { buildRssOptions } from '@/features/feeds/rss-feed';

// A tag's feed is copied from the last build unless an article it carries changed (its cache key).
export const getStaticPaths = (async () =>
	Promise.all(
		(await getTags()).map(async (tag) => ({
			params: { tag: tag.slug },
			cacheKey: await getFeedCacheKey(await getTagFeedArticles(tag.slug), tag),
		}))
	)) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const tag = params['tag'] ?? '';
	return rss(
		buildRssOptions(await getTagFeed(tag), {
			selfUrl: publicUrl(tagFeedPath(tag)),
			stylesheetHref: href(FEED_STYLESHEET_PATH),
		})
	);
};
