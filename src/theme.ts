/**
 * The site's look in one file: the colour tokens, light and dark, and the fonts.
 * tailwind.config.ts turns the colours into utilities (`bg-surface`, `text-muted`) and into CSS
 * variables per theme, and the fonts into @font-face rules and `font-sans`/`font-mono`; the social
 * cards draw with the light colours and the card font. Edit here, and all three follow.
 *
 * Kept free of imports so the Tailwind config, the Astro config and the pages can all load it.
 */

/** One colour token: its value in the light and in the dark theme. */
export interface ThemeColor {
	light: string;
	dark: string;
}

/**
 * The colour tokens, by semantic name. Each becomes the CSS variable `--color-<name>` and the
 * Tailwind colour `<name>` (`bg-surface`, `text-code-added-ink`). Text tokens keep 4.5:1 contrast
 * or more (WCAG AA) on the surfaces they are used on; the browser tests check every page with axe.
 */
export const colors = {
	/** The page background. */
	surface: { light: '#fbfaf7', dark: '#141413' },
	/** Cards, the author box, form fields: a step above the page. */
	'surface-raised': { light: '#ffffff', dark: '#1d1c1a' },
	/** Body text and headings. */
	ink: { light: '#1c1b19', dark: '#ecebe7' },
	/** Secondary text: dates, descriptions, captions. */
	muted: { light: '#5c5850', dark: '#a9a59c' },
	/** Links, buttons, the current navigation item. */
	accent: { light: '#0f5e52', dark: '#6fd3bf' },
	/** Text on an accent background. */
	'accent-ink': { light: '#ffffff', dark: '#0c1f1b' },
	/** Hairlines around cards and between sections. */
	border: { light: '#e2ded5', dark: '#34322e' },
	/** Inline code chips and code block captions. */
	'code-bg': { light: '#f3f1ec', dark: '#1d1c1a' },
	// Diff and highlight tints keep every code token at 4.5:1 or more
	// (see src/features/code-blocks/transformers.ts).
	/** An added line in a diff, and its "+" marker. */
	'code-added-bg': { light: '#dafbe1', dark: '#12261e' },
	'code-added-ink': { light: '#116329', dark: '#7ee787' },
	/** A removed line in a diff, and its "−" marker. */
	'code-removed-bg': { light: '#ffebe9', dark: '#25171c' },
	'code-removed-ink': { light: '#82071e', dark: '#ffa198' },
	/** A highlighted line, and the bar on its left. */
	'code-highlighted-bg': { light: '#fff8c5', dark: '#2a2614' },
	'code-highlighted-bar': { light: '#bf8700', dark: '#d29922' },
	// Callouts: the label colour has 6.6:1 or more on the tint, and so do links (accent).
	'callout-note-bg': { light: '#eef4fb', dark: '#16202c' },
	'callout-note-ink': { light: '#0b4f94', dark: '#8cc4ff' },
	'callout-tip-bg': { light: '#ecf6f2', dark: '#13231f' },
	'callout-tip-ink': { light: '#116329', dark: '#7ee2a8' },
	'callout-warning-bg': { light: '#fdf5e1', dark: '#26200f' },
	'callout-warning-ink': { light: '#7a4d00', dark: '#e8b45a' },
} as const satisfies Record<string, ThemeColor>;

/** The name of a colour token. */
export type ColorName = keyof typeof colors;

/** A web font: a Fontsource package's variable WOFF2 file for one subset, and its fallbacks. */
export interface WebFont {
	/** The family name pages use; the @font-face rule declares it. */
	family: string;
	/** Families the browser uses until the file arrives, and for characters it lacks. */
	fallback: readonly string[];
	/** The Fontsource package that holds the file, e.g. `@fontsource-variable/inter`. */
	package: string;
	/** The file in the package's `files/` folder. */
	file: string;
	/** The subset the file covers, a key of the package's `unicode.json`. */
	subset: string;
	/** The weight range of the variable file, as in CSS `font-weight`. */
	weight: string;
}

/**
 * The fonts. Pages load one Latin WOFF2 file per web font (other scripts fall back to the system
 * fonts listed); the body font is preloaded. The social cards draw with a Fontsource package of
 * static WOFF files, one per subset and weight, because satori reads neither WOFF2 nor variable
 * fonts; the card text is fitted with that font's own metrics.
 */
export const fonts = {
	/** Body text and headings: `font-sans`. */
	sans: {
		family: 'Inter Variable',
		fallback: ['ui-sans-serif', 'system-ui', 'sans-serif'],
		package: '@fontsource-variable/inter',
		file: 'inter-latin-wght-normal.woff2',
		subset: 'latin',
		weight: '100 900',
	},
	/** Code: `font-mono`. Only pages with code fetch it. */
	mono: {
		family: 'JetBrains Mono Variable',
		fallback: ['ui-monospace', 'SFMono-Regular', 'monospace'],
		package: '@fontsource-variable/jetbrains-mono',
		file: 'jetbrains-mono-latin-wght-normal.woff2',
		subset: 'latin',
		weight: '100 800',
	},
	/**
	 * The social cards' font: a Fontsource package with static `<id>-<subset>-<weight>-normal.woff`
	 * files in 400 and 700, such as `@fontsource/inter` or `@fontsource/source-serif-4`.
	 */
	card: { package: '@fontsource/inter' },
} as const satisfies { sans: WebFont; mono: WebFont; card: { package: string } };
