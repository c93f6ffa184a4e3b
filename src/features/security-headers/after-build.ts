import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AfterBuildStep } from '@/build/after-build';
import { listSourceTags } from '@/lib/html-source';
import { HEADER_ONLY_DIRECTIVES, mergePolicies } from './content-security-policy';
import { formatHeadersFile } from './headers-file';

/**
 * The after-build step that writes `_headers` (Netlify, Cloudflare Pages): the policy of the
 * pages' `<meta http-equiv>` (Astro writes it with the hashes of that build's scripts) as a header,
 * plus what a `<meta>` cannot carry (frame-ancestors), the security headers, and year-long caching
 * for hashed assets. Fails the build when a page has no policy.
 */
export function securityHeadersFile(): AfterBuildStep {
	const policies = new Set<string>();
	const withoutPolicy: string[] = [];
	return {
		name: 'fieldnotes:security-headers',
		prepare() {
			policies.clear();
			withoutPolicy.length = 0;
		},
		reads: (path) => path.endsWith('.html'),
		visit({ path, bytes }) {
			const policy = readPagePolicy(bytes.toString('utf8'));
			if (policy) policies.add(policy);
			else withoutPolicy.push(path);
		},
		async finish({ outDir, base }, _files, logger) {
			if (withoutPolicy.length > 0) {
				throw new Error(
					`${withoutPolicy.length} page(s) have no Content-Security-Policy <meta>: ${withoutPolicy.sort().slice(0, 10).join(', ')}. Render them through Astro so that security.csp applies.`
				);
			}
			// Sorted, so the header does not depend on the order pages were read in.
			const contentSecurityPolicy = mergePolicies([
				...[...policies].sort(),
				...HEADER_ONLY_DIRECTIVES,
			]);
			await writeFile(join(outDir, '_headers'), formatHeadersFile({ base, contentSecurityPolicy }));
			logger.info(
				`_headers written with the Content-Security-Policy of ${policies.size === 1 ? 'every page' : `${policies.size} page policies`}.`
			);
			return ['_headers'];
		},
	};
}

/** The policy of a page's `<meta http-equiv="content-security-policy">`, read from its head. */
export function readPagePolicy(html: string): string | undefined {
	const headEnd = html.indexOf('</head>');
	const head = headEnd < 0 ? html : html.slice(0, headEnd);
	for (const { name, attributes } of listSourceTags(head)) {
		if (name !== 'meta') continue;
		const value = (attribute: string) =>
			attributes.find((found) => found.name === attribute)?.value;
		if (value('http-equiv')?.toLowerCase() === 'content-security-policy') return value('content');
	}
	return undefined;
}
