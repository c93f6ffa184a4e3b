import {
	transformerMetaHighlight,
	transformerNotationDiff,
	transformerNotationHighlight,
} from '@shikijs/transformers';
import githubDarkDefault from 'shiki/themes/github-dark-default.mjs';
import githubLightDefault from 'shiki/themes/github-light-default.mjs';
import type { Element, ElementContent } from 'hast';
import type { ShikiTransformer, ThemeRegistrationRaw } from 'shiki';
import { parseCodeTitle } from './code-block-meta';
import { createTokenClasses } from './token-classes';

// The class of the frame around every code block; src/features/code-blocks/client/copy-code.ts and global.css use it.
const CODE_BLOCK_CLASS = 'code-block';

// GitHub's light theme greys comments to #6e7781, 4.55:1 on white: any tint behind a highlighted
// or added line would take them under 4.5:1. #59636e is the grey GitHub's own site uses (6.1:1),
// which leaves the purple keywords (5.05:1) the faintest colour and room for the line tints.
const DARKER_COMMENTS: ThemeRegistrationRaw = {
	...githubLightDefault,
	name: 'fieldnotes-light',
	tokenColors: [
		// Shiki puts this default first when a theme lacks it, by changing the theme's own array.
		// Astro keys its highlighter cache by the theme's JSON, so that change made a second
		// highlighter, whose colours differed, and builds stopped being byte-identical.
		// The theme's editor.foreground and editor.background.
		{ settings: { foreground: '#1f2328', background: '#ffffff' } },
		// Stryker disable next-line ArrayDeclaration: GitHub's light theme always has its tokenColors
		...(githubLightDefault.tokenColors ?? []).map((rule) =>
			rule.settings.foreground?.toLowerCase() === '#6e7781'
				? { ...rule, settings: { ...rule.settings, foreground: '#59636e' } }
				: rule
		),
	],
};

/**
 * The code themes, as `markdown.shikiConfig.themes`: GitHub's "default" light and dark themes,
 * the light one with darker comments. Every token keeps at least 4.5:1 contrast (WCAG AA), also
 * on the tinted lines src/styles/global.css gives highlighted and diff lines.
 */
export const CODE_THEMES = { light: DARKER_COMMENTS, dark: 'github-dark-default' } as const;

// The same themes as objects, for the classes made from their colours.
const TOKEN_CLASSES = createTokenClasses({ light: DARKER_COMMENTS, dark: githubDarkDefault });

/** The rules of the classes code tokens carry instead of style attributes (see token-classes.ts). */
export const CODE_TOKEN_STYLESHEET = TOKEN_CLASSES.stylesheet;

/**
 * Lets Shiki's tokenizer take as long as a line needs. Its default gives up on a line after 500 ms
 * by the wall clock, and colours the rest of that line, and the lines after it, from wherever it
 * stopped: a build the machine paused for half a second (other processes, swapping) shipped wrong
 * colours. Astro passes no tokenizer options through, so this sets the option on the call.
 */
const untimedTokenizer: ShikiTransformer = {
	name: 'fieldnotes-untimed-tokenizer',
	preprocess(_code, options) {
		options.tokenizeTimeLimit = 0;
	},
};

/**
 * Puts each code block in a frame: a `<figure>` whose `<figcaption>` shows the file name from
 * `title="…"` in the fence meta, or a plain `<div>` when there is none. The copy button and the
 * caption's styles hang on the frame, which also keeps the button still while the code scrolls.
 */
const codeFrameTransformer: ShikiTransformer = {
	name: 'fieldnotes-code-frame',
	root(root) {
		const title = parseCodeTitle(this.options.meta?.__raw);
		// Stryker disable MethodExpression,ConditionalExpression,StringLiteral: Shiki's root holds the <pre> alone, never a doctype; the filter only narrows the type
		const content = root.children.filter(
			(child): child is ElementContent => child.type !== 'doctype'
		);
		// Stryker restore MethodExpression,ConditionalExpression,StringLiteral
		const caption: Element[] = title
			? [element('figcaption', 'code-title', breakAfterSlashes(title))]
			: [];
		root.children = [element(title ? 'figure' : 'div', CODE_BLOCK_CLASS, [...caption, ...content])];
	},
};

/**
 * A file name with a line-break opportunity (`<wbr>`) after each "/", so a long path wraps
 * between its folders on a phone instead of inside a name.
 */
function breakAfterSlashes(path: string): ElementContent[] {
	const wbr: ElementContent = { type: 'element', tagName: 'wbr', properties: {}, children: [] };
	return path
		.split(/(?<=\/)/)
		.flatMap((part, index): ElementContent[] =>
			index === 0 ? [{ type: 'text', value: part }] : [wbr, { type: 'text', value: part }]
		);
}

function element(tagName: string, className: string, children: ElementContent[]): Element {
	return { type: 'element', tagName, properties: { className: [className] }, children };
}

/**
 * Shiki transformers for `markdown.shikiConfig.transformers`, which Astro applies to `.md` and
 * `.mdx` alike: `{1,3-4}` in the fence meta and `// [!code highlight]` comments mark lines,
 * `// [!code ++]` and `// [!code --]` mark added and removed ones (the comments are removed),
 * and the frame goes around the result. Every line is tokenized to its end, however long it takes,
 * and colours are classes rather than style attributes.
 */
export const CODE_BLOCK_TRANSFORMERS: ShikiTransformer[] = [
	untimedTokenizer,
	transformerMetaHighlight(),
	transformerNotationHighlight(),
	transformerNotationDiff(),
	codeFrameTransformer,
	// Last, once every other transformer has added its styles.
	TOKEN_CLASSES.transformer,
];
