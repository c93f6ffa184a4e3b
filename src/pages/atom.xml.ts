import type { APIRoute } from 'astro';
import { getSiteFeed } from '@/data/feed';
import { publicUrl } from '@/data/site-urls';
import { buildAtomFeed } from '@/lib/atom-feed';
import { FEED_MEDIA_TYPES, FEED_PATHS } from '@/lib/feed';

export const GET: APIRoute = async () =>
	new Response(buildAtomFeed(await getSiteFeed(), { selfUrl: publicUrl(FEED_PATHS.atom) }), {
		headers: { 'Content-Type': `${FEED_MEDIA_TYPES.atom}; charset=utf-8` },
	});
