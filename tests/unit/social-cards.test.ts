import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSocialCardSettings } from '@/features/social-cards/integration';

describe('readSocialCardSettings', () => {
	const settings = readSocialCardSettings(process.cwd(), '/tmp/astro-cache/');

	it("keeps the cards in a social-cards folder of Astro's cache folder", () => {
		expect(settings.cacheDirectory).toBe('/tmp/astro-cache/social-cards');
	});

	it("reads Inter's static WOFF files for 400 and 700 from node_modules, Latin first", () => {
		expect(settings.fonts.slice(0, 2)).toEqual([
			expect.objectContaining({ subset: 'latin', weight: 400 }),
			expect.objectContaining({ subset: 'latin', weight: 700 }),
		]);
		for (const { file } of settings.fonts) {
			expect(file).toMatch(
				/node_modules\/@fontsource\/inter\/files\/inter-[a-z-]+-(400|700)-normal\.woff$/
			);
			expect(existsSync(file), file).toBe(true);
		}
		expect(Object.keys(settings.subsets)).toEqual(
			expect.arrayContaining(['latin', 'latin-ext', 'cyrillic', 'greek', 'vietnamese'])
		);
	});

	it('reads the card font src/theme.ts names, and says how to fix a font it cannot draw with', () => {
		expect(
			readSocialCardSettings(process.cwd(), '/tmp/', { package: '@fontsource/jetbrains-mono' })
				.fonts[0]?.file
		).toMatch(/@fontsource\/jetbrains-mono\/files\/jetbrains-mono-latin-400-normal\.woff$/);
		expect(() =>
			readSocialCardSettings(process.cwd(), '/tmp/', { package: '@fontsource-variable/inter' })
		).toThrow(/no static WOFF file .*inter-latin-400-normal\.woff.*@fontsource-variable/);
		expect(() =>
			readSocialCardSettings(process.cwd(), '/tmp/', { package: '@fontsource/not-installed' })
		).toThrow(/not installed: run `npm install @fontsource\/not-installed`/);
	});

	it('digests the card code, fonts and renderer versions the same way every time', () => {
		expect(readSocialCardSettings(process.cwd(), '/elsewhere/').rendererDigest).toBe(
			settings.rendererDigest
		);
		expect(settings.rendererDigest).toMatch(/^[0-9a-f]{64}$/);
	});
});
