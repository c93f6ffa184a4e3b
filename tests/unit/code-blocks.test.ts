import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { CODE_BLOCK_TRANSFORMERS, CODE_THEMES } from '@/features/code-blocks/transformers';

/** Renders Markdown as the site does: Sätteri, Shiki with the site's themes and transformers. */
async function render(markdown: string): Promise<string> {
	const processor = await createSatteriMarkdownProcessor({
		syntaxHighlight: 'shiki',
		shikiConfig: {
			themes: CODE_THEMES,
			defaultColor: false,
			transformers: CODE_BLOCK_TRANSFORMERS,
		},
	});
	return (await processor.render(markdown)).code;
}

const FENCE = '```ts title="src/app.ts" {2}\n// Port\nconst port = 3000; // [!code ++]\n```';
// Taken before anything renders: Shiki loading the theme must not change it.
const THEMES_AS_LOADED = JSON.stringify(CODE_THEMES);

describe('code blocks', () => {
	it('reads the fence meta: a figure with the title as caption, the named line highlighted', async () => {
		const html = await render(FENCE);
		expect(html).toMatch(
			/^<figure class="code-block"><figcaption class="code-title">src\/<wbr>app\.ts<\/figcaption><pre /
		);
		expect(html).toContain('<span class="line highlighted diff add">');
		expect(html).not.toContain('[!code');
	});

	it('lets a long file name wrap after each "/" and nowhere inside a name', async () => {
		const html = await render(
			'```sql title="db/migrations/001_webhook_events.sql"\nselect 1;\n```'
		);
		expect(html).toContain(
			'<figcaption class="code-title">db/<wbr>migrations/<wbr>001_webhook_events.sql</figcaption>'
		);
	});

	it('frames a block without a title in a div', async () => {
		expect(await render('```sh\nls\n```')).toMatch(/^<div class="code-block"><pre /);
	});

	it("greys comments darker than GitHub's theme, for contrast on tinted lines", async () => {
		expect(await render(FENCE)).toContain('--shiki-light:#59636E;--shiki-dark:#8B949E">// Port');
	});

	it('leaves the theme as it was, so every renderer shares one highlighter and one result', async () => {
		// Astro caches highlighters by the themes' JSON: a theme Shiki changed once loaded would
		// give the next renderer a second highlighter, with other colours (and builds that differ).
		const first = await render(FENCE);
		expect(JSON.stringify(CODE_THEMES)).toBe(THEMES_AS_LOADED);
		expect(await render(FENCE)).toBe(first);
	});
});
