import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { JsonReport } from '@/features/doctor/report';
import { runDoctor, type DoctorRun } from '../helpers/doctor';

const FIXTURE = 'tests/fixtures/doctor-problems';
const BLOG = `${FIXTURE}/blog`;

const jsonRuns = new Map<string, Promise<DoctorRun & { report: JsonReport }>>();

/** Runs `--json` once per argument list; the tests then read the same report. */
function runJson(args: string[]): Promise<DoctorRun & { report: JsonReport }> {
	const key = args.join('\0');
	let run = jsonRuns.get(key);
	if (!run) {
		run = runDoctor(['--json', ...args]).then((result) => ({
			...result,
			report: JSON.parse(result.stdout) as JsonReport,
		}));
		jsonRuns.set(key, run);
	}
	return run;
}

const where = ({ file, line, rule }: { file: string; line: number; rule: string }) =>
	`${file}:${line} ${rule}`;

describe('npm run doctor on the example site', () => {
	it('finds no errors, so it exits with status 0', async () => {
		const { status, report, stderr } = await runJson(['--content', './content']);
		expect(stderr).toBe('');
		expect(report.errors).toEqual([]);
		expect(status).toBe(0);
	});

	it('checks every entry file of every collection folder, not only the blog', async () => {
		const { report } = await runJson(['--content', './content']);
		const entryFiles = readdirSync('content', { recursive: true, withFileTypes: true }).filter(
			(entry) => entry.isFile() && /^[^_].*\.(md|mdx|ya?ml|json)$/.test(entry.name)
		);
		const folders = new Set(entryFiles.map((entry) => entry.parentPath.split('/')[1]));
		expect([...folders].sort()).toEqual([
			'authors',
			'blog',
			'case-studies',
			'experiments',
			'pages',
			'series',
			'services',
			'testimonials',
		]);
		expect(report.files).toBe(entryFiles.length);
	});

	it('has no warnings either: the example content is what a clean site looks like', async () => {
		const { report } = await runJson(['--content', './content']);
		expect(report.warnings.map(where)).toEqual([]);
	});

	it('reads the content folder from FIELDNOTES_CONTENT_DIR when --content is not given', async () => {
		const { status, stdout } = await runDoctor(['--json'], { FIELDNOTES_CONTENT_DIR: FIXTURE });
		expect(status).toBe(1);
		expect((JSON.parse(stdout) as JsonReport).files).toBe(12);
	});
});

describe('npm run doctor on content with every kind of problem', () => {
	it('exits with status 1 and reports each error at its file and line', async () => {
		const { status, report } = await runJson(['--content', FIXTURE]);
		expect(status).toBe(1);
		expect(report.errors.map(where)).toEqual([
			`${BLOG}/2.md:1 duplicate-route`,
			`${BLOG}/bad-frontmatter.md:4 schema`,
			`${BLOG}/bad-frontmatter.md:5 schema`,
			`${BLOG}/bad-mdx.mdx:9 syntax`,
			`${BLOG}/broken-yaml.md:6 schema`,
			`${BLOG}/draft-post.md:6 missing-reference`,
			`${BLOG}/headings.md:7 duplicate-route`,
			`${BLOG}/headings.md:8 duplicate-route`,
			`${BLOG}/headings.md:9 duplicate-route`,
			`${BLOG}/images/index.mdx:6 missing-image`,
			`${BLOG}/images/index.mdx:16 missing-image`,
			`${BLOG}/linker.md:8 duplicate-route`,
			`${BLOG}/linker.md:13 broken-link`,
			`${BLOG}/linker.md:15 broken-link`,
			`${BLOG}/linker.md:17 broken-link`,
			`${BLOG}/linker.md:17 broken-link`,
			`${BLOG}/same.md:1 duplicate-route`,
			`${BLOG}/same.mdx:1 duplicate-route`,
		]);
	});

	it('reports each warning at its file and line', async () => {
		const { report } = await runJson(['--content', FIXTURE]);
		expect(report.warnings.map(where)).toEqual([
			`${BLOG}/headings.md:3 long-description`,
			`${BLOG}/headings.md:5 tag-spelling`,
			`${BLOG}/headings.md:12 heading-level`,
			`${BLOG}/headings.md:16 heading-level`,
			`${BLOG}/headings.md:18 heading-level`,
			`${BLOG}/images/index.mdx:14 missing-alt`,
		]);
	});

	it('explains each problem', async () => {
		const { report } = await runJson(['--content', FIXTURE]);
		const messages = [...report.errors, ...report.warnings].map(
			({ file, line, message }) => `${file.slice(BLOG.length + 1)}:${line} ${message}`
		);
		expect(messages).toEqual(
			expect.arrayContaining([
				'bad-frontmatter.md:4 pubDate: "next tuesday" is not a date: write it as 2026-05-13 or 2026-05-13T09:30:00+04:00',
				'bad-frontmatter.md:5 unknown field `categroy`: allowed fields are title, description, pubDate, updatedDate, tags, draft, cover, coverAlt, author, cta, series, canonicalURL, aliases',
				'broken-yaml.md:6 invalid YAML: unexpected end of the stream within a flow collection',
				'images/index.mdx:6 cover: image ./missing-cover.png does not exist: the path is relative to this file',
				'images/index.mdx:16 image ./photo.png does not exist: the path is relative to this file',
				`same.md:1 its id "same" is also the id of ${BLOG}/same.mdx: both would be /blog/same/; rename one of them`,
				'2.md:1 its URL /blog/2/ is already page 2 of the blog index: rename the file, e.g. to "2-notes.md"',
				`linker.md:8 alias /blog/shared-alias/ is also an alias in ${BLOG}/headings.md:7`,
				'headings.md:8 alias /tags/ is already the URL of the tag index',
				`headings.md:9 alias /blog/linker/ is already the URL of ${BLOG}/linker.md`,
				'linker.md:13 links to /blog/linkr/, which does not exist (did you mean /blog/linker/?)',
				'linker.md:15 links to https://fieldnotes.example.com/blog/nope/#intro, which does not exist',
				'linker.md:17 links to /blog/draft-post/, which will be broken once built: draft-post is a draft',
				'draft-post.md:6 series: "queue" is not in content/series/ (series: queues)',
				'linker.md:17 links to /blog/scheduled-post/, which will be broken once built: scheduled-post is scheduled for 2999-01-01',
				'images/index.mdx:14 image ./diagram.png has no alt text: describe it for readers who cannot see it',
				`headings.md:5 tag written 3 ways: "TypeScript" (${BLOG}/linker.md:5), "typescript" (${BLOG}/images/index.mdx:5), "Type Script" (${BLOG}/headings.md:5); use "TypeScript"`,
				'headings.md:12 heading "### Starts too deep" comes before any ## heading: start sections at ##',
				'headings.md:16 heading "#### Skips a level" skips a level after an h2: use ### instead',
				`headings.md:18 heading "# A second title" is an h1, but the title is the page's h1: use ## instead`,
				'headings.md:3 description is 181 characters: search results cut it off after about 160',
			])
		);
	});

	it('ignores files whose name starts with an underscore', async () => {
		const { report } = await runJson(['--content', FIXTURE]);
		const files = [...report.errors, ...report.warnings].map(({ file }) => file);
		expect(files).not.toContain(`${BLOG}/_ignored.md`);
	});

	it('prints errors before warnings for people, and ends with the summary line', async () => {
		const { status, stdout } = await runDoctor(['--content', FIXTURE]);
		expect(status).toBe(1);
		const lines = stdout.trimEnd().split('\n');
		const errorsAt = lines.indexOf('Errors (18):');
		const warningsAt = lines.indexOf('Warnings (6):');
		expect(errorsAt).toBe(0);
		expect(warningsAt).toBeGreaterThan(errorsAt);
		const errorLines = lines.slice(errorsAt + 1, warningsAt).filter((line) => line !== '');
		const warningLines = lines.slice(warningsAt + 1, -1).filter((line) => line !== '');
		expect(errorLines).toHaveLength(18);
		expect(warningLines).toHaveLength(6);
		for (const line of errorLines) expect(line).toMatch(/^\S+:\d+ {2}error {2}\S/);
		for (const line of warningLines) expect(line).toMatch(/^\S+:\d+ {2}warning {2}\S/);
		expect(lines).toContain(
			`${BLOG}/linker.md:13  error  links to /blog/linkr/, which does not exist (did you mean /blog/linker/?)`
		);
		expect(lines.at(-1)).toBe('18 errors, 6 warnings in 12 files');
	});
});

describe('npm run doctor with a wrong argument', () => {
	it('exits with status 2 when the content folder does not exist', async () => {
		const { status, stderr } = await runDoctor(['--content', './no-such-folder']);
		expect(status).toBe(2);
		expect(stderr).toMatch(/There is no content folder at no-such-folder:/);
	});

	it('exits with status 2 on an unknown option', async () => {
		const { status, stderr } = await runDoctor(['--jsn']);
		expect(status).toBe(2);
		expect(stderr).toMatch(/Usage: npm run doctor/);
	});
});

describe('npm run doctor on every collection', () => {
	it('reports a misspelled field of a case study, suggesting the field meant', async () => {
		const { status, report } = await runJson(['--content', 'tests/fixtures/refused-content']);
		expect(status).toBe(1);
		expect(report.errors).toContainEqual({
			file: 'tests/fixtures/refused-content/case-studies/misspelled-client.mdx',
			line: 5,
			rule: 'schema',
			message: 'unknown field `clinet`: did you mean `client`?',
		});
	});
});

describe('npm run doctor on callouts the build refuses', () => {
	it.each([
		['unknown-callout-alert/blog/danger-alert.md', 7, /^> \[!CAUTION\] is not a callout type/],
		[
			'unknown-callout-component/blog/danger-component.mdx',
			7,
			/^<Callout type="danger"> is not a callout type/,
		],
	])('reports %s at line %i', async (file, line, message) => {
		const folder = `tests/fixtures/${file.split('/')[0]}`;
		const { status, report } = await runJson(['--content', folder]);
		expect(status).toBe(1);
		expect(report.errors).toEqual([
			{
				file: `tests/fixtures/${file}`,
				line,
				rule: 'syntax',
				message: expect.stringMatching(message) as unknown,
			},
		]);
	});
});
