import type { HeaderPolicies } from './content-security-policy';

/**
 * Security headers for every response. deploy/nginx.conf sends the same values (a test compares
 * them). Permissions-Policy names only features Chromium knows: an unknown one is a console error.
 * Strict-Transport-Security keeps browsers on HTTPS for a year after a visit (browsers ignore it
 * on plain HTTP). It leaves out includeSubDomains, which would bind every host under the site's
 * domain, sites this build knows nothing of, for a site that sets no cookie to protect; and
 * preload, a commitment for the whole domain that takes months to undo: the owner's to make.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
	'Strict-Transport-Security': 'max-age=31536000',
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Permissions-Policy':
		'accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), publickey-credentials-get=(), usb=(), xr-spatial-tracking=()',
};

/** Cache-Control of the content-hashed files under `_astro/`: a new build gives new names. */
export const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/** Cache-Control of HTML, feeds and every other file whose name stays while its content changes. */
export const REVALIDATE_CACHE_CONTROL = 'public, max-age=0, must-revalidate';

/** The name of the file the build writes next to `_headers` for nginx (deploy/nginx.conf). */
export const NGINX_POLICY_MAP_FILE = '_headers.nginx.conf';

/**
 * The `_headers` file read by Netlify and Cloudflare Pages.
 * HTML and feeds get no Cache-Control rule: Cloudflare joins the values of every rule that matches
 * a path, so one on `/*` would be joined to the `_astro/` rule's; both hosts' default for files
 * without a rule is already REVALIDATE_CACHE_CONTROL.
 * A path with a policy of its own gets a rule after the site's: Netlify sends the last matching
 * rule's value of a header, and Cloudflare, which would join them, drops the earlier value on the
 * `! Content-Security-Policy` line (Netlify skips a line without a colon).
 * @param base the site's base path (`/`, `/notes/`)
 */
export function formatHeadersFile({
	base,
	policies,
}: {
	base: string;
	policies: HeaderPolicies;
}): string {
	const pathRules = policies.paths.flatMap(({ pattern, policy }) =>
		rulePathsOf(pattern).map((path) =>
			rule(`${base}${path.slice(1)}`, [
				'! Content-Security-Policy',
				`Content-Security-Policy: ${policy}`,
			])
		)
	);
	return [
		'# Written by the build (src/features/security-headers/integration.ts) for Netlify and Cloudflare Pages.',
		"# HTML and feeds keep the hosts' default caching: public, max-age=0, must-revalidate.",
		rule(
			`${base}*`,
			headerLines({ 'Content-Security-Policy': policies.site, ...SECURITY_HEADERS })
		),
		rule(`${base}_astro/*`, headerLines({ 'Cache-Control': IMMUTABLE_CACHE_CONTROL })),
		...pathRules,
	].join('\n');
}

/** A page's pattern also as its file's path, which Netlify serves too. */
function rulePathsOf(pattern: string): string[] {
	return pattern.endsWith('/') ? [pattern, `${pattern}index.html`] : [pattern];
}

function headerLines(headers: Readonly<Record<string, string>>): string[] {
	return Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
}

function rule(path: string, lines: readonly string[]): string {
	return `${path}\n${lines.map((line) => `  ${line}`).join('\n')}\n`;
}

/**
 * The Content-Security-Policy of every path for nginx, as a `map` from the request's path to
 * `$fieldnotes_content_security_policy`, which deploy/nginx.conf includes and sends: the same
 * policies `_headers` gives, computed from the same pages. nginx tries the patterns in order, so
 * the innermost comes first; a page's pattern also takes its `index.html`, the path nginx serves.
 * @param base the site's base path (`/`, `/notes/`)
 */
export function formatNginxPolicyMap({
	base,
	policies,
}: {
	base: string;
	policies: HeaderPolicies;
}): string {
	const entries = [...policies.paths].reverse().map(({ pattern, policy }) => {
		const path = `${base}${pattern.slice(1)}`;
		const regex = pattern.endsWith('*')
			? `^${escapeRegExp(path.slice(0, -1))}`
			: `^${escapeRegExp(path)}${pattern.endsWith('/') ? '(index\\.html)?' : ''}$`;
		return `\t~${regex} ${nginxString(policy)};`;
	});
	return [
		'# Written by the build (src/features/security-headers/integration.ts) for deploy/nginx.conf,',
		'# which includes it: the Content-Security-Policy of every path, as _headers gives it.',
		'map $uri $fieldnotes_content_security_policy {',
		...entries,
		`\tdefault ${nginxString(policies.site)};`,
		'}',
		'',
	].join('\n');
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A policy as an nginx string: quoted, and without the characters nginx reads inside quotes. */
function nginxString(value: string): string {
	if (/["\\$\n]/.test(value)) {
		throw new Error(`A Content-Security-Policy nginx cannot quote as it is: ${value}`);
	}
	return `"${value}"`;
}
