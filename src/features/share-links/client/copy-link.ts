/** `<copy-link data-url>`: reveals a "Copy link" button that copies the page URL when scripts run. */
class CopyLink extends HTMLElement {
	connectedCallback(): void {
		const button = this.querySelector('button');
		const status = this.querySelector('[role=status]');
		const url = this.dataset['url'];
		if (!button || !url || !navigator.clipboard) return;
		button.hidden = false;
		button.addEventListener('click', () => {
			navigator.clipboard.writeText(url).then(
				() => this.announce(button, status, 'Link copied'),
				() => this.announce(button, status, 'Copy failed')
			);
		});
	}

	private announce(button: HTMLButtonElement, status: Element | null, message: string): void {
		if (status) status.textContent = message;
		button.textContent = message;
		window.setTimeout(() => {
			button.textContent = 'Copy link';
			if (status) status.textContent = '';
		}, 2000);
	}
}

customElements.define('copy-link', CopyLink);
