import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { withCheckout } from './checkout-lock';

/** The repository root. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Where test builds write their output; ignored by git. */
export const TEST_BUILD_ROOT = `${PROJECT_ROOT}.cache/test-builds/`;

/** Variables Vitest sets for its own workers (import.meta.env mirrors); `astro dev` breaks on them. */
const VITEST_VARIABLES = /^(VITEST.*|TEST|BASE_URL|MODE|DEV|PROD|SSR)$/;

/**
 * The environment for an Astro child process: the test runner's minus Vitest's own variables,
 * plus the content folder and plain output. NODE_ENV=test stays on purpose: a production build
 * must not publish drafts because a CI job exported some NODE_ENV.
 */
export function astroEnvironment(
	contentDirectory: string | undefined,
	siteUrl?: string,
	siteConfig?: Readonly<Record<string, unknown>>
): NodeJS.ProcessEnv {
	const environment = Object.fromEntries(
		Object.entries(process.env).filter(([name]) => !VITEST_VARIABLES.test(name))
	);
	return {
		...environment,
		...(contentDirectory && { FIELDNOTES_CONTENT_DIR: contentDirectory }),
		...(siteUrl && { FIELDNOTES_SITE_URL: siteUrl }),
		...(siteConfig && { FIELDNOTES_SITE_CONFIG: JSON.stringify(siteConfig) }),
		// Set on purpose, like NODE_ENV=test: it once published drafts in production builds.
		FIELDNOTES_PREVIEW_UNPUBLISHED: 'true',
		FORCE_COLOR: '0',
		NO_COLOR: '1',
	};
}

/** The output of one `astro build`. */
export interface BuildResult {
	exitCode: number;
	output: string;
	outDir: string;
}

/** What one `astro build` in the checkout builds. */
export interface BuildOptions {
	contentDirectory?: string | undefined;
	siteUrl?: string | undefined;
	/** Settings that replace those of src/site.config.ts (FIELDNOTES_SITE_CONFIG). */
	siteConfig?: Readonly<Record<string, unknown>> | undefined;
	outDir: string;
	/** Ignore every cache: content store and the pages of the last build (`astro build --force`). */
	force?: boolean;
	/** Called with the build's process as it starts, to watch its output or signal it. */
	onStart?: (child: ChildProcessByStdio<null, Readable, Readable>) => void;
}

/**
 * Runs `astro build` in a child process with the given content folder (and site URL, which sets
 * the base path, and settings), as `npm run build` would, holding the checkout (checkout-lock.ts).
 * A child process keeps Astro's Vite server and module cache out of the test runner.
 */
export function runAstroBuild(options: BuildOptions): Promise<BuildResult> {
	return withCheckout(() => spawnBuild(options));
}

function spawnBuild({
	contentDirectory,
	siteUrl,
	siteConfig,
	outDir,
	force = false,
	onStart,
}: BuildOptions): Promise<BuildResult> {
	return new Promise((resolve, reject) => {
		const child = spawn(
			process.execPath,
			[
				`${PROJECT_ROOT}node_modules/astro/bin/astro.mjs`,
				'build',
				'--outDir',
				outDir,
				...(force ? ['--force'] : []),
			],
			{
				cwd: PROJECT_ROOT,
				env: astroEnvironment(contentDirectory, siteUrl, siteConfig),
				stdio: ['ignore', 'pipe', 'pipe'],
			}
		);
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.on('error', reject);
		child.on('close', (code) => resolve({ exitCode: code ?? 1, output, outDir }));
		onStart?.(child);
	});
}
