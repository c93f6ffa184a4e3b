import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { THEME_SNIPPET } from '@/features/theme-toggle/theme-snippet';

/**
 * Runs the inline script as a page would before first paint, with the reader's stored choice (or
 * storage that throws, as in some private windows) and their system's colour scheme.
 */
function themeChosen({
	stored,
	systemDark = false,
	storageFails = false,
}: {
	stored?: string;
	systemDark?: boolean;
	storageFails?: boolean;
}): string | undefined {
	const documentElement = { dataset: {} as Record<string, string> };
	runInNewContext(THEME_SNIPPET, {
		localStorage: {
			getItem: (key: string) => {
				if (storageFails) throw new Error('SecurityError');
				return key === 'fieldnotes-theme' ? (stored ?? null) : null;
			},
		},
		matchMedia: (query: string) => ({
			matches: query === '(prefers-color-scheme: dark)' && systemDark,
		}),
		document: { documentElement },
	});
	return documentElement.dataset['theme'];
}

describe('THEME_SNIPPET', () => {
	it("applies the reader's stored choice, whatever the system prefers", () => {
		expect(themeChosen({ stored: 'dark', systemDark: false })).toBe('dark');
		expect(themeChosen({ stored: 'light', systemDark: true })).toBe('light');
	});

	it("follows the system's colour scheme without a valid stored choice", () => {
		expect(themeChosen({ systemDark: true })).toBe('dark');
		expect(themeChosen({ systemDark: false })).toBe('light');
		expect(themeChosen({ stored: 'sepia', systemDark: true })).toBe('dark');
	});

	it('still picks a theme when storage cannot be read', () => {
		expect(themeChosen({ storageFails: true, systemDark: true })).toBe('dark');
	});
});
