/** True only under `astro dev`; replaced at build time by src/integrations/preview-unpublished.ts. */
declare const __FIELDNOTES_PREVIEW_UNPUBLISHED__: boolean;
