import type { Element, ElementContent, Root, RootContent } from 'hast';
import { normalizeTheme, type ShikiTransformer, type ThemeRegistrationRaw } from 'shiki';
import type { Plugin } from 'vite';

/** Shiki's inline styles as classes: the transformer that swaps them, and the rules for them. */
export interface TokenClasses {
	transformer: ShikiTransformer;
	/** One rule per class, e.g. `.sl-cf222e{--shiki-light:#cf222e}`. */
	stylesheet: string;
}

// What Shiki writes for a token's font style in each theme, besides `inherit`.
const FONT_STYLES = {
	'font-style': ['italic'],
	'font-weight': ['bold'],
	'text-decoration': ['underline', 'line-through', 'underline line-through'],
} as const;

// What Astro's own Shiki transformer adds: a scroll bar on every block, and unselectable +/- on
// the lines of a `diff` block.
const ASTRO_DECLARATIONS = [
	['overflow-x', 'auto'],
	['user-select', 'none'],
] as const;

/**
 * Classes for every style Shiki can give a code block in these themes, so that no element needs
 * a `style` attribute (which the Content-Security-Policy forbids). Shiki writes each token's colour
 * in each theme as a CSS variable (`--shiki-light:#CF222E;--shiki-dark:#FF7B72`); each such
 * declaration becomes a class whose rule sets the same variable, and global.css reads the
 * variables as before. The classes are made from the themes' own colours, not from the code, so
 * the stylesheet is the same whatever the pages hold (pages the cache keeps included). A style no
 * class stands for stops the build instead of reaching a page unstyled.
 * Shiki's transformerStyleToClass does the swap too, but its classes come from the code it has
 * seen, which a page copied from the last build's cache never shows it.
 * @param themes the themes of `markdown.shikiConfig.themes`, by name (`light`, `dark`)
 */
export function createTokenClasses(
	themes: Readonly<Record<string, ThemeRegistrationRaw>>
): TokenClasses {
	const classes = new Map<string, string>();
	const add = (property: string, value: string) => {
		const declaration = declarationKey(property, value);
		const className = classNameOf(property, value);
		const taken = [...classes].find(([other, name]) => name === className && other !== declaration);
		if (taken) throw new Error(`Code token classes: ${declaration} and ${taken[0]} share a name.`);
		classes.set(declaration, className);
	};
	for (const [name, raw] of Object.entries(themes)) {
		// A copy: Shiki's normalizeTheme changes the array of the theme it is given.
		const theme = normalizeTheme(structuredClone(raw));
		// A colour the theme repeats (in any case) is one declaration, which add() keeps once.
		const colours = (key: 'foreground' | 'background', editor: string) =>
			[editor, ...theme.settings.map(({ settings }) => settings[key]), 'inherit'].filter(
				(colour): colour is string => typeof colour === 'string'
			);
		for (const colour of colours('foreground', theme.fg)) add(`--shiki-${name}`, colour);
		for (const colour of colours('background', theme.bg)) add(`--shiki-${name}-bg`, colour);
		for (const [property, values] of Object.entries(FONT_STYLES)) {
			for (const value of [...values, 'inherit']) add(`--shiki-${name}-${property}`, value);
		}
	}
	for (const [property, value] of ASTRO_DECLARATIONS) add(property, value);
	return {
		transformer: {
			name: 'fieldnotes-token-classes',
			root(root) {
				replaceStyles(root, classes);
			},
		},
		stylesheet: [...classes]
			.map(([declaration, className]) => `.${className}{${declaration}}`)
			.join('\n'),
	};
}

/** A declaration as the stylesheet writes it: `--shiki-light:#cf222e`. */
function declarationKey(property: string, value: string): string {
	return `${property.trim()}:${value.trim().toLowerCase().replace(/\s+/g, ' ')}`;
}

/**
 * `--shiki-light:#CF222E` → `sl-cf222e`, `--shiki-dark-font-style:italic` → `sdfs-italic`:
 * short, because a page has hundreds; other declarations spell out theirs (`s-overflow-x-auto`).
 */
function classNameOf(property: string, value: string): string {
	// Stryker disable next-line Regex: values are hex colours (normalizeTheme makes every theme colour one) and single-spaced keywords
	const dashed = value.toLowerCase().replace(/[^a-z0-9]+/g, '-');
	const slug = dashed.replace(/^-|-$/g, '');
	const shikiPrefix = '--shiki-';
	if (!property.startsWith(shikiPrefix)) return `s-${property}-${slug}`;
	return `s${property
		.slice(shikiPrefix.length)
		.split('-')
		.map((part) => part[0])
		.join('')}-${slug}`;
}

function replaceStyles(node: Root | RootContent | ElementContent, classes: Map<string, string>) {
	if (node.type === 'element') replaceStyle(node, classes);
	if ('children' in node) for (const child of node.children) replaceStyles(child, classes);
}

function replaceStyle(element: Element, classes: Map<string, string>): void {
	const style = element.properties['style'];
	if (typeof style !== 'string') return;
	const added = style
		.split(';')
		.filter((declaration) => declaration.trim() !== '')
		.map((declaration) => {
			const separator = declaration.indexOf(':');
			const key = declarationKey(declaration.slice(0, separator), declaration.slice(separator + 1));
			const className = classes.get(key);
			if (!className) {
				throw new Error(
					`A code block has the style "${key}", which no class in src/features/code-blocks/token-classes.ts stands for; the Content-Security-Policy would block it.`
				);
			}
			return className;
		});
	delete element.properties['style'];
	const { className } = element.properties;
	if (Array.isArray(className)) className.push(...added);
	else {
		const existing = element.properties['class'];
		// Stryker disable next-line ConditionalExpression: Shiki writes `class` as a string or leaves it out
		element.properties['class'] = [typeof existing === 'string' ? existing : '', ...added]
			.filter(Boolean)
			.join(' ');
	}
}

const STYLESHEET_ID = 'virtual:fieldnotes/code-token-classes.css';

/**
 * Serves a stylesheet to the pages as `import 'virtual:fieldnotes/code-token-classes.css'`, which
 * Vite bundles like any other CSS.
 */
export function tokenStylesheetPlugin(stylesheet: string): Plugin {
	const resolvedId = `\0${STYLESHEET_ID}`;
	return {
		name: 'fieldnotes:code-token-classes',
		resolveId: (source) => (source === STYLESHEET_ID ? resolvedId : undefined),
		load: (id) => (id === resolvedId ? stylesheet : undefined),
	};
}
