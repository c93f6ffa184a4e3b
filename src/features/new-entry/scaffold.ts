import { Document, type Pair, type Scalar } from 'yaml';
import { articlePath } from '@/lib/paths';
import { slugify } from '@/lib/slug';

/** The kinds of entry `npm run new` creates, as typed on the command line. */
export const CONTENT_KINDS = ['article', 'case-study', 'experiment'] as const;

/** One kind of entry `npm run new` creates. */
export type ContentKind = (typeof CONTENT_KINDS)[number];

/** A new entry, ready to be written into the content folder. */
export interface Scaffold {
	/** The entry's slug: its file name and the last segment of its URL. */
	slug: string;
	/** Where to write the entry, relative to the content folder, e.g. `blog/my-title.mdx`. */
	file: string;
	/**
	 * Files, relative to the content folder, that would give an entry the same slug. If any of them
	 * exists the entry exists already and must not be written.
	 */
	clashingFiles: string[];
	/** The site-relative URL the entry will have, e.g. `/blog/my-title/`. */
	urlPath: string;
	/** The file's text: frontmatter and a starter body. */
	source: string;
}

/** Whether a command-line word names a kind of entry. */
export function isContentKind(value: string): value is ContentKind {
	return (CONTENT_KINDS as readonly string[]).includes(value);
}

/** The placeholder description; a real sentence, so a forgotten placeholder still reads as one. */
export const DESCRIPTION_PLACEHOLDER = 'One or two sentences for search results and cards.';

const FOLDERS: Record<ContentKind, string> = {
	article: 'blog',
	'case-study': 'case-studies',
	experiment: 'experiments',
};

/**
 * The slug for a new entry's title. Runs of hyphens left by dropped punctuation are merged, so
 * "Ship it: fast & safe" becomes `ship-it-fast-safe` rather than `ship-it-fast--safe`.
 * Throws for a title without letters or digits, and for a purely numeric slug, which would clash
 * with the index pages (`/blog/2/`).
 */
export function slugForTitle(title: string): string {
	const slug = slugify(title)
		.replace(/-{2,}/g, '-')
		// The content loaders skip files whose names start with "_", so the entry would never show.
		.replace(/^[-_]+|-$/g, '');
	if (slug === '') {
		throw new Error(`Cannot make a URL slug from "${title}": it has no letters or digits.`);
	}
	if (/^\d+$/.test(slug)) {
		throw new Error(
			`The title "${title}" gives the slug "${slug}", which would clash with page ${slug} of the index. Add a word to the title.`
		);
	}
	return slug;
}

/**
 * Builds a new draft entry of `kind` called `title`, dated `today` (`YYYY-MM-DD`, the day in the
 * site's time zone). The frontmatter goes through a YAML serializer, so any title survives.
 */
export function buildScaffold(
	kind: ContentKind,
	title: string,
	{ today }: { today: string }
): Scaffold {
	const cleanTitle = title.replace(/\s+/g, ' ').trim();
	if (cleanTitle === '') throw new Error('The title must not be empty.');
	const pubDate = new Date(`${today}T00:00:00Z`);
	// The round trip also catches days such as 2026-02-30, which Date rolls over to March.
	if (Number.isNaN(pubDate.getTime()) || pubDate.toISOString().slice(0, 10) !== today) {
		throw new Error(`Expected today's date as YYYY-MM-DD, got "${today}".`);
	}
	const slug = slugForTitle(cleanTitle);
	const folder = FOLDERS[kind];
	const { data, comments, body } = TEMPLATES[kind](cleanTitle, pubDate);
	return {
		slug,
		file: `${folder}/${slug}.mdx`,
		// The blog's glob loader reads `.md` and `.mdx`, flat or as `slug/index.*` with images.
		clashingFiles: [`${slug}.mdx`, `${slug}.md`, `${slug}/index.mdx`, `${slug}/index.md`].map(
			(file) => `${folder}/${file}`
		),
		// Articles live in blog/ and are served at /blog/<slug>/, so both branches agree; articlePath
		// stays the one source of article URLs.
		// Stryker disable next-line ConditionalExpression: equivalent while both branches agree
		urlPath: kind === 'article' ? articlePath(slug) : `/${folder}/${slug}/`,
		source: `---\n${stringifyFrontmatter(data, comments)}---\n\n${body}`,
	};
}

/** Frontmatter values, comment lines to put before some keys, and the starter body of one kind. */
interface Template {
	data: Record<string, unknown>;
	comments: Record<string, string[]>;
	body: string;
}

const TEMPLATES: Record<ContentKind, (title: string, pubDate: Date) => Template> = {
	// Exactly the fields of src/content-model/article.ts that an author fills in first.
	article: (title, pubDate) => ({
		data: { title, description: DESCRIPTION_PLACEHOLDER, pubDate, tags: [], draft: true },
		comments: {},
		body: [
			'Start with the problem this article solves, in a sentence or two.',
			'',
			'## A first section',
			'',
			'Each `##` and `###` heading becomes an entry of "In this article".',
			'',
		].join('\n'),
	}),
	// The fields SPEC.md lists for case studies; their schema does not exist yet.
	'case-study': (title, pubDate) => ({
		data: {
			title,
			description: DESCRIPTION_PLACEHOLDER,
			pubDate,
			client: 'Client name',
			industry: 'Industry',
			role: 'Your role',
			period: { start: pubDate, end: 'ongoing' },
			stack: [],
			outcomes: [],
			featured: false,
			draft: true,
		},
		comments: {
			outcomes: [
				'Each outcome has a label and a value, e.g.',
				'- { label: "p95 latency", value: "-60%" }',
			],
		},
		body: [
			'What the client needed, in a sentence or two.',
			'',
			'## The problem',
			'',
			'What stood in the way, what you did about it and what changed.',
			'',
		].join('\n'),
	}),
	// The fields SPEC.md lists for experiments; their schema does not exist yet.
	experiment: (title, pubDate) => ({
		data: {
			title,
			description: DESCRIPTION_PLACEHOLDER,
			pubDate,
			status: 'wip',
			stack: [],
			draft: true,
		},
		comments: {
			// No URL is a sensible default, so the fields wait, commented out, for the author's own.
			stack: [
				'Where the experiment runs and where its code lives:',
				'url: https://example.com/',
				'repo: https://github.com/owner/repo',
			],
		},
		body: [
			'What this experiment tries out, in a sentence or two.',
			'',
			'## How it works',
			'',
			'What you built, what you learned and what you would do next.',
			'',
		].join('\n'),
	}),
};

/**
 * Serializes frontmatter as YAML 1.1, the strictest reading any Markdown tool gives it: titles such
 * as `yes` or `2026-05-13` are quoted so no parser turns them into a boolean or a date, while a
 * `Date` is written as a bare day (`2026-05-13`), as an author would type it.
 */
function stringifyFrontmatter(
	data: Record<string, unknown>,
	comments: Record<string, string[]>
): string {
	// Without aliasDuplicateObjects: false, a date used twice would become a YAML anchor and alias.
	const document = new Document(data, { version: '1.1', aliasDuplicateObjects: false });
	const pairs = (document.contents as { items: Pair<Scalar<string>>[] }).items;
	for (const [key, lines] of Object.entries(comments)) {
		const pair = pairs.find((item) => item.key.value === key);
		// Only a template that comments on a field it lacks gets here, which fails without the
		// check too (on `pair.key`), just with a worse message.
		// Stryker disable next-line ConditionalExpression,StringLiteral: equivalent for the templates there are
		if (!pair) throw new Error(`No frontmatter field "${key}" to comment on.`);
		pair.key.commentBefore = lines.map((line) => ` ${line}`).join('\n');
	}
	// lineWidth 0: a long title stays on one line instead of being folded.
	return document.toString({ lineWidth: 0 });
}
