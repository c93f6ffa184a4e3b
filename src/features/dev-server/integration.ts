import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/**
 * Gives `astro dev` and `astro build` a Vite dependency cache each (`node_modules/.vite/dev/` and
 * `…/build/`). Vite keys its pre-bundled dependencies by a hash that includes the mode and the
 * plugins, which differ between the two commands, so with Astro's one shared folder every dev start
 * after a build logged "Re-optimizing dependencies because vite config has changed" and bundled
 * them all again, and the next build did the same.
 */
export function devServerCaches(): AstroIntegration {
	return {
		name: 'fieldnotes:dev-server-caches',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig }) => {
				const folder = command === 'dev' ? 'dev' : 'build';
				updateConfig({
					vite: {
						cacheDir: fileURLToPath(new URL(`node_modules/.vite/${folder}/`, config.root)),
					},
				});
			},
		},
	};
}
