import { createHash } from 'node:crypto';

/**
 * The policy every page carries in its `<meta http-equiv>` besides the script-src and style-src
 * that Astro fills with the hashes of its scripts and styles: nothing from any other origin, except
 * that forms may also post to the given origins (a newsletter provider) and scripts may connect to
 * others (the analytics provider's page-view endpoint).
 */
export function pagePolicyDirectives(
	formActionOrigins: readonly string[] = [],
	connectOrigins: readonly string[] = []
): (
	| `default-src ${string}`
	| `base-uri ${string}`
	| `form-action ${string}`
	| `object-src ${string}`
	| `connect-src ${string}`
)[] {
	return [
		"default-src 'self'",
		"base-uri 'self'",
		`form-action ${["'self'", ...formActionOrigins].join(' ')}`,
		"object-src 'none'",
		...(connectOrigins.length > 0
			? [`connect-src ${["'self'", ...connectOrigins].join(' ')}` as const]
			: []),
	];
}

/** Directives browsers ignore in a `<meta>` policy (and warn about): headers only. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/** The hash Astro's `security.csp` takes for an inline script or style: `sha256-<base64>`. */
export function sha256Hash(source: string): `sha256-${string}` {
	return `sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}`;
}

/** A policy's directives by name, each with its sources in order. */
export type PolicyDirectives = Map<string, string[]>;

/** Reads a policy (`default-src 'self'; img-src 'self' data:`) into its directives. */
export function parsePolicy(policy: string): PolicyDirectives {
	const directives: PolicyDirectives = new Map();
	for (const directive of policy.split(';')) {
		const [name, ...sources] = directive.trim().split(/\s+/);
		if (name) directives.set(name.toLowerCase(), sources);
	}
	return directives;
}

/**
 * One policy that allows what each of the given policies allows: the sources of each directive
 * joined, in the order first seen, so the same pages always give the same header.
 */
export function mergePolicies(policies: Iterable<string>): string {
	const merged: PolicyDirectives = new Map();
	for (const policy of policies) {
		for (const [name, sources] of parsePolicy(policy)) {
			const known = merged.get(name) ?? [];
			merged.set(name, [...new Set([...known, ...sources])]);
		}
	}
	return formatPolicy(merged);
}

/** Writes directives back as a policy string. */
export function formatPolicy(directives: PolicyDirectives): string {
	return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * The sources a page passes to `Astro.csp.insertScriptResource` (or `insertStyleResource`) to
 * allow `sources` on that page too. Inserting replaces Astro's default 'self' unless the site
 * already set sources of its own (`siteSources`), so 'self' comes back first then.
 * @example pageSourcesToInsert(['https://giscus.app'], []) // ["'self'", 'https://giscus.app']
 */
export function pageSourcesToInsert(
	sources: readonly string[],
	siteSources: readonly string[]
): string[] {
	const kept = sources.filter((source) => !siteSources.includes(source));
	return siteSources.length === 0 ? ["'self'", ...kept] : kept;
}
