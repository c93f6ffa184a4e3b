import {
	describeResults,
	isSearchRequested,
	parseExcerpt,
	readSearchState,
	searchFilters,
	searchQueryString,
	type SearchState,
} from '@/features/search/results';

/** The part of Pagefind's browser API (`pagefind.js`) the search page uses. */
interface Pagefind {
	options(options: { baseUrl: string }): Promise<void>;
	filters(): Promise<Record<string, Record<string, number>>>;
	search(
		query: string | null,
		options: { filters: Record<string, string> }
	): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
}

interface PagefindResult {
	url: string;
	excerpt: string;
	meta: { title?: string };
	filters: Record<string, string[]>;
}

/** Results shown at once; the status line says how many more matched. */
const RESULTS_SHOWN = 20;
/** Wait for a pause in typing before searching, so each keystroke is not a search. */
const TYPING_PAUSE_MS = 120;

/**
 * `<site-search data-bundle data-base>`: the search page's form, run in the browser with Pagefind.
 * Pagefind (about 50 KB and its index) is only fetched once the reader focuses the field or opens
 * a search link, so the page itself stays light.
 */
class SiteSearch extends HTMLElement {
	#pagefind: Promise<Pagefind> | undefined;
	#latestRun = 0;
	#typingTimer: number | undefined;

	connectedCallback(): void {
		const form = this.querySelector<HTMLFormElement>('[data-search-form]');
		const fallback = this.querySelector<HTMLElement>('[data-search-fallback]');
		if (!form || !fallback) return;
		fallback.hidden = true;
		form.hidden = false;
		const state = readSearchState(window.location.search);
		this.field('q').value = state.query;
		this.field('type').value = state.type;
		this.field('tag').value = state.tag;
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			void this.run();
		});
		// The filters search when chosen. The text field searches as it is typed in: its change
		// event (on blur, when a reader clicks a result) would redraw the results under the
		// pointer between mousedown and mouseup, and the click would be lost.
		form.addEventListener('change', (event) => {
			if (event.target !== this.field('q')) void this.run();
		});
		this.field('q').addEventListener('input', () => {
			window.clearTimeout(this.#typingTimer);
			this.#typingTimer = window.setTimeout(() => void this.run(), TYPING_PAUSE_MS);
		});
		this.field('q').addEventListener('focus', () => void this.load().catch(() => undefined), {
			once: true,
		});
		if (isSearchRequested(state)) void this.run();
	}

	private field(name: 'q' | 'type' | 'tag'): HTMLInputElement | HTMLSelectElement {
		const field = this.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`);
		if (!field) throw new Error(`The search form has no "${name}" field.`);
		return field;
	}

	private load(): Promise<Pagefind> {
		this.#pagefind ??= (async () => {
			const url = `${this.dataset['bundle'] ?? '/pagefind/'}pagefind.js`;
			const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
			// Result URLs are relative to the output folder; the site may live under a base path.
			await pagefind.options({ baseUrl: this.dataset['base'] ?? '/' });
			this.addFilterOptions(await pagefind.filters());
			return pagefind;
		})();
		return this.#pagefind;
	}

	private addFilterOptions(filters: Record<string, Record<string, number>>): void {
		for (const name of ['type', 'tag'] as const) {
			const select = this.field(name);
			const chosen = select.value;
			const values = Object.keys(filters[name] ?? {}).sort((a, b) => a.localeCompare(b));
			select.append(...values.map((value) => new Option(value, value, false, value === chosen)));
		}
	}

	private async run(): Promise<void> {
		const run = ++this.#latestRun;
		const state: SearchState = {
			query: this.field('q').value,
			type: this.field('type').value,
			tag: this.field('tag').value,
		};
		window.history.replaceState(null, '', `${window.location.pathname}${searchQueryString(state)}`);
		const status = this.querySelector('[data-search-status]');
		const list = this.querySelector('[data-search-results]');
		if (!status || !list) return;
		if (!isSearchRequested(state)) {
			list.replaceChildren();
			status.textContent = '';
			return;
		}
		let pagefind: Pagefind;
		try {
			pagefind = await this.load();
		} catch {
			status.textContent =
				'Search is not available here: its index is written by a production build (npm run build).';
			return;
		}
		const search = await pagefind.search(state.query.trim() || null, {
			filters: searchFilters(state),
		});
		const results = await Promise.all(
			search.results.slice(0, RESULTS_SHOWN).map((result) => result.data())
		);
		// A later keystroke started a newer search while this one ran: its results win.
		if (run !== this.#latestRun) return;
		list.replaceChildren(...results.map(renderResult));
		status.textContent = describeResults({
			total: search.results.length,
			shown: results.length,
			query: state.query,
		});
	}
}

function renderResult(result: PagefindResult): HTMLLIElement {
	const item = document.createElement('li');
	const heading = document.createElement('h2');
	heading.className = 'text-xl font-semibold tracking-tight';
	const link = document.createElement('a');
	link.href = result.url;
	link.className = 'hover:text-accent';
	link.textContent = result.meta.title ?? result.url;
	heading.append(link);
	const facts = document.createElement('p');
	facts.className = 'text-muted mt-1 text-sm';
	facts.textContent = [...(result.filters['type'] ?? []), ...(result.filters['tag'] ?? [])].join(
		' · '
	);
	const excerpt = document.createElement('p');
	excerpt.className = 'mt-2';
	excerpt.append(
		...parseExcerpt(result.excerpt).map(({ text, isMatch }) => {
			if (!isMatch) return text;
			const mark = document.createElement('mark');
			mark.className = 'bg-accent text-accent-ink rounded-sm px-0.5';
			mark.textContent = text;
			return mark;
		})
	);
	item.append(heading, facts, excerpt);
	return item;
}

customElements.define('site-search', SiteSearch);
