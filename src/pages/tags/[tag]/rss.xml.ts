import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getTags } from '@/catalogue/articles';
import { getTagFeed } from '@/features/feeds/entries';
import { href, publicUrl } from '@/catalogue/site-urls';
import { FEED_STYLESHEET_PATH } from '@/features/feeds/feed';
import { tagFeedPath } from '@/lib/paths';
import { buildRssOptions } from '@/features/feeds/rss-feed';

export const getStaticPaths = (async () =>
	(await getTags()).map(({ slug }) => ({ params: { tag: slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const tag = params['tag'] ?? '';
	return rss(
		buildRssOptions(await getTagFeed(tag), {
			selfUrl: publicUrl(tagFeedPath(tag)),
			stylesheetHref: href(FEED_STYLESHEET_PATH),
		})
	);
};
