interface ImportMetaEnv {
	/** True only under `astro dev`, set by src/integrations/preview-unpublished.ts. */
	readonly FIELDNOTES_PREVIEW_UNPUBLISHED: boolean;
}
