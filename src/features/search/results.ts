/** What the search page is asked for: the words and the optional type and tag filters. */
export interface SearchState {
	query: string;
	type: string;
	tag: string;
}

/**
 * The search state in a page URL's query string, so a search can be linked to and survives a
 * reload: `?q=webhooks&tag=Postgres`.
 * @example readSearchState('?q=retries&type=Article') // { query: 'retries', type: 'Article', tag: '' }
 */
export function readSearchState(queryString: string): SearchState {
	const params = new URLSearchParams(queryString);
	return {
		query: params.get('q')?.trim() ?? '',
		type: params.get('type') ?? '',
		tag: params.get('tag') ?? '',
	};
}

/**
 * The query string for a search state, without empty fields (`''` when nothing is asked).
 * @example searchQueryString({ query: 'retries', type: '', tag: 'Postgres' }) // '?q=retries&tag=Postgres'
 */
export function searchQueryString({ query, type, tag }: SearchState): string {
	const params = new URLSearchParams();
	if (query.trim()) params.set('q', query.trim());
	if (type) params.set('type', type);
	if (tag) params.set('tag', tag);
	const text = params.toString();
	return text ? `?${text}` : '';
}

/** Whether a search state asks for anything: words, a type or a tag. */
export function isSearchRequested({ query, type, tag }: SearchState): boolean {
	return query.trim() !== '' || type !== '' || tag !== '';
}

/** Pagefind's filters for a search state: only the ones chosen. */
export function searchFilters({ type, tag }: SearchState): Record<string, string> {
	return { ...(type && { type }), ...(tag && { tag }) };
}

/** A run of an excerpt: plain text, or words that matched the query. */
export interface ExcerptPart {
	text: string;
	isMatch: boolean;
}

const NAMED_ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00a0',
};

function decodeEntities(text: string): string {
	return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
		if (name[0] === '#') {
			const code =
				name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
			// Past U+10FFFF there is no character: String.fromCodePoint would throw.
			return code <= 0x10ffff ? String.fromCodePoint(code) : entity;
		}
		return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
	});
}

/**
 * Splits a Pagefind excerpt (escaped page text with `<mark>` around the matches) into runs of
 * text, so the page can show it with text nodes and `<mark>` elements instead of assigning HTML.
 * @example parseExcerpt('a <mark>retry</mark> &amp; more') // [{ text: 'a ', isMatch: false }, { text: 'retry', isMatch: true }, { text: ' & more', isMatch: false }]
 */
export function parseExcerpt(excerpt: string): ExcerptPart[] {
	const parts: ExcerptPart[] = [];
	for (const [index, piece] of excerpt.split(/<\/?mark>/).entries()) {
		if (piece === '') continue;
		// Pieces alternate: outside a <mark>, inside one, outside again.
		parts.push({ text: decodeEntities(piece.replace(/<[^>]*>/g, '')), isMatch: index % 2 === 1 });
	}
	return parts;
}

/**
 * The status line read out after a search.
 * @example describeResults({ total: 12, shown: 10, query: 'retries' }) // '12 results for “retries”, showing the first 10.'
 */
export function describeResults({
	total,
	shown,
	query,
}: {
	total: number;
	shown: number;
	query: string;
}): string {
	const subject = query.trim() ? ` for “${query.trim()}”` : '';
	if (total === 0) return `No results${subject}.`;
	const count = `${total} result${total === 1 ? '' : 's'}${subject}`;
	return shown < total ? `${count}, showing the first ${shown}.` : `${count}.`;
}
