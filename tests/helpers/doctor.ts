import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import type { JsonReport } from '@/features/doctor/report';
import { PROJECT_ROOT } from './astro-build';

const TSX_CLI = createRequire(import.meta.url).resolve('tsx/cli');

/** What one run of the doctor printed, and how it exited. */
export interface DoctorRun {
	status: number | null;
	stdout: string;
	stderr: string;
}

/** Runs `npm run doctor -- …args` as a user would, minus npm: Node, tsx and the CLI file. */
export function runDoctor(
	args: string[],
	env: Record<string, string | undefined> = {}
): Promise<DoctorRun> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [TSX_CLI, 'src/features/doctor/cli.ts', ...args], {
			cwd: PROJECT_ROOT,
			env: { ...process.env, FIELDNOTES_CONTENT_DIR: undefined, ...env },
		});
		let stdout = '';
		let stderr = '';
		child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
		child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
		child.on('error', reject);
		child.on('close', (status) => resolve({ status, stdout, stderr }));
	});
}

/** Runs `npm run doctor -- --json --content <folder>` and reads its report. */
export async function runDoctorJson(
	contentDirectory: string
): Promise<DoctorRun & { report: JsonReport }> {
	const run = await runDoctor(['--json', '--content', contentDirectory]);
	return { ...run, report: JSON.parse(run.stdout) as JsonReport };
}
