import { PAGE_PATHS } from './paths';

/** One step of a breadcrumb trail; the current page has no link. */
export interface Breadcrumb {
	label: string;
	href?: string;
}

/** The trail from the home page to the current page, e.g. Home › Blog › title. */
export function buildBreadcrumbs(
	ancestors: readonly { label: string; href: string }[],
	currentLabel: string
): Breadcrumb[] {
	return [{ label: 'Home', href: PAGE_PATHS.home }, ...ancestors, { label: currentLabel }];
}
