import js from '@eslint/js';
import eslintConfigPrettier from 'eslint-config-prettier';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{
		ignores: [
			'dist/',
			'.astro/',
			'.cache/',
			'node_modules/',
			'tests/fixtures/',
			'.stryker-tmp/',
			'reports/',
		],
	},
	js.configs.recommended,
	...tseslint.configs.recommendedTypeChecked,
	...astro.configs.recommended,
	{
		languageOptions: {
			globals: { ...globals.node, ...globals.browser },
			parserOptions: {
				project: true,
				tsconfigRootDir: import.meta.dirname,
				extraFileExtensions: ['.astro'],
			},
		},
	},
	{
		// Type-aware rules need type information that plain config files (.mjs) do not have.
		files: ['**/*.mjs'],
		...tseslint.configs.disableTypeChecked,
	},
	{
		// The Astro parser gives JSX inside template expressions the type `error`, so every
		// `items.map((item) => <li>…</li>)` would be reported as an unsafe return. `astro check`
		// type-checks these templates properly instead.
		files: ['**/*.astro'],
		rules: {
			'@typescript-eslint/no-unsafe-return': 'off',
		},
	},
	{
		// Imported into TypeScript, a component goes through the Astro parser, which types it as
		// `error`; Vitest and `astro check` see its real type (AstroComponentFactory).
		files: ['tests/components/**/*.ts'],
		rules: {
			'@typescript-eslint/no-unsafe-argument': 'off',
		},
	},
	{
		// The same: the map of MDX components holds components imported into TypeScript.
		files: ['src/components/content-components.ts'],
		rules: {
			'@typescript-eslint/no-unsafe-assignment': 'off',
		},
	},
	eslintConfigPrettier
);
