import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { astroCacheDirectoryFor } from '@/content-model/location';
import { astroEnvironment, PROJECT_ROOT, type BuildResult } from './astro-build';

/** Where project copies live; ignored by git. */
const COPIES_ROOT = `${PROJECT_ROOT}.cache/test-projects/`;

/**
 * A copy of the project (src/, public/ and the root's files) with its own content folder, for
 * tests that edit code or content between builds without touching the checkout other tests
 * build. node_modules is a link to the project's own; the copy's content folder has a name of its
 * own, so its Astro cache folder (node_modules/.astro/<content folder>) is its own too.
 */
export class ProjectCopy {
	readonly root: string;
	/** The content folder, relative to the copy's root, e.g. `content-warm`. */
	readonly contentDirectory: string;
	readonly outDir: string;

	constructor(name: string, contentFixture: string) {
		this.root = `${COPIES_ROOT}${name}/`;
		this.contentDirectory = `content-${name}`;
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
		symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(this.root, 'node_modules'), 'dir');
		this.clearCache();
	}

	/** Astro's cache folder of this copy (inside the project's node_modules). */
	get cacheDirectory(): string {
		return join(PROJECT_ROOT, astroCacheDirectoryFor(this.contentDirectory));
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
					env: astroEnvironment(this.contentDirectory),
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

	/** Removes the copy and its cache. */
	remove(): void {
		this.clearCache();
		rmSync(this.root, { recursive: true, force: true });
	}
}
