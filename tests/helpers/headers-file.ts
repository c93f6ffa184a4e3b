/** One rule of a `_headers` file: a path pattern, the headers it adds and those it detaches. */
export interface HeadersRule {
	pattern: string;
	headers: [name: string, value: string][];
	/** Headers named on a `! Name` line, which Cloudflare removes from earlier rules' values. */
	detached: string[];
}

/** The hosts that read `_headers`, which combine matching rules differently. */
export type HeadersHost = 'cloudflare' | 'netlify';
export const HEADERS_HOSTS: readonly HeadersHost[] = ['cloudflare', 'netlify'];

/** Reads a `_headers` file as Netlify and Cloudflare Pages do: a path, then indented headers. */
export function parseHeadersFile(text: string): HeadersRule[] {
	const rules: HeadersRule[] = [];
	for (const line of text.split('\n')) {
		if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			rules.push({ pattern: line.trim(), headers: [], detached: [] });
			continue;
		}
		const rule = rules.at(-1);
		const detach = /^\s+!\s*(\S+)\s*$/.exec(line)?.[1];
		const separator = line.indexOf(':');
		if (rule && detach) rule.detached.push(detach.toLowerCase());
		else if (rule && separator > 0) {
			rule.headers.push([line.slice(0, separator).trim(), line.slice(separator + 1).trim()]);
		} else throw new Error(`_headers: cannot read line "${line}"`);
	}
	return rules;
}

/**
 * The headers a host sends for a URL path, from every rule that matches it in file order.
 * Cloudflare Pages joins the values of one header with ", ", and a `! Name` line drops the value
 * earlier rules gave; Netlify sends the last matching rule's value and skips `!` lines (its parser
 * drops a line without a colon). A trailing `*` matches any rest of the path.
 */
export function headersForPath(
	rules: readonly HeadersRule[],
	path: string,
	host: HeadersHost = 'cloudflare'
): Map<string, string> {
	const headers = new Map<string, string>();
	for (const { pattern, headers: ruleHeaders, detached } of rules) {
		const matches = pattern.endsWith('*')
			? path.startsWith(pattern.slice(0, -1))
			: path === pattern;
		if (!matches) continue;
		if (host === 'cloudflare') for (const name of detached) headers.delete(name);
		for (const [name, value] of ruleHeaders) {
			const key = name.toLowerCase();
			const known = headers.get(key);
			headers.set(key, known === undefined || host === 'netlify' ? value : `${known}, ${value}`);
		}
	}
	return headers;
}

/**
 * The Content-Security-Policy nginx sends for a path with the build's `_headers.nginx.conf`: the
 * first `~regex` entry of its map that matches, else the default.
 */
export function nginxPolicyForPath(policyMap: string, path: string): string | undefined {
	let fallback: string | undefined;
	for (const [, key = '', value] of policyMap.matchAll(/^\s*(\S+)\s+"([^"]*)";$/gm)) {
		if (key === 'default') fallback = value;
		else if (key.startsWith('~') && new RegExp(key.slice(1)).test(path)) return value;
	}
	return fallback;
}
