import { describe, expect, it } from 'vitest';
import { SOCIAL_CARD_PALETTE } from '@/features/social-cards/card';
import { exampleSite, fixtureSite } from '../helpers/fixture-site';

// The pages' stylesheets: rss.css styles the page a browser makes of a feed, and math.css is
// linked only by pages with math (tests/build/math-and-diagrams.test.ts); the fixture has none.
const stylesheets = fixtureSite
	.files()
	.filter(
		(file) =>
			file.startsWith('_astro/') &&
			file.endsWith('.css') &&
			!/^_astro\/math\.[\w-]+\.css$/.test(file)
	);
const css = stylesheets.map((file) => fixtureSite.read(file)).join('\n');

function declarationsOf(selector: string): string {
	const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return [...css.matchAll(new RegExp(`(?:^|})${escaped}\\{([^}]*)\\}`, 'g'))]
		.map((match) => match[1])
		.join(';');
}

describe('the stylesheet', () => {
	it('is one file shared by every page', () => {
		expect(stylesheets).toHaveLength(1);
		for (const page of ['/', '/blog/', '/blog/repeated-headings/', '/tags/web/']) {
			const links = fixtureSite.page(page).querySelectorAll('link[rel=stylesheet]');
			expect(links.map((link) => link.getAttribute('href'))).toEqual([`/${stylesheets[0]}`]);
		}
	});

	it('defines every colour token for the light and the dark theme', () => {
		const tokens = [
			'surface',
			'surface-raised',
			'ink',
			'muted',
			'accent',
			'accent-ink',
			'border',
			'code-bg',
		];
		for (const theme of [':root', ':root[data-theme=dark]']) {
			const declarations = declarationsOf(theme);
			for (const token of tokens)
				expect(declarations, `${theme} --color-${token}`).toMatch(
					new RegExp(`--color-${token}:#[0-9a-f]{3,6}(;|$)`)
				);
		}
	});

	it("draws the social cards in the light theme's colours of the stylesheet", () => {
		const light = declarationsOf(':root');
		for (const [token, value] of Object.entries(SOCIAL_CARD_PALETTE)) {
			const declared = new RegExp(`--color-${token}:(#[0-9a-f]+)`).exec(light)?.[1];
			// The stylesheet's minifier shortens #ffffff to #fff.
			expect(declared?.replace(/^#(.)(.)(.)$/, '#$1$1$2$2$3$3'), token).toBe(value);
		}
	});

	it('declares each web font once, with its Latin subset, and uses it for text and code', () => {
		const faces = css.match(/@font-face\{[^}]*\}/g) ?? [];
		expect(faces.map((face) => /font-family:([^;]+)/.exec(face)?.[1])).toEqual([
			'Inter Variable',
			'JetBrains Mono Variable',
		]);
		for (const face of faces) expect(face).toMatch(/unicode-range:U\+\?\?,U\+131,/);
		expect(declarationsOf('.font-mono')).toContain('font-family:JetBrains Mono Variable,');
	});

	it('colours article prose and code through the theme tokens, so dark mode reaches them', () => {
		expect(css).toContain('--tw-prose-body:var(--color-ink)');
		expect(css).toContain('--tw-prose-links:var(--color-accent)');
		expect(declarationsOf('[data-theme=dark] .astro-code')).toContain('color:var(--shiki-dark)');
	});
});

describe("the example site's stylesheet", () => {
	const shared = exampleSite
		.files()
		.filter((file) => /^_astro\/BaseLayout\.[\w-]+\.css$/.test(file))
		.map((file) => exampleSite.read(file))
		.join('\n');

	it('has the rules of the classes the templates use', () => {
		// The header's menu and the page column.
		expect(shared).toMatch(/\.shadow-lg\{/);
		expect(shared).toMatch(/\.max-w-page\{/);
	});

	it('has no rule for a word that is only in an article, the docs or the tests', () => {
		// "transition" is a word of an example article; "sepia" and "[fieldnotes:after-build]" are
		// in test files. Tailwind would read each as a class if it scanned them.
		expect(
			exampleSite.read('blog/typescript-discriminated-unions-state-machines/index.html')
		).toMatch(/\btransition\b/);
		expect(shared).not.toMatch(/\.transition\{/);
		expect(shared).not.toMatch(/\.sepia\{/);
		expect(shared).not.toContain('fieldnotes\\:after-build');
	});
});
