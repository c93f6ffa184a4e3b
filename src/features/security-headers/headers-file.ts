/**
 * Security headers for every response. deploy/nginx.conf sends the same values (a test compares
 * them). Permissions-Policy names only features Chromium knows: an unknown one is a console error.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Permissions-Policy':
		'accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), publickey-credentials-get=(), usb=(), xr-spatial-tracking=()',
};

/** Cache-Control of the content-hashed files under `_astro/`: a new build gives new names. */
export const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/** Cache-Control of HTML, feeds and every other file whose name stays while its content changes. */
export const REVALIDATE_CACHE_CONTROL = 'public, max-age=0, must-revalidate';

/**
 * The `_headers` file read by Netlify and Cloudflare Pages.
 * HTML and feeds get no Cache-Control rule: both hosts join the values of every rule that matches
 * a path, so one on `/*` would be joined to the `_astro/` rule's; their default for files without
 * a rule is already REVALIDATE_CACHE_CONTROL.
 * @param base the site's base path (`/`, `/notes/`)
 * @param contentSecurityPolicy the policy every page is served with
 */
export function formatHeadersFile({
	base,
	contentSecurityPolicy,
}: {
	base: string;
	contentSecurityPolicy: string;
}): string {
	const everyFile = { 'Content-Security-Policy': contentSecurityPolicy, ...SECURITY_HEADERS };
	return [
		'# Written by the build (src/features/security-headers/integration.ts) for Netlify and Cloudflare Pages.',
		"# HTML and feeds keep the hosts' default caching: public, max-age=0, must-revalidate.",
		rule(`${base}*`, everyFile),
		rule(`${base}_astro/*`, { 'Cache-Control': IMMUTABLE_CACHE_CONTROL }),
	].join('\n');
}

function rule(path: string, headers: Readonly<Record<string, string>>): string {
	const lines = Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
	return `${path}\n${lines.join('\n')}\n`;
}
