import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeVersion, writeFileAtomically } from './cache';

/**
 * Clears Astro's content data store when the code changes (see codeVersion). Astro invalidates
 * the store when `content.config.ts` itself changes, but not when a module it imports does, so a
 * new schema field with a default (or a new Markdown plugin) would be missing from cached entries
 * until someone deleted the cache by hand.
 */
export function contentCacheGuard(): AstroIntegration {
	return {
		name: 'fieldnotes:content-cache-guard',
		hooks: {
			'astro:config:setup': ({ config, logger }) => {
				const cacheDir = fileURLToPath(config.cacheDir);
				const version = codeVersion(fileURLToPath(config.root));
				const versionFile = join(cacheDir, 'fieldnotes-content-digest');
				const previous = existsSync(versionFile) ? readFileSync(versionFile, 'utf8') : undefined;
				if (previous === version) return;
				// Without a recorded version the store's origin is unknown, so it is cleared as well.
				const dataStore = join(cacheDir, 'data-store.json');
				if (existsSync(dataStore)) {
					logger.info('The code changed since the last build: clearing the content cache.');
					rmSync(dataStore);
				}
				writeFileAtomically(versionFile, version);
			},
		},
	};
}
