import type { APIRoute } from 'astro';
import { href } from '@/data/site-urls';
import { buildFeedStylesheet } from '@/lib/feed-stylesheet';

export const GET: APIRoute = () =>
	new Response(buildFeedStylesheet({ iconHref: href('/favicon.svg') }), {
		headers: { 'Content-Type': 'application/xslt+xml; charset=utf-8' },
	});
