/**
 * `npm run test:setup` (also run by `npm test` first, and by .ci/run): checks the system tools
 * the build and browser tests drive and, on Debian or Ubuntu as root or with passwordless sudo,
 * installs the missing ones with apt-get. Anywhere else it stops with one message naming what is
 * missing and the command that installs it. When everything is there it only looks, in well under
 * a second.
 */
import { spawnSync } from 'node:child_process';
import { findMissingTools, findOnPath } from './probe';
import { aptPackagesFor, chooseAptRunner, formatMissingTools } from './system-tools';

function main(): number {
	const missing = findMissingTools();
	if (missing.length === 0) return 0;

	const hasAptGet = findOnPath('apt-get') !== undefined;
	const isRoot = process.getuid?.() === 0;
	const runner = chooseAptRunner({
		hasAptGet,
		isRoot,
		hasPasswordlessSudo: hasAptGet && !isRoot && canSudoWithoutPassword(),
	});
	if ('reason' in runner) {
		console.error(formatMissingTools(missing, runner.reason));
		return 1;
	}

	const packages = aptPackagesFor(missing);
	console.log(`Installing the system tools the tests need: apt-get install ${packages.join(' ')}`);
	// A fresh machine may still be running its own apt (unattended upgrades): wait for its lock.
	const waitForLock = ['-o', 'DPkg::Lock::Timeout=300'];
	const failure =
		runApt(runner.prefix, ['update', '-qq', ...waitForLock]) ??
		runApt(runner.prefix, ['install', '-y', '-qq', ...waitForLock, ...packages]);
	if (failure !== undefined) {
		console.error(formatMissingTools(missing, failure));
		return 1;
	}

	const stillMissing = findMissingTools();
	if (stillMissing.length > 0) {
		console.error(
			formatMissingTools(
				stillMissing,
				'apt-get installed their packages, yet they are not where the tests look (is /usr/bin on PATH?)'
			)
		);
		return 1;
	}
	console.log('The system tools the tests need are installed.');
	return 0;
}

/** Runs one apt-get step; returns why it failed, after its output, or `undefined`. */
function runApt(prefix: string[], args: string[]): string | undefined {
	const command = [...prefix, 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args];
	const [program = 'env', ...rest] = command;
	// apt's progress lines would bury the test output; they are shown only when it fails.
	const result = spawnSync(program, rest, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
	if (result.status === 0) return undefined;
	process.stderr.write(`${result.stdout}${result.stderr}`);
	return `\`${command.join(' ')}\` failed (${result.error?.message ?? `exit code ${result.status}`})`;
}

function canSudoWithoutPassword(): boolean {
	return (
		findOnPath('sudo') !== undefined &&
		spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0
	);
}

process.exitCode = main();
