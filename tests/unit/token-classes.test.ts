import type { Element, Root } from 'hast';
import type { ThemeRegistrationRaw } from 'shiki';
import { describe, expect, it } from 'vitest';
import { createTokenClasses, tokenStylesheetPlugin } from '@/features/code-blocks/token-classes';

/** A small light theme, its colours written in either case as theme files do. */
const PAPER: ThemeRegistrationRaw = {
	name: 'paper',
	type: 'light',
	colors: { 'editor.foreground': '#1F2328', 'editor.background': '#FFFFFF' },
	settings: [
		{ scope: 'comment', settings: { foreground: '#59636E', fontStyle: 'italic' } },
		{ scope: 'string', settings: { foreground: '#0A3069', background: '#FFEBE9' } },
		{ scope: 'keyword', settings: { foreground: '#1f2328', fontStyle: 'bold' } },
	],
};

const INK: ThemeRegistrationRaw = {
	name: 'ink',
	type: 'dark',
	colors: { 'editor.foreground': '#E6EDF3', 'editor.background': '#0D1117' },
	settings: [{ scope: 'comment', settings: { foreground: '#8B949E' } }],
};

/** A `<span>` as Shiki writes one, with the style attribute the policy forbids. */
function span(properties: Element['properties']): Element {
	return { type: 'element', tagName: 'span', properties, children: [] };
}

/** Runs the transformer on a code block's tree, as Shiki does once the tokens are styled. */
function transform(themes: Record<string, ThemeRegistrationRaw>, ...elements: Element[]) {
	const { transformer } = createTokenClasses(themes);
	const root: Root = {
		type: 'root',
		children: [{ type: 'element', tagName: 'pre', properties: {}, children: elements }],
	};
	transformer.root?.call({} as never, root);
	return root;
}

describe('createTokenClasses', () => {
	it("writes one rule per colour and font style of each theme, and for Astro's own styles", () => {
		expect(createTokenClasses({ light: PAPER, dark: INK }).stylesheet).toBe(
			[
				'.sl-1f2328{--shiki-light:#1f2328}',
				'.sl-59636e{--shiki-light:#59636e}',
				'.sl-0a3069{--shiki-light:#0a3069}',
				'.sl-inherit{--shiki-light:inherit}',
				'.slb-ffffff{--shiki-light-bg:#ffffff}',
				'.slb-ffebe9{--shiki-light-bg:#ffebe9}',
				'.slb-inherit{--shiki-light-bg:inherit}',
				'.slfs-italic{--shiki-light-font-style:italic}',
				'.slfs-inherit{--shiki-light-font-style:inherit}',
				'.slfw-bold{--shiki-light-font-weight:bold}',
				'.slfw-inherit{--shiki-light-font-weight:inherit}',
				'.sltd-underline{--shiki-light-text-decoration:underline}',
				'.sltd-line-through{--shiki-light-text-decoration:line-through}',
				'.sltd-underline-line-through{--shiki-light-text-decoration:underline line-through}',
				'.sltd-inherit{--shiki-light-text-decoration:inherit}',
				'.sd-e6edf3{--shiki-dark:#e6edf3}',
				'.sd-8b949e{--shiki-dark:#8b949e}',
				'.sd-inherit{--shiki-dark:inherit}',
				'.sdb-0d1117{--shiki-dark-bg:#0d1117}',
				'.sdb-inherit{--shiki-dark-bg:inherit}',
				'.sdfs-italic{--shiki-dark-font-style:italic}',
				'.sdfs-inherit{--shiki-dark-font-style:inherit}',
				'.sdfw-bold{--shiki-dark-font-weight:bold}',
				'.sdfw-inherit{--shiki-dark-font-weight:inherit}',
				'.sdtd-underline{--shiki-dark-text-decoration:underline}',
				'.sdtd-line-through{--shiki-dark-text-decoration:line-through}',
				'.sdtd-underline-line-through{--shiki-dark-text-decoration:underline line-through}',
				'.sdtd-inherit{--shiki-dark-text-decoration:inherit}',
				'.s-overflow-x-auto{overflow-x:auto}',
				'.s-user-select-none{user-select:none}',
			].join('\n')
		);
	});

	it('refuses two themes whose classes would share a name', () => {
		expect(() => createTokenClasses({ light: PAPER, lamp: PAPER })).toThrow(
			'Code token classes: --shiki-lamp:#1f2328 and --shiki-light:#1f2328 share a name.'
		);
	});

	it('is the transformer named fieldnotes-token-classes', () => {
		expect(createTokenClasses({ light: PAPER }).transformer.name).toBe('fieldnotes-token-classes');
	});
});

describe('the token classes transformer', () => {
	it("swaps each token's style for its classes, after the classes it has", () => {
		const root = transform(
			{ light: PAPER, dark: INK },
			span({ style: '--shiki-light:#59636E;--shiki-dark:#8B949E;--shiki-light-font-style:italic' }),
			span({ className: ['line'], style: '--shiki-light:#1F2328; --shiki-dark:#E6EDF3' }),
			span({ class: 'highlighted', style: 'user-select: none;' }),
			span({ class: 'plain' })
		);
		expect(root.children[0]).toEqual({
			type: 'element',
			tagName: 'pre',
			properties: {},
			children: [
				span({ class: 'sl-59636e sd-8b949e slfs-italic' }),
				span({ className: ['line', 'sl-1f2328', 'sd-e6edf3'] }),
				span({ class: 'highlighted s-user-select-none' }),
				span({ class: 'plain' }),
			],
		});
	});

	it('reads a declaration however it is spaced', () => {
		const root = transform(
			{ light: PAPER },
			span({ style: ' --shiki-light-text-decoration :  underline   line-through ; ' })
		);
		expect(root.children[0]).toMatchObject({
			children: [span({ class: 'sltd-underline-line-through' })],
		});
	});

	it('names the style no class stands for and the file to add it to', () => {
		expect(() => transform({ light: PAPER }, span({ style: '--shiki-light:#FF0000' }))).toThrow(
			'A code block has the style "--shiki-light:#ff0000", which no class in src/features/code-blocks/token-classes.ts stands for; the Content-Security-Policy would block it.'
		);
	});
});

describe('tokenStylesheetPlugin', () => {
	it('serves the stylesheet as virtual:fieldnotes/code-token-classes.css, and nothing else', () => {
		const plugin = tokenStylesheetPlugin('.sl-1f2328{--shiki-light:#1f2328}');
		const resolveId = plugin.resolveId as (source: string) => string | undefined;
		const load = plugin.load as (id: string) => string | undefined;
		expect(plugin.name).toBe('fieldnotes:code-token-classes');
		const id = resolveId('virtual:fieldnotes/code-token-classes.css');
		expect(id).toBe('\0virtual:fieldnotes/code-token-classes.css');
		expect(load(id ?? '')).toBe('.sl-1f2328{--shiki-light:#1f2328}');
		expect(resolveId('./global.css')).toBeUndefined();
		expect(load('virtual:fieldnotes/code-token-classes.css')).toBeUndefined();
	});
});
