import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** The WCAG 2.2 A and AA rules every page template is held to. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** What axe-core found on a page: a readable line per violation, and how many rules passed. */
export interface AxeResult {
	/** `<label>: <rule>: <help> (<selectors>)`, so a failing test names the rule and the elements. */
	violations: string[];
	passes: number;
}

/**
 * Runs axe-core's WCAG 2.2 A/AA rules on the page as it is now.
 * @param label what each violation line starts with, e.g. the viewport width
 * @param exclude a selector to leave out (Chromium's own XSLT banner, which the site does not draw)
 */
export async function runAxe(
	page: Page,
	{ label, exclude }: { label: string; exclude?: string }
): Promise<AxeResult> {
	const builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
	const { violations, passes } = await (exclude ? builder.exclude(exclude) : builder).analyze();
	return {
		violations: violations.map(
			({ id, help, nodes }) =>
				`${label}: ${id}: ${help} (${nodes.map(({ target }) => target.join(' ')).join(', ')})`
		),
		passes: passes.length,
	};
}
