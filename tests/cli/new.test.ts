import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { toIsoDay } from '@/lib/format-date';
import { articleSchema } from '@/content-model/article';
import { siteConfig } from '@/site.config';
import { runAstroBuild } from '../helpers/astro-build';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

// Astro's image() checks the file on disk; a string stands in for it here.
const context = { image: () => z.string() } as unknown as Parameters<typeof articleSchema>[0];
const schema = articleSchema(context, { timeZone: siteConfig.timeZone });

let contentDirectory: string;

beforeEach(async () => {
	contentDirectory = await mkdtemp(join(tmpdir(), 'fieldnotes-new-'));
});

afterEach(async () => {
	await rm(contentDirectory, { recursive: true, force: true });
});

/** Runs `npm run new -- …args` as an author would, against the temporary content folder. */
function runNew(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
	return new Promise((resolve, reject) => {
		const child = spawn(
			process.execPath,
			['node_modules/tsx/dist/cli.mjs', 'src/features/new-entry/cli.ts', ...args],
			{
				cwd: PROJECT_ROOT,
				env: { ...process.env, FIELDNOTES_CONTENT_DIR: contentDirectory, NO_COLOR: '1' },
				stdio: ['ignore', 'pipe', 'pipe'],
			}
		);
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		child.on('error', reject);
		child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
	});
}

function frontmatterOf(source: string): Record<string, unknown> {
	const yaml = /^---\n([\s\S]*?)\n---\n/.exec(source)?.[1];
	if (yaml === undefined) throw new Error(`No frontmatter in:\n${source}`);
	return parse(yaml) as Record<string, unknown>;
}

describe('npm run new', () => {
	it('creates a draft article with valid frontmatter dated today in the site time zone', async () => {
		const before = toIsoDay(new Date(), siteConfig.timeZone);
		const { code, stdout, stderr } = await runNew('article', 'Idempotent webhooks');
		const after = toIsoDay(new Date(), siteConfig.timeZone);
		expect(stderr).toBe('');
		expect(code).toBe(0);

		const file = join(contentDirectory, 'blog/idempotent-webhooks.mdx');
		expect(stdout).toContain(`Created ${file}`);
		// The dev server may run on any port, so the path is printed, not a guessed address.
		expect(stdout).toContain(
			'Open /blog/idempotent-webhooks/ in the dev server (`npm run dev`) to preview it.'
		);
		expect(stdout).not.toMatch(/localhost|:\/\//);
		const data = frontmatterOf(await readFile(file, 'utf8'));
		expect(Object.keys(data)).toEqual(['title', 'description', 'pubDate', 'tags', 'draft']);
		// Run across midnight, the clock may have moved on between the two readings.
		expect([before, after]).toContain(data['pubDate']);
		const article = schema.parse(data);
		expect(article).toMatchObject({ title: 'Idempotent webhooks', tags: [], draft: true });
		expect(article.description).toMatch(/^[A-Z].+\.$/);
	});

	it('keeps a title full of YAML syntax exactly as typed', async () => {
		const title = 'Ship it: "fast" & safe #1 🚀';
		const { code } = await runNew('article', title);
		expect(code).toBe(0);
		const source = await readFile(join(contentDirectory, 'blog/ship-it-fast-safe-1.mdx'), 'utf8');
		expect(frontmatterOf(source)['title']).toBe(title);
		expect(schema.parse(frontmatterOf(source)).title).toBe(title);
	});

	it('refuses to overwrite an existing article and leaves it byte-identical', async () => {
		expect((await runNew('article', 'Twice')).code).toBe(0);
		const file = join(contentDirectory, 'blog/twice.mdx');
		await writeFile(file, `${await readFile(file, 'utf8')}\nThe author's own words.\n`);
		const before = await readFile(file);

		const { code, stdout, stderr } = await runNew('article', 'Twice');
		expect(code).toBe(1);
		expect(stdout).toBe('');
		expect(stderr).toContain(`${file} already exists`);
		expect(await readFile(file)).toEqual(before);
	});

	it('refuses an article whose slug a folder or a .md file already has', async () => {
		await mkdir(join(contentDirectory, 'blog/with-images'), { recursive: true });
		await writeFile(join(contentDirectory, 'blog/with-images/index.mdx'), 'original');
		await writeFile(join(contentDirectory, 'blog/plain.md'), 'original');

		const folder = await runNew('article', 'With images');
		expect(folder.code).toBe(1);
		expect(folder.stderr).toContain('blog/with-images/index.mdx already exists');
		const markdown = await runNew('article', 'Plain');
		expect(markdown.code).toBe(1);
		expect(markdown.stderr).toContain('blog/plain.md already exists');
		expect((await readdir(join(contentDirectory, 'blog'))).sort()).toEqual([
			'plain.md',
			'with-images',
		]);
	});

	it('refuses a title whose slug is a page number', async () => {
		const { code, stderr } = await runNew('article', '2');
		expect(code).toBe(1);
		expect(stderr).toContain('would clash with page 2 of the index');
		expect(existsSync(join(contentDirectory, 'blog'))).toBe(false);
	});

	it('prints the usage and exits 2 for an unknown kind or a missing title', async () => {
		for (const args of [['post', 'Title'], ['article'], [], ['article', 'Unquoted', 'title']]) {
			const { code, stderr } = await runNew(...args);
			expect(code, args.join(' ')).toBe(2);
			expect(stderr, args.join(' ')).toContain(
				'Usage: npm run new -- <article|case-study|experiment> "Title"'
			);
		}
		expect(await readdir(contentDirectory)).toEqual([]);
	});

	it('creates case studies and experiments in their own folders, creating the folder', async () => {
		const caseStudy = await runNew('case-study', 'Checkout rewrite');
		expect(caseStudy.code).toBe(0);
		expect(caseStudy.stdout).toContain('Open /case-studies/checkout-rewrite/ in the dev server');
		const caseStudyData = frontmatterOf(
			await readFile(join(contentDirectory, 'case-studies/checkout-rewrite.mdx'), 'utf8')
		);
		expect(caseStudyData).toMatchObject({
			title: 'Checkout rewrite',
			period: { end: 'ongoing' },
			featured: false,
			draft: true,
		});

		const experiment = await runNew('experiment', 'Tiny search');
		expect(experiment.code).toBe(0);
		expect(experiment.stdout).toContain('Open /experiments/tiny-search/ in the dev server');
		const experimentData = frontmatterOf(
			await readFile(join(contentDirectory, 'experiments/tiny-search.mdx'), 'utf8')
		);
		expect(experimentData).toMatchObject({ title: 'Tiny search', status: 'wip', draft: true });
	});

	it('creates articles that build: a draft stays out of dist/, the same file published gets a page', async () => {
		expect((await runNew('article', 'Still a draft')).code).toBe(0);
		expect((await runNew('article', 'Ready: to "ship" & go')).code).toBe(0);
		const published = join(contentDirectory, 'blog/ready-to-ship-go.mdx');
		await writeFile(
			published,
			(await readFile(published, 'utf8')).replace('draft: true', 'draft: false')
		);

		// Every site needs its main author (src/site.config.ts names her).
		await cp(join(PROJECT_ROOT, 'tests/fixtures/site/authors'), join(contentDirectory, 'authors'), {
			recursive: true,
		});
		const outDir = `${contentDirectory}-dist`;
		// astro.config.ts gives each content folder its own cache, named this way; this one is never reused.
		const cacheDirectory = join(
			PROJECT_ROOT,
			'node_modules/.astro',
			contentDirectory.replace(/[^a-z0-9]+/gi, '-')
		);
		try {
			const { exitCode, output } = await runAstroBuild({ contentDirectory, outDir });
			expect(exitCode, output).toBe(0);
			expect(output).not.toMatch(/\berror\b/i);
			expect(existsSync(join(outDir, 'blog/still-a-draft'))).toBe(false);
			const page = await readFile(join(outDir, 'blog/ready-to-ship-go/index.html'), 'utf8');
			expect(page).toContain('Ready: to &quot;ship&quot; &amp; go');
		} finally {
			await rm(outDir, { recursive: true, force: true });
			await rm(cacheDirectory, { recursive: true, force: true });
		}
	}, 120_000);
});
