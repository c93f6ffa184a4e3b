import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { readingTimePlugin } from '@/features/reading-time/plugin';
import { renderMarkdown } from '../helpers/markdown';

/** `count` different words. */
const words = (count: number) => Array.from({ length: count }, (_, index) => `w${index}`).join(' ');
/** A fenced code block of `count` lines. */
const codeBlock = (count: number, language = 'ts') =>
	['```' + language, ...Array.from({ length: count }, (_, index) => `call(${index});`), '```'].join(
		'\n'
	);

const readingTimeOf = async (markdown: string) =>
	(await renderMarkdown(markdown, [readingTimePlugin])).frontmatter['readingTime'];

describe('reading time plugin', () => {
	it('counts the words a reader reads, not the Markdown syntax or link addresses', async () => {
		const markdown =
			'## A *short* heading\n\nSee [the docs](https://example.com/very/long/path) and `fetch()`.\n\n- one\n- two';
		// A short heading, See the docs and fetch(), one two
		expect(await readingTimeOf(markdown)).toEqual({ minutes: 1, words: 10, codeLines: 0 });
	});

	it('times a code-heavy article by its code lines and its prose by its words', async () => {
		const markdown = [words(230), codeBlock(45), 'Then:', codeBlock(45, 'sh'), words(229)].join(
			'\n\n'
		);
		// 460 words (2 min) and 90 code lines (3 min).
		expect(await readingTimeOf(markdown)).toEqual({ minutes: 5, words: 460, codeLines: 90 });
	});

	it('leaves every code block out of the words, also blocks that repeat', async () => {
		const markdown = ['Before.', codeBlock(3), 'Between.', codeBlock(3), 'After.'].join('\n\n');
		expect(await readingTimeOf(markdown)).toEqual({ minutes: 1, words: 3, codeLines: 6 });
	});

	it('counts indented code blocks as code too', async () => {
		expect(await readingTimeOf('Intro words here.\n\n    line one\n    line two')).toEqual({
			minutes: 1,
			words: 3,
			codeLines: 2,
		});
	});

	it('counts tables, quotes and footnotes as prose', async () => {
		const markdown =
			'| Code | Meaning |\n| - | - |\n| 409 | Conflict |\n\n> Quoted text.\n\nA claim.[^1]\n\n[^1]: The source.';
		// Code Meaning 409 Conflict, Quoted text, A claim 1, Footnotes (the list's heading), The source
		expect(await readingTimeOf(markdown)).toEqual({ minutes: 1, words: 12, codeLines: 0 });
	});

	it('times each document on its own when one renderer renders many', async () => {
		const processor = await createSatteriMarkdownProcessor({
			syntaxHighlight: false,
			hastPlugins: [readingTimePlugin],
		});
		await processor.render(`${words(500)}\n\n${codeBlock(200)}`, { frontmatter: {} });
		const second = await processor.render('Just three words.', { frontmatter: {} });
		expect(second.metadata.frontmatter['readingTime']).toEqual({
			minutes: 1,
			words: 3,
			codeLines: 0,
		});
	});

	it('does nothing outside Astro, where there is no frontmatter to write to', async () => {
		const { html } = await markdownToHtml('Text.\n\n```\ncode\n```', {
			hastPlugins: [readingTimePlugin],
		});
		expect(html).toBe('<p>Text.</p>\n<pre><code>code\n</code></pre>\n');
	});
});
