import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
	buildScaffold,
	DESCRIPTION_PLACEHOLDER,
	isContentKind,
	slugForTitle,
	type ContentKind,
} from '@/features/new-entry/scaffold';
import { articleSchema } from '@/content-model/article';
import { caseStudySchema, experimentSchema } from '@/content-model/portfolio';

// Astro's image() checks the file on disk; a string stands in for it here.
const context = { image: () => z.string() } as unknown as Parameters<typeof articleSchema>[0];
const schema = articleSchema(context, { timeZone: 'Asia/Dubai' });
const TODAY = { today: '2026-05-13' };

/** The frontmatter and body of a scaffold's source, read as YAML 1.2 (`yaml`) or 1.1 (Astro's js-yaml reads dates). */
function split(source: string, version: '1.1' | '1.2' = '1.2') {
	const match = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(source);
	if (!match) throw new Error(`No frontmatter in:\n${source}`);
	return {
		data: parse(match[1] ?? '', { version }) as Record<string, unknown>,
		body: match[2] ?? '',
	};
}

describe('buildScaffold', () => {
	it('writes an article with exactly the schema fields an author fills in first', () => {
		const { data } = split(buildScaffold('article', 'Idempotent webhooks', TODAY).source);
		expect(data).toEqual({
			title: 'Idempotent webhooks',
			description: DESCRIPTION_PLACEHOLDER,
			pubDate: '2026-05-13',
			tags: [],
			draft: true,
		});
	});

	it('writes article frontmatter the real article schema accepts, as text or as a YAML date', () => {
		const { source } = buildScaffold('article', 'Idempotent webhooks', TODAY);
		for (const version of ['1.1', '1.2'] as const) {
			const article = schema.parse(split(source, version).data);
			// A bare day starts at midnight in the site's time zone (Dubai, UTC+4).
			expect(article.pubDate).toEqual(new Date('2026-05-12T20:00:00.000Z'));
			expect(article.draft).toBe(true);
		}
	});

	it('writes the date as a bare day, as an author would type it', () => {
		expect(buildScaffold('article', 'Dates', TODAY).source).toMatch(/^pubDate: 2026-05-13$/m);
	});

	it('starts the body with a sentence and one "##" section', () => {
		const { body } = split(buildScaffold('article', 'Idempotent webhooks', TODAY).source);
		expect(body.match(/^## /gm)).toHaveLength(1);
		expect(body).not.toMatch(/[{<]/);
	});

	it('keeps any title exactly, even ones YAML would read as another type', () => {
		const titles = [
			'Ship it: "fast" & safe #1 🚀',
			"It's a 'quote'",
			'yes',
			'null',
			'2026-05-13',
			'True',
			'on',
			'- not a list',
			'*not an alias',
			'A very long title that goes on and on well past the eighty columns at which YAML folds lines',
		];
		for (const title of titles) {
			const { source } = buildScaffold('article', title, TODAY);
			expect(split(source, '1.1').data['title'], title).toBe(title);
			expect(split(source, '1.2').data['title'], title).toBe(title);
		}
	});

	it('trims the title and folds its whitespace into single spaces', () => {
		const { data } = split(buildScaffold('article', '  Two\n  lines\t', TODAY).source);
		expect(data['title']).toBe('Two lines');
	});

	it('writes the whole file of each kind, as the author first sees it, a long title on one line', () => {
		const title =
			'Edge cache, or what a content delivery network keeps for how long and what it forgets on purpose';
		const frontmatterStart = `---\ntitle: ${title}\ndescription: ${DESCRIPTION_PLACEHOLDER}\npubDate: 2026-05-13\n`;
		expect(buildScaffold('article', title, TODAY).source).toBe(
			frontmatterStart +
				[
					'tags: []',
					'draft: true',
					'---',
					'',
					'Start with the problem this article solves, in a sentence or two.',
					'',
					'## A first section',
					'',
					'Each `##` and `###` heading becomes an entry of "In this article".',
					'',
				].join('\n')
		);
		expect(buildScaffold('case-study', title, TODAY).source).toBe(
			frontmatterStart +
				[
					'client: Client name',
					'industry: Industry',
					'role: Your role',
					'period:',
					'  start: 2026-05-13',
					'  end: ongoing',
					'stack: []',
					'# Each outcome has a label and a value, e.g.',
					'# - { label: "p95 latency", value: "-60%" }',
					'outcomes: []',
					'featured: false',
					'draft: true',
					'---',
					'',
					'What the client needed, in a sentence or two.',
					'',
					'## The problem',
					'',
					'What stood in the way, what you did about it and what changed.',
					'',
				].join('\n')
		);
		expect(buildScaffold('experiment', title, TODAY).source).toBe(
			frontmatterStart +
				[
					'status: wip',
					'# Where the experiment runs and where its code lives:',
					'# url: https://example.com/',
					'# repo: https://github.com/owner/repo',
					'stack: []',
					'draft: true',
					'---',
					'',
					'What this experiment tries out, in a sentence or two.',
					'',
					'## How it works',
					'',
					'What you built, what you learned and what you would do next.',
					'',
				].join('\n')
		);
	});

	it('puts each kind in its folder, with the URL it will have', () => {
		const places = (['article', 'case-study', 'experiment'] as const).map((kind) => {
			const { file, urlPath } = buildScaffold(kind, 'Edge cache', TODAY);
			return { kind, file, urlPath };
		});
		expect(places).toEqual([
			{ kind: 'article', file: 'blog/edge-cache.mdx', urlPath: '/blog/edge-cache/' },
			{
				kind: 'case-study',
				file: 'case-studies/edge-cache.mdx',
				urlPath: '/case-studies/edge-cache/',
			},
			{
				kind: 'experiment',
				file: 'experiments/edge-cache.mdx',
				urlPath: '/experiments/edge-cache/',
			},
		]);
	});

	it('names every file that would give an entry the same slug', () => {
		expect(buildScaffold('article', 'Edge cache', TODAY).clashingFiles).toEqual([
			'blog/edge-cache.mdx',
			'blog/edge-cache.md',
			'blog/edge-cache/index.mdx',
			'blog/edge-cache/index.md',
		]);
	});

	it('writes a case study with the fields the spec lists, as an ongoing draft', () => {
		const { data, body } = split(buildScaffold('case-study', 'Checkout rewrite', TODAY).source);
		const { client, industry, role, ...rest } = data;
		// Placeholders the author replaces; any non-empty text will do.
		for (const placeholder of [client, industry, role]) expect(placeholder).toMatch(/^\w/);
		expect(rest).toEqual({
			title: 'Checkout rewrite',
			description: DESCRIPTION_PLACEHOLDER,
			pubDate: '2026-05-13',
			period: { start: '2026-05-13', end: 'ongoing' },
			stack: [],
			outcomes: [],
			featured: false,
			draft: true,
		});
		expect(body.match(/^## /gm)).toHaveLength(1);
		// What `npm run new` writes is valid as it stands.
		expect(
			caseStudySchema(context, { timeZone: 'Asia/Dubai' }).safeParse(data).error
		).toBeUndefined();
	});

	it('writes an experiment in progress, with url and repo commented out until the author has them', () => {
		const { source } = buildScaffold('experiment', 'Tiny search', TODAY);
		const { data, body } = split(source);
		expect(data).toEqual({
			title: 'Tiny search',
			description: DESCRIPTION_PLACEHOLDER,
			pubDate: '2026-05-13',
			status: 'wip',
			stack: [],
			draft: true,
		});
		expect(source).toMatch(/^# url: https:\/\/\S+$/m);
		expect(source).toMatch(/^# repo: https:\/\/\S+$/m);
		expect(body.match(/^## /gm)).toHaveLength(1);
		expect(
			experimentSchema(context, { timeZone: 'Asia/Dubai' }).safeParse(data).error
		).toBeUndefined();
	});

	it('refuses a title with no letters or digits', () => {
		expect(() => buildScaffold('article', '🚀 !!', TODAY)).toThrow(/no letters or digits/);
		expect(() => buildScaffold('article', '   ', TODAY)).toThrow('The title must not be empty.');
	});

	it('throws on a date that is not a day written as YYYY-MM-DD', () => {
		for (const today of [
			'13/05/2026',
			'2026-5-13',
			'2026-13-45',
			'2026-02-30',
			'2026-05-13T00:00',
			'',
		]) {
			expect(() => buildScaffold('article', 'Dates', { today }), today).toThrow(
				/Expected today's date as YYYY-MM-DD/
			);
		}
	});
});

describe('slugForTitle', () => {
	it('merges the hyphens that dropped punctuation leaves behind', () => {
		expect(slugForTitle('Ship it: "fast" & safe #1 🚀')).toBe('ship-it-fast-safe-1');
		expect(slugForTitle('C++ & C#')).toBe('c-c');
	});

	it('drops a leading underscore, which would make the content loader skip the file', () => {
		expect(slugForTitle('_private notes')).toBe('private-notes');
		expect(slugForTitle('__init__ explained')).toBe('init__-explained');
	});

	it('keeps letters of any script', () => {
		expect(slugForTitle('Über Caching 日本')).toBe('über-caching-日本');
	});

	it('refuses a purely numeric slug, which would clash with page 2 of the index', () => {
		expect(() => slugForTitle('2')).toThrow(
			'The title "2" gives the slug "2", which would clash with page 2 of the index. Add a word to the title.'
		);
		expect(() => slugForTitle('#42!')).toThrow(/slug "42"/);
		expect(slugForTitle('2026 in review')).toBe('2026-in-review');
	});
});

describe('isContentKind', () => {
	it('knows the three kinds and nothing else', () => {
		const kinds: ContentKind[] = ['article', 'case-study', 'experiment'];
		for (const kind of kinds) expect(isContentKind(kind)).toBe(true);
		for (const word of ['post', 'Article', 'case-studies', ''])
			expect(isContentKind(word)).toBe(false);
	});
});
