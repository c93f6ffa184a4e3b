import {
	buildSeriesBox,
	collectSeries,
	type Series,
	type SeriesBox,
} from '@/features/series/series';
import { getArticles, type Article } from './articles';
import { getOptionalCollection } from './portfolio';
import { publicationContext } from './publication-context';

let seriesPromise: Promise<Series[]> | undefined;

/**
 * Every series with a part this build publishes (in dev, drafts and scheduled parts too), the
 * series with the newest part first; loaded once per build. Unknown `series` ids have already
 * failed the build (src/catalogue/references.ts).
 */
export function getSeries(): Promise<Series[]> {
	seriesPromise ??= loadSeries();
	return seriesPromise;
}

async function loadSeries(): Promise<Series[]> {
	const [entries, articles] = await Promise.all([getOptionalCollection('series'), getArticles()]);
	return collectSeries(
		entries.map(({ id, data }) => ({ id, ...data })),
		articles.map(({ slug, title, description, pubDate, status, entry }) => ({
			slug,
			title,
			description,
			pubDate,
			status,
			seriesId: entry.data.series?.id,
		})),
		publicationContext
	);
}

/** The "Part 2 of 4" box of an article, or undefined when it is not a part of a series. */
export async function getSeriesBox(article: Article): Promise<SeriesBox | undefined> {
	const seriesId = article.entry.data.series?.id;
	if (seriesId === undefined) return undefined;
	const series = (await getSeries()).find(({ id }) => id === seriesId);
	return series && buildSeriesBox(series, article.slug);
}
