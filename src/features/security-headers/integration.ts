import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	HEADER_ONLY_DIRECTIVES,
	mergePolicies,
	pagePolicyDirectives,
	sha256Hash,
} from './content-security-policy';
import { formatHeadersFile } from './headers-file';
import { basePathOf } from '@/lib/paths';
import { listOutputFiles } from '@/build/output-files';

// Astro writes the policy into each page as a <meta> with the hashes of that build's scripts;
// the header carries the same policy plus what a <meta> cannot (frame-ancestors).
const META_POLICY = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/**
 * The site's Content-Security-Policy and security headers. Turns on Astro's `security.csp`, which
 * writes a policy `<meta>` into every page with the hashes of the scripts Astro bundles, adds the
 * hashes of the inline scripts Astro does not hash, and after the build writes `_headers`
 * (Netlify, Cloudflare Pages): the same policy as a header, the security headers, and year-long
 * caching for hashed assets. Fails the build when a page has no policy.
 * @param options.inlineScripts the exact text of each `<script is:inline>` the pages contain
 */
export function securityHeaders({
	inlineScripts,
	formActions = [],
	scriptOrigins = [],
	connectOrigins = [],
}: {
	inlineScripts: readonly string[];
	/** Origins forms may post to besides the site's own, e.g. the newsletter provider's. */
	formActions?: readonly string[];
	/** Origins every page may load scripts from besides its own, e.g. the analytics provider's. */
	scriptOrigins?: readonly string[];
	/** Origins scripts may send requests to besides the site's own (analytics page views). */
	connectOrigins?: readonly string[];
}): AstroIntegration {
	let base = '/';
	return {
		name: 'fieldnotes:security-headers',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				// Set here rather than in astro.config.ts because Astro warns, from the user config
				// alone, that Shiki's style attributes break any CSP. They would under style-src;
				// style-src-attr 'unsafe-inline' allows them, and no <style> element or script with them.
				updateConfig({
					security: {
						csp: {
							// updateConfig skips the schema's defaults, so the default is spelt out.
							algorithm: 'SHA-256',
							directives: pagePolicyDirectives(formActions, connectOrigins),
							scriptDirective: {
								hashes: inlineScripts.map(sha256Hash),
								// Sources replace Astro's default 'self' instead of adding to it.
								...(scriptOrigins.length > 0 && { resources: ["'self'", ...scriptOrigins] }),
							},
							styleDirective: { resources: [{ resource: "'unsafe-inline'", kind: 'attribute' }] },
						},
					},
				});
			},
			'astro:config:done': ({ config }) => {
				base = basePathOf(new URL(config.base, 'https://site.invalid').href);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const policies = new Set<string>();
				const withoutPolicy: string[] = [];
				for (const file of await listOutputFiles(outDir)) {
					if (!file.endsWith('.html')) continue;
					const policy = META_POLICY.exec(await readFile(join(outDir, file), 'utf8'))?.[1];
					if (policy) policies.add(policy);
					else withoutPolicy.push(file);
				}
				if (withoutPolicy.length > 0) {
					throw new Error(
						`${withoutPolicy.length} page(s) have no Content-Security-Policy <meta>: ${withoutPolicy.slice(0, 10).join(', ')}. Render them through Astro so that security.csp applies.`
					);
				}
				const contentSecurityPolicy = mergePolicies([...policies, ...HEADER_ONLY_DIRECTIVES]);
				await writeFile(
					join(outDir, '_headers'),
					formatHeadersFile({ base, contentSecurityPolicy })
				);
				logger.info(
					`_headers written with the Content-Security-Policy of ${policies.size === 1 ? 'every page' : `${policies.size} page policies`}.`
				);
			},
		},
	};
}
