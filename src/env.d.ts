/** True only under `astro dev`; replaced at build time by src/features/unpublished-preview/integration.ts. */
declare const __FIELDNOTES_PREVIEW_UNPUBLISHED__: boolean;

/** The social-card renderer's settings; replaced at build time by src/features/social-cards/integration.ts. */
declare const __FIELDNOTES_SOCIAL_CARDS__: import('./features/social-cards/integration').SocialCardSettings;
