// Times `astro dev` from the command to an article's first 200, as an author restarting it sees:
//   npx tsx tools/dev-start.ts <content folder> <page path> [starts] [port]
// One start first fills Astro's content store and Vite's dependency cache; each timed start after
// it reuses them. Every start uses one port (4321, as `npm run dev`): Astro's content store is
// keyed by a digest of the config that includes the port, so another port clears it.
// docs/build-performance.md, "The dev server", has the figures.
import { spawn } from 'node:child_process';

const [contentDirectory, pagePath, starts = '5', port = '4321'] = process.argv.slice(2);
if (!contentDirectory || !pagePath?.startsWith('/')) {
	console.error(
		'usage: npx tsx tools/dev-start.ts <content folder> <page path, e.g. /blog/x/> [starts] [port]'
	);
	process.exit(2);
}

/** Seconds from starting `astro dev` until the page answers 200; stops the server after. */
async function timeOneStart(): Promise<number> {
	const started = performance.now();
	const server = spawn(
		process.execPath,
		['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', port],
		{ env: { ...process.env, FIELDNOTES_CONTENT_DIR: contentDirectory }, stdio: 'ignore' }
	);
	const closed = new Promise((resolve) => server.once('close', resolve));
	try {
		for (;;) {
			if (server.exitCode !== null) throw new Error(`astro dev exited with ${server.exitCode}`);
			const status = await fetch(`http://127.0.0.1:${port}${pagePath}`).then(
				async (response) => {
					await response.arrayBuffer();
					return response.status;
				},
				() => 0
			);
			if (status === 200) return (performance.now() - started) / 1000;
			if (performance.now() - started > 120_000) throw new Error('no 200 within 120 s');
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
	} finally {
		server.kill('SIGTERM');
		await closed;
	}
}

console.log(`first start (fills the caches): ${(await timeOneStart()).toFixed(2)} s`);
const times: number[] = [];
for (let start = 0; start < Number(starts); start += 1) times.push(await timeOneStart());
console.log(`next ${times.length} starts: ${times.map((time) => time.toFixed(2)).join(', ')} s`);
