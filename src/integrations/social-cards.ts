import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSocialCardPalette, type SocialCardPalette } from '../lib/social-card';
import { digestFiles } from './content-cache-guard';

/** What the social-card renderer needs from the build's configuration. */
export interface SocialCardSettings {
	/** Where drawn cards are kept between builds: `social-cards/` in Astro's cache folder. */
	cacheDirectory: string;
	/** A hash of the card code, the font files and the renderers' versions: part of every card's key. */
	rendererDigest: string;
	/** Inter's static WOFF files, one per subset and weight, Latin first. */
	fonts: { subset: string; file: string; weight: 400 | 700 }[];
	/** The code points each subset covers, as a CSS unicode-range list. */
	subsets: Record<string, string>;
	palette: SocialCardPalette;
}

// The modules whose code decides how a card looks, relative to the project root.
const CARD_CODE = [
	'src/lib/social-card.ts',
	'src/lib/text-fit.ts',
	'src/data/social-card-renderer.ts',
];
// The packages that draw a card, or whose files it is drawn with.
const CARD_PACKAGES = ['satori', '@resvg/resvg-js', 'sharp', '@fontsource/inter'];
const WEIGHTS = [400, 700] as const;

/**
 * Gives the social-card renderer (src/data/social-card-renderer.ts) its settings as a build-time
 * constant: the cache folder inside Astro's `cacheDir` (so it is kept and cleared like Astro's own
 * image cache), the fonts read from node_modules (nothing is fetched), the light theme's colours
 * from the stylesheet, and the digest that invalidates every cached card when the card code, a
 * font or a renderer changes.
 */
export function socialCards(): AstroIntegration {
	return {
		name: 'fieldnotes:social-cards',
		hooks: {
			'astro:config:setup': ({ config, updateConfig }) => {
				const root = fileURLToPath(config.root);
				updateConfig({
					vite: {
						define: {
							__FIELDNOTES_SOCIAL_CARDS__: JSON.stringify(
								readSocialCardSettings(root, fileURLToPath(config.cacheDir))
							),
						},
					},
				});
			},
		},
	};
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
	const versions = CARD_PACKAGES.map((name) => {
		const { version } = JSON.parse(
			readFileSync(join(packageFolder(name), 'package.json'), 'utf8')
		) as { version: string };
		return `${name}@${version}`;
	});
	const rendererDigest = createHash('sha256')
		.update(digestFiles(CARD_CODE.map((file) => join(root, file))))
		.update(digestFiles(fonts.map(({ file }) => file)))
		.update(versions.join('\n'))
		.digest('hex');
	return {
		cacheDirectory: join(cacheDir, 'social-cards'),
		rendererDigest,
		fonts,
		subsets: Object.fromEntries(names.map((name) => [name, subsets[name] ?? ''])),
		palette: readSocialCardPalette(readFileSync(join(root, 'src/styles/global.css'), 'utf8')),
	};
}
