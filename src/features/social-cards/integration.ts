import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { digestFiles } from '@/build/source-digest';
import { placeCachedFile } from '@/build/output-files';
import { fonts as themeFonts } from '@/theme';
import type { CardFontFile } from './font-metrics';

/** What the social-card renderer needs from the build's configuration. */
export interface SocialCardSettings {
	/** Where drawn cards are kept between builds: `social-cards/` in Astro's cache folder. */
	cacheDirectory: string;
	/** Where the renderer leaves this build's {@link SocialCardBuildRecord}. */
	buildRecord: string;
	/** A hash of the card code, the font files and the renderers' versions: part of every card's key. */
	rendererDigest: string;
	/** The card font's static WOFF files, one per subset and weight, Latin first. */
	fonts: CardFontFile[];
	/** The code points each subset covers, as a CSS unicode-range list. */
	subsets: Record<string, string>;
}

/** What the renderer did in one build, and which cached PNG each card path is. */
export interface SocialCardBuildRecord {
	rendered: number;
	reused: number;
	milliseconds: number;
	/** `[site path, cache file]` of every card of the build. */
	cards: [string, string][];
}

// The modules whose code decides how a card looks, relative to the project root.
const CARD_CODE = [
	'src/features/social-cards/card.ts',
	'src/features/social-cards/text-fit.ts',
	'src/features/social-cards/font-metrics.ts',
	'src/features/social-cards/renderer.ts',
];
// The packages that draw a card.
const CARD_PACKAGES = ['satori', '@resvg/resvg-js', 'sharp'];
const WEIGHTS = [400, 700] as const;

/**
 * Gives the social-card renderer (src/features/social-cards/renderer.ts) its settings as a build-time
 * constant: the cache folder inside Astro's `cacheDir` (so it is kept and cleared like Astro's own
 * image cache), the card font of src/theme.ts read from node_modules (nothing is fetched), and the
 * digest that invalidates every cached card when the card code, a font or a renderer changes.
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
			'astro:build:done': async ({ dir, logger }) => {
				if (!settings || !existsSync(settings.buildRecord)) return;
				const started = performance.now();
				const record = JSON.parse(
					await readFile(settings.buildRecord, 'utf8')
				) as SocialCardBuildRecord;
				const outDir = fileURLToPath(dir);
				const targets = record.cards.map(([path, file]) => [join(outDir, path), file] as const);
				await Promise.all(
					[...new Set(targets.map(([target]) => dirname(target)))].map((folder) =>
						mkdir(folder, { recursive: true })
					)
				);
				// Copied here rather than served by a route: a route costs Astro milliseconds per file.
				await Promise.all(targets.map(([target, file]) => placeCachedFile(file, target)));
				await rm(settings.buildRecord, { force: true });
				const copying = Math.round(performance.now() - started);
				logger.info(
					`social cards: ${record.rendered} rendered, ${record.reused} reused (${record.milliseconds} ms; ${targets.length} copied into the output in ${copying} ms; cache ${relative(process.cwd(), settings.cacheDirectory)})`
				);
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
	const versions = [...CARD_PACKAGES, cardFont.package].map((name) => {
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
		buildRecord: join(cacheDir, 'social-cards-build.json'),
		rendererDigest,
		fonts,
		subsets: Object.fromEntries(names.map((name) => [name, subsets[name] ?? ''])),
	};
}
