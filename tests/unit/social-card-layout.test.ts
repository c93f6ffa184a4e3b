import { readFileSync } from 'node:fs';
import satori from 'satori';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	buildSocialCardTree,
	CARD_FONT_FAMILY,
	fitSocialCardText,
	SOCIAL_CARD_PALETTE,
	type SocialCardContent,
} from '@/features/social-cards/card';
import { fonts as themeFonts } from '@/theme';
import { readCardFont } from '../helpers/card-font';
import { parseHtml } from '../helpers/parse-html';

// The card as the build draws it: satori lays the element tree out with the theme's card font,
// and the SVG it writes (with text left as <text> elements) says where each word landed.
const cardFont = readCardFont(themeFonts.card.package);
const palette = SOCIAL_CARD_PALETTE;
const { drawable, measure } = cardFont;
const fonts = cardFont.files
	.filter(({ subset }) => subset === 'latin')
	.map(({ file, weight }) => ({ name: CARD_FONT_FAMILY, data: readFileSync(file), weight }));

/**
 * The card's size, the margin its design keeps around the text, the cover panel's width, and the
 * least space the design keeps between the header, the title and description, and the footer.
 */
const CARD = { width: 1200, height: 630, margin: 64, coverWidth: 420, gap: 32 };
const COVER = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';

/** One run of text as drawn: its box, from its left edge and baseline, and its colour. */
interface DrawnText {
	text: string;
	baseline: number;
	right: number;
	top: number;
	bottom: number;
	fill: string;
}

async function draw(content: SocialCardContent, coverDataUrl?: string): Promise<DrawnText[]> {
	const tree = buildSocialCardTree(content, { palette, drawable, measure, coverDataUrl });
	const svg = await satori(tree as Parameters<typeof satori>[0], {
		width: CARD.width,
		height: CARD.height,
		fonts,
		embedFont: false,
	});
	return parseHtml(svg)
		.querySelectorAll('text')
		.filter((element) => element.text.trim() !== '')
		.map((element) => {
			const number = (name: string) => Number(element.getAttribute(name));
			return {
				text: element.text,
				baseline: number('y'),
				right: number('x') + number('width'),
				top: number('y') - (number('height') * 3) / 4,
				// The line box reaches a quarter of its height below the baseline (Inter's descent).
				bottom: number('y') + number('height') / 4,
				fill: element.getAttribute('fill') ?? '',
			};
		});
}

const ARTICLE: SocialCardContent = {
	siteName: 'Fieldnotes',
	siteHost: 'fieldnotes.example.com',
	label: 'Article',
	title: 'Idempotent webhooks',
	description: 'Retry-safe handlers with an idempotency key, stored in the same transaction.',
	date: '23 June 2025',
	tags: ['#reliability', '#postgres'],
};

const TITLES = [
	'Idempotent webhooks: retries without double charges, and what the queue does when a consumer dies halfway',
	'What a decade of on-call taught me about alerts, dashboards, runbooks, postmortems, sleep and the people who answer the pager at three in the morning',
	'Supercalifragilistic-observability-platform-migration-retrospective',
];

describe.each([
	{ layout: 'a card without a cover', cover: undefined },
	{ layout: 'a card with a cover', cover: COVER },
])('social card layout as drawn, on $layout', ({ cover }) => {
	const textRight = CARD.width - CARD.margin - (cover ? CARD.coverWidth : 0);
	const drawings = new Map<string, DrawnText[]>();

	beforeAll(async () => {
		for (const title of TITLES) drawings.set(title, await draw({ ...ARTICLE, title }, cover));
	}, 60_000);

	it('draws each title in the lines it was fitted to, inside the text column', () => {
		for (const title of TITLES) {
			const fitted = fitSocialCardText(
				{ ...ARTICLE, title },
				{ drawable, measure, coverDataUrl: cover }
			);
			const titleRuns = drawings.get(title)!.filter(({ fill }) => fill === palette.ink);
			const rows = new Set(titleRuns.map(({ baseline }) => baseline));
			expect(rows.size, title).toBe(fitted.title?.lines.length);
			for (const run of titleRuns) expect(run.right, run.text).toBeLessThanOrEqual(textRight);
		}
	});

	it('keeps a title cut at the smallest size and a long description clear of the header and the footer', async () => {
		const content = {
			...ARTICLE,
			title: `${TITLES[1]}, ${TITLES[0]}`,
			description: `${ARTICLE.description ?? ''} ${ARTICLE.description ?? ''}`,
		};
		const fitted = fitSocialCardText(content, { drawable, measure, coverDataUrl: cover });
		expect(fitted.title).toMatchObject({ fontSize: 40, truncated: true });
		expect(fitted.description?.lines).toHaveLength(2);
		const drawn = await draw(content, cover);
		const runs = (texts: readonly string[]) => drawn.filter(({ text }) => texts.includes(text));
		const headerBottom = Math.max(...runs(['Fieldnotes', 'Article']).map(({ bottom }) => bottom));
		const footerTop = Math.min(...runs(['June', 'reliability']).map(({ top }) => top));
		const body = drawn.filter(
			({ fill, text }) =>
				fill === palette.ink ||
				(fill === palette.muted && content.description.includes(text.trim()))
		);
		const titleRows = new Set(
			body.filter(({ fill }) => fill === palette.ink).map(({ baseline }) => baseline)
		);
		expect(titleRows.size).toBe(fitted.title?.lines.length);
		for (const run of body) {
			expect(run.top, run.text).toBeGreaterThanOrEqual(headerBottom + CARD.gap);
			expect(run.bottom, run.text).toBeLessThanOrEqual(footerTop - CARD.gap);
		}
	}, 30_000);

	it('keeps every word, the date and tags included, inside the margins of the card', () => {
		for (const title of TITLES) {
			const drawn = drawings.get(title)!;
			expect(drawn.map(({ text }) => text)).toEqual(
				expect.arrayContaining(['handlers', 'June', '2025', 'reliability', 'postgres'])
			);
			for (const run of drawn) {
				expect(run.right, `${title}: ${run.text}`).toBeLessThanOrEqual(textRight);
				expect(run.bottom, `${title}: ${run.text}`).toBeLessThanOrEqual(CARD.height - CARD.margin);
			}
		}
	});
});
