import { readFileSync } from 'node:fs';
import { findArticleFiles } from './entry-files';
import { parseFrontmatter, splitFrontmatter } from './frontmatter';
import { dateSchema } from './dates';
import { PAGE_PATHS, SECTIONS } from '@/lib/paths';

/** What the sitemap needs to know about one article, read straight from its frontmatter. */
export interface SitemapFacts {
	/** `updatedDate`, else `pubDate`, read by the same rules as the content schema. */
	lastModified: Date | undefined;
	/** Old URLs that now only redirect here. */
	aliases: string[];
}

/**
 * Sitemap facts of every article, keyed by its URL path. @astrojs/sitemap runs after the build and
 * cannot query collections, so this reads the frontmatter itself with the doctor's reader; it only
 * describes pages the build already decided to publish, and the schema reports bad values.
 */
export function readSitemapFacts(
	blogDirectory: string,
	timeZone: string
): Map<string, SitemapFacts> {
	const toDate = dateSchema(timeZone);
	const facts = new Map<string, SitemapFacts>();
	for (const { urlPath, file } of listArticleSources(blogDirectory)) {
		const { yaml, firstLine } = splitFrontmatter(readFileSync(file, 'utf8'));
		const data = yaml === undefined ? {} : parseFrontmatter(yaml, firstLine + 1).data;
		const date = toDate.safeParse(data['updatedDate'] ?? data['pubDate']);
		const aliases = data['aliases'];
		facts.set(urlPath, {
			lastModified: date.success ? date.data : undefined,
			aliases: Array.isArray(aliases)
				? aliases.filter((alias): alias is string => typeof alias === 'string')
				: [],
		});
	}
	return facts;
}

/** An article file and the URL path it is published at. */
export interface ArticleSource {
	urlPath: string;
	file: string;
}

/**
 * Every entry file under `directory` with its URL, by the glob loader's rules.
 * @param urlPrefix the section the entries are published under: `/blog/`, `/case-studies/`, `/`
 */
export function listArticleSources(
	directory: string,
	urlPrefix: string = SECTIONS.blog
): ArticleSource[] {
	let files;
	try {
		files = findArticleFiles(directory);
	} catch {
		return [];
	}
	return files.map(({ slug, path }) => ({ urlPath: `${urlPrefix}${slug}/`, file: path }));
}

/** The content folders whose entries get pages, and the section each is published under. */
export const PAGE_SECTIONS = [
	['blog', SECTIONS.blog],
	['case-studies', SECTIONS.caseStudies],
	['experiments', SECTIONS.experiments],
	['services', SECTIONS.services],
	// content/pages/<id> is served at /<id>/.
	['pages', PAGE_PATHS.home],
] as const;
