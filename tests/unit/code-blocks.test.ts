import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	CODE_BLOCK_TRANSFORMERS,
	CODE_THEMES,
	CODE_TOKEN_STYLESHEET,
} from '@/features/code-blocks/transformers';
import { createTokenClasses } from '@/features/code-blocks/token-classes';

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
		expect(await render(FENCE)).toContain('<span class="sl-59636e sd-8b949e">// Port');
		expect(CODE_TOKEN_STYLESHEET).toContain('.sl-59636e{--shiki-light:#59636e}');
		expect(CODE_TOKEN_STYLESHEET).toContain('.sd-8b949e{--shiki-dark:#8b949e}');
	});

	it('leaves the theme as it was, so every renderer shares one highlighter and one result', async () => {
		// Astro caches highlighters by the themes' JSON: a theme Shiki changed once loaded would
		// give the next renderer a second highlighter, with other colours (and builds that differ).
		const first = await render(FENCE);
		expect(JSON.stringify(CODE_THEMES)).toBe(THEMES_AS_LOADED);
		expect(await render(FENCE)).toBe(first);
	});
});

// Rendering every article's code takes about 5 s on a quiet machine, Vitest's default timeout.
const EVERY_ARTICLE_TIMEOUT = 30_000;

// The bodies of the example site's articles.
const articles = readdirSync('content/blog', { recursive: true, encoding: 'utf8' })
	.filter((file) => /\.mdx?$/.test(file))
	.map((file) =>
		readFileSync(join('content/blog', file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '')
	);

describe('code token classes', () => {
	it(
		"colour every token of the example articles' code with classes the stylesheet defines",
		async () => {
			const html = (await Promise.all(articles.map(render)))
				.flatMap((article) => article.match(/<pre[\s\S]*?<\/pre>/g) ?? [])
				.join('\n');
			// Style attributes are what the Content-Security-Policy forbids.
			expect(html).not.toMatch(/\sstyle=/);
			const classes = new Set(
				[...html.matchAll(/<(?:span|pre)[^>]* class="([^"]*)"/g)].flatMap(([, names]) =>
					(names ?? '').split(' ')
				)
			);
			const tokenClasses = [...classes].filter((name) => /^s[a-z]*-/.test(name));
			expect(tokenClasses.length).toBeGreaterThan(10);
			for (const name of tokenClasses) expect(CODE_TOKEN_STYLESHEET).toContain(`.${name}{`);
		},
		EVERY_ARTICLE_TIMEOUT
	);

	it('stop the build at a style no class stands for, rather than let the policy drop it', () => {
		const { transformer } = createTokenClasses({ light: CODE_THEMES.light });
		const root = {
			type: 'root' as const,
			children: [
				{
					type: 'element' as const,
					tagName: 'span',
					properties: { style: 'color:red' },
					children: [],
				},
			],
		};
		expect(() => transformer.root?.call({} as never, root)).toThrow(
			/code block has the style "color:red", which no class/
		);
	});
});

describe('code highlighting under a stalled clock', () => {
	afterEach(() => {
		vi.restoreAllMocks();
	});

	it(
		'colours every token the same when the build process is paused mid-line',
		async () => {
			const steady = await Promise.all(articles.map(render));
			expect(steady.join('').match(/<pre /g)?.length).toBeGreaterThan(20);
			// What a loaded machine does to a build: between two readings of the clock, a second
			// passes that the process did not run. Shiki's tokenizer gives up on a line it has spent
			// 500 ms on by the clock, and colours the rest of the line (and the lines after it) wrongly.
			let now = Date.now();
			vi.spyOn(Date, 'now').mockImplementation(() => (now += 1000));
			const stalled = await Promise.all(articles.map(render));
			expect(stalled).toEqual(steady);
		},
		EVERY_ARTICLE_TIMEOUT
	);
});
