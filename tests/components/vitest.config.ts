import { getViteConfig } from 'astro/config';

// Components rendered with Astro's Container API need Astro's Vite plugins to compile .astro files.
export default getViteConfig({
	test: {
		name: 'components',
		root: new URL('../../', import.meta.url).pathname,
		include: ['tests/components/**/*.test.ts'],
	},
});
