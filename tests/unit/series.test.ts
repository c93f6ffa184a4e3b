import { describe, expect, it } from 'vitest';
import type { PublicationStatus } from '@/content-model/publication';
import {
	buildSeriesBox,
	collectSeries,
	formatPartCount,
	type Series,
	type SeriesFacts,
	type SeriesPartSource,
} from '@/features/series/series';

const QUEUES: SeriesFacts = { id: 'queues', title: 'Queues', description: 'On queues.' };
const CACHING: SeriesFacts = { id: 'caching', title: 'Caching', description: 'On caches.' };
const BUILD = { isDev: false };
const DEV = { isDev: true };

function part(
	slug: string,
	day: number,
	/** `null` for an article in no series (`undefined` would take the default). */
	seriesId: string | null = 'queues',
	status: PublicationStatus = 'published'
): SeriesPartSource {
	return {
		slug,
		title: `Title of ${slug}`,
		description: `About ${slug}.`,
		pubDate: new Date(Date.UTC(2026, 0, day)),
		status,
		seriesId: seriesId ?? undefined,
	};
}

const slugsOf = (series: Series | undefined) => series?.parts.map(({ slug }) => slug);

describe('collectSeries', () => {
	it('orders the parts by publication date, whatever order the articles come in', () => {
		const [queues] = collectSeries(
			[QUEUES],
			[part('third', 30), part('first', 1), part('second', 15)],
			BUILD
		);
		expect(slugsOf(queues)).toEqual(['first', 'second', 'third']);
		expect(queues?.parts.map(({ number }) => number)).toEqual([1, 2, 3]);
	});

	it('orders parts published on the same date by slug', () => {
		const [queues] = collectSeries([QUEUES], [part('b-part', 5), part('a-part', 5)], BUILD);
		expect(slugsOf(queues)).toEqual(['a-part', 'b-part']);
	});

	it('counts no draft or scheduled part in a build, so the numbers close up', () => {
		const [queues] = collectSeries(
			[QUEUES],
			[
				part('one', 1),
				part('draft', 2, 'queues', 'draft'),
				part('two', 3),
				part('scheduled', 4, 'queues', 'scheduled'),
			],
			BUILD
		);
		expect(queues?.parts.map(({ slug, number }) => [slug, number])).toEqual([
			['one', 1],
			['two', 2],
		]);
	});

	it('counts drafts and scheduled parts in astro dev, where the author previews them', () => {
		const [queues] = collectSeries(
			[QUEUES],
			[
				part('one', 1),
				part('draft', 2, 'queues', 'draft'),
				part('later', 9, 'queues', 'scheduled'),
			],
			DEV
		);
		expect(queues?.parts.map(({ slug, status }) => [slug, status])).toEqual([
			['one', 'published'],
			['draft', 'draft'],
			['later', 'scheduled'],
		]);
	});

	it('leaves out a series whose parts are all unpublished, and one no article joins', () => {
		const series = collectSeries(
			[QUEUES, CACHING, { id: 'empty', title: 'Empty', description: 'None yet.' }],
			[part('one', 1), part('cache-draft', 2, 'caching', 'draft'), part('loose', 3, null)],
			BUILD
		);
		expect(series.map(({ id }) => id)).toEqual(['queues']);
	});

	it('keeps articles outside a series and parts of other series out of a series', () => {
		const series = collectSeries(
			[QUEUES, CACHING],
			[part('q1', 1), part('c1', 2, 'caching'), part('loose', 3, null), part('q2', 4)],
			BUILD
		);
		expect(series.map((entry) => [entry.id, slugsOf(entry)])).toEqual([
			['queues', ['q1', 'q2']],
			['caching', ['c1']],
		]);
	});

	it('lists the series with the newest part first, ties by id', () => {
		const series = collectSeries(
			[QUEUES, CACHING, { id: 'auth', title: 'Auth', description: 'Logins.' }],
			[part('q', 10), part('c', 20, 'caching'), part('a', 10, 'auth')],
			BUILD
		);
		expect(series.map(({ id }) => id)).toEqual(['caching', 'auth', 'queues']);
	});

	it('keeps the title and description of the series and of each part', () => {
		const [queues] = collectSeries([QUEUES], [part('one', 1)], BUILD);
		expect(queues).toEqual({
			...QUEUES,
			parts: [
				{
					slug: 'one',
					title: 'Title of one',
					description: 'About one.',
					pubDate: new Date(Date.UTC(2026, 0, 1)),
					status: 'published',
					number: 1,
				},
			],
		});
	});
});

describe('buildSeriesBox', () => {
	const [queues] = collectSeries(
		[QUEUES],
		[part('one', 1), part('two', 2), part('three', 3), part('four', 4)],
		BUILD
	);
	if (!queues) throw new Error('The series has parts');

	it('says which part of how many the article is, and marks it alone as current', () => {
		const box = buildSeriesBox(queues, 'two');
		expect(box).toMatchObject({ seriesId: 'queues', seriesTitle: 'Queues', number: 2, total: 4 });
		expect(box?.parts.map(({ slug, number, isCurrent }) => [slug, number, isCurrent])).toEqual([
			['one', 1, false],
			['two', 2, true],
			['three', 3, false],
			['four', 4, false],
		]);
	});

	it('links the previous and the next part', () => {
		expect(buildSeriesBox(queues, 'three')).toMatchObject({
			previous: { slug: 'two', title: 'Title of two' },
			next: { slug: 'four', title: 'Title of four' },
		});
	});

	it('has no previous part on the first and no next part on the last', () => {
		expect(buildSeriesBox(queues, 'one')).toMatchObject({
			previous: undefined,
			next: { slug: 'two' },
		});
		expect(buildSeriesBox(queues, 'four')).toMatchObject({
			previous: { slug: 'three' },
			next: undefined,
		});
	});

	it('numbers a one-part series as part 1 of 1, with no neighbours', () => {
		const [single] = collectSeries([QUEUES], [part('only', 1)], BUILD);
		expect(single && buildSeriesBox(single, 'only')).toMatchObject({
			number: 1,
			total: 1,
			previous: undefined,
			next: undefined,
		});
	});

	it('has no box for an article that is not a visible part', () => {
		const [withDraft] = collectSeries(
			[QUEUES],
			[part('one', 1), part('draft', 2, 'queues', 'draft')],
			BUILD
		);
		expect(withDraft && buildSeriesBox(withDraft, 'draft')).toBeUndefined();
		expect(buildSeriesBox(queues, 'elsewhere')).toBeUndefined();
	});

	it('skips an unpublished part between two published ones in the previous and next links', () => {
		const [gapped] = collectSeries(
			[QUEUES],
			[part('one', 1), part('draft', 2, 'queues', 'scheduled'), part('two', 3)],
			BUILD
		);
		expect(gapped && buildSeriesBox(gapped, 'two')).toMatchObject({
			number: 2,
			total: 2,
			previous: { slug: 'one' },
		});
	});
});

describe('formatPartCount', () => {
	it('says "part" for one and "parts" for any other number', () => {
		expect([1, 2, 12].map(formatPartCount)).toEqual(['1 part', '2 parts', '12 parts']);
	});
});
