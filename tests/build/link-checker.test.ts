import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuiltSite } from '../helpers/built-site';
import { runAstroBuild, TEST_BUILD_ROOT } from '../helpers/astro-build';
import { SITES } from '../helpers/sites';

describe('the link checker', () => {
	it('fails the build listing exactly the broken page link, fragment and image with their source file', async () => {
		const { exitCode, output } = await runAstroBuild({
			contentDirectory: './tests/fixtures/broken-links',
			outDir: `${TEST_BUILD_ROOT}broken-links/`,
		});
		expect(exitCode).not.toBe(0);
		const report = output.slice(output.indexOf('broken links in the built site'));
		expect(report).toMatch(
			/^broken links in the built site \(\d+ links on \d+ pages checked in \d+ ms\):/
		);
		expect(output).toContain('3 broken links in the built site');
		expect(report).toContain(
			[
				'tests/fixtures/broken-links/blog/links.md (/blog/links/)',
				'  /blog/targte/  leads to no page or file (did you mean /blog/target/?)',
				'  /blog/target/#real-sectoin  points at a heading or id that does not exist on that page (did you mean #real-section?)',
				'  /images/missing-diagram.png  leads to no page or file',
			].join('\n')
		);
		// The link to the alias of a renamed article is not broken.
		expect(report).not.toContain('/blog/old-target/');
		// A content error, not a crash: the list alone, without Astro's hook error and a stack trace.
		expect(output).not.toContain('An unhandled error occurred');
		expect(output).not.toMatch(/^\s+at /m);
		expect(output).not.toContain('Stack trace');
		expect(output.trimEnd()).toMatch(/run `npm run doctor` to see every problem at once\.?$/);
	});

	it('passes once the three links are fixed', async () => {
		// A fixed folder name, so repeated runs reuse one Astro cache folder instead of adding one each.
		const content = join(TEST_BUILD_ROOT, 'fixed-links');
		rmSync(content, { recursive: true, force: true });
		cpSync('tests/fixtures/broken-links', content, { recursive: true });
		const article = join(content, 'blog/links.md');
		writeFileSync(
			article,
			readFileSync(article, 'utf8')
				.replace('/blog/targte/', '/blog/target/')
				.replace('#real-sectoin', '#real-section')
				.replace('![A picture that is not there](/images/missing-diagram.png)', 'No picture.')
		);
		const { exitCode, output } = await runAstroBuild({
			contentDirectory: content,
			outDir: `${content}-dist/`,
		});
		expect(output).toMatch(/links on \d+ pages checked in \d+ ms: none broken/);
		expect(exitCode).toBe(0);
		// A blog without case studies, experiments, pages, series or testimonials: their sections
		// and links disappear (src/site.config.ts's navigation names them all), so nothing links to
		// a missing page and the home page has no empty testimonials section.
		const built = new BuiltSite(`${content}-dist/`);
		expect(
			built.files().some((file) => /^(case-studies|experiments|about|series)\//.test(file))
		).toBe(false);
		const home = built.page('/');
		expect(home.querySelectorAll('main h2').map((heading) => heading.text.trim())).toEqual([
			'Latest articles',
			'New articles by email',
		]);
		// The wide-screen navigation and the phone menu hold the same links.
		expect(home.querySelectorAll('header nav a').map((link) => link.text.trim())).toEqual([
			'Blog',
			'Blog',
		]);
		// Without a privacy page, the newsletter form has no privacy link to break.
		expect(home.querySelectorAll('[aria-labelledby="newsletter-heading"] a')).toEqual([]);
	});

	it('reports its cost in the log of a passing build', () => {
		expect(readFileSync(SITES.fixture.log, 'utf8')).toMatch(
			/\[fieldnotes:link-checker\] \d+ links on \d+ pages checked in \d+ ms: none broken\./
		);
	});
});
