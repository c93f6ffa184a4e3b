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
import { parseUnicodeRanges } from '@/features/social-cards/text-fit';
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

describe('socialCardAlt', () => {
	it('says what the card shows: title, what the page is, site, date and tags', () => {
		expect(socialCardAlt(ARTICLE, fitSocialCardText(ARTICLE, layout))).toBe(
			'Idempotent webhooks: retries without double charges: article on Fieldnotes, 23 June 2025, tagged #reliability, #Postgres'
		);
	});

	it('describes the home card by its title and the site', () => {
		const home = { ...ARTICLE, label: undefined, date: undefined, tags: [], title: 'Notes' };
		expect(socialCardAlt(home, fitSocialCardText(home, layout))).toBe('Notes: Fieldnotes');
	});
});

describe('socialCardKey', () => {
	const parts = { content: ARTICLE, palette, rendererDigest: 'r1' };

	it('is the same for the same inputs', () => {
		expect(socialCardKey(parts)).toBe(socialCardKey({ ...parts, content: { ...ARTICLE } }));
		expect(socialCardKey(parts)).toMatch(/^[0-9a-f]{32}$/);
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
