import typography from '@tailwindcss/typography';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Config } from 'tailwindcss';
import plugin from 'tailwindcss/plugin';
import { colors, fonts, type ThemeColor, type WebFont } from './src/theme';

const require = createRequire(import.meta.url);

/** `--color-<name>` for every token of src/theme.ts, with its value in one theme. */
function colorVariables(theme: keyof ThemeColor): Record<string, string> {
	return Object.fromEntries(
		Object.entries(colors).map(([name, value]) => [`--color-${name}`, value[theme]])
	);
}

/** The @font-face rule of a web font: its one file, limited to the code points its subset covers. */
function fontFace(font: WebFont) {
	const subsets = JSON.parse(
		readFileSync(require.resolve(`${font.package}/unicode.json`), 'utf8')
	) as Record<string, string>;
	const unicodeRange = subsets[font.subset];
	if (!unicodeRange) throw new Error(`${font.package} has no "${font.subset}" subset.`);
	return {
		'@font-face': {
			fontFamily: `'${font.family}'`,
			fontStyle: 'normal',
			fontDisplay: 'swap',
			fontWeight: font.weight,
			// Resolved by Vite like any url() in the stylesheet, so the file gets a hashed name.
			src: `url('${font.package}/files/${font.file}') format('woff2')`,
			unicodeRange,
		},
	};
}

/**
 * The theme as CSS: the web fonts' @font-face rules and every colour token as a variable, light
 * on :root (so a page without the theme snippet still reads well) and dark under
 * [data-theme=dark], which the theme snippet and the toggle set.
 */
const themeStyles = plugin((api) => {
	api.addBase(fontFace(fonts.sans));
	api.addBase(fontFace(fonts.mono));
	api.addBase({
		':root': { colorScheme: 'light', ...colorVariables('light') },
		':root[data-theme=dark]': { colorScheme: 'dark', ...colorVariables('dark') },
	});
});

const family = (font: WebFont) => [`"${font.family}"`, ...font.fallback];

/**
 * Design tokens, from src/theme.ts. Colours point at the CSS variables the plugin above sets per
 * theme, so templates use semantic names (`bg-surface text-ink`) and never raw palette classes.
 */
export default {
	content: ['./src/**/*.{astro,ts}'],
	theme: {
		extend: {
			colors: Object.fromEntries(Object.keys(colors).map((name) => [name, `var(--color-${name})`])),
			fontFamily: { sans: family(fonts.sans), mono: family(fonts.mono) },
			maxWidth: {
				prose: '68ch',
			},
			// Article prose follows the theme through the same variables as everything else.
			typography: {
				DEFAULT: {
					css: {
						'--tw-prose-body': 'var(--color-ink)',
						'--tw-prose-headings': 'var(--color-ink)',
						'--tw-prose-lead': 'var(--color-muted)',
						'--tw-prose-links': 'var(--color-accent)',
						'--tw-prose-bold': 'var(--color-ink)',
						'--tw-prose-counters': 'var(--color-muted)',
						'--tw-prose-bullets': 'var(--color-muted)',
						'--tw-prose-hr': 'var(--color-border)',
						'--tw-prose-quotes': 'var(--color-ink)',
						'--tw-prose-quote-borders': 'var(--color-accent)',
						'--tw-prose-captions': 'var(--color-muted)',
						'--tw-prose-code': 'var(--color-ink)',
						'--tw-prose-pre-code': 'var(--color-ink)',
						'--tw-prose-pre-bg': 'var(--color-code-bg)',
						'--tw-prose-th-borders': 'var(--color-border)',
						'--tw-prose-td-borders': 'var(--color-border)',
					},
				},
			},
		},
	},
	plugins: [typography, themeStyles],
} satisfies Config;
