/**
 * `<table-of-contents>`: marks the entry of the section being read with `aria-current`. The contents
 * list works without it; this only adds the highlight.
 */
class TableOfContents extends HTMLElement {
	private observer: IntersectionObserver | undefined;

	connectedCallback(): void {
		const links = new Map<string, HTMLAnchorElement>();
		for (const link of this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
			links.set(decodeURIComponent(link.hash.slice(1)), link);
		}
		const headings = [...links.keys()].flatMap((id) => document.getElementById(id) ?? []);
		this.observer = new IntersectionObserver(
			(entries) => {
				const visible = entries.find((entry) => entry.isIntersecting);
				if (!visible) return;
				for (const link of links.values()) link.removeAttribute('aria-current');
				links.get(visible.target.id)?.setAttribute('aria-current', 'true');
			},
			// The band near the top of the viewport decides which section is current.
			{ rootMargin: '0px 0px -70% 0px' }
		);
		for (const heading of headings) this.observer.observe(heading);
	}

	disconnectedCallback(): void {
		this.observer?.disconnect();
	}
}

customElements.define('table-of-contents', TableOfContents);
