/** One rule of a `_headers` file: a path pattern and the headers it adds. */
export interface HeadersRule {
	pattern: string;
	headers: [name: string, value: string][];
}

/** Reads a `_headers` file as Netlify and Cloudflare Pages do: a path, then indented headers. */
export function parseHeadersFile(text: string): HeadersRule[] {
	const rules: HeadersRule[] = [];
	for (const line of text.split('\n')) {
		if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			rules.push({ pattern: line.trim(), headers: [] });
			continue;
		}
		const separator = line.indexOf(':');
		const rule = rules.at(-1);
		if (!rule || separator < 0) throw new Error(`_headers: cannot read line "${line}"`);
		rule.headers.push([line.slice(0, separator).trim(), line.slice(separator + 1).trim()]);
	}
	return rules;
}

/**
 * The headers a host sends for a URL path: those of every matching rule, values of the same
 * header joined with ", " (both hosts do so). A trailing `*` matches any rest of the path.
 */
export function headersForPath(rules: readonly HeadersRule[], path: string): Map<string, string> {
	const headers = new Map<string, string>();
	for (const { pattern, headers: ruleHeaders } of rules) {
		const matches = pattern.endsWith('*')
			? path.startsWith(pattern.slice(0, -1))
			: path === pattern;
		if (!matches) continue;
		for (const [name, value] of ruleHeaders) {
			const key = name.toLowerCase();
			const known = headers.get(key);
			headers.set(key, known === undefined ? value : `${known}, ${value}`);
		}
	}
	return headers;
}
