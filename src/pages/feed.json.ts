import type { APIRoute } from 'astro';
import { getSiteFeed } from '@/data/feed';
import { publicUrl } from '@/data/site-urls';
import { FEED_MEDIA_TYPES, FEED_PATHS } from '@/lib/feed';
import { buildJsonFeed } from '@/lib/json-feed';

export const GET: APIRoute = async () =>
	new Response(buildJsonFeed(await getSiteFeed(), { feedUrl: publicUrl(FEED_PATHS.json) }), {
		headers: { 'Content-Type': `${FEED_MEDIA_TYPES.json}; charset=utf-8` },
	});
