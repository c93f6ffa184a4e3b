import type { APIRoute } from 'astro';
import { getSiteFeed } from '@/features/feeds/entries';
import { publicUrl } from '@/catalogue/site-urls';
import { buildAtomFeed } from '@/features/feeds/atom-feed';
import { FEED_MEDIA_TYPES, FEED_PATHS } from '@/features/feeds/feed';

export const GET: APIRoute = async () =>
	new Response(buildAtomFeed(await getSiteFeed(), { selfUrl: publicUrl(FEED_PATHS.atom) }), {
		headers: { 'Content-Type': `${FEED_MEDIA_TYPES.atom}; charset=utf-8` },
	});
