import { THEME_STORAGE_KEY } from '@/features/theme-toggle/theme-storage';

/** `<theme-toggle>`: switches between light and dark and remembers the choice. */
class ThemeToggle extends HTMLElement {
	connectedCallback(): void {
		const button = this.querySelector('button');
		if (!button) return;
		button.hidden = false;
		const sync = () => {
			button.setAttribute(
				'aria-pressed',
				String(document.documentElement.dataset['theme'] === 'dark')
			);
		};
		sync();
		button.addEventListener('click', () => {
			const next = document.documentElement.dataset['theme'] === 'dark' ? 'light' : 'dark';
			document.documentElement.dataset['theme'] = next;
			try {
				localStorage.setItem(THEME_STORAGE_KEY, next);
			} catch {
				// Storage can be blocked (private mode); the toggle still works for this page.
			}
			sync();
		});
	}
}

customElements.define('theme-toggle', ThemeToggle);
