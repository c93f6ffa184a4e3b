import { isSearchShortcut } from '@/features/search/shortcut';

// `/` opens search from any page, as on GitHub and MDN: the search field when the page has one,
// otherwise the search page (the header link's href).
document.addEventListener('keydown', (event) => {
	const target = event.target instanceof HTMLElement ? event.target : null;
	const isTyping =
		!!target &&
		(target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
	const { key, ctrlKey, metaKey, altKey } = event;
	if (!isSearchShortcut({ key, ctrlKey, metaKey, altKey, isTyping })) return;
	const field = document.querySelector<HTMLInputElement>('#search-query');
	const link = document.querySelector<HTMLAnchorElement>('a[data-search-link]');
	if (!field && !link) return;
	event.preventDefault();
	if (field && !field.closest('[hidden]')) field.focus();
	else if (link) window.location.assign(link.href);
});
