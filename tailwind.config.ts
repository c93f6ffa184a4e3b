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
	plugins: [typography],
} satisfies Config;
