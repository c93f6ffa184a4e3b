import type { APIRoute } from 'astro';
import { href } from '@/catalogue/site-urls';
import { buildFeedStylesheet } from '@/features/feeds/feed-stylesheet';

export const GET: APIRoute = () =>
	new Response(buildFeedStylesheet({ iconHref: href('/favicon.svg'), cssHref: href('/rss.css') }), {
		headers: { 'Content-Type': 'application/xslt+xml; charset=utf-8' },
	});
