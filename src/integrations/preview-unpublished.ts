import type { AstroIntegration } from 'astro';

/**
 * Tells the site whether it runs under `astro dev`, where authors preview drafts and scheduled
 * articles. `import.meta.env.DEV` is not enough: it follows NODE_ENV, so a CI job that exports
 * NODE_ENV=test or development would publish every draft in a production build.
 */
export function previewUnpublished(): AstroIntegration {
	return {
		name: 'fieldnotes:preview-unpublished',
		hooks: {
			'astro:config:setup': ({ command, updateConfig }) => {
				updateConfig({
					vite: {
						define: {
							'import.meta.env.FIELDNOTES_PREVIEW_UNPUBLISHED': JSON.stringify(command === 'dev'),
						},
					},
				});
			},
		},
	};
}
