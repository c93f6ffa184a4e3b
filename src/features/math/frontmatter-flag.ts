/**
 * The plugin frontmatter key that src/features/math/plugin.ts sets on a document with math, where
 * `render()` returns it in `remarkPluginFrontmatter`. On its own so that the page code that reads
 * it does not import the plugin's math renderer.
 */
export const HAS_MATH = 'hasMath';
