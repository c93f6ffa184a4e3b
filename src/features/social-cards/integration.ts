import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSocialCardPalette, type SocialCardPalette } from './card';
import { codeVersion } from '@/build/cache';

/** What the social-card renderer needs from the build's configuration. */
export interface SocialCardSettings {
	/** Where drawn cards are kept between builds: `social-cards/` in Astro's cache folder. */
	cacheDirectory: string;
	/** Where the renderer leaves this build's {@link SocialCardBuildRecord}. */
	buildRecord: string;
	/** The code version (src/build/cache.ts), which covers the card code, fonts and renderers: part of every card's key. */
	rendererDigest: string;
	/** Inter's static WOFF files, one per subset and weight, Latin first. */
	fonts: { subset: string; file: string; weight: 400 | 700 }[];
	/** The code points each subset covers, as a CSS unicode-range list. */
	subsets: Record<string, string>;
	palette: SocialCardPalette;
}

/** What the renderer did in one build, and which cached PNG each card path is. */
export interface SocialCardBuildRecord {
	rendered: number;
	reused: number;
	milliseconds: number;
	/** `[site path, cache file]` of every card of the build. */
	cards: [string, string][];
}

/** The folder of drawn cards in Astro's cache folder. */
export const CARD_DIRECTORY = 'social-cards';
const WEIGHTS = [400, 700] as const;

/**
 * Gives the social-card renderer (src/features/social-cards/renderer.ts) its settings as a build-time
 * constant: the cache folder inside Astro's `cacheDir` (so it is kept and cleared like Astro's own
 * image cache), the fonts read from node_modules (nothing is fetched), the light theme's colours
 * from the stylesheet, and the code version that invalidates every cached card when any code, a
 * font or a renderer changes.
 */
export function socialCards(): AstroIntegration {
	let settings: SocialCardSettings | undefined;
	return {
		name: 'fieldnotes:social-cards',
		hooks: {
			'astro:config:setup': ({ config, updateConfig }) => {
				settings = readSocialCardSettings(
					fileURLToPath(config.root),
					fileURLToPath(config.cacheDir)
				);
				updateConfig({
					vite: { define: { __FIELDNOTES_SOCIAL_CARDS__: JSON.stringify(settings) } },
				});
			},
			'astro:build:start': async () => {
				// A record left by a build that stopped must not be copied into this one.
				if (settings) await rm(settings.buildRecord, { force: true });
			},
		},
	};
}

/** Where the renderer leaves the record of one build, in Astro's cache folder. */
export function buildRecordFile(cacheDir: string): string {
	return join(cacheDir, 'social-cards-build.json');
}

/** The renderer's settings for a project, read from its files and node_modules. */
export function readSocialCardSettings(root: string, cacheDir: string): SocialCardSettings {
	// Direct dependencies, so npm installs them at the top of node_modules/ (sharp's exports hide
	// its package.json from require.resolve).
	const packageFolder = (name: string) => join(root, 'node_modules', name);
	const interFolder = packageFolder('@fontsource/inter');
	const subsets = JSON.parse(readFileSync(join(interFolder, 'unicode.json'), 'utf8')) as Record<
		string,
		string
	>;
	const names = Object.keys(subsets).sort((a, b) =>
		a === 'latin' ? -1 : b === 'latin' ? 1 : a < b ? -1 : 1
	);
	const fonts = names.flatMap((subset) =>
		WEIGHTS.map((weight) => ({
			subset,
			file: join(interFolder, 'files', `inter-${subset}-${weight}-normal.woff`),
			weight,
		}))
	);
	return {
		cacheDirectory: join(cacheDir, CARD_DIRECTORY),
		buildRecord: buildRecordFile(cacheDir),
		rendererDigest: codeVersion(root),
		fonts,
		subsets: Object.fromEntries(names.map((name) => [name, subsets[name] ?? ''])),
		palette: readSocialCardPalette(readFileSync(join(root, 'src/styles/global.css'), 'utf8')),
	};
}
