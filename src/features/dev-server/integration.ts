import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { contentDirectory } from '@/content-model/location';
import { isInside, unwatchedFolders } from './unwatched';

/**
 * Settings for `astro dev`:
 * - Vite's watcher skips the folders that hold no site source (unwatched.ts); with a checkout's
 *   test and benchmark scratch present, this took 1.2 s off a start with 1,000 articles.
 * - `astro dev` and `astro build` get a Vite dependency cache each (`node_modules/.vite/dev/` and
 *   `…/build/`). Vite keys its pre-bundled dependencies by a hash of the mode and the plugins, so
 *   with one shared folder every dev start after a build logged "Re-optimizing dependencies
 *   because vite config has changed" and bundled them all again, and the next build did the same.
 */
export function devServer(): AstroIntegration {
	return {
		name: 'fieldnotes:dev-server',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig }) => {
				const unwatched = unwatchedFolders(
					fileURLToPath(config.root),
					fileURLToPath(config.outDir),
					contentDirectory
				);
				updateConfig({
					vite: {
						cacheDir: fileURLToPath(
							new URL(`node_modules/.vite/${command === 'dev' ? 'dev' : 'build'}/`, config.root)
						),
						server: {
							watch: {
								ignored: (path: string) => unwatched.some((folder) => isInside(path, folder)),
							},
						},
					},
				});
			},
		},
	};
}
