import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import {
	isDocumentCollection,
	listCollections,
	type CollectionDescription,
	type CollectionName,
} from '@/content-model/collections';
import {
	describeEntryFileProblem,
	listEntryFiles,
	type EntryFile,
} from '@/content-model/entry-files';
import { findInvalidUtf8Line, readEntrySource, sourceFormatOf } from '@/content-model/entry-source';
import { getPublicationStatus, type PublicationStatus } from '@/content-model/publication';
import { checkActiveContent } from './active-content';
import {
	checkCallouts,
	checkDescriptionLength,
	checkHeadingLevels,
	checkImages,
} from './document-checks';
import { createEntryValidator, type EntryValidator } from './entry-schema';
import type { EntrySummary, Located, Reference } from './entry-summary';
import { checkLinks } from './links';
import { checkDiagrams, checkFormulas } from './math-and-diagram-checks';
import { outlineMarkdown } from './markdown-outline';
import { compareProblems, type Problem } from './problem';
import { checkReferences } from './references';
import { checkRoutes } from './routes';
import { checkTagSpellings } from './tag-spellings';

/** Where to look and the settings and clock to check against. */
export interface DoctorOptions {
	/** Folder holding the collections' folders (`blog/` …), like `FIELDNOTES_CONTENT_DIR`; relative to `cwd`. */
	contentDirectory: string;
	/** Printed paths are relative to this folder. */
	cwd: string;
	/** The moment that decides which entries are scheduled. */
	now: Date;
	siteUrl: string;
	timeZone: string;
}

/** Everything the doctor found, errors and warnings each in file, line, rule order. */
export interface DoctorReport {
	errors: Problem[];
	warnings: Problem[];
	/** How many entry files were checked. */
	files: number;
}

/** Thrown when there is nothing to check, e.g. the content folder does not exist. */
export class DoctorSetupError extends Error {}

/**
 * Checks every entry of every collection in COLLECTIONS under `contentDirectory`, as the build
 * reads them, and reports all problems at once.
 */
export function runDoctor(options: DoctorOptions): DoctorReport {
	const contentDirectory = resolve(options.cwd, options.contentDirectory);
	if (!statSync(contentDirectory, { throwIfNoEntry: false })?.isDirectory()) {
		throw new DoctorSetupError(
			`There is no content folder at ${displayPath(contentDirectory, options.cwd)}: pass the folder that holds blog/ with --content <dir>.`
		);
	}
	const isFile = createFileLookup();
	const inspected = listCollections().flatMap(([name, collection]) => {
		const validate = createEntryValidator(collection, { timeZone: options.timeZone, isFile });
		return listEntryFiles(join(contentDirectory, name), collection).map((file) =>
			inspectEntry(file, { ...options, name, collection, isFile, validate })
		);
	});
	const summaries = inspected.map(({ summary }) => summary);
	const problems = [
		...inspected.flatMap(({ problems }) => problems),
		...checkRoutes(summaries),
		...checkLinks(summaries, options),
		...checkTagSpellings(summaries),
		...checkReferences(summaries),
	].sort(compareProblems);
	return {
		errors: problems.filter(({ severity }) => severity === 'error'),
		warnings: problems.filter(({ severity }) => severity === 'warning'),
		files: inspected.length,
	};
}

interface InspectOptions extends DoctorOptions {
	name: CollectionName;
	collection: CollectionDescription;
	isFile: (path: string) => boolean;
	validate: EntryValidator;
}

/** Runs the checks that need only one file and gathers what the site-wide checks need. */
function inspectEntry(
	entryFile: EntryFile,
	options: InspectOptions
): { summary: EntrySummary; problems: Problem[] } {
	const { collection } = options;
	const file = displayPath(entryFile.path, options.cwd);
	const entryDirectory = dirname(entryFile.path);
	const problems: Problem[] = [];
	const report = (problem: Omit<Problem, 'file'>) => problems.push({ ...problem, file });

	const bytes = readFileSync(entryFile.path);
	const source = readEntrySource(bytes.toString('utf8'), sourceFormatOf(entryFile.extension));
	const { firstLine, lineOf } = source;
	const invalidLine = findInvalidUtf8Line(bytes);
	if (invalidLine !== undefined) {
		report({
			severity: 'warning',
			line: invalidLine,
			rule: 'encoding',
			message: `not valid UTF-8: its bytes show as "\uFFFD" on the page. Save the file as UTF-8.`,
		});
	}
	const fileProblem = describeEntryFileProblem(entryFile, collection.section);
	if (fileProblem)
		report({ severity: 'error', line: firstLine, rule: 'duplicate-route', message: fileProblem });
	for (const { line, message } of source.problems) {
		report({ severity: 'error', line, rule: 'schema', message });
	}
	let data: Record<string, unknown> | undefined;
	if (source.problems.length === 0) {
		const result = options.validate(source.data, entryDirectory);
		data = result.data;
		for (const { rule, path, message } of result.issues) {
			report({ severity: 'error', line: lineOf(path), rule, message });
		}
	}

	let links: Located<string>[] = [];
	if (isDocumentCollection(collection)) {
		const outline = outlineMarkdown(source.body, entryFile.extension === 'mdx' ? 'mdx' : 'md', 0);
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
		checkImages(outline.images, {
			articleDirectory: entryDirectory,
			isFile: options.isFile,
		}).forEach(report);
		checkActiveContent(outline).forEach(report);
		checkCallouts(outline).forEach(report);
		checkFormulas(outline.formulas).forEach(report);
		checkDiagrams(outline.diagrams).forEach(report);
		links = outline.links.map(({ url, line }) => ({ value: url, line }));
		const description = data?.['description'] ?? source.data['description'];
		if (typeof description === 'string') {
			checkDescriptionLength(description, lineOf(['description'])).forEach(report);
		}
	}

	// Aliases are checked against the site once they are valid: the schema reports the rest.
	const locate = (field: string, fields = data ?? source.data): Located<string>[] => {
		const values = fields[field];
		return (Array.isArray(values) ? values : []).flatMap((value: unknown, index) =>
			typeof value === 'string' ? [{ value, line: lineOf([field, index]) }] : []
		);
	};
	return {
		summary: {
			file,
			collection: options.name,
			id: entryFile.id,
			urlPath:
				collection.section === undefined ? undefined : `${collection.section}${entryFile.id}/`,
			firstLine,
			status: data ? statusOf(data, options.now) : undefined,
			pubDate: data?.['pubDate'] instanceof Date ? data['pubDate'] : undefined,
			tags: locate('tags'),
			aliases: locate('aliases', data ?? {}),
			links,
			references: data ? findReferences(data, lineOf) : [],
		},
		problems,
	};
}

/** Whether a validated entry is published, a draft or scheduled; entries without a date are published unless drafts. */
function statusOf(data: Record<string, unknown>, now: Date): PublicationStatus {
	const draft = data['draft'] === true;
	const pubDate = data['pubDate'];
	if (pubDate instanceof Date) return getPublicationStatus({ draft, pubDate }, now);
	return draft ? 'draft' : 'published';
}

/** The top-level fields of validated data that name an entry of another collection. */
function findReferences(
	data: Record<string, unknown>,
	lineOf: (path: readonly PropertyKey[]) => number
): Located<Reference>[] {
	return Object.entries(data).flatMap(([field, value]) => {
		if (value === null || typeof value !== 'object') return [];
		const { collection, id } = value as Record<string, unknown>;
		return typeof collection === 'string' && typeof id === 'string'
			? [{ value: { field, collection, id }, line: lineOf([field]) }]
			: [];
	});
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
