import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { astroEnvironment, PROJECT_ROOT } from './astro-build';
import { lockCheckout } from './checkout-lock';

/** A running `astro dev` server. */
export interface DevServer {
	url: string;
	/** Everything the server printed so far. */
	output(): string;
	stop(): Promise<void>;
}

/**
 * Starts `astro dev` on a loopback port (a free one unless given) with the given content folder.
 * `--ignore-lock` lets it run beside a developer's own dev server and keeps it in the foreground,
 * where the test can stop it. The server holds the checkout until it stops (checkout-lock.ts).
 */
export async function startAstroDev(
	contentDirectory: string,
	{ port = 0 }: { port?: number } = {}
): Promise<DevServer> {
	if (port === 0) port = await findFreePort();
	const release = await lockCheckout();
	const child = spawn(
		process.execPath,
		[
			`${PROJECT_ROOT}node_modules/astro/bin/astro.mjs`,
			'dev',
			'--host',
			'127.0.0.1',
			'--port',
			String(port),
			'--ignore-lock',
		],
		{
			cwd: PROJECT_ROOT,
			env: astroEnvironment(contentDirectory),
			stdio: ['ignore', 'pipe', 'pipe'],
		}
	);
	const url = `http://127.0.0.1:${port}`;
	let output = '';
	const record = (chunk: Buffer) => (output += chunk.toString());
	child.stdout.on('data', record);
	child.stderr.on('data', record);
	child.once('close', release);
	try {
		await waitForOutput(child, /ready in/);
		// Astro prints "ready" before its routes are mounted; until then Vite answers 404.
		await waitForPage(`${url}/`);
	} catch (error) {
		child.kill('SIGTERM');
		throw error;
	}
	return {
		url,
		output: () => output,
		stop: () =>
			new Promise((resolve) => {
				child.once('close', () => resolve());
				child.kill('SIGTERM');
			}),
	};
}

async function waitForPage(url: string): Promise<void> {
	// The first page compiles the site's modules: a minute on a busy machine.
	for (let attempt = 0; attempt < 300; attempt++) {
		const response = await fetch(url).catch(() => undefined);
		if (response?.status === 200) return;
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	throw new Error(`${url} did not answer 200 within 60 s`);
}

/** A loopback port no server listens on now. */
export function findFreePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => {
				if (address && typeof address === 'object') resolve(address.port);
				else reject(new Error('No port assigned'));
			});
		});
	});
}

function waitForOutput(child: ChildProcess, pattern: RegExp): Promise<void> {
	return new Promise((resolve, reject) => {
		let output = '';
		const onData = (chunk: Buffer) => {
			output += chunk.toString();
			if (pattern.test(output)) resolve();
		};
		child.stdout?.on('data', onData);
		child.stderr?.on('data', onData);
		child.once('close', (code) => reject(new Error(`astro dev exited (${code}):\n${output}`)));
	});
}
