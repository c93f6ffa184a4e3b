import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { calloutsPlugin } from '@/features/callouts/plugin';
import { renderMarkdown } from '../helpers/markdown';

const render = async (markdown: string) => (await renderMarkdown(markdown, [calloutsPlugin])).html;
const ARTICLE_FILE = pathToFileURL(`${process.cwd()}/content/blog/alerts.md`);

describe('callouts plugin: GitHub-style alerts', () => {
	it('turns an alert into a callout whose title line names its kind', async () => {
		expect(await render('> [!NOTE]\n> Retries are safe.')).toBe(
			'<div class="callout callout-note" role="note"><p class="callout-title">Note</p>\n' +
				'<p>Retries are safe.</p>\n' +
				'</div>\n'
		);
	});

	it('adds the title written after the marker, in any case of the kind', async () => {
		expect(await render('> [!warning] Back up first\n> Then migrate.')).toBe(
			'<div class="callout callout-warning" role="note"><p class="callout-title">Warning: Back up first</p>\n' +
				'<p>Then migrate.</p>\n' +
				'</div>\n'
		);
	});

	it('keeps the formatting of the text after the marker line', async () => {
		expect(await render('> [!TIP]\n> Use **idempotency keys** and `retry()`.')).toBe(
			'<div class="callout callout-tip" role="note"><p class="callout-title">Tip</p>\n' +
				'<p>Use <strong>idempotency keys</strong> and <code>retry()</code>.</p>\n' +
				'</div>\n'
		);
	});

	it('drops the hard break after a marker line ending in two spaces', async () => {
		const html = await render('> [!TIP]  \n> After a hard break.');
		expect(html).not.toContain('<br');
		expect(html).toMatch(/<p class="callout-title">Tip<\/p>\n<p>\s*After a hard break\.<\/p>/);
	});

	it('leaves out the paragraph the marker stood alone in, and keeps the blocks after it', async () => {
		const markdown = [
			'> [!NOTE]',
			'>',
			'> Run the tests first:',
			'>',
			'> ```sh',
			'> npm test',
			'> ```',
			'>',
			'> - then deploy',
		].join('\n');
		expect(await render(markdown)).toBe(
			'<div class="callout callout-note" role="note"><p class="callout-title">Note</p>\n\n' +
				'<p>Run the tests first:</p>\n' +
				'<pre><code class="language-sh">npm test\n</code></pre>\n' +
				'<ul>\n<li>then deploy</li>\n</ul>\n' +
				'</div>\n'
		);
	});

	it('makes a callout with only a title line when the alert holds nothing else', async () => {
		expect(await render('> [!NOTE] Title only')).toBe(
			'<div class="callout callout-note" role="note"><p class="callout-title">Note: Title only</p>\n\n</div>\n'
		);
	});

	it('turns alerts nested in a quote or in another callout into callouts too', async () => {
		expect(await render('> > [!TIP]\n> > Inner.\n>\n> Outer.')).toBe(
			'<blockquote>\n' +
				'<div class="callout callout-tip" role="note"><p class="callout-title">Tip</p>\n<p>Inner.</p>\n</div>\n' +
				'<p>Outer.</p>\n' +
				'</blockquote>\n'
		);
		const nested = await render('> [!WARNING]\n> Outer.\n>\n> > [!NOTE]\n> > Inner.');
		expect(nested).toBe(
			'<div class="callout callout-warning" role="note"><p class="callout-title">Warning</p>\n' +
				'<p>Outer.</p>\n' +
				'<div class="callout callout-note" role="note"><p class="callout-title">Note</p>\n<p>Inner.</p>\n</div>\n' +
				'</div>\n'
		);
	});

	it('leaves ordinary quotes and markers that do not open the quote as quotes', async () => {
		for (const markdown of [
			'> Just a quote.',
			'> **[!NOTE]** in bold',
			'> - [!NOTE] in a list',
			'> # Heading\n> [!NOTE]',
			'> # [!NOTE] In a heading',
			'> See [!NOTE] later.',
		]) {
			const html = await render(markdown);
			expect(html, markdown).toMatch(/^<blockquote>\n/);
			expect(html, markdown).not.toContain('callout');
		}
	});

	it('fails on an unknown kind, naming the file and the kinds there are', async () => {
		await expect(
			renderMarkdown('Intro.\n\n> [!DANGER]\n> Hot.', [calloutsPlugin], { fileURL: ARTICLE_FILE })
		).rejects.toThrow(
			'content/blog/alerts.md: > [!DANGER] is not a callout type. Write > [!NOTE], > [!TIP] or > [!WARNING]; to start a quote with the text [!DANGER], put it in backticks.'
		);
	});

	it('says "Markdown" for text that comes from no file', async () => {
		await expect(render('> [!CAUTION]')).rejects.toThrow(/^Markdown: > \[!CAUTION\] is not/);
	});
});

describe('callouts plugin: the <Callout> component in MDX', () => {
	// Compiled as @astrojs/mdx compiles an article's MDX with `markdown.processor: satteri(…)`.
	const compile = async (mdx: string) =>
		mdxToJs(mdx, {
			hastPlugins: [calloutsPlugin],
			fileURL: pathToFileURL(`${process.cwd()}/content/blog/component.mdx`),
		});

	it('accepts each known type, as a block or inside a paragraph', async () => {
		for (const mdx of [
			'<Callout type="note">Hi</Callout>',
			'<Callout type="tip">Hi</Callout>',
			'Text <Callout type="warning">inline</Callout> more.',
		]) {
			await expect(compile(mdx), mdx).resolves.toHaveProperty('code');
		}
	});

	it('fails on an unknown type, as a block or inside a paragraph, naming the file', async () => {
		const message =
			'content/blog/component.mdx: <Callout type="danger"> is not a callout type. Write type="note", type="tip" or type="warning".';
		await expect(compile('<Callout type="danger">Hi</Callout>')).rejects.toThrow(message);
		await expect(compile('Text <Callout type="danger">x</Callout> more.')).rejects.toThrow(message);
	});

	it('fails on a missing or computed type, which cannot be checked', async () => {
		const message =
			'content/blog/component.mdx: <Callout> needs its type as a plain string. Write type="note", type="tip" or type="warning".';
		await expect(compile('<Callout>Hi</Callout>')).rejects.toThrow(message);
		await expect(compile('<Callout kind="tip">Hi</Callout>')).rejects.toThrow(message);
		await expect(compile('<Callout type={kind}>Hi</Callout>')).rejects.toThrow(message);
	});

	it('leaves other components alone', async () => {
		await expect(compile('<Chart type="danger" />')).resolves.toHaveProperty('code');
	});
});
