/** True only under `astro dev`; replaced at build time by src/integrations/preview-unpublished.ts. */
declare const __FIELDNOTES_PREVIEW_UNPUBLISHED__: boolean;

/** The social-card renderer's settings; replaced at build time by src/integrations/social-cards.ts. */
declare const __FIELDNOTES_SOCIAL_CARDS__: import('./integrations/social-cards').SocialCardSettings;
