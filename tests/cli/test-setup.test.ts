import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('npm run test:setup where it cannot install', () => {
	// A PATH with nothing on it: no xsltproc or java, and no apt-get to install them.
	const emptyPath = mkdtempSync(join(tmpdir(), 'fieldnotes-empty-path-'));
	afterAll(() => rmSync(emptyPath, { recursive: true, force: true }));

	const run = spawnSync(
		process.execPath,
		['node_modules/tsx/dist/cli.mjs', 'tools/test-setup/cli.ts'],
		{
			cwd: PROJECT_ROOT,
			env: { ...process.env, PATH: emptyPath, NO_COLOR: '1' },
			encoding: 'utf8',
			// Fails within seconds; a run that hangs (on apt-get or a password prompt) is killed.
			timeout: 30_000,
			killSignal: 'SIGKILL',
		}
	);

	it('exits with code 1 on its own, printing nothing to stdout', () => {
		expect(run.error).toBeUndefined();
		expect(run.signal).toBeNull();
		expect(run.status).toBe(1);
		expect(run.stdout).toBe('');
	});

	it('prints one message naming the missing tools, why, and the command for each system', () => {
		expect(run.stderr.match(/system tools? that (is|are) missing/g)).toHaveLength(1);
		for (const tool of ['xsltproc', 'Java']) {
			expect(run.stderr).toMatch(new RegExp(`^ {2}- ${tool} `, 'm'));
		}
		expect(run.stderr).toContain('They were not installed: apt-get is not on PATH');
		expect(run.stderr).toMatch(
			/^ {2}Debian\/Ubuntu {2}sudo apt-get update && sudo apt-get install -y (.+ )?xsltproc default-jre-headless$/m
		);
		expect(run.stderr).toMatch(
			/^ {2}Fedora {9}sudo dnf install -y .*libxslt java-latest-openjdk-headless/m
		);
		expect(run.stderr).toMatch(/^ {2}macOS {10}brew install .*libxslt openjdk/m);
		expect(run.stderr).not.toMatch(/^\s+at /m);
	});
});
