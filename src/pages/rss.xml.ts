import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSiteFeed } from '@/features/feeds/entries';
import { href, publicUrl } from '@/catalogue/site-urls';
import { FEED_PATHS, FEED_STYLESHEET_PATH } from '@/features/feeds/feed';
import { buildRssOptions } from '@/features/feeds/rss-feed';

export const GET: APIRoute = async () =>
	rss(
		buildRssOptions(await getSiteFeed(), {
			selfUrl: publicUrl(FEED_PATHS.rss),
			stylesheetHref: href(FEED_STYLESHEET_PATH),
		})
	);
