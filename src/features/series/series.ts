import { compareText } from '@/lib/order';
import type { PublicationContext, PublicationStatus } from '@/content-model/publication';

/** An article as far as series care: what it is called, when it came out, which series it joins. */
export interface SeriesPartSource {
	slug: string;
	title: string;
	description: string;
	pubDate: Date;
	status: PublicationStatus;
	/** The `series` of its frontmatter, if any. */
	seriesId: string | undefined;
}

/** A series as `content/series/<id>.yaml` describes it. */
export interface SeriesFacts {
	id: string;
	title: string;
	description: string;
}

/** One part of a series, numbered from 1 in reading order. */
export interface SeriesPart {
	slug: string;
	title: string;
	description: string;
	pubDate: Date;
	status: PublicationStatus;
	number: number;
}

/** A series with the parts readers may see, in reading order. */
export interface Series extends SeriesFacts {
	parts: SeriesPart[];
}

/** A link to a neighbouring part. */
export interface SeriesNeighbour {
	slug: string;
	title: string;
}

/** The "Part 2 of 4" box at the top of one part. */
export interface SeriesBox {
	seriesId: string;
	seriesTitle: string;
	/** This part's number, from 1. */
	number: number;
	total: number;
	parts: (Omit<SeriesPart, 'description' | 'pubDate'> & { isCurrent: boolean })[];
	previous: SeriesNeighbour | undefined;
	next: SeriesNeighbour | undefined;
}

/**
 * Every series that has a part readers may see, with its parts ordered by pubDate (ties by slug)
 * and numbered from 1. A draft or scheduled part counts nowhere, except in `astro dev`; a series
 * without a visible part is left out. The series with the newest part comes first, ties by id.
 */
export function collectSeries(
	series: readonly SeriesFacts[],
	articles: readonly SeriesPartSource[],
	{ isDev }: Pick<PublicationContext, 'isDev'>
): Series[] {
	const partsBySeries = new Map<string, SeriesPartSource[]>();
	for (const article of articles) {
		if (article.seriesId === undefined) continue;
		if (!isDev && article.status !== 'published') continue;
		partsBySeries.set(article.seriesId, [...(partsBySeries.get(article.seriesId) ?? []), article]);
	}
	return series
		.flatMap((facts) => {
			const parts = [...(partsBySeries.get(facts.id) ?? [])].sort(
				(a, b) => a.pubDate.getTime() - b.pubDate.getTime() || compareText(a.slug, b.slug)
			);
			if (parts.length === 0) return [];
			return [
				{
					...facts,
					parts: parts.map(({ slug, title, description, pubDate, status }, index) => ({
						slug,
						title,
						description,
						pubDate,
						status,
						number: index + 1,
					})),
				},
			];
		})
		.sort((a, b) => newestPartTime(b) - newestPartTime(a) || compareText(a.id, b.id));
}

/** The box of the part `slug` of a series, or undefined when the series has no such part. */
export function buildSeriesBox(series: Series, slug: string): SeriesBox | undefined {
	const index = series.parts.findIndex((part) => part.slug === slug);
	const current = series.parts[index];
	if (!current) return undefined;
	const neighbour = (part: SeriesPart | undefined) =>
		part && { slug: part.slug, title: part.title };
	return {
		seriesId: series.id,
		seriesTitle: series.title,
		number: current.number,
		total: series.parts.length,
		parts: series.parts.map(({ slug: partSlug, title, status, number }) => ({
			slug: partSlug,
			title,
			status,
			number,
			isCurrent: partSlug === slug,
		})),
		previous: neighbour(series.parts[index - 1]),
		next: neighbour(series.parts[index + 1]),
	};
}

/** "1 part", "4 parts". */
export function formatPartCount(count: number): string {
	return `${count} ${count === 1 ? 'part' : 'parts'}`;
}

function newestPartTime({ parts }: Series): number {
	return parts.at(-1)?.pubDate.getTime() ?? 0;
}
