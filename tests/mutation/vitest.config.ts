import { defineConfig, type TestProjectConfiguration } from 'vitest/config';
import fullConfig from '../../vitest.config';

/** The Vitest projects that test pure code: fast enough to run once per mutant. */
const MUTATION_PROJECTS: readonly string[] = ['unit', 'schemas'];

function isMutationProject(project: TestProjectConfiguration): boolean {
	const name = typeof project === 'object' && 'test' in project ? project.test?.name : undefined;
	return typeof name === 'string' && MUTATION_PROJECTS.includes(name);
}

// StrykerJS cannot pick Vitest projects, so it reads this config: the repository's own, narrowed
// to the fast projects, so the projects' settings are never written twice.
export default defineConfig({
	...fullConfig,
	root: new URL('../../', import.meta.url).pathname,
	test: {
		...fullConfig.test,
		projects: (fullConfig.test?.projects ?? []).filter(isMutationProject),
	},
});
