import type { APIRoute } from 'astro';
import { getSiteFeed } from '@/features/feeds/entries';
import { publicUrl } from '@/catalogue/site-urls';
import { FEED_MEDIA_TYPES, FEED_PATHS } from '@/features/feeds/feed';
import { buildJsonFeed } from '@/features/feeds/json-feed';

export const GET: APIRoute = async () =>
	new Response(buildJsonFeed(await getSiteFeed(), { feedUrl: publicUrl(FEED_PATHS.json) }), {
		headers: { 'Content-Type': `${FEED_MEDIA_TYPES.json}; charset=utf-8` },
	});
