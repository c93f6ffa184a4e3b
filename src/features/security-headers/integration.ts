import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	HEADER_ONLY_DIRECTIVES,
	headerPolicies,
	pagePolicyDirectives,
	sha256Hash,
	type PathPolicy,
} from './content-security-policy';
import { formatHeadersFile, formatNginxPolicyMap, NGINX_POLICY_MAP_FILE } from './headers-file';
import { basePathOf } from '@/lib/paths';
import { listOutputFiles } from '@/build/output-files';
import { PlainError } from '@/lib/plain-error';

// Astro writes the policy into each page as a <meta> with the hashes of that build's scripts;
// the header carries the same policy plus what a <meta> cannot (frame-ancestors).
const META_POLICY = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;
// A start tag with a style attribute, which the policy blocks: no style-src-attr allows it.
const STYLE_ATTRIBUTE = /<[a-z][^<>]*?\sstyle\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/i;

/**
 * The site's Content-Security-Policy and security headers. Turns on Astro's `security.csp`, which
 * writes a policy `<meta>` into every page with the hashes of the scripts Astro bundles, adds the
 * hashes of the inline scripts Astro does not hash, and after the build writes `_headers`
 * (Netlify, Cloudflare Pages) and its nginx form: each path's policy as a header, the security
 * headers, and year-long caching for hashed assets. Fails the build when a page has no policy, a
 * policy its path's header does not match, or a style attribute (which no policy here allows).
 * @param options.inlineScripts the exact text of each `<script is:inline>` the pages contain
 * @param options.pathPolicies what some paths allow beyond the site's policy; each page of them
 *   applies its policy with applyPathPolicy
 */
export function securityHeaders({
	inlineScripts,
	formActions = [],
	pathPolicies = [],
}: {
	inlineScripts: readonly string[];
	/** Origins forms may post to besides the site's own, e.g. the newsletter provider's. */
	formActions?: readonly string[];
	pathPolicies?: readonly PathPolicy[];
}): AstroIntegration {
	let base = '/';
	return {
		name: 'fieldnotes:security-headers',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				// Set here rather than in astro.config.ts because Astro warns, from the user config
				// alone, that Shiki's style attributes break any CSP. Code blocks carry classes
				// instead (src/features/code-blocks/token-classes.ts), so no page has a style attribute.
				updateConfig({
					security: {
						csp: {
							// updateConfig skips the schema's defaults, so the default is spelt out.
							algorithm: 'SHA-256',
							directives: pagePolicyDirectives(formActions),
							scriptDirective: { hashes: inlineScripts.map(sha256Hash) },
						},
					},
				});
			},
			'astro:config:done': ({ config }) => {
				base = basePathOf(new URL(config.base, 'https://site.invalid').href);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const pages = new Map<string, string>();
				const withoutPolicy: string[] = [];
				const styled: string[] = [];
				for (const file of await listOutputFiles(outDir)) {
					if (!file.endsWith('.html')) continue;
					const html = await readFile(join(outDir, file), 'utf8');
					const policy = META_POLICY.exec(html)?.[1];
					if (policy) pages.set(`/${file.replace(/(^|\/)index\.html$/, '$1')}`, policy);
					else withoutPolicy.push(file);
					const styleAttribute = STYLE_ATTRIBUTE.exec(html)?.[0];
					if (styleAttribute) styled.push(`${file}: ${styleAttribute}>`);
				}
				if (withoutPolicy.length > 0) {
					throw new Error(
						`${withoutPolicy.length} page(s) have no Content-Security-Policy <meta>: ${withoutPolicy.slice(0, 10).join(', ')}. Render them through Astro so that security.csp applies.`
					);
				}
				if (styled.length > 0) {
					throw new PlainError(
						`${styled.length} page(s) have style attributes, which the Content-Security-Policy blocks (browsers would show them unstyled):\n${styled.slice(0, 10).join('\n')}\nGive the element a class instead, styled in src/styles/global.css.`
					);
				}
				const policies = headerPolicies(pages, pathPolicies, HEADER_ONLY_DIRECTIVES);
				await writeFile(join(outDir, '_headers'), formatHeadersFile({ base, policies }));
				await writeFile(
					join(outDir, NGINX_POLICY_MAP_FILE),
					formatNginxPolicyMap({ base, policies })
				);
				logger.info(
					`_headers and ${NGINX_POLICY_MAP_FILE} written: the site's Content-Security-Policy${policies.paths.length > 0 ? ` and that of ${policies.paths.map(({ pattern }) => pattern).join(', ')}` : ''}.`
				);
			},
		},
	};
}
