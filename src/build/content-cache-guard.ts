import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { digestFiles } from './source-digest';

/**
 * Clears Astro's content data store when the code that shapes entries changes. Astro invalidates
 * the store when `content.config.ts` itself changes, but not when a module it imports does, so a
 * new schema field with a default (or a new reading-time rule) would be missing from cached
 * entries until someone deleted the cache by hand.
 * @param watched folders and files, relative to the project root, whose contents shape entries
 */
export function contentCacheGuard(watched: readonly string[]): AstroIntegration {
	return {
		name: 'fieldnotes:content-cache-guard',
		hooks: {
			'astro:config:setup': ({ config, logger }) => {
				const root = fileURLToPath(config.root);
				const cacheDir = fileURLToPath(config.cacheDir);
				const digest = digestFiles(watched.map((path) => join(root, path)));
				const digestFile = join(cacheDir, 'fieldnotes-content-digest');
				const previous = existsSync(digestFile) ? readFileSync(digestFile, 'utf8') : undefined;
				if (previous === digest) return;
				// Without a recorded digest the store's origin is unknown, so it is cleared as well.
				const dataStore = join(cacheDir, 'data-store.json');
				if (existsSync(dataStore)) {
					logger.info('Content schema or Markdown plugins changed: clearing the content cache.');
					rmSync(dataStore);
				}
				mkdirSync(cacheDir, { recursive: true });
				writeFileSync(digestFile, digest);
			},
		},
	};
}
