import type { APIRoute } from 'astro';
import { FEED_PAGE_CSS } from '@/features/feeds/feed-stylesheet';

export const GET: APIRoute = () =>
	new Response(FEED_PAGE_CSS, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
