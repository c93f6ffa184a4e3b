import Callout from '@/features/callouts/Callout.astro';

/**
 * Components every MDX entry can use without importing them: pass them as
 * `<Content components={contentComponents} />` wherever an entry is rendered, feeds included.
 */
export const contentComponents = { Callout };
