import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findMissingTools, findOnPath } from '../../../tools/test-setup/probe';
import {
	aptPackagesFor,
	chooseAptRunner,
	formatMissingTools,
	SYSTEM_TOOLS,
	type SystemTool,
} from '../../../tools/test-setup/system-tools';

function tools(...names: string[]): SystemTool[] {
	return names.map((name) => {
		const tool = SYSTEM_TOOLS.find((candidate) => candidate.name === name);
		if (!tool) throw new Error(`no system tool named ${name}`);
		return tool;
	});
}

describe('aptPackagesFor', () => {
	it('installs every tool of the build and browser tests with the packages CI has always used', () => {
		expect(aptPackagesFor(SYSTEM_TOOLS)).toEqual([
			'chromium',
			'nginx-light',
			'libnginx-mod-http-brotli-static',
			'python3-feedparser',
			'xsltproc',
			'default-jre-headless',
		]);
	});

	it('names a package shared by two tools once', () => {
		const [xsltproc] = tools('xsltproc');
		const anotherXsltTool = { ...xsltproc!, name: 'another libxslt tool' };
		expect(aptPackagesFor([xsltproc!, anotherXsltTool])).toEqual(['xsltproc']);
	});
});

describe('formatMissingTools', () => {
	it('lists only the missing tools, the reason, and one install command per system', () => {
		const message = formatMissingTools(tools('xsltproc', 'Java'), 'apt-get is not on PATH');
		const lines = message.split('\n');
		expect(lines[0]).toBe('The build and browser tests need 2 system tools that are missing:');
		expect(lines[1]).toMatch(/^ {2}- xsltproc +renders rss\.xml/);
		expect(lines[2]).toMatch(/^ {2}- Java +runs the W3C Nu HTML Checker/);
		expect(message).toContain('They were not installed: apt-get is not on PATH.');
		expect(lines).toContain(
			'  Debian/Ubuntu  sudo apt-get update && sudo apt-get install -y xsltproc default-jre-headless'
		);
		expect(lines).toContain(
			'  Fedora         sudo dnf install -y libxslt java-latest-openjdk-headless'
		);
		expect(lines).toContain('  macOS          brew install libxslt openjdk');
		expect(message).not.toMatch(/chromium|nginx|feedparser|xmllint/i);
	});

	it('says in the singular when one tool is missing', () => {
		expect(formatMissingTools(tools('Java'), 'no root').split('\n')[0]).toBe(
			'The build and browser tests need a system tool that is missing:'
		);
	});

	it('installs Chromium as a Homebrew cask and names what Fedora and Homebrew do not package', () => {
		const message = formatMissingTools(
			tools('Chromium', "nginx's brotli_static module", 'feedparser (Python)'),
			'no root'
		);
		expect(message).toContain(
			'  Debian/Ubuntu  sudo apt-get update && sudo apt-get install -y chromium libnginx-mod-http-brotli-static python3-feedparser'
		);
		expect(message).toContain(
			"  Fedora         sudo dnf install -y chromium python3-feedparser   (no package: nginx's brotli_static module)"
		);
		expect(message).toContain(
			"  macOS          brew install --cask chromium   (no package: nginx's brotli_static module, feedparser (Python))"
		);
	});

	it('points to a Debian 12 container, as CI runs, for systems whose paths differ', () => {
		expect(formatMissingTools(tools('Java'), 'no root')).toContain(
			`docker run --rm -v "$PWD:/app" -v /app/node_modules -w /app node:24-bookworm sh -c 'npm install && npm test'`
		);
	});
});

describe('chooseAptRunner', () => {
	it('runs apt-get directly as root', () => {
		expect(chooseAptRunner({ hasAptGet: true, isRoot: true, hasPasswordlessSudo: false })).toEqual({
			prefix: [],
		});
	});

	it('runs apt-get through sudo -n when sudo needs no password', () => {
		expect(chooseAptRunner({ hasAptGet: true, isRoot: false, hasPasswordlessSudo: true })).toEqual({
			prefix: ['sudo', '-n'],
		});
	});

	it('gives up, saying why, without passwordless sudo', () => {
		expect(chooseAptRunner({ hasAptGet: true, isRoot: false, hasPasswordlessSudo: false })).toEqual(
			{ reason: 'this is not root, and sudo is missing or asks for a password' }
		);
	});

	it('gives up without apt-get, even as root', () => {
		expect(chooseAptRunner({ hasAptGet: false, isRoot: true, hasPasswordlessSudo: true })).toEqual({
			reason: 'apt-get is not on PATH (not Debian or Ubuntu?)',
		});
	});
});

describe('findMissingTools', () => {
	const directory = mkdtempSync(join(tmpdir(), 'fieldnotes-tools-'));
	afterAll(() => rmSync(directory, { recursive: true, force: true }));

	function script(name: string, body: string, mode = 0o755): string {
		const path = join(directory, name);
		writeFileSync(path, `#!/bin/sh\n${body}\n`);
		chmodSync(path, mode);
		return path;
	}

	function tool(name: string, probe: SystemTool['probe']): SystemTool {
		return { name, usedFor: 'a test', probe, apt: name, dnf: name, brew: name };
	}

	it('finds commands on the PATH it is given, and only executable files', () => {
		script('present-tool', 'exit 0');
		script('not-executable', 'exit 0', 0o644);
		const env = { PATH: `/nonexistent:${directory}` };
		expect(findOnPath('present-tool', env)).toBe(join(directory, 'present-tool'));
		const missing = findMissingTools(
			[
				tool('present', { command: 'present-tool' }),
				tool('not executable', { command: 'not-executable' }),
				tool('absent', { command: 'absent-tool' }),
			],
			env
		);
		expect(missing.map(({ name }) => name)).toEqual(['not executable', 'absent']);
	});

	it('checks fixed paths for executables and libraries', () => {
		const executable = script('server', 'exit 0');
		const library = script('module.so', '', 0o644);
		const missing = findMissingTools(
			[
				tool('server', { file: executable }),
				tool('library', { library }),
				tool('library as executable', { file: library }),
				tool('absent server', { file: join(directory, 'absent') }),
				tool('absent library', { library: join(directory, 'absent.so') }),
			],
			{ PATH: '' }
		);
		expect(missing.map(({ name }) => name)).toEqual([
			'library as executable',
			'absent server',
			'absent library',
		]);
	});

	it('asks the given Python to import the module, and counts a missing Python as missing', () => {
		// A stand-in Python that can import only `feedparser`.
		const python = script('python3', '[ "$1" = "-c" ] && [ "$2" = "import feedparser" ]');
		const missing = findMissingTools(
			[
				tool('feedparser', { python, module: 'feedparser' }),
				tool('other module', { python, module: 'lxml' }),
				tool('no python', { python: join(directory, 'no-python3'), module: 'feedparser' }),
			],
			{ PATH: '/usr/bin:/bin' }
		);
		expect(missing.map(({ name }) => name)).toEqual(['other module', 'no python']);
	});
});
