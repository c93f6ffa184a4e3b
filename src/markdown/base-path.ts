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
		// Stryker disable next-line StringLiteral: Sätteri names a plugin only in a warning about transforms, which this one never queues
		name: 'fieldnotes-base-path',
		element: {
			// Stryker disable next-line ArrayDeclaration: no other Markdown element has an href or src
			filter: ['a', 'img'],
			visit(node, context) {
				const attribute = node.tagName === 'a' ? 'href' : 'src';
				const value = node.properties[attribute];
				// Stryker disable next-line ConditionalExpression: every Markdown link and image has its address
				if (typeof value !== 'string') return;
				const based = withBase(value, base);
				// Stryker disable next-line ConditionalExpression: setting the same address changes nothing
				if (based !== value) context.setProperty(node, attribute, based);
			},
		},
	});
}
