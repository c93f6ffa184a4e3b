import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSiteFeed } from '@/data/feed';
import { href, publicUrl } from '@/data/site-urls';
import { FEED_PATHS, FEED_STYLESHEET_PATH } from '@/lib/feed';
import { buildRssOptions } from '@/lib/rss-feed';

export const GET: APIRoute = async () =>
	rss(
		buildRssOptions(await getSiteFeed(), {
			selfUrl: publicUrl(FEED_PATHS.rss),
			stylesheetHref: href(FEED_STYLESHEET_PATH),
		})
	);
