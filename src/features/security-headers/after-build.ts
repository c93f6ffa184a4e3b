import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AfterBuildStep } from '@/build/after-build';
import { ResultCache } from '@/build/cache';
import { detachedCopy } from '@/lib/detached-copy';
import { listSourceTags } from '@/lib/html-source';
import { PlainError } from '@/lib/plain-error';
import { HEADER_ONLY_DIRECTIVES, headerPolicies, type PathPolicy } from './content-security-policy';
import { formatHeadersFile, formatNginxPolicyMap, NGINX_POLICY_MAP_FILE } from './headers-file';

/** What this step reads from a page, kept between builds under the page's key. */
interface PageFacts {
	/** The policy of its `<meta http-equiv="content-security-policy">`. */
	policy?: string;
	/** The first start tag with a style attribute, which no policy here allows. */
	styled?: string;
}

/**
 * The after-build step that writes `_headers` (Netlify, Cloudflare Pages) and its nginx form:
 * each path's policy (the pages' `<meta>` policies, which Astro writes with the hashes of that
 * build's scripts, plus what a `<meta>` cannot carry, frame-ancestors), the security headers, and
 * year-long caching for hashed assets. Fails the build when a page has no policy, a policy its
 * path's header does not allow, or a style attribute.
 * @param pathPolicies what some paths allow beyond the site's policy; each page of them applies
 *   its policy with applyPathPolicy
 */
export function securityHeadersFile(pathPolicies: readonly PathPolicy[] = []): AfterBuildStep {
	let cache: ResultCache<PageFacts> | undefined;
	const pages = new Map<string, PageFacts>();
	return {
		name: 'fieldnotes:security-headers',
		async prepare({ cacheDir }) {
			pages.clear();
			cache = await ResultCache.open(join(cacheDir, 'security-headers-pages.json'));
		},
		reads: (path) => path.endsWith('.html'),
		visit({ path, bytes, key }) {
			pages.set(
				path,
				cache!.get(key, () => readPageFacts(bytes.toString('utf8')))
			);
		},
		async finish({ outDir, base }, _files, logger) {
			await cache!.save();
			const sorted = [...pages].sort(([a], [b]) => (a < b ? -1 : 1));
			const withoutPolicy = sorted.filter(([, { policy }]) => !policy).map(([path]) => path);
			if (withoutPolicy.length > 0) {
				throw new Error(
					`${withoutPolicy.length} page(s) have no Content-Security-Policy <meta>: ${withoutPolicy.slice(0, 10).join(', ')}. Render them through Astro so that security.csp applies.`
				);
			}
			const styled = sorted.flatMap(([path, { styled }]) => (styled ? [`${path}: ${styled}`] : []));
			if (styled.length > 0) {
				throw new PlainError(
					`${styled.length} page(s) have style attributes, which the Content-Security-Policy blocks (browsers would show them unstyled):\n${styled.slice(0, 10).join('\n')}\nGive the element a class instead, styled in src/styles/global.css.`
				);
			}
			const policies = headerPolicies(
				new Map(
					sorted.map(([path, { policy }]) => [
						`/${path.replace(/(^|\/)index\.html$/, '$1')}`,
						policy!,
					])
				),
				pathPolicies,
				HEADER_ONLY_DIRECTIVES
			);
			await writeFile(join(outDir, '_headers'), formatHeadersFile({ base, policies }));
			await writeFile(
				join(outDir, NGINX_POLICY_MAP_FILE),
				formatNginxPolicyMap({ base, policies })
			);
			logger.info(
				`_headers and ${NGINX_POLICY_MAP_FILE} written: the site's Content-Security-Policy${policies.paths.length > 0 ? ` and that of ${policies.paths.map(({ pattern }) => pattern).join(', ')}` : ''}.`
			);
			return ['_headers', NGINX_POLICY_MAP_FILE];
		},
	};
}

/** The policy a page's `<meta>` declares, and its first style attribute, if any. */
export function readPageFacts(html: string): PageFacts {
	const facts: PageFacts = {};
	for (const { name, attributes, start, end } of listSourceTags(html)) {
		const value = (attribute: string) =>
			attributes.find((found) => found.name === attribute)?.value;
		const policy = value('content');
		if (
			facts.policy === undefined &&
			policy !== undefined &&
			name === 'meta' &&
			value('http-equiv')?.toLowerCase() === 'content-security-policy'
		) {
			facts.policy = detachedCopy(policy);
		}
		if (facts.styled === undefined && value('style') !== undefined) {
			facts.styled = detachedCopy(html.slice(start, end));
		}
	}
	return facts;
}
