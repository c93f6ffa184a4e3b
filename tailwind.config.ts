import typography from '@tailwindcss/typography';
import type { Config } from 'tailwindcss';

/**
 * Design tokens. Colours point at CSS variables set per theme in `src/styles/global.css`, so
 * templates use semantic names (`bg-surface text-ink`) and never raw palette classes.
 */
export default {
	content: ['./src/**/*.{astro,ts}'],
	theme: {
		extend: {
			colors: {
				surface: 'var(--color-surface)',
				'surface-raised': 'var(--color-surface-raised)',
				ink: 'var(--color-ink)',
				muted: 'var(--color-muted)',
				accent: 'var(--color-accent)',
				'accent-ink': 'var(--color-accent-ink)',
				border: 'var(--color-border)',
				'code-bg': 'var(--color-code-bg)',
			},
			fontFamily: {
				sans: ['"Inter Variable"', 'ui-sans-serif', 'system-ui', 'sans-serif'],
				mono: ['"JetBrains Mono Variable"', 'ui-monospace', 'SFMono-Regular', 'monospace'],
			},
			maxWidth: {
				prose: '68ch',
			},
		},
	},
	plugins: [typography],
} satisfies Config;
