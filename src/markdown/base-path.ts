import type { HastPluginEntry } from 'satteri';
import { withBase } from '@/lib/paths';

/**
 * Sätteri hast plugin that puts root-relative links and image sources written in Markdown
 * (`[see](/blog/other/)`) under the site's base path, so content keeps working when the site is
 * served from a sub-path. Authors always write site paths; JSX in MDX is left as written.
 * @param base the site's base path, such as `/notes/`
 */
export function basePathPlugin(base: string): HastPluginEntry {
	return () => ({
		name: 'fieldnotes-base-path',
		element: {
			filter: ['a', 'img'],
			visit(node, context) {
				const attribute = node.tagName === 'a' ? 'href' : 'src';
				const value = node.properties[attribute];
				if (typeof value !== 'string') return;
				const based = withBase(value, base);
				if (based !== value) context.setProperty(node, attribute, based);
			},
		},
	});
}
