import type { APIRoute } from 'astro';
import { href } from '@/catalogue/site-urls';
import { PAGE_PATHS } from '@/lib/paths';
import { buildFeedStylesheet } from '@/features/feeds/feed-stylesheet';

export const GET: APIRoute = () =>
	new Response(
		buildFeedStylesheet({ iconHref: href(PAGE_PATHS.favicon), cssHref: href('/rss.css') }),
		{ headers: { 'Content-Type': 'application/xslt+xml; charset=utf-8' } }
	);
