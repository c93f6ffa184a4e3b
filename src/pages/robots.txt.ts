import type { APIRoute } from 'astro';
import { publicUrl } from '@/catalogue/site-urls';

export const GET: APIRoute = () =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${publicUrl('/sitemap-index.xml')}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
