import type { APIRoute } from 'astro';
import { publicUrl } from '@/catalogue/site-urls';
import { PAGE_PATHS } from '@/lib/paths';

export const GET: APIRoute = () =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${publicUrl(PAGE_PATHS.sitemapIndex)}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
