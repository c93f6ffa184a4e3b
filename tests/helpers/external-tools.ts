import { spawnSync } from 'node:child_process';

/** What one run of a command-line tool printed. */
export interface ToolResult {
	status: number;
	stdout: string;
	stderr: string;
}

/**
 * Runs a tool the tests borrow from Debian (feedparser, xsltproc, Java for the Nu HTML Checker).
 * A missing tool fails with the command that installs it, not with ENOENT.
 */
export function runTool(
	command: string,
	args: readonly string[],
	installHint: string,
	options: { input?: string } = {}
): ToolResult {
	const result = spawnSync(command, args, {
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
		...(options.input !== undefined && { input: options.input }),
	});
	if (result.error) {
		throw new Error(
			`${command} could not run (${result.error.message}). Install it: ${installHint}`,
			{
				cause: result.error,
			}
		);
	}
	return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
}
