import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { JsonProblem } from '@/features/doctor/report';
import { runAstroBuild, TEST_BUILD_ROOT, type BuildResult } from '../helpers/astro-build';
import { BuiltSite } from '../helpers/built-site';
import { runDoctorJson, type DoctorRun } from '../helpers/doctor';
import { parseAtom, parseRss, type JsonFeed } from '../helpers/feeds';
import { parseHtml } from '../helpers/parse-html';
import type { JsonReport } from '@/features/doctor/report';

const REFUSED = 'tests/fixtures/refused-content';
const TRICKY = 'tests/fixtures/tricky-content';
const DOCTOR_HINT = 'run `npm run doctor` to see every problem at once';

/** Every file in a content folder's collections, as paths from the project root. */
function contentFiles(folder: string): string[] {
	return readdirSync(folder, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && /\.(md|mdx|yaml)$/.test(entry.name))
		.map((entry) => relative('.', join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
}

/** Whether a build log names a file: its path followed by a line end, a colon or a space. */
function names(output: string, file: string): boolean {
	return new RegExp(`(^|\\s)${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(:|\\s|$)`, 'm').test(
		output
	);
}

const filesOf = (problems: readonly JsonProblem[]) =>
	[...new Set(problems.map(({ file }) => file))].sort();

describe('content that the schemas refuse', () => {
	let build: BuildResult;
	let doctor: DoctorRun & { report: JsonReport };

	beforeAll(async () => {
		[build, doctor] = await Promise.all([
			runAstroBuild({ contentDirectory: `./${REFUSED}`, outDir: `${TEST_BUILD_ROOT}refused/` }),
			runDoctorJson(REFUSED),
		]);
	});

	const refusedFiles = [
		`${REFUSED}/blog/..md`,
		`${REFUSED}/blog/alias-bomb.md`,
		`${REFUSED}/blog/build-folder-alias.md`,
		`${REFUSED}/blog/dot-segment-alias.md`,
		`${REFUSED}/blog/invalid-yaml.md`,
		`${REFUSED}/blog/misspelled-field.md`,
		`${REFUSED}/blog/script-canonical.md`,
		`${REFUSED}/blog/unclosed-quote.md`,
		`${REFUSED}/case-studies/misspelled-client.mdx`,
	];

	it('is refused by the build and by the doctor, the same files in every collection at once', () => {
		expect(build.exitCode).not.toBe(0);
		expect(doctor.status).toBe(1);
		const files = contentFiles(REFUSED);
		expect(files.filter((file) => names(build.output, file))).toEqual(refusedFiles);
		expect(filesOf(doctor.report.errors)).toEqual(refusedFiles);
	});

	it('prints the list of problems without a stack trace, pointing at the doctor', () => {
		expect(build.output).not.toMatch(/^\s+at /m);
		expect(build.output).not.toContain('Stack trace');
		expect(build.output.trimEnd()).toMatch(new RegExp(`${DOCTOR_HINT.replaceAll('`', '.')}\\.?$`));
	});

	it('says in both what is wrong with each file and how to fix it', () => {
		const doctorSays = (file: string) =>
			doctor.report.errors
				.filter((problem) => problem.file === `${REFUSED}/${file}`)
				.map(({ line, message }) => `${line} ${message}`);
		const buildSays = (file: string) => {
			const start = build.output.indexOf(`${REFUSED}/${file}\n`);
			expect(start, `the build names ${file}`).toBeGreaterThanOrEqual(0);
			return build.output.slice(start, build.output.indexOf('\n\n', start));
		};
		const expected: [file: string, line: number, message: RegExp][] = [
			['blog/..md', 1, /the file name gives no URL slug: rename it, e.g\. to "notes\.md"/],
			['blog/alias-bomb.md', 9, /YAML aliases .*expand field `e` to more than 10,000 values/],
			['blog/invalid-yaml.md', 6, /invalid YAML: .*flow collection/],
			['blog/unclosed-quote.md', 5, /invalid YAML: .*double quoted scalar/],
			['blog/misspelled-field.md', 5, /unknown field `updatedDat`: did you mean `updatedDate`\?/],
			['blog/script-canonical.md', 5, /canonicalURL: must be an http:\/\/ or https:\/\/ URL/],
			['blog/dot-segment-alias.md', 5, /aliases\.0: must not contain "\." or "\.\." segments/],
			['blog/dot-segment-alias.md', 5, /aliases\.1: must not contain "\." or "\.\." segments/],
			['blog/build-folder-alias.md', 5, /aliases\.0: \/_astro\/old\/ is inside \/_astro\//],
			['blog/build-folder-alias.md', 5, /aliases\.1: \/pagefind\/ is inside \/pagefind\//],
			[
				'blog/build-folder-alias.md',
				5,
				/aliases\.2: \/social-cards\/blog\/old\/ is inside \/social-cards\//,
			],
			['case-studies/misspelled-client.mdx', 5, /unknown field `clinet`: did you mean `client`\?/],
		];
		for (const [file, line, message] of expected) {
			expect(doctorSays(file), file).toContainEqual(expect.stringMatching(new RegExp(`^${line} `)));
			expect(
				doctorSays(file).some((said) => message.test(said)),
				`${file}: ${doctorSays(file).join(' | ')}`
			).toBe(true);
			expect(buildSays(file)).toMatch(message);
		}
	});
});

describe('content that looks odd but is valid', () => {
	let build: BuildResult;
	let doctor: DoctorRun & { report: JsonReport };
	let site: BuiltSite;

	beforeAll(async () => {
		[build, doctor] = await Promise.all([
			runAstroBuild({ contentDirectory: `./${TRICKY}`, outDir: `${TEST_BUILD_ROOT}tricky/` }),
			runDoctorJson(TRICKY),
		]);
		site = new BuiltSite(`${TEST_BUILD_ROOT}tricky/`);
	});

	it('is accepted by the build and by the doctor', () => {
		expect(build.exitCode, build.output).toBe(0);
		expect(doctor.report.errors).toEqual([]);
		expect(doctor.status).toBe(0);
	});

	it('gets a page for every article, with the dates its frontmatter gives', () => {
		const titles = {
			crlf: 'Windows line endings',
			bom: 'Byte order mark',
			'invalid-utf8': 'Invalid UTF-8',
			toml: 'TOML frontmatter',
			'symbol-tags': 'Tags that begin with symbols',
			'plain-tags': 'Plain tags',
			'raw-html': 'Raw HTML in the body',
		};
		for (const [slug, title] of Object.entries(titles)) {
			expect(site.page(`/blog/${slug}/`).querySelector('h1')?.text.trim()).toBe(title);
		}
		const times = site
			.page('/blog/crlf/')
			.querySelectorAll('article header time')
			.map((time) => time.text.trim());
		expect(times).toEqual(['5 January 2026', '6 January 2026']);
	});

	it('warns in the build and in the doctor about bytes that are not UTF-8, naming file and line', () => {
		expect(build.output).toMatch(
			new RegExp(`${TRICKY}/blog/invalid-utf8\\.md:9 .*not valid UTF-8`)
		);
		expect(doctor.report.warnings).toContainEqual(
			expect.objectContaining({ file: `${TRICKY}/blog/invalid-utf8.md`, line: 9 })
		);
	});

	it('warns in the doctor about every piece of active HTML in an article', () => {
		const lines = doctor.report.warnings
			.filter(({ file }) => file === `${TRICKY}/blog/raw-html.md`)
			.map(({ line, message }) => `${line} ${message.split(' in the body')[0]}`);
		expect(lines).toEqual([
			'9 <script> element',
			'11 onerror= attribute',
			'13 <iframe> element',
			'15 javascript: link',
			'15 javascript: link',
			'15 onclick= attribute',
			'17 onload= attribute',
		]);
	});

	it('gives tags that begin with symbols clean URLs, shared with the same tag written plainly', () => {
		expect(site.files().filter((file) => /^tags\/[^a-z0-9]/.test(file))).toEqual([]);
		const linked = (path: string) =>
			site
				.page(path)
				.querySelectorAll('main article h2 a, main article h3 a')
				.map((link) => link.getAttribute('href'))
				.sort();
		expect(linked('/tags/edge-cases/')).toEqual(['/blog/crlf/', '/blog/symbol-tags/']);
		expect(linked('/tags/postgres/')).toEqual(['/blog/plain-tags/', '/blog/symbol-tags/']);
	});

	it('strips active content from every feed while keeping the text, MathML and SVG', () => {
		const bodies = {
			rss: parseRss(site.read('rss.xml')).item.find(({ title }) => title.startsWith('Raw HTML'))?.[
				'content:encoded'
			],
			atom: parseAtom(site.read('atom.xml')).entry.find(({ title }) => title.startsWith('Raw HTML'))
				?.content['#text'],
			json: (JSON.parse(site.read('feed.json')) as JsonFeed).items.find(({ title }) =>
				title.startsWith('Raw HTML')
			)?.content_html,
		};
		for (const [feed, html] of Object.entries(bodies)) {
			expect(html, feed).toBeDefined();
			const body = parseHtml(html ?? '');
			expect(
				body.querySelectorAll('script, iframe').map((element) => element.outerHTML),
				feed
			).toEqual([]);
			const attributes = body
				.querySelectorAll('*')
				.flatMap((element) => Object.entries(element.attributes));
			expect(
				attributes.filter(([name]) => /^on/i.test(name)),
				feed
			).toEqual([]);
			expect(
				attributes.filter(([, value]) => /^\s*javascript:/i.test(value)),
				feed
			).toEqual([]);
			expect(body.text, feed).toContain('A paragraph before the HTML.');
			expect(body.text, feed).toContain('A paragraph after the HTML.');
			expect(body.text, feed).toContain('an HTML link that runs one');
			expect(body.querySelector('math mi')?.text, feed).toBe('x');
			expect(body.querySelector('svg circle')?.getAttribute('r'), feed).toBe('4');
		}
	});
});
