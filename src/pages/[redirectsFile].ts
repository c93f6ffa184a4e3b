import type { APIRoute, GetStaticPaths } from 'astro';
import { getRedirects } from '@/features/redirects/routes';
import { basePath } from '@/catalogue/site-urls';
import { formatRedirectsFile } from '@/features/redirects/redirects';

// Served as `/_redirects`. A file named `_redirects.ts` would be private to Astro's router, so the
// name comes in as a parameter; the route exists only when some article has aliases.
export const getStaticPaths = (async () => {
	const redirects = await getRedirects();
	return redirects.length > 0 ? [{ params: { redirectsFile: '_redirects' } }] : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async () =>
	new Response(formatRedirectsFile(await getRedirects(), basePath), {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
