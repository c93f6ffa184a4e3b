import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { parseRss } from '../helpers/feeds';
import { exampleSite, fixtureSite } from '../helpers/fixture-site';
import { parseHtml } from '../helpers/parse-html';

// The same reading aids, once in plain Markdown and once in MDX.
const MARKDOWN = '/blog/reading-aids/';
const MDX = '/blog/code-and-callouts/';
const markdown = fixtureSite.page(MARKDOWN);
const mdx = fixtureSite.page(MDX);

/** The article body, where the Markdown renders. */
function bodyOf(page: HTMLElement): HTMLElement {
	const body = page.querySelector('article .prose');
	if (!body) throw new Error('The page has no article body');
	return body;
}

/** The class names of each line of a code block, without the always-present "line". */
function lineClasses(block: HTMLElement | undefined): string[] {
	return (block?.querySelectorAll('pre code > .line') ?? []).map((line) =>
		line.classList.value.filter((name) => name !== 'line').join(' ')
	);
}

/** Every HTML page of a built site, parsed. */
function pagesOf(site: typeof fixtureSite): [string, HTMLElement][] {
	return site
		.files()
		.filter((file) => file.endsWith('.html'))
		.map((file) => [file, parseHtml(site.read(file))]);
}

describe('code blocks', () => {
	it('shows the file name from title="…" as the caption of a figure holding the code', () => {
		const captions = (page: HTMLElement) =>
			bodyOf(page)
				.querySelectorAll('figure.code-block')
				.map((figure) => {
					expect(figure.querySelector(':scope > figcaption + pre.astro-code')).not.toBeNull();
					return figure.querySelector('figcaption')?.text;
				});
		expect(captions(markdown)).toEqual(['src/retry.ts', 'config/queue.js']);
		expect(captions(mdx)).toEqual(['src/env.ts']);
	});

	it('frames a block without a title in a plain element, with no caption', () => {
		for (const page of [markdown, mdx]) {
			const plain = bodyOf(page).querySelectorAll('div.code-block');
			expect(plain).toHaveLength(1);
			expect(plain[0]?.querySelector('figcaption')).toBeNull();
			expect(plain[0]?.querySelector(':scope > pre.astro-code')).not.toBeNull();
		}
	});

	it('highlights the lines the fence meta names, in .md and .mdx', () => {
		const [retry] = bodyOf(markdown).querySelectorAll('.code-block');
		expect(lineClasses(retry)).toEqual(['', 'highlighted', '', '', '', '', '', '', '']);
		const [environment] = bodyOf(mdx).querySelectorAll('.code-block');
		expect(lineClasses(environment)).toEqual(['highlighted', '', 'highlighted', 'highlighted']);
	});

	it('marks added, removed and highlighted lines from notation comments and removes the comments', () => {
		const queue = bodyOf(markdown).querySelectorAll('.code-block')[1];
		expect(lineClasses(queue)).toEqual(['', 'diff remove', 'diff add', 'highlighted', '']);
		expect(queue?.querySelector('pre')?.text).toBe(
			'const queue = createQueue({\n\tconcurrency: 4, \n\tconcurrency: 8, \n\ttimeoutMs: 30_000, \n});'
		);
		const timeout = bodyOf(mdx).querySelectorAll('.code-block')[1];
		expect(lineClasses(timeout)).toEqual(['diff remove', 'diff add', '']);
	});

	it('leaves no [!code …] notation in any page or feed of either site', () => {
		for (const site of [fixtureSite, exampleSite]) {
			for (const file of site.files().filter((name) => /\.(html|xml)$/.test(name))) {
				expect(site.read(file), file).not.toContain('[!code');
			}
		}
	});

	it('makes every code block and table a keyboard-focusable region that scrolls sideways', () => {
		let tables = 0;
		const css = fixtureSite
			.files()
			.filter((file) => file.startsWith('_astro/') && file.endsWith('.css'))
			.map((file) => fixtureSite.read(file))
			.join('\n');
		const scrolls = (name: string) => new RegExp(`\\.${name}\\{[^}]*overflow-x:auto`).test(css);
		for (const [file, page] of pagesOf(fixtureSite)) {
			for (const pre of page.querySelectorAll('pre.astro-code')) {
				expect(pre.getAttribute('tabindex'), file).toBe('0');
				expect(pre.classList.value.some(scrolls), file).toBe(true);
			}
			for (const table of page.querySelectorAll('.prose table')) {
				expect(table.getAttribute('tabindex'), file).toBe('0');
				tables += 1;
			}
		}
		expect(tables).toBeGreaterThan(0);
	});

	it('ships no copy button in the HTML: the script adds it where it can work', () => {
		for (const [file, page] of pagesOf(fixtureSite)) {
			expect(page.querySelector('.copy-code'), file).toBeNull();
		}
	});
});

describe('footnotes', () => {
	for (const [name, page] of [
		['Markdown', markdown],
		['MDX', mdx],
	] as const) {
		it(`links each reference and back-link in ${name} to an element that exists, ids unique`, () => {
			const body = bodyOf(page);
			const references = body.querySelectorAll('a[data-footnote-ref]');
			const backLinks = body.querySelectorAll('a[data-footnote-backref]');
			expect(references.length).toBeGreaterThan(0);
			expect(backLinks).toHaveLength(references.length);
			for (const link of [...references, ...backLinks]) {
				const id = decodeURIComponent(link.getAttribute('href')?.slice(1) ?? '');
				expect(page.querySelectorAll(`[id="${id}"]`), id).toHaveLength(1);
			}
			const ids = page.querySelectorAll('[id]').map((element) => element.id);
			expect(new Set(ids).size).toBe(ids.length);
		});

		it(`labels the footnotes section and every back-link in ${name}`, () => {
			const section = bodyOf(page).querySelector('section.footnotes');
			expect(section?.querySelector('h2#footnote-label')?.text).toBe('Footnotes');
			for (const reference of bodyOf(page).querySelectorAll('a[data-footnote-ref]')) {
				expect(reference.getAttribute('aria-describedby')).toBe('footnote-label');
			}
			for (const [index, backLink] of (
				section?.querySelectorAll('a[data-footnote-backref]') ?? []
			).entries()) {
				// The name starts with what the link shows (WCAG 2.5.3, label in name).
				expect(backLink.text).toBe('↩\uFE0E');
				expect(backLink.getAttribute('aria-label')).toBe(`↩\uFE0E Back to reference ${index + 1}`);
			}
		});
	}

	it('keeps the footnotes heading out of the table of contents and gives it no anchor', () => {
		const toc = markdown.querySelectorAll('table-of-contents a').map((link) => link.text);
		expect(toc).not.toContain('Footnotes');
		expect(markdown.querySelector('a.heading-anchor[href="#footnote-label"]')).toBeNull();
	});
});

describe('callouts', () => {
	/** Each callout of a page as kind class, role and title line. */
	function callouts(page: HTMLElement): [string, string | undefined, string | undefined][] {
		return bodyOf(page)
			.querySelectorAll('.callout')
			.map((callout) => [
				callout.classList.value.join(' '),
				callout.getAttribute('role'),
				callout.querySelector(':scope > p.callout-title:first-child')?.text,
			]);
	}

	it('turns GitHub alerts in Markdown into labelled notes, with an optional title', () => {
		expect(callouts(markdown)).toEqual([
			['callout callout-note', 'note', 'Note'],
			['callout callout-tip', 'note', 'Tip: Shortcut'],
			['callout callout-warning', 'note', 'Warning'],
		]);
		const texts = bodyOf(markdown)
			.querySelectorAll('.callout')
			.map((callout) => callout.text.replace(/\s+/g, ' ').trim());
		expect(texts).toEqual([
			'Note Alerts are blockquotes whose first line names their kind.',
			'Tip: Shortcut A title can follow the marker.',
			'Warning The marker may stand on its own line, with formatting after it.',
		]);
		expect(bodyOf(markdown).querySelector('.callout-warning strong')?.text).toBe('formatting');
		expect(bodyOf(markdown).text).not.toContain('[!');
	});

	it('keeps an ordinary quote a quote', () => {
		expect(bodyOf(markdown).querySelector('blockquote')?.text.trim()).toBe(
			'An ordinary quote stays a quote.'
		);
	});

	it('renders the MDX Callout component without an import, as the same markup as an alert', () => {
		expect(callouts(mdx)).toEqual([
			['callout callout-note', 'note', 'Note'],
			['callout callout-warning', 'note', 'Warning: Back up first'],
			['callout callout-tip', 'note', 'Tip'],
		]);
		const [component, withMarkdown] = bodyOf(mdx).querySelectorAll('.callout');
		expect(component?.querySelector('code')?.text).toBe('Callout');
		expect(withMarkdown?.querySelectorAll('li').map((item) => item.text)).toEqual(['one', 'two']);
	});

	it('adds no landmark: callouts are notes, not asides', () => {
		for (const page of [markdown, mdx]) {
			expect(bodyOf(page).querySelectorAll('aside, [role=complementary], [role=region]')).toEqual(
				[]
			);
		}
	});
});

describe('heading anchors', () => {
	for (const [name, page] of [
		['Markdown', markdown],
		['MDX', mdx],
	] as const) {
		it(`follows each h2–h4 of a ${name} body with a link to its own id`, () => {
			const headings = bodyOf(page)
				.querySelectorAll('h2, h3, h4')
				.filter((heading) => heading.id !== 'footnote-label');
			expect(headings.length).toBeGreaterThan(1);
			for (const heading of headings) {
				const wrapper = heading.parentNode;
				expect(wrapper?.classList.contains('heading-wrapper'), heading.id).toBe(true);
				const anchor = wrapper?.querySelector(':scope > h2 + a, :scope > h3 + a, :scope > h4 + a');
				expect(anchor?.getAttribute('href')).toBe(`#${heading.id}`);
				expect(anchor?.classList.contains('heading-anchor')).toBe(true);
				expect(anchor?.hasAttribute('data-pagefind-ignore')).toBe(true);
				expect(anchor?.querySelector('.sr-only')?.text).toBe(`Section titled “${heading.text}”`);
				expect(anchor?.querySelector('[aria-hidden=true]')?.text).toBe('#');
				expect(heading.querySelector('a.heading-anchor')).toBeNull();
			}
		});
	}

	it('leaves the headings and the table of contents as they were', () => {
		const toc = markdown
			.querySelectorAll('table-of-contents a')
			.map((link) => [link.getAttribute('href'), link.text]);
		expect(toc).toEqual([
			['#code-with-a-file-name', 'Code with a file name'],
			['#lines-marked-in-comments', 'Lines marked in comments'],
			['#alerts', 'Alerts'],
			['#wide-content', 'Wide content'],
		]);
		const repeated = fixtureSite.page('/blog/repeated-headings/');
		expect(repeated.querySelectorAll('.prose h2, .prose h3').map((heading) => heading.id)).toEqual([
			'setup',
			'example',
			'teardown',
			'example-1',
			'summary',
		]);
		expect(
			repeated.querySelectorAll('.prose a.heading-anchor').map((link) => link.getAttribute('href'))
		).toEqual(['#setup', '#example', '#teardown', '#example-1', '#summary']);
	});

	it('links every anchor on every page of both sites to an id on that page', () => {
		for (const site of [fixtureSite, exampleSite]) {
			for (const [file, page] of pagesOf(site)) {
				for (const anchor of page.querySelectorAll('a.heading-anchor')) {
					const id = anchor.getAttribute('href')?.slice(1) ?? '';
					expect(page.querySelectorAll(`[id="${id}"]`), `${file}#${id}`).toHaveLength(1);
				}
			}
		}
	});

	it('gives entries (case studies, experiments, pages) anchors too', () => {
		const entry = exampleSite
			.files()
			.filter((file) => /^(case-studies|experiments|services)\/[^/]+\/index\.html$/.test(file))
			.map((file) => parseHtml(exampleSite.read(file)))
			.find((page) => page.querySelector('article .prose h2'));
		expect(
			entry?.querySelector('article .prose .heading-wrapper > h2 + a.heading-anchor')
		).not.toBeNull();
	});
});

describe('reading aids in the feed', () => {
	const items = parseRss(fixtureSite.read('rss.xml')).item;
	const content = (slug: string) => {
		const item = items.find(({ link }) => link.endsWith(`/blog/${slug}/`));
		if (!item) throw new Error(`No feed item for ${slug}`);
		return parseHtml(item['content:encoded']);
	};

	it('keeps code captions, line marks, callouts and footnotes, and drops the heading anchors', () => {
		for (const slug of ['reading-aids', 'code-and-callouts']) {
			const body = content(slug);
			expect(body.querySelectorAll('figure.code-block figcaption').length, slug).toBeGreaterThan(0);
			expect(body.querySelectorAll('.line.highlighted').length, slug).toBeGreaterThan(0);
			expect(body.querySelectorAll('[role=note] .callout-title').length, slug).toBeGreaterThan(0);
			expect(body.querySelectorAll('section.footnotes li').length, slug).toBeGreaterThan(0);
			expect(body.querySelector('.heading-anchor'), slug).toBeNull();
			expect(body.text, slug).not.toContain('Section titled');
			expect(body.querySelectorAll('h2').length, slug).toBeGreaterThan(1);
		}
	});

	it('renders the MDX Callout component in the feed as on the page', () => {
		const titles = content('code-and-callouts')
			.querySelectorAll('.callout-title')
			.map((title) => title.text);
		expect(titles).toEqual(['Note', 'Warning: Back up first', 'Tip']);
	});

	it('points footnote links at the article page', () => {
		const reference = content('reading-aids').querySelector('a[data-footnote-ref]');
		expect(reference?.getAttribute('href')).toBe(
			'https://fieldnotes.example.com/blog/reading-aids/#user-content-fn-markdown'
		);
	});
});

describe('reading aids on the example site', () => {
	const article = exampleSite.page('/blog/idempotent-webhooks/');

	it('names the files of its code, marks lines and holds a callout and footnotes', () => {
		expect(
			article.querySelectorAll('figure.code-block figcaption').map((caption) => caption.text)
		).toEqual([
			'migrations/001_webhook_events.sql',
			'src/webhooks.ts',
			'src/worker.ts',
			'src/refunds.ts',
		]);
		expect(article.querySelectorAll('.line.highlighted').length).toBeGreaterThan(0);
		expect(article.querySelectorAll('.line.diff.add')).toHaveLength(1);
		expect(article.querySelectorAll('.callout-title').map((title) => title.text)).toEqual([
			'Warning: Never reject a duplicate',
			'Tip',
		]);
		expect(article.querySelectorAll('section.footnotes li')).toHaveLength(2);
	});

	it('loads the copy script on every page whose body has code, articles and entries alike', () => {
		const withCode = pagesOf(exampleSite).filter(([, page]) => page.querySelector('.code-block'));
		expect(withCode.map(([file]) => file)).toEqual(
			expect.arrayContaining([
				'blog/idempotent-webhooks/index.html',
				'experiments/webhook-replayer/index.html',
			])
		);
		for (const [file, page] of withCode) {
			const scripts = page.querySelectorAll('script[type=module]').map((script) => {
				const src = script.getAttribute('src');
				return src ? exampleSite.read(src.slice(1)) : script.text;
			});
			expect(
				scripts.some((script) => script.includes('.code-block') && script.includes('clipboard')),
				file
			).toBe(true);
		}
	});
});
