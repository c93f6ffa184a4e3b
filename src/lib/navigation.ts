/**
 * The `aria-current` value of a navigation link: `page` on the page itself, `true` inside its
 * section (an article under "Blog"), nothing elsewhere. External links and the home link are never
 * a section.
 */
export function getCurrentState(
	linkHref: string,
	currentPath: string
): 'page' | 'true' | undefined {
	if (!linkHref.startsWith('/')) return undefined;
	if (currentPath === linkHref) return 'page';
	return linkHref !== '/' && currentPath.startsWith(linkHref) ? 'true' : undefined;
}
