import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import { getPublicationStatus } from '@/content-model/publication';
import { checkDescriptionLength, checkHeadingLevels, checkImages } from './article-checks';
import { findArticleFiles, findYamlEntryIds, type ArticleFile } from '@/content-model/entry-files';
import type { ArticleSummary, Located } from './article-summary';
import { parseFrontmatter, splitFrontmatter, type Frontmatter } from '@/content-model/frontmatter';
import {
	createFrontmatterValidator,
	type ArticleData,
	type FrontmatterValidator,
} from './frontmatter-schema';
import { checkLinks } from './links';
import { checkDiagrams, checkFormulas } from './math-and-diagram-checks';
import { checkReferences } from './references';
import { outlineMarkdown } from './markdown-outline';
import { compareProblems, type Problem } from './problem';
import { checkRoutes } from './routes';
import { checkTagSpellings } from './tag-spellings';

/** Where to look and the settings and clock to check against. */
export interface DoctorOptions {
	/** Folder holding `blog/`, like `FIELDNOTES_CONTENT_DIR`; relative to `cwd`. */
	contentDirectory: string;
	/** Printed paths are relative to this folder. */
	cwd: string;
	/** The moment that decides which articles are scheduled. */
	now: Date;
	siteUrl: string;
	timeZone: string;
}

/** Everything the doctor found, errors and warnings each in file, line, rule order. */
export interface DoctorReport {
	errors: Problem[];
	warnings: Problem[];
	/** How many article files were checked. */
	files: number;
}

/** Thrown when there is nothing to check, e.g. the content folder has no `blog/`. */
export class DoctorSetupError extends Error {}

/** Checks every article under `<contentDirectory>/blog/` and reports all problems at once. */
export function runDoctor(options: DoctorOptions): DoctorReport {
	const blogDirectory = resolve(options.cwd, options.contentDirectory, 'blog');
	if (!statSync(blogDirectory, { throwIfNoEntry: false })?.isDirectory()) {
		throw new DoctorSetupError(
			`There is no blog folder at ${displayPath(blogDirectory, options.cwd)}: pass the folder that holds blog/ with --content <dir>.`
		);
	}
	const isFile = createFileLookup();
	const validate = createFrontmatterValidator({ timeZone: options.timeZone, isFile });
	const inspected = findArticleFiles(blogDirectory).map((file) =>
		inspectArticle(file, { ...options, isFile, validate })
	);
	const summaries = inspected.map(({ summary }) => summary);
	const problems = [
		...inspected.flatMap(({ problems }) => problems),
		...checkRoutes(summaries),
		...checkLinks(summaries, options),
		...checkTagSpellings(summaries),
		...checkReferences(summaries, {
			series: findYamlEntryIds(resolve(options.cwd, options.contentDirectory, 'series')),
		}),
	].sort(compareProblems);
	return {
		errors: problems.filter(({ severity }) => severity === 'error'),
		warnings: problems.filter(({ severity }) => severity === 'warning'),
		files: inspected.length,
	};
}

interface InspectOptions extends DoctorOptions {
	isFile: (path: string) => boolean;
	validate: FrontmatterValidator;
}

/** Runs the checks that need only one file and gathers what the site-wide checks need. */
function inspectArticle(
	articleFile: ArticleFile,
	options: InspectOptions
): { summary: ArticleSummary; problems: Problem[] } {
	const file = displayPath(articleFile.path, options.cwd);
	const articleDirectory = dirname(articleFile.path);
	const problems: Problem[] = [];
	const report = (problem: Omit<Problem, 'file'>) => problems.push({ ...problem, file });

	const source = readFileSync(articleFile.path, 'utf8');
	const split = splitFrontmatter(source);
	let frontmatter: Frontmatter | undefined;
	let data: ArticleData | undefined;
	if (split.yaml === undefined) {
		report({
			severity: 'error',
			line: split.firstLine,
			rule: 'schema',
			message: split.isUnclosed
				? 'the frontmatter is never closed: add a --- line after its last field'
				: 'there is no frontmatter: start the file with a --- block holding title, description and pubDate',
		});
	} else {
		frontmatter = parseFrontmatter(split.yaml, split.firstLine + 1);
		for (const { line, message } of frontmatter.errors) {
			report({ severity: 'error', line, rule: 'schema', message: `invalid YAML: ${message}` });
		}
		if (frontmatter.errors.length === 0) {
			const result = options.validate(frontmatter.data, articleDirectory);
			data = result.data;
			for (const { rule, path, message } of result.issues) {
				report({ severity: 'error', line: frontmatter.lineOf(path), rule, message });
			}
		}
	}
	const raw = frontmatter?.data ?? {};
	const lineOf = (path: readonly (string | number)[]) =>
		frontmatter?.lineOf(path) ?? split.firstLine;

	const outline = outlineMarkdown(split.body, articleFile.format, split.bodyLineOffset);
	if (outline.syntaxError) {
		const { line, message } = outline.syntaxError;
		report({
			severity: 'error',
			line,
			rule: 'syntax',
			message: `the body does not parse: ${message}`,
		});
	}
	checkHeadingLevels(outline.headings).forEach(report);
	checkImages(outline.images, { articleDirectory, isFile: options.isFile }).forEach(report);
	checkFormulas(outline.formulas).forEach(report);
	checkDiagrams(outline.diagrams).forEach(report);
	const description = data?.description ?? raw['description'];
	if (typeof description === 'string') {
		checkDescriptionLength(description, lineOf(['description'])).forEach(report);
	}

	const locate = (field: 'tags' | 'aliases', values: readonly unknown[]): Located<string>[] =>
		values.flatMap((value, index) =>
			typeof value === 'string' ? [{ value, line: lineOf([field, index]) }] : []
		);
	return {
		summary: {
			file,
			slug: articleFile.slug,
			firstLine: split.firstLine,
			status: data ? getPublicationStatus(data, options.now) : undefined,
			pubDate: data?.pubDate,
			tags: locate('tags', data?.tags ?? arrayOrEmpty(raw['tags'])),
			aliases: locate('aliases', data?.aliases ?? arrayOrEmpty(raw['aliases'])),
			links: outline.links.map(({ url, line }) => ({ value: url, line })),
			series: data?.series && { value: data.series.id, line: lineOf(['series']) },
		},
		problems,
	};
}

function arrayOrEmpty(value: unknown): readonly unknown[] {
	return Array.isArray(value) ? value : [];
}

/** A path as printed: relative to the working directory, with forward slashes. */
function displayPath(path: string, cwd: string): string {
	return (relative(cwd, path) || path).split(sep).join('/');
}

/**
 * Whether a file exists with exactly this name. Looking the name up in its folder's listing
 * (cached per folder) also catches `Cover.png` written as `cover.png`, which a case-insensitive
 * laptop file system forgives and a Linux CI runner does not.
 */
function createFileLookup(): (path: string) => boolean {
	const listings = new Map<string, Set<string> | undefined>();
	return (path) => {
		const directory = dirname(path);
		if (!listings.has(directory)) {
			let names: Set<string> | undefined;
			try {
				names = new Set(
					readdirSync(directory, { withFileTypes: true })
						.filter((entry) => entry.isFile() || entry.isSymbolicLink())
						.map((entry) => entry.name)
				);
			} catch {
				names = undefined;
			}
			listings.set(directory, names);
		}
		return listings.get(directory)?.has(basename(path)) ?? false;
	};
}
