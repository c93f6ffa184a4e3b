import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { forgetSocialCardBuild } from './build-handoff';
import { codeVersion } from '@/build/cache';
import { fonts as themeFonts } from '@/theme';
import type { CardFontFile } from './font-metrics';

/** What the social-card renderer needs from the build's configuration. */
export interface SocialCardSettings {
	/** Where drawn cards are kept between builds: `social-cards/` in Astro's cache folder. */
	cacheDirectory: string;
	/** The worker threads' entry (draw-worker.ts), which Node loads from src/ as it is. */
	workerFile: string;
	/** The code version (src/build/cache.ts), which covers the card code, fonts and renderers: part of every card's key. */
	rendererDigest: string;
	/** The card font's static WOFF files, one per subset and weight, Latin first. */
	fonts: CardFontFile[];
	/** The code points each subset covers, as a CSS unicode-range list. */
	subsets: Record<string, string>;
}

/** The folder of drawn cards in Astro's cache folder. */
export const CARD_DIRECTORY = 'social-cards';
const WEIGHTS = [400, 700] as const;

/**
 * Gives the social-card renderer (src/features/social-cards/renderer.ts) its settings as a build-time
 * constant: the cache folder inside Astro's `cacheDir` (so it is kept and cleared like Astro's own
 * image cache), the card font of src/theme.ts read from node_modules (nothing is fetched), and the
 * code version that invalidates every cached card when any code, a font or a renderer changes.
 */
export function socialCards(): AstroIntegration {
	return {
		name: 'fieldnotes:social-cards',
		hooks: {
			'astro:config:setup': ({ config, updateConfig }) => {
				const settings = readSocialCardSettings(
					fileURLToPath(config.root),
					fileURLToPath(config.cacheDir)
				);
				updateConfig({
					vite: { define: { __FIELDNOTES_SOCIAL_CARDS__: JSON.stringify(settings) } },
				});
			},
			'astro:build:start': () => {
				// A batch left by a build that stopped in this process must not reach this one.
				forgetSocialCardBuild();
			},
		},
	};
}

/**
 * The renderer's settings for a project, read from its files and node_modules.
 * @param cardFont the Fontsource package the cards are drawn with; src/theme.ts names it
 */
export function readSocialCardSettings(
	root: string,
	cacheDir: string,
	cardFont: { package: string } = themeFonts.card
): SocialCardSettings {
	// Direct dependencies, so npm installs them at the top of node_modules/ (sharp's exports hide
	// its package.json from require.resolve).
	const packageFolder = (name: string) => join(root, 'node_modules', name);
	const fontFolder = packageFolder(cardFont.package);
	const unicodeFile = join(fontFolder, 'unicode.json');
	if (!existsSync(unicodeFile)) {
		throw new Error(
			`The card font ${cardFont.package} (fonts.card in src/theme.ts) is not installed: run \`npm install ${cardFont.package}\`.`
		);
	}
	const subsets = JSON.parse(readFileSync(unicodeFile, 'utf8')) as Record<string, string>;
	const names = Object.keys(subsets).sort((a, b) =>
		a === 'latin' ? -1 : b === 'latin' ? 1 : a < b ? -1 : 1
	);
	// Fontsource names its files <font id>-<subset>-<weight>-<style>.woff.
	const id = cardFont.package.split('/').at(-1) ?? '';
	const fonts = names.flatMap((subset) =>
		WEIGHTS.map((weight) => ({
			subset,
			file: join(fontFolder, 'files', `${id}-${subset}-${weight}-normal.woff`),
			weight,
		}))
	);
	const missing = fonts.filter(({ file }) => !existsSync(file));
	if (missing.length > 0) {
		throw new Error(
			`The card font ${cardFont.package} (fonts.card in src/theme.ts) has no static WOFF file ${relative(root, missing[0]?.file ?? '')}: satori needs static 400 and 700 WOFF files, which @fontsource/<font> packages have and @fontsource-variable/<font> packages do not.`
		);
	}
	return {
		cacheDirectory: join(cacheDir, CARD_DIRECTORY),
		workerFile: fileURLToPath(new URL('./draw-worker.ts', import.meta.url)),
		rendererDigest: codeVersion(root),
		fonts,
		subsets: Object.fromEntries(names.map((name) => [name, subsets[name] ?? ''])),
	};
}
