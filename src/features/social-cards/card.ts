import { createHash } from 'node:crypto';
import { colors } from '@/theme';
import { fitText, keepDrawable, type FittedText, type MeasureText } from './text-fit';

/** The size of every social card: what Open Graph and X's large summary card show. */
export const SOCIAL_CARD_SIZE = { width: 1200, height: 630 } as const;

/** What one social card says, in plain text. */
export interface SocialCardContent {
	siteName: string;
	/** The site's host name, printed in a corner, e.g. `fieldnotes.example.com`. */
	siteHost: string;
	/** What the page is, e.g. `Article`, `Case study`; absent on the home page's card. */
	label?: string | undefined;
	title: string;
	description?: string | undefined;
	/** The publication date as readers see it, formatted in the site's locale and time zone. */
	date?: string | undefined;
	/** Tags or a stack as they are printed, e.g. `#postgres`, `Go`. */
	tags: readonly string[];
}

/** The colours of the card, the light theme's values of the site's tokens. */
export interface SocialCardPalette {
	surface: string;
	ink: string;
	muted: string;
	accent: string;
	border: string;
}

/** The card's colours: the light theme's values of the tokens in src/theme.ts. */
export const SOCIAL_CARD_PALETTE: SocialCardPalette = {
	surface: colors.surface.light,
	ink: colors.ink.light,
	muted: colors.muted.light,
	accent: colors.accent.light,
	border: colors.border.light,
};

/** The family name the card's text is set in; the renderer gives the card font's files this name. */
export const CARD_FONT_FAMILY = 'Card';

/** An element of the tree satori draws: a tag, its inline style, and text or child elements. */
export interface CardElement {
	type: 'div' | 'img';
	props: {
		style: Record<string, string | number>;
		children?: string | CardElement[];
		src?: string;
		width?: number;
		height?: number;
	};
}

/** How a card is laid out, besides its content. */
export interface SocialCardLayout {
	palette: SocialCardPalette;
	/** The code points the card's fonts can draw; other characters are left out. */
	drawable: readonly [number, number][];
	/** How wide a line of text is in the card's font, from the font files' metrics. */
	measure: MeasureText;
	/** The cover image, already cropped to the cover panel's size, as a `data:` URL. */
	coverDataUrl?: string | undefined;
}

/** The text a card shows once it is fitted: what the renderer draws and the alt text describes. */
export interface SocialCardText {
	label: string | undefined;
	/** Absent when the title has no character the card's fonts can draw. */
	title: FittedText | undefined;
	description: FittedText | undefined;
	tags: string[];
}

const PADDING = 64;
const ACCENT_BAR = 16;
/** The cover panel on the right of the card, when the entry has a cover. */
export const COVER_PANEL = { width: 420, height: SOCIAL_CARD_SIZE.height } as const;
const HEADER_HEIGHT = 40;
const FOOTER_HEIGHT = 48;
const GAP = 32;
const TITLE_LINE_HEIGHT = 1.12;
const TITLE_LETTER_SPACING = -0.02;
const DESCRIPTION_LINE_HEIGHT = 1.35;
const DESCRIPTION_SIZE = 28;
const FOOTER_SIZE = 24;
const FOOTER_GAP = 14;
const TAG_PADDING = 14;
const TAG_BORDER = 2;
const MAX_TAGS = 3;

function textWidth(hasCover: boolean): number {
	return SOCIAL_CARD_SIZE.width - ACCENT_BAR - 2 * PADDING - (hasCover ? COVER_PANEL.width : 0);
}

/**
 * Fits a card's text to the card: the title as large as it fits in up to five lines, the
 * description in up to two, each shortened at a word with "…" when it is longer. Characters the
 * fonts cannot draw (emoji, scripts without a bundled font) are left out.
 */
export function fitSocialCardText(
	content: SocialCardContent,
	{
		drawable,
		measure,
		coverDataUrl,
	}: Pick<SocialCardLayout, 'drawable' | 'measure' | 'coverDataUrl'>
): SocialCardText {
	const width = textWidth(coverDataUrl !== undefined);
	const title = keepDrawable(content.title, drawable);
	const description = keepDrawable(content.description ?? '', drawable);
	const descriptionHeight = description
		? 2 * DESCRIPTION_SIZE * DESCRIPTION_LINE_HEIGHT + GAP / 2
		: 0;
	const textHeight =
		SOCIAL_CARD_SIZE.height - 2 * PADDING - HEADER_HEIGHT - FOOTER_HEIGHT - 2 * GAP;
	return {
		label: content.label,
		title: hasLetters(title)
			? fitText(title, {
					width,
					height: textHeight - descriptionHeight,
					fontSizes: [72, 64, 56, 50, 44, 40],
					lineHeight: TITLE_LINE_HEIGHT,
					letterSpacing: TITLE_LETTER_SPACING,
					weight: 700,
					measure,
				})
			: undefined,
		description: hasLetters(description)
			? fitText(description, {
					width,
					// Up to two lines under a title; up to four in place of a title that cannot be drawn.
					height: hasLetters(title) ? descriptionHeight : textHeight,
					fontSizes: [DESCRIPTION_SIZE],
					lineHeight: DESCRIPTION_LINE_HEIGHT,
					weight: 400,
					measure,
				})
			: undefined,
		tags: fitTags(content, { drawable, measure }, width, coverDataUrl === undefined),
	};
}

/** The first tags (up to three) that fit on the footer line beside the date and the host. */
function fitTags(
	content: SocialCardContent,
	{ drawable, measure }: Pick<SocialCardLayout, 'drawable' | 'measure'>,
	width: number,
	showsHost: boolean
): string[] {
	const used = (text: string | undefined, weight: 400 | 700) =>
		text ? measure(text, FOOTER_SIZE, weight) + FOOTER_GAP : 0;
	let room = width - used(content.date, 400) - (showsHost ? used(content.siteHost, 400) : 0);
	const tags: string[] = [];
	for (const tag of content.tags.map((label) => keepDrawable(label, drawable))) {
		if (!hasLetters(tag) || tags.length === MAX_TAGS) continue;
		const tagWidth = used(tag, 700) + 2 * (TAG_PADDING + TAG_BORDER);
		if (tagWidth > room) break;
		tags.push(tag);
		room -= tagWidth;
	}
	return tags;
}

function hasLetters(text: string): boolean {
	return /[\p{L}\p{N}]/u.test(text);
}

const div = (style: CardElement['props']['style'], children?: CardElement['props']['children']) =>
	({ type: 'div', props: { style, ...(children !== undefined && { children }) } }) as const;

/**
 * The element tree of a card, for satori: a light card in the site's colours with an accent bar,
 * the site name and what the page is, the title, the description, the date and tags, the site's
 * host, and the cover on the right when there is one. Text is passed as text, never as markup.
 */
export function buildSocialCardTree(
	content: SocialCardContent,
	layout: SocialCardLayout
): CardElement {
	const { palette, coverDataUrl } = layout;
	const text = fitSocialCardText(content, layout);
	const lines = (fitted: FittedText) => fitted.lines.join('\n');
	const body: CardElement[] = [
		...(text.title
			? [
					div(
						{
							fontSize: text.title.fontSize,
							fontWeight: 700,
							lineHeight: TITLE_LINE_HEIGHT,
							letterSpacing: `${TITLE_LETTER_SPACING}em`,
							color: palette.ink,
							whiteSpace: 'pre-wrap',
						},
						lines(text.title)
					),
				]
			: []),
		...(text.description
			? [
					div(
						{
							marginTop: text.title ? GAP / 2 : 0,
							fontSize: DESCRIPTION_SIZE,
							lineHeight: DESCRIPTION_LINE_HEIGHT,
							color: palette.muted,
							whiteSpace: 'pre-wrap',
						},
						lines(text.description)
					),
				]
			: []),
	];
	const footerItems: CardElement[] = [
		...(content.date ? [div({ color: palette.muted }, content.date)] : []),
		...text.tags.map((tag) =>
			div(
				{
					padding: `4px ${TAG_PADDING}px`,
					border: `${TAG_BORDER}px solid ${palette.border}`,
					borderRadius: 999,
					color: palette.accent,
					fontWeight: 700,
				},
				tag
			)
		),
	];
	const textColumn = div(
		{
			display: 'flex',
			flexDirection: 'column',
			justifyContent: 'space-between',
			// Stretched to the card's height by the row it sits in; a height of 100% would add the
			// padding to it and push the footer off the card.
			flexGrow: 1,
			padding: PADDING,
		},
		[
			div(
				{
					display: 'flex',
					alignItems: 'center',
					height: HEADER_HEIGHT,
					fontSize: 28,
					gap: 16,
				},
				[
					div({ fontWeight: 700, color: palette.accent }, content.siteName),
					...(text.label ? [div({ color: palette.muted }, text.label)] : []),
				]
			),
			div({ display: 'flex', flexDirection: 'column' }, body),
			div(
				{
					display: 'flex',
					alignItems: 'center',
					justifyContent: 'space-between',
					height: FOOTER_HEIGHT,
					fontSize: FOOTER_SIZE,
				},
				[
					div({ display: 'flex', alignItems: 'center', gap: FOOTER_GAP }, footerItems),
					...(coverDataUrl ? [] : [div({ color: palette.muted }, content.siteHost)]),
				]
			),
		]
	);
	return div(
		{
			display: 'flex',
			width: SOCIAL_CARD_SIZE.width,
			height: SOCIAL_CARD_SIZE.height,
			backgroundColor: palette.surface,
			fontFamily: CARD_FONT_FAMILY,
		},
		[
			div({ width: ACCENT_BAR, backgroundColor: palette.accent }),
			textColumn,
			...(coverDataUrl
				? [
						{
							type: 'img' as const,
							props: {
								src: coverDataUrl,
								width: COVER_PANEL.width,
								height: COVER_PANEL.height,
								style: { width: COVER_PANEL.width, height: COVER_PANEL.height },
							},
						},
					]
				: []),
		]
	);
}

/**
 * The alt text of a card: what it shows, in the order it shows it.
 * @example socialCardAlt(…) // 'Idempotent webhooks: article on Fieldnotes, 23 June 2025, tagged reliability, Postgres'
 */
export function socialCardAlt(content: SocialCardContent, text: SocialCardText): string {
	// The whole title, emoji included: the alt text is read, not drawn.
	const heading = text.title ? content.title : text.description?.lines.join(' ');
	const where = text.label
		? `${text.label.toLowerCase()} on ${content.siteName}`
		: content.siteName;
	return [
		heading ? `${headingBefore(heading)}${where}` : where,
		...(content.date ? [content.date] : []),
		...(text.tags.length > 0 ? [`tagged ${text.tags.join(', ')}`] : []),
	].join(', ');
}

/**
 * A heading and what goes between it and the rest: a colon, whose full stop would be redundant,
 * or a dash after a question, an exclamation or an ellipsis ("Is it fast? — article on …").
 */
function headingBefore(heading: string): string {
	const trimmed = heading.replace(/(?<!\.)[.,:;]$/u, '');
	return /[?!…]$|\.\.\.$/u.test(trimmed) ? `${trimmed} — ` : `${trimmed}: `;
}

/** Everything besides the content that changes a card's pixels. */
export interface SocialCardKeyParts {
	content: SocialCardContent;
	palette: SocialCardPalette;
	/** A hash of the card code, the fonts and the versions of satori, resvg and sharp. */
	rendererDigest: string;
	/** A hash of the cover file's bytes, when the card shows a cover. */
	coverDigest?: string | undefined;
}

/**
 * The cache key of a card: a hash of every input that changes its pixels, so an unchanged card is
 * copied from the cache instead of drawn again.
 */
export function socialCardKey({
	content,
	palette,
	rendererDigest,
	coverDigest,
}: SocialCardKeyParts): string {
	const inputs = [
		rendererDigest,
		// Stryker disable next-line StringLiteral: any text other than a 64-hex digest stands for "no cover" as well
		coverDigest ?? '',
		JSON.stringify([
			content.siteName,
			content.siteHost,
			content.label ?? '',
			content.title,
			content.description ?? '',
			content.date ?? '',
			content.tags,
		]),
		JSON.stringify([palette.surface, palette.ink, palette.muted, palette.accent, palette.border]),
	];
	// Stryker disable next-line StringLiteral: the digests are fixed-length hex and the JSON parts start with "[", so the parts cannot run together
	return createHash('sha256').update(inputs.join('\0')).digest('hex').slice(0, 32);
}
