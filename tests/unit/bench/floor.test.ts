import { describe, expect, it } from 'vitest';
import { findMdxComponentNames, floorProjectFiles } from '../../../tools/bench/floor';

describe('findMdxComponentNames', () => {
	it('lists every capitalised tag once, sorted, and ignores HTML elements', () => {
		expect(
			findMdxComponentNames([
				'Intro <Callout type="warning">x</Callout> and <em>y</em>',
				'<Figure/> then <Callout>z</Callout>',
			])
		).toEqual(['Callout', 'Figure']);
	});
});

describe('floorProjectFiles', () => {
	const files = floorProjectFiles({ blogDirectory: '/corpus/blog', componentNames: ['Callout'] });

	it('is Astro with MDX and nothing else, its caches inside its own folder', () => {
		const config = files['astro.config.mjs'];
		expect(config).toContain('integrations: [mdx()]');
		expect(config).toContain("cacheDir: './.astro-cache'");
		expect(config?.match(/^import /gm)).toHaveLength(3);
	});

	it('reads $…$ as math, as the site does, so an article with braces in a formula parses', () => {
		expect(files['astro.config.mjs']).toContain(
			'markdown: { processor: satteri({ features: { math: true } }) }'
		);
	});

	it('loads the articles from the corpus folder with the glob loader Fieldnotes uses', () => {
		expect(files['src/content.config.mjs']).toContain(
			`glob({ pattern: '**/[^_]*.{md,mdx}', base: "/corpus/blog" })`
		);
	});

	it('renders one page per published entry with its Content, its components passed through', () => {
		const page = files['src/pages/[...slug].astro'];
		expect(page).toContain("getCollection('blog', ({ data }) => data.draft !== true)");
		expect(page).toContain('<Content components={{ Callout: Passthrough }} />');
		expect(files['src/Passthrough.astro']).toBe('<div><slot /></div>\n');
	});
});
