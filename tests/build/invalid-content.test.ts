import { describe, expect, it } from 'vitest';
import { runAstroBuild, TEST_BUILD_ROOT } from '../helpers/astro-build';
import { runDoctorJson } from '../helpers/doctor';

describe('a build with invalid frontmatter', () => {
	it('fails and names every bad file with its field and how to fix it', async () => {
		const { exitCode, output } = await runAstroBuild({
			contentDirectory: './tests/fixtures/invalid-frontmatter',
			outDir: `${TEST_BUILD_ROOT}invalid-frontmatter/`,
		});
		expect(exitCode).not.toBe(0);
		expect(output).toContain('4 content files have problems to fix:');
		expect(output).toMatch(/invalid-frontmatter\/blog\/missing-title\.md\n\s+title: is required/);
		expect(output).toMatch(
			/invalid-frontmatter\/blog\/bad-date\.md\n\s+pubDate: "next tuesday" is not a date: write it as 2026-05-13/
		);
		expect(output).toMatch(
			/invalid-frontmatter\/blog\/unknown-field\.md\n\s+unknown field `category`: allowed fields are title, description, pubDate/
		);
		expect(output).toMatch(
			/invalid-frontmatter\/blog\/cover-without-alt\.md\n\s+coverAlt: is required when cover is set/
		);
		// A content error, not a crash: the list alone, without a stack trace.
		expect(output).not.toMatch(/^\s+at /m);
		expect(output).not.toContain('Stack trace');
		expect(output.trimEnd()).toMatch(/run `npm run doctor` to see every problem at once\.?$/);
	});
});

describe('a build with references to entries that do not exist', () => {
	it('fails and names the article, the field, the missing id and the ids that exist', async () => {
		const { exitCode, output } = await runAstroBuild({
			contentDirectory: './tests/fixtures/missing-reference',
			outDir: `${TEST_BUILD_ROOT}missing-reference/`,
		});
		expect(exitCode).not.toBe(0);
		expect(output).toContain('3 references to entries that do not exist:');
		expect(output).toMatch(
			/missing-reference\/blog\/guest-post\.md\n\s+author: "jane-doe" is not in content\/authors\/ \(authors: layla-haddad\)\n\s+cta: "audit" is not in content\/services\/ \(it has none\)\n\s+series: "no-such-series" is not in content\/series\/ \(series: queues\)/
		);
	});

	it("fails on a testimonial's case study that does not exist, naming the testimonial", async () => {
		const { exitCode, output } = await runAstroBuild({
			contentDirectory: './tests/fixtures/missing-case-study',
			outDir: `${TEST_BUILD_ROOT}missing-case-study/`,
		});
		expect(exitCode).not.toBe(0);
		expect(output).toContain(
			[
				'1 reference to entries that do not exist:',
				'',
				'tests/fixtures/missing-case-study/testimonials/about-nothing.yaml',
				'  caseStudy: "payments-rebuild" is not in content/case-studies/ (it has none)',
			].join('\n')
		);
	});
});

describe('a build with an invalid testimonial', () => {
	it('fails naming the file, the unknown field with the allowed ones, and the missing field', async () => {
		const { exitCode, output } = await runAstroBuild({
			contentDirectory: './tests/fixtures/invalid-testimonial',
			outDir: `${TEST_BUILD_ROOT}invalid-testimonial/`,
		});
		expect(exitCode).not.toBe(0);
		expect(output).toContain(
			[
				'1 content file has problems to fix:',
				'',
				'tests/fixtures/invalid-testimonial/testimonials/misspelt.yaml',
				'  company: is required',
				'  unknown field `compnay`: did you mean `company`?',
			].join('\n')
		);
		expect(output).not.toMatch(/^\s+at /m);
		expect(output.trimEnd()).toMatch(/run `npm run doctor` to see every problem at once\.?$/);
	});

	it('is refused by the doctor too, at the lines of the three fields', async () => {
		const { status, report } = await runDoctorJson('tests/fixtures/missing-reference');
		expect(status).toBe(1);
		expect(report.errors.map(({ file, line, message }) => `${file}:${line} ${message}`)).toEqual([
			'tests/fixtures/missing-reference/blog/guest-post.md:5 author: "jane-doe" is not in content/authors/ (authors: layla-haddad)',
			'tests/fixtures/missing-reference/blog/guest-post.md:6 cta: "audit" is not in content/services/ (it has none)',
			'tests/fixtures/missing-reference/blog/guest-post.md:7 series: "no-such-series" is not in content/series/ (series: queues)',
		]);
	});
});

describe('a build with a callout of an unknown kind', () => {
	it('fails on a Markdown alert, naming the file, the marker and the kinds to use', async () => {
		const { exitCode, output } = await runAstroBuild({
			contentDirectory: './tests/fixtures/unknown-callout-alert',
			outDir: `${TEST_BUILD_ROOT}unknown-callout-alert/`,
		});
		expect(exitCode).not.toBe(0);
		expect(output).toContain(
			[
				'1 content file has problems to fix:',
				'',
				'tests/fixtures/unknown-callout-alert/blog/danger-alert.md',
				'  > [!CAUTION] is not a callout type. Write > [!NOTE], > [!TIP] or > [!WARNING]; to start a quote with the text [!CAUTION], put it in backticks.',
			].join('\n')
		);
		// The real problem is the only one reported, not a missing reading time later on.
		expect(output).not.toContain('reading time');
	});

	it('fails on an MDX <Callout type>, naming the file and the types to use', async () => {
		const { exitCode, output } = await runAstroBuild({
			contentDirectory: './tests/fixtures/unknown-callout-component',
			outDir: `${TEST_BUILD_ROOT}unknown-callout-component/`,
		});
		expect(exitCode).not.toBe(0);
		expect(output).toContain(
			'tests/fixtures/unknown-callout-component/blog/danger-component.mdx: <Callout type="danger"> is not a callout type. Write type="note", type="tip" or type="warning".'
		);
	});
});

describe('a build with a formula or a diagram that does not work', () => {
	it('fails on Markdown and plain MDX, naming every file with the line of the problem', async () => {
		const { exitCode, output } = await runAstroBuild({
			contentDirectory: './tests/fixtures/invalid-math-and-diagrams',
			outDir: `${TEST_BUILD_ROOT}invalid-math-and-diagrams/`,
		});
		expect(exitCode).not.toBe(0);
		expect(output).toContain('3 content files have problems to fix:');
		expect(output).toContain(
			"tests/fixtures/invalid-math-and-diagrams/blog/percentiles.md:9: the formula $\\frac{1}{n \\sum x_i$ does not parse: Unexpected end of input in a macro argument, expected '}'. Fix the TeX, or write \\$ for a dollar sign that is not math."
		);
		// The second line of the display formula, where the unknown command is.
		expect(output).toContain(
			'tests/fixtures/invalid-math-and-diagrams/blog/backoff.mdx:11: the formula $$t_k = t_0 \\cdot 2^{k} + \\jitter$$ does not parse: Unsupported function name: \\jitter.'
		);
		expect(output).toContain(
			'tests/fixtures/invalid-math-and-diagrams/blog/unnamed.md:9: the diagram has no name for screen readers: give the fence a caption (```mermaid title="Webhook retries") or add an accTitle: line.'
		);
	});

	it('fails on MDX with components, naming the file and the diagram line the renderer would skip', async () => {
		const { exitCode, output } = await runAstroBuild({
			contentDirectory: './tests/fixtures/invalid-diagram-in-mdx',
			outDir: `${TEST_BUILD_ROOT}invalid-diagram-in-mdx/`,
		});
		expect(exitCode).not.toBe(0);
		expect(output).toContain(
			'tests/fixtures/invalid-diagram-in-mdx/blog/retries.mdx:12: the diagram renderer does not understand "B -->|No| C[Process": check the Mermaid syntax of this line'
		);
	});
});
