/**
 * The bare-Astro floor: the least any Astro site can spend on the same articles. Astro with
 * @astrojs/mdx, one page per published entry rendering its `<Content />`, and nothing else (no
 * layout, styles, feeds, search, cards or images besides those inside the articles). Fieldnotes'
 * timings are read as multiples of it, which hold on a busy machine where seconds do not.
 */

/** The name of the component every MDX component an article uses is mapped to in the floor. */
const PASSTHROUGH = 'Passthrough';

/**
 * Names of the MDX components (capitalised JSX tags) the articles use. The floor maps each to a
 * component that only renders its children, since MDX fails on a component nobody provides. The
 * scan is textual and so also finds names in code samples (`Promise<Response>`): mapping a name
 * no article renders costs nothing.
 */
export function findMdxComponentNames(sources: readonly string[]): string[] {
	const names = new Set<string>();
	for (const source of sources) {
		for (const [, name] of source.matchAll(/<([A-Z][A-Za-z0-9]*)[\s/>]/g)) names.add(name!);
	}
	return [...names].sort();
}

/** What the floor project is built from. */
export interface FloorProject {
	/** Absolute path of the folder holding the articles (`*.md`, `*.mdx`, `slug/index.mdx`). */
	blogDirectory: string;
	/** MDX components the articles use (see findMdxComponentNames). */
	componentNames: readonly string[];
}

/**
 * The files of a floor project, by path relative to its folder. The folder also needs a
 * `node_modules` link to the project's, which has astro and @astrojs/mdx. Astro's and Vite's
 * caches stay inside the folder, so clearing it makes a cold build and touches no other build.
 */
export function floorProjectFiles({
	blogDirectory,
	componentNames,
}: FloorProject): Record<string, string> {
	const components = componentNames.map((name) => `${name}: ${PASSTHROUGH}`).join(', ');
	return {
		'package.json': `${JSON.stringify({ name: 'bench-floor', private: true, type: 'module' }, null, 2)}\n`,
		// Astro's own Markdown processor with only the syntax the articles are written in ($…$ math
		// parses differently from MDX expressions), none of the site's plugins.
		'astro.config.mjs': `import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';

export default defineConfig({
	integrations: [mdx()],
	markdown: { processor: satteri({ features: { math: true } }) },
	cacheDir: './.astro-cache',
	vite: { cacheDir: './.vite-cache' },
});
`,
		'src/content.config.mjs': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
	blog: defineCollection({
		loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: ${JSON.stringify(blogDirectory)} }),
	}),
};
`,
		[`src/${PASSTHROUGH}.astro`]: '<div><slot /></div>\n',
		'src/pages/[...slug].astro': `---
import { getCollection, render } from 'astro:content';
import ${PASSTHROUGH} from '../${PASSTHROUGH}.astro';

export async function getStaticPaths() {
	const entries = await getCollection('blog', ({ data }) => data.draft !== true);
	return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
---

<html lang="en">
	<head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
	<body><Content components={{ ${components} }} /></body>
</html>
`,
	};
}
