import type { AstroIntegration } from 'astro';
import { pagePolicyDirectives, sha256Hash } from './content-security-policy';

/**
 * The site's Content-Security-Policy. Turns on Astro's `security.csp`, which writes a policy
 * `<meta>` into every page with the hashes of the scripts Astro bundles, and adds the hashes of
 * the inline scripts Astro does not hash; {@link securityHeadersFile} writes the same policy, per
 * path, into `_headers` and its nginx form once the build is done.
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
							directives: pagePolicyDirectives(formActions, connectOrigins),
							scriptDirective: {
								hashes: inlineScripts.map(sha256Hash),
								// Sources replace Astro's default 'self' instead of adding to it.
								...(scriptOrigins.length > 0 && { resources: ["'self'", ...scriptOrigins] }),
							},
						},
					},
				});
			},
		},
	};
}
