import type { AstroIntegration } from 'astro';

/**
 * Tells the site whether it runs under `astro dev`, where authors preview drafts and scheduled
 * articles. `import.meta.env.DEV` is not enough: it follows NODE_ENV, so a CI job that exports
 * NODE_ENV=test or development would publish every draft in a production build. The flag is a
 * plain constant, not an `import.meta.env` key: Astro lets an environment variable of the same
 * name override those, so FIELDNOTES_PREVIEW_UNPUBLISHED=true in the environment would publish
 * drafts too (the test suite sets it on purpose).
 */
export function previewUnpublished(): AstroIntegration {
	return {
		name: 'fieldnotes:preview-unpublished',
		hooks: {
			'astro:config:setup': ({ command, updateConfig }) => {
				updateConfig({
					vite: {
						define: {
							__FIELDNOTES_PREVIEW_UNPUBLISHED__: JSON.stringify(command === 'dev'),
						},
					},
				});
			},
		},
	};
}
