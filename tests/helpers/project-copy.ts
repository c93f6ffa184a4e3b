import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { astroEnvironment, PROJECT_ROOT, type BuildResult } from './astro-build';

/** Where project copies live; ignored by git. */
const COPIES_ROOT = `${PROJECT_ROOT}.cache/test-projects/`;

/** Folders of node_modules that hold a project's caches rather than packages. */
const CACHE_FOLDERS = new Set(['.astro', '.vite', '.cache']);

/**
 * A copy of the project (src/, public/, the root's files, and a content fixture as its content/),
 * for tests that edit code or content between builds without touching the checkout other tests
 * build. Its node_modules holds links to the project's packages, and caches of its own.
 */
export class ProjectCopy {
	readonly root: string;
	/** The content folder, relative to the copy's root. */
	readonly contentDirectory = 'content';
	readonly outDir: string;

	constructor(name: string, contentFixture: string) {
		this.root = `${COPIES_ROOT}${name}/`;
		this.outDir = join(this.root, 'dist');
		rmSync(this.root, { recursive: true, force: true });
		mkdirSync(this.root, { recursive: true });
		for (const entry of readdirSync(PROJECT_ROOT, { withFileTypes: true })) {
			if (entry.isFile()) cpSync(join(PROJECT_ROOT, entry.name), join(this.root, entry.name));
		}
		cpSync(join(PROJECT_ROOT, 'src'), join(this.root, 'src'), { recursive: true });
		cpSync(join(PROJECT_ROOT, 'public'), join(this.root, 'public'), { recursive: true });
		cpSync(join(PROJECT_ROOT, contentFixture), join(this.root, this.contentDirectory), {
			recursive: true,
		});
		mkdirSync(join(this.root, 'node_modules'));
		for (const entry of readdirSync(join(PROJECT_ROOT, 'node_modules'))) {
			if (CACHE_FOLDERS.has(entry)) continue;
			symlinkSync(
				join(PROJECT_ROOT, 'node_modules', entry),
				join(this.root, 'node_modules', entry)
			);
		}
	}

	/** Astro's cache folder of this copy. */
	get cacheDirectory(): string {
		return join(this.root, 'node_modules/.astro');
	}

	/** Deletes every cache and the output: the next build starts as a fresh clone's would. */
	clearCache(): void {
		rmSync(this.cacheDirectory, { recursive: true, force: true });
		rmSync(this.outDir, { recursive: true, force: true });
		rmSync(join(this.root, '.astro'), { recursive: true, force: true });
	}

	/** Runs `astro build` in the copy, as `npm run build` would there. */
	build(): Promise<BuildResult> {
		return new Promise((resolve, reject) => {
			const child = spawn(
				process.execPath,
				[join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'],
				{
					cwd: this.root,
					env: astroEnvironment(undefined),
					stdio: ['ignore', 'pipe', 'pipe'],
				}
			);
			let output = '';
			child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
			child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
			child.on('error', reject);
			child.on('close', (code) => resolve({ exitCode: code ?? 1, output, outDir: this.outDir }));
		});
	}

	/** Removes the copy, caches included. */
	remove(): void {
		rmSync(this.root, { recursive: true, force: true });
	}
}
