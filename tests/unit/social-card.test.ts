import { describe, expect, it } from 'vitest';
import {
	buildSocialCardTree,
	fitSocialCardText,
	SOCIAL_CARD_PALETTE as palette,
	socialCardAlt,
	socialCardKey,
	type CardElement,
	type SocialCardContent,
} from '@/features/social-cards/card';
import { parseUnicodeRanges, type MeasureText } from '@/features/social-cards/text-fit';
import { readCardFont } from '../helpers/card-font';

const HOSTILE_TITLE = `</script><b>Bold</b> & "quotes" 'single' <img src=x onerror=alert(1)>`;
const drawable = parseUnicodeRanges('U+0000-00FF,U+2000-206F');
const layout = { palette, drawable, measure: readCardFont('@fontsource/inter').measure };

const ARTICLE: SocialCardContent = {
	siteName: 'Fieldnotes',
	siteHost: 'fieldnotes.example.com',
	label: 'Article',
	title: 'Idempotent webhooks: retries without double charges',
	description: 'Retry-safe handlers with an idempotency key.',
	date: '23 June 2025',
	tags: ['#reliability', '#Postgres'],
};

/** Every text node of a tree, in drawing order. */
function texts(element: CardElement): string[] {
	const { children } = element.props;
	if (typeof children === 'string') return [children];
	return (children ?? []).flatMap(texts);
}

function images(element: CardElement): CardElement[] {
	const { children } = element.props;
	const nested = typeof children === 'string' ? [] : (children ?? []).flatMap(images);
	return element.type === 'img' ? [element, ...nested] : nested;
}

describe('buildSocialCardTree', () => {
	it('draws a 1200×630 card with the site name, label, title, description, date, tags and host', () => {
		const tree = buildSocialCardTree(ARTICLE, layout);
		expect(tree.props.style).toMatchObject({ width: 1200, height: 630 });
		expect(texts(tree).map((text) => text.replaceAll('\n', ' '))).toEqual([
			'Fieldnotes',
			'Article',
			'Idempotent webhooks: retries without double charges',
			'Retry-safe handlers with an idempotency key.',
			'23 June 2025',
			'#reliability',
			'#Postgres',
			'fieldnotes.example.com',
		]);
	});

	it("uses the light theme's colours", () => {
		const tree = buildSocialCardTree(ARTICLE, layout);
		expect(tree.props.style['backgroundColor']).toBe('#fbfaf7');
		expect(JSON.stringify(tree)).toContain('#0f5e52');
	});

	it('passes a hostile title through as text, whole', () => {
		const tree = buildSocialCardTree({ ...ARTICLE, title: HOSTILE_TITLE }, layout);
		const title = texts(tree)[2]?.replaceAll('\n', ' ');
		expect(title).toBe(HOSTILE_TITLE);
		expect(images(tree)).toEqual([]);
	});

	it('puts the cover in a panel on the right, and drops the host to make room', () => {
		const coverDataUrl = 'data:image/jpeg;base64,AAAA';
		const tree = buildSocialCardTree(ARTICLE, { ...layout, coverDataUrl });
		expect(images(tree)).toEqual([
			expect.objectContaining({
				props: expect.objectContaining({ src: coverDataUrl, width: 420, height: 630 }) as unknown,
			}),
		]);
		expect(texts(tree)).not.toContain('fieldnotes.example.com');
	});

	it('shrinks a very long title and ends it with an ellipsis instead of cutting it silently', () => {
		const long = Array.from({ length: 30 }, () => 'an extraordinarily long headline').join(' ');
		const text = fitSocialCardText({ ...ARTICLE, title: long }, layout);
		expect(text.title?.fontSize).toBe(40);
		expect(text.title?.truncated).toBe(true);
		expect(text.title?.lines.at(-1)).toMatch(/headline…$|long…$|extraordinarily…$|an…$/);
		const short = fitSocialCardText(ARTICLE, layout);
		expect(short.title?.fontSize).toBeGreaterThan(40);
	});

	it('clamps the description to two lines', () => {
		const description = Array.from({ length: 40 }, () => 'more detail').join(' ');
		const text = fitSocialCardText({ ...ARTICLE, description }, layout);
		expect(text.description?.lines).toHaveLength(2);
		expect(text.description?.lines[1]?.endsWith('…')).toBe(true);
	});

	it('shows the description in place of a title the fonts cannot draw', () => {
		const text = fitSocialCardText({ ...ARTICLE, title: '静的サイトの速さについて' }, layout);
		expect(text.title).toBeUndefined();
		expect(text.description?.lines.join(' ')).toBe(ARTICLE.description);
	});

	it('leaves emoji out of the drawn text and keeps at most three tags that fit', () => {
		const text = fitSocialCardText(
			{ ...ARTICLE, title: '🚀 Launch day', tags: ['#a', '#b', '#🚀', '#c', '#d'] },
			layout
		);
		expect(text.title?.lines).toEqual(['Launch day']);
		expect(text.tags).toEqual(['#a', '#b', '#c']);
		const long = fitSocialCardText(
			{ ...ARTICLE, tags: ['#an-extremely-long-tag-name', '#another-extremely-long-tag-name'] },
			{ ...layout, coverDataUrl: 'data:,' }
		);
		expect(long.tags).toEqual(['#an-extremely-long-tag-name']);
	});
});

/** An element of the expected tree. */
const div = (
	style: CardElement['props']['style'],
	children?: CardElement['props']['children']
): CardElement =>
	children === undefined
		? { type: 'div', props: { style } }
		: { type: 'div', props: { style, children } };

describe('the whole card tree', () => {
	it("lays out an article's card: accent bar, header, title, description, footer with date, tag and host", () => {
		const content = { ...ARTICLE, title: 'Idempotent webhooks', tags: ['#reliability'] };
		expect(buildSocialCardTree(content, layout)).toEqual(
			div(
				{
					display: 'flex',
					width: 1200,
					height: 630,
					backgroundColor: '#fbfaf7',
					fontFamily: 'Card',
				},
				[
					div({ width: 16, backgroundColor: '#0f5e52' }),
					div(
						{
							display: 'flex',
							flexDirection: 'column',
							justifyContent: 'space-between',
							flexGrow: 1,
							padding: 64,
						},
						[
							div({ display: 'flex', alignItems: 'center', height: 40, fontSize: 28, gap: 16 }, [
								div({ fontWeight: 700, color: '#0f5e52' }, 'Fieldnotes'),
								div({ color: '#5c5850' }, 'Article'),
							]),
							div({ display: 'flex', flexDirection: 'column' }, [
								div(
									{
										fontSize: 72,
										fontWeight: 700,
										lineHeight: 1.12,
										letterSpacing: '-0.02em',
										color: '#1c1b19',
										whiteSpace: 'pre-wrap',
									},
									'Idempotent webhooks'
								),
								div(
									{
										marginTop: 16,
										fontSize: 28,
										lineHeight: 1.35,
										color: '#5c5850',
										whiteSpace: 'pre-wrap',
									},
									'Retry-safe handlers with an idempotency key.'
								),
							]),
							div(
								{
									display: 'flex',
									alignItems: 'center',
									justifyContent: 'space-between',
									height: 48,
									fontSize: 24,
								},
								[
									div({ display: 'flex', alignItems: 'center', gap: 14 }, [
										div({ color: '#5c5850' }, '23 June 2025'),
										div(
											{
												padding: '4px 14px',
												border: '2px solid #e2ded5',
												borderRadius: 999,
												color: '#0f5e52',
												fontWeight: 700,
											},
											'#reliability'
										),
									]),
									div({ color: '#5c5850' }, 'fieldnotes.example.com'),
								]
							),
						]
					),
				]
			)
		);
	});

	it('lays out the home card with a cover: the description in place of a title it cannot draw, no label, date or host', () => {
		const coverDataUrl = 'data:image/jpeg;base64,AAAA';
		const home: SocialCardContent = {
			siteName: 'Fieldnotes',
			siteHost: 'fieldnotes.example.com',
			title: '静的サイト',
			description: 'Notes on building software.',
			tags: [],
		};
		const [accentBar, column, cover] = buildSocialCardTree(home, { ...layout, coverDataUrl }).props
			.children as CardElement[];
		expect(accentBar).toEqual(div({ width: 16, backgroundColor: '#0f5e52' }));
		expect((column?.props.children as CardElement[]).map(({ props }) => props.children)).toEqual([
			[div({ fontWeight: 700, color: '#0f5e52' }, 'Fieldnotes')],
			[
				div(
					{
						marginTop: 0,
						fontSize: 28,
						lineHeight: 1.35,
						color: '#5c5850',
						whiteSpace: 'pre-wrap',
					},
					'Notes on building software.'
				),
			],
			[div({ display: 'flex', alignItems: 'center', gap: 14 }, [])],
		]);
		expect(cover).toEqual({
			type: 'img',
			props: { src: coverDataUrl, width: 420, height: 630, style: { width: 420, height: 630 } },
		});
	});

	it('draws a card without a description as the title alone', () => {
		const tree = buildSocialCardTree({ ...ARTICLE, description: undefined }, layout);
		expect(texts(tree).map((text) => text.replaceAll('\n', ' '))).toEqual([
			'Fieldnotes',
			'Article',
			'Idempotent webhooks: retries without double charges',
			'23 June 2025',
			'#reliability',
			'#Postgres',
			'fieldnotes.example.com',
		]);
	});
});

// A monospaced font whose characters are half an em wide: 12 px each in the 24 px footer.
const monospaced: MeasureText = (text, fontSize) => [...text].length * fontSize * 0.5;

describe('the tags of a card', () => {
	// The footer is 1056 px wide: the date takes 12 characters and a gap (158 px), the host 22
	// characters and a gap (278 px); a tag takes its text, 2 × 14 px of padding, 2 × 2 px of border
	// and a gap: #event-driven-architectures 370 px, #site-reliability 250 px, 620 px in all.
	const footer = (tags: string[], coverDataUrl?: string) =>
		fitSocialCardText({ ...ARTICLE, tags }, { drawable, measure: monospaced, coverDataUrl }).tags;

	it('keeps the tags that fill the footer to the last pixel, and no more', () => {
		expect(footer(['#event-driven-architectures', '#site-reliability', '#go'])).toEqual([
			'#event-driven-architectures',
			'#site-reliability',
		]);
	});

	it('stops at the first tag one character too wide for the room left', () => {
		expect(footer(['#event-driven-architectures', '#reliability-rules', '#go'])).toEqual([
			'#event-driven-architectures',
		]);
	});

	it('keeps no room for the host on a card with a cover, whose text column is 636 px wide', () => {
		expect(footer(['#event-driven-architectures', '#go'], 'data:,')).toEqual([
			'#event-driven-architectures',
			'#go',
		]);
	});
});

describe('socialCardAlt', () => {
	it('says what the card shows: title, what the page is, site, date and tags', () => {
		expect(socialCardAlt(ARTICLE, fitSocialCardText(ARTICLE, layout))).toBe(
			'Idempotent webhooks: retries without double charges: article on Fieldnotes, 23 June 2025, tagged #reliability, #Postgres'
		);
	});

	it('ends a heading that is a sentence with one mark, never a full stop and a colon', () => {
		const alt = (title: string) => {
			const card = { ...ARTICLE, title, date: undefined, tags: [] };
			return socialCardAlt(card, fitSocialCardText(card, layout));
		};
		expect(alt('Caches never go cold.')).toBe('Caches never go cold: article on Fieldnotes');
		expect(alt('Is a static site fast?')).toBe('Is a static site fast? — article on Fieldnotes');
		expect(alt('Wait for it...')).toBe('Wait for it... — article on Fieldnotes');
		expect(alt('Wait for it…')).toBe('Wait for it… — article on Fieldnotes');
		// A question or an ellipsis inside the title changes nothing.
		expect(alt('Why? Caches never go cold')).toBe(
			'Why? Caches never go cold: article on Fieldnotes'
		);
		expect(alt('Wait... then ship')).toBe('Wait... then ship: article on Fieldnotes');
	});

	it('describes the home card by its title and the site', () => {
		const home = { ...ARTICLE, label: undefined, date: undefined, tags: [], title: 'Notes' };
		expect(socialCardAlt(home, fitSocialCardText(home, layout))).toBe('Notes: Fieldnotes');
	});

	it('describes a card whose title cannot be drawn by the description it shows in its place', () => {
		const card = {
			...ARTICLE,
			title: '静的サイトの速さについて',
			description:
				'Why a static site is fast: no database on the request path, files served from the edge, and caches that never go cold.',
		};
		expect(socialCardAlt(card, fitSocialCardText(card, layout))).toBe(
			'Why a static site is fast: no database on the request path, files served from the edge, and caches that never go cold: article on Fieldnotes, 23 June 2025, tagged #reliability, #Postgres'
		);
		const bare = { ...card, description: undefined, date: undefined, tags: [] };
		expect(socialCardAlt(bare, fitSocialCardText(bare, layout))).toBe('article on Fieldnotes');
	});
});

describe('socialCardKey', () => {
	const parts = { content: ARTICLE, palette, rendererDigest: 'r1' };

	it('is the same for the same inputs', () => {
		expect(socialCardKey(parts)).toBe(socialCardKey({ ...parts, content: { ...ARTICLE } }));
		expect(socialCardKey(parts)).toMatch(/^[0-9a-f]{32}$/);
	});

	it('is the same for a field left out and the same field empty, which draw the same card', () => {
		const bare = { ...ARTICLE, label: undefined, description: undefined, date: undefined };
		const empty = { ...ARTICLE, label: '', description: '', date: '' };
		expect(socialCardKey({ ...parts, content: bare })).toBe(
			socialCardKey({ ...parts, content: empty })
		);
	});

	it('changes with every input that changes the pixels', () => {
		const key = socialCardKey(parts);
		const variants = [
			{ ...parts, content: { ...ARTICLE, title: 'Other' } },
			{ ...parts, content: { ...ARTICLE, description: 'Other' } },
			{ ...parts, content: { ...ARTICLE, date: '24 June 2025' } },
			{ ...parts, content: { ...ARTICLE, tags: ['#reliability'] } },
			{ ...parts, content: { ...ARTICLE, siteName: 'Other' } },
			{ ...parts, content: { ...ARTICLE, label: 'Case study' } },
			{ ...parts, palette: { ...palette, accent: '#000000' } },
			{ ...parts, rendererDigest: 'r2' },
			{ ...parts, coverDigest: 'c1' },
		];
		const keys = variants.map(socialCardKey);
		expect(keys).not.toContain(key);
		expect(new Set(keys).size).toBe(variants.length);
	});
});
