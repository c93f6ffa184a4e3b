/**
 * `<giscus-comments>`: shows a "Show comments" button in place of the link to the discussions,
 * and only when it is pressed adds giscus's script, which puts the comments frame in `.giscus`.
 * Until then nothing is requested from giscus.app. The frame follows the page's theme.
 */
class GiscusComments extends HTMLElement {
	connectedCallback(): void {
		const button = this.querySelector('button');
		const link = this.querySelector<HTMLElement>('[data-comments-link]');
		if (!button) return;
		button.hidden = false;
		if (link) link.hidden = true;
		button.addEventListener('click', () => this.load(button), { once: true });
	}

	private load(button: HTMLButtonElement): void {
		const { script: source = '', attributes = '{}' } = this.dataset;
		const script = document.createElement('script');
		script.src = source;
		script.async = true;
		script.crossOrigin = 'anonymous';
		for (const [name, value] of Object.entries(JSON.parse(attributes) as Record<string, string>)) {
			script.setAttribute(name, value);
		}
		script.setAttribute('data-theme', this.giscusTheme());
		this.querySelector('.giscus')?.before(script);
		button.remove();
		new MutationObserver(() => this.followTheme()).observe(document.documentElement, {
			attributes: true,
			attributeFilter: ['data-theme'],
		});
	}

	/** The giscus theme for the page's current theme. */
	private giscusTheme(): string {
		const isDark = document.documentElement.dataset['theme'] === 'dark';
		return (
			(isDark ? this.dataset['themeDark'] : this.dataset['themeLight']) ?? 'preferred_color_scheme'
		);
	}

	/** Tells the frame the new theme, as giscus documents (a `setConfig` message). */
	private followTheme(): void {
		const frame = this.querySelector<HTMLIFrameElement>('iframe.giscus-frame');
		const origin = new URL(this.dataset['script'] ?? location.href).origin;
		frame?.contentWindow?.postMessage(
			{ giscus: { setConfig: { theme: this.giscusTheme() } } },
			origin
		);
	}
}

customElements.define('giscus-comments', GiscusComments);
