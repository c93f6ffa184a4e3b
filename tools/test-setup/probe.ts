import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { SYSTEM_TOOLS, type SystemTool, type ToolProbe } from './system-tools';

/** The full path of `command` on the PATH of `env`, or `undefined`. */
export function findOnPath(
	command: string,
	env: NodeJS.ProcessEnv = process.env
): string | undefined {
	return (env['PATH'] ?? '')
		.split(delimiter)
		.filter(Boolean)
		.map((directory) => join(directory, command))
		.find(isExecutable);
}

/** The tools of `tools` that are not where the tests look for them. */
export function findMissingTools(
	tools: readonly SystemTool[] = SYSTEM_TOOLS,
	env: NodeJS.ProcessEnv = process.env
): SystemTool[] {
	return tools.filter((tool) => !isPresent(tool.probe, env));
}

function isPresent(probe: ToolProbe, env: NodeJS.ProcessEnv): boolean {
	if ('file' in probe) return isExecutable(probe.file);
	if ('library' in probe) return existsSync(probe.library);
	if ('command' in probe) return findOnPath(probe.command, env) !== undefined;
	// Importing is the only reliable test: the module may live in any of Python's folders.
	return (
		spawnSync(probe.python, ['-c', `import ${probe.module}`], { stdio: 'ignore', env }).status === 0
	);
}

function isExecutable(path: string): boolean {
	try {
		accessSync(path, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}
