import type { APIContext } from 'astro';
import { createHash } from 'node:crypto';
import { PlainError } from '@/lib/plain-error';

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
	return `sha256-${createHash('sha256').update(source).digest('base64')}`;
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

/** Sources some paths allow beyond the site's policy, e.g. the search page's WebAssembly. */
export interface PathPolicy {
	/** Site paths (without the base path): a page (`/search/`) or a folder's files (`/pagefind/*`). */
	paths: readonly string[];
	/** Sources by directive, added to the site's policy on those paths. */
	directives: Readonly<Record<string, readonly string[]>>;
}

/**
 * Whether a site path falls under a pattern: `/pagefind/*` takes every path below `/pagefind/`,
 * and a page's path (`/search/`) also its file (`/search/index.html`).
 */
export function matchesPathPattern(pattern: string, path: string): boolean {
	if (pattern.endsWith('*')) return path.startsWith(pattern.slice(0, -1));
	return path === pattern || (pattern.endsWith('/') && path === `${pattern}index.html`);
}

/** The page-level API of Astro's `security.csp` (`Astro.csp`). */
export type PageCsp = NonNullable<APIContext['csp']>;

/**
 * Adds a path policy's sources to the `<meta>` policy Astro writes into a page, so the page and
 * the headers for its path (see headerPolicies) allow the same. A script or style source replaces
 * Astro's default `'self'` for the page, so `'self'` is added again.
 */
export function applyPathPolicy(csp: PageCsp | undefined, policy: PathPolicy): void {
	if (!csp) return;
	for (const [directive, sources] of Object.entries(policy.directives)) {
		if (directive === 'script-src') {
			for (const source of ["'self'", ...sources]) csp.insertScriptResource(source);
		} else if (directive === 'style-src') {
			for (const source of ["'self'", ...sources]) csp.insertStyleResource(source);
		} else {
			csp.insertDirective(
				`${directive} ${sources.join(' ')}` as Parameters<PageCsp['insertDirective']>[0]
			);
		}
	}
}

/** The Content-Security-Policy header of every path: one for the site, others for some paths. */
export interface HeaderPolicies {
	/** The policy of every path no pattern takes. */
	site: string;
	/** Patterns with the whole policy of their paths, a pattern after every pattern it lies within. */
	paths: { pattern: string; policy: string }[];
}

/**
 * The header policies of a built site, from the `<meta>` policy of each page and the path
 * policies, plus the directives only a header can carry. A path's header is the site's policy with
 * the sources of every path policy whose patterns take it; hosts send the last rule that matches,
 * so a pattern comes after any pattern that contains it. Throws, naming pages, when a page's
 * `<meta>` allows a source the header for its path does not: the browser enforces both, so the
 * page would break. A header may allow more than a page (giscus under `/blog/*` on the blog's
 * index pages, say): the page's `<meta>` still keeps it from that page.
 * @param pages each page's site path (`/blog/`) and its `<meta>` policy
 */
export function headerPolicies(
	pages: ReadonlyMap<string, string>,
	pathPolicies: readonly PathPolicy[],
	headerOnly: readonly string[]
): HeaderPolicies {
	const patterns = [...new Set(pathPolicies.flatMap(({ paths }) => paths))].sort(
		// Stryker disable next-line EqualityOperator: the patterns are unique, so a < b and a <= b agree
		(a, b) => specificity(a) - specificity(b) || (a < b ? -1 : 1)
	);
	const isTaken = (path: string) => patterns.some((pattern) => matchesPathPattern(pattern, path));
	const sitePages = [...pages].filter(([path]) => !isTaken(path));
	const site = mergePolicies([...sitePages.map(([, policy]) => policy), ...headerOnly]);
	const paths = patterns.map((pattern) => {
		const additions = pathPolicies
			.filter(({ paths }) => paths.some((other) => contains(other, pattern)))
			.map(({ directives }) =>
				Object.entries(directives)
					.map(([name, sources]) => [name, ...sources].join(' '))
					.join('; ')
			);
		return { pattern, policy: mergePolicies([site, ...additions]) };
	});
	const headerFor = (path: string) =>
		paths.findLast(({ pattern }) => matchesPathPattern(pattern, path))?.policy ?? site;
	const mismatches = [...pages].flatMap(([path, meta]) => {
		const difference = describeDifference(
			mergePolicies([meta, ...headerOnly]),
			headerFor(path),
			isTaken(path)
		);
		return difference === '' ? [] : [`${path}: ${difference}`];
	});
	if (mismatches.length > 0) {
		throw new PlainError(
			`${mismatches.length} page(s) have a <meta> Content-Security-Policy that differs from the header their path gets:\n${mismatches.slice(0, 10).join('\n')}\nA page that needs more than the site's policy declares it in a PathPolicy (see src/features/security-headers/content-security-policy.ts), applied to the page with applyPathPolicy and given to securityHeaders() in astro.config.ts.`
		);
	}
	return { site, paths };
}

/** How far into the paths a pattern reaches: a pattern sorts after the patterns that contain it. */
function specificity(pattern: string): number {
	return pattern.endsWith('*') ? pattern.length - 1 : pattern.length + 0.5;
}

/** Whether every path `inner` takes is taken by `outer`. */
function contains(outer: string, inner: string): boolean {
	return outer === inner || (outer.endsWith('*') && inner.startsWith(outer.slice(0, -1)));
}

/**
 * How a page's policy and its header differ, or '' when they agree. A page no path policy
 * takes must allow exactly what the site's header allows, so one page cannot widen the header of
 * every page; a page under a path policy may allow less than its header (the blog index keeps
 * giscus out of its `<meta>`). Hashes are left aside: the header joins the hashes of all the
 * pages it covers, and a hash allows only the script or style it is the hash of.
 */
function describeDifference(meta: string, header: string, headerMayAllowMore: boolean): string {
	const [metaDirectives, headerDirectives] = [parsePolicy(meta), parsePolicy(header)];
	const names = [...new Set([...metaDirectives.keys(), ...headerDirectives.keys()])];
	const differences = names.flatMap((name) => {
		const inMeta = new Set(metaDirectives.get(name));
		const inHeader = new Set(headerDirectives.get(name));
		const onlyMeta = [...inMeta].filter((source) => !inHeader.has(source));
		const onlyHeader = headerMayAllowMore
			? []
			: [...inHeader].filter((source) => !inMeta.has(source) && !isHash(source));
		return [
			...(onlyMeta.length > 0 ? [`${name} ${onlyMeta.join(' ')} only in the page`] : []),
			...(onlyHeader.length > 0 ? [`${name} ${onlyHeader.join(' ')} only in the header`] : []),
		];
	});
	return differences.join('; ');
}

function isHash(source: string): boolean {
	// Stryker disable next-line Regex: a source holds quotes only at its ends, so 'sha… can only start it
	return /^'sha(?:256|384|512)-/.test(source);
}
