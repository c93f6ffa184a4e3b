import mathStylesheetUrl from './math.css?url';
import { HAS_MATH } from './frontmatter-flag';

/**
 * The stylesheets a rendered entry needs besides the site's own: math.css when it has math, so
 * that pages without math never load it.
 * @param pluginFrontmatter `remarkPluginFrontmatter` of the entry's `render()`
 */
export function getContentStylesheets(
	pluginFrontmatter: Readonly<Record<string, unknown>>
): string[] {
	return pluginFrontmatter[HAS_MATH] === true ? [mathStylesheetUrl] : [];
}
