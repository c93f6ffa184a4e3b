import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireBuildLock, assertWritableFolder } from '@/build/build-lock';

let folder: string;
let lockFile: string;

beforeEach(() => {
	folder = mkdtempSync(join(tmpdir(), 'fieldnotes-lock-'));
	lockFile = join(folder, 'build.lock');
});

afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('acquireBuildLock', () => {
	it('takes a free lock with its process id, and releases it', () => {
		const release = acquireBuildLock(lockFile, { pid: 101, isRunning: () => true });
		expect(readFileSync(lockFile, 'utf8')).toBe('101\n');
		release();
		expect(existsSync(lockFile)).toBe(false);
	});

	it('refuses while the build holding the lock runs, naming its process', () => {
		acquireBuildLock(lockFile, { pid: 101, isRunning: () => true });
		expect(() => acquireBuildLock(lockFile, { pid: 202, isRunning: (pid) => pid === 101 })).toThrow(
			/^Another build of this site is running \(process 101\): wait for it to finish, then build again\. If no build is running, delete .*build\.lock\.$/
		);
		expect(readFileSync(lockFile, 'utf8')).toBe('101\n');
	});

	it('takes over the lock of a build whose process is gone', () => {
		writeFileSync(lockFile, '101\n');
		const release = acquireBuildLock(lockFile, { pid: 202, isRunning: () => false });
		expect(readFileSync(lockFile, 'utf8')).toBe('202\n');
		release();
		expect(existsSync(lockFile)).toBe(false);
	});

	it('takes over a lock that holds no process id', () => {
		writeFileSync(lockFile, '');
		acquireBuildLock(lockFile, { pid: 202, isRunning: () => true });
		expect(readFileSync(lockFile, 'utf8')).toBe('202\n');
	});

	it('does not delete a lock another build took after this one lost it', () => {
		const release = acquireBuildLock(lockFile, { pid: 101, isRunning: () => true });
		writeFileSync(lockFile, '303\n');
		release();
		expect(readFileSync(lockFile, 'utf8')).toBe('303\n');
	});

	it('leaves nothing else in the folder', () => {
		acquireBuildLock(lockFile, { pid: 101, isRunning: () => false })();
		writeFileSync(lockFile, '404\n');
		acquireBuildLock(lockFile, { pid: 101, isRunning: () => false })();
		expect(existsSync(lockFile)).toBe(false);
		expect(readdirSync(folder)).toEqual([]);
	});
});

describe('assertWritableFolder', () => {
	it('creates a missing folder and leaves it empty', () => {
		assertWritableFolder(join(folder, 'dist'), 'output folder');
		expect(readdirSync(join(folder, 'dist'))).toEqual([]);
	});

	it('names a file that stands where the folder should be', () => {
		writeFileSync(join(folder, 'dist'), '');
		expect(() => assertWritableFolder(join(folder, 'dist'), 'output folder')).toThrow(
			/^The output folder .*dist is a file, not a folder: move or delete it, then build again\.$/
		);
	});
});
