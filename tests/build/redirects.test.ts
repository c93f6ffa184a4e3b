import { describe, expect, it } from 'vitest';
import { runAstroBuild, TEST_BUILD_ROOT } from '../helpers/astro-build';
import { runDoctorJson } from '../helpers/doctor';
import { parseSitemap, parseSitemapIndex } from '../helpers/feeds';
import { fixtureSite } from '../helpers/fixture-site';

const SITE = 'https://fieldnotes.example.com';

describe('aliases of renamed articles', () => {
	it.each(['/blog/only-one-heading/', '/notes/one-heading/'])(
		'%s is a redirect page to the article, with a refresh, a canonical link and a visible link',
		(alias) => {
			const page = fixtureSite.page(alias);
			expect(page.querySelector('meta[http-equiv=refresh]')?.getAttribute('content')).toBe(
				'0; url=/blog/single-heading/'
			);
			expect(page.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(
				`${SITE}/blog/single-heading/`
			);
			expect(page.querySelector('meta[name=robots]')?.getAttribute('content')).toBe('noindex');
			const link = page.querySelector('body a');
			expect(link?.getAttribute('href')).toBe('/blog/single-heading/');
			expect(link?.text).toBe('One heading only');
		}
	);

	it('are listed in _redirects as permanent redirects, with and without the trailing slash', () => {
		expect(fixtureSite.read('_redirects')).toBe(
			[
				'/blog/only-one-heading/ /blog/single-heading/ 301',
				'/blog/only-one-heading /blog/single-heading/ 301',
				'/notes/one-heading/ /blog/single-heading/ 301',
				'/notes/one-heading /blog/single-heading/ 301',
				'',
			].join('\n')
		);
	});

	it('are left out of the sitemap', () => {
		const locations = parseSitemapIndex(fixtureSite.read('sitemap-index.xml')).flatMap((loc) =>
			parseSitemap(fixtureSite.read(new URL(loc).pathname.slice(1))).map((url) => url.loc)
		);
		expect(locations).toContain(`${SITE}/blog/single-heading/`);
		expect(locations).not.toContain(`${SITE}/blog/only-one-heading/`);
		expect(locations).not.toContain(`${SITE}/notes/one-heading/`);
	});

	it('fail the build when one takes the URL of a real article or a series, naming the files', async () => {
		const { exitCode, output } = await runAstroBuild({
			contentDirectory: './tests/fixtures/alias-collision',
			outDir: `${TEST_BUILD_ROOT}alias-collision/`,
		});
		expect(exitCode).not.toBe(0);
		expect(output).toContain(
			'tests/fixtures/alias-collision/blog/first.md: alias /blog/second/ is already the URL of tests/fixtures/alias-collision/blog/second.md'
		);
		expect(output).toContain(
			'tests/fixtures/alias-collision/blog/first.md: alias /series/notes/ is already the URL of tests/fixtures/alias-collision/series/notes.yaml'
		);
	});

	it('fail the build and the doctor when one takes the URL of any page of the site, naming the file', async () => {
		const fixture = 'tests/fixtures/alias-takeover';
		const [{ exitCode, output }, doctor] = await Promise.all([
			runAstroBuild({
				contentDirectory: `./${fixture}`,
				outDir: `${TEST_BUILD_ROOT}alias-takeover/`,
			}),
			runDoctorJson(fixture),
		]);
		const claims = [
			[`${fixture}/blog/takes-over-an-experiment.md`, 5, '/experiments/queue-tool/'],
			[`${fixture}/blog/takes-over-pages.md`, 6, '/about/'],
			[`${fixture}/blog/takes-over-pages.md`, 7, '/search/'],
			[`${fixture}/blog/takes-over-pages.md`, 8, '/site-map/'],
		] as const;
		expect(exitCode).not.toBe(0);
		expect(doctor.status).toBe(1);
		for (const [file, line, alias] of claims) {
			expect(output).toMatch(new RegExp(`${file}: alias ${alias} is already the URL of \\S`));
			expect(doctor.report.errors).toContainEqual(
				expect.objectContaining({
					file,
					line,
					message: expect.stringMatching(
						new RegExp(`^alias ${alias} is already the URL of \\S`)
					) as unknown,
				})
			);
		}
		expect(doctor.report.errors).toHaveLength(claims.length);
	});
});
