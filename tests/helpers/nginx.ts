import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
	NGINX_BROTLI_STATIC_MODULE as BROTLI_STATIC_MODULE,
	NGINX_PATH as NGINX,
} from '../../tools/test-setup/system-tools';
import { PROJECT_ROOT } from './astro-build';

const INSTALL_HINT = 'apt-get install -y nginx-light libnginx-mod-http-brotli-static';

/** A running nginx serving one built site. */
export interface StaticServer {
	/** `http://127.0.0.1:<port>` */
	origin: string;
	stop(): Promise<void>;
}

/**
 * Serves a built site with nginx and the project's own `deploy/nginx.conf`, as a self-hoster
 * would, on a free loopback port. Only the listen address, the root folder and the path of the
 * policy map the build wrote are changed.
 * @param options.policyMap the site's `_headers.nginx.conf`; by default the one in `root`
 */
export async function startNginx(
	root: string,
	{ policyMap = join(root, '_headers.nginx.conf') }: { policyMap?: string } = {}
): Promise<StaticServer> {
	if (!existsSync(NGINX)) {
		throw new Error(
			`${NGINX} not found: the browser tests serve the built site with nginx and deploy/nginx.conf. Install it with: ${INSTALL_HINT}`
		);
	}
	const directory = await mkdtemp(join(tmpdir(), 'fieldnotes-nginx-'));
	const port = await freePort();
	const siteConfig = rewrite(await readFile(`${PROJECT_ROOT}deploy/nginx.conf`, 'utf8'), [
		['listen 80;', `listen 127.0.0.1:${port};`],
		['listen [::]:80;', ''],
		['root /var/www/fieldnotes;', `root ${root};`],
		['include /var/www/fieldnotes/_headers.nginx.conf;', `include ${policyMap};`],
	]);
	await writeFile(join(directory, 'site.conf'), siteConfig);
	await writeFile(join(directory, 'nginx.conf'), mainConfig(directory));
	const child = spawn(NGINX, ['-p', directory, '-c', join(directory, 'nginx.conf')], {
		stdio: ['ignore', 'ignore', 'pipe'],
	});
	let stderr = '';
	child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	const origin = `http://127.0.0.1:${port}`;
	try {
		await waitUntilServing(origin, child);
	} catch (error) {
		child.kill('SIGKILL');
		const log = await readFile(join(directory, 'error.log'), 'utf8').catch(() => '');
		throw new Error(
			`nginx did not start: ${(error as Error).message}\n${stderr}${log}\nIs it installed with its modules? ${INSTALL_HINT}`,
			{ cause: error }
		);
	}
	return {
		origin,
		async stop() {
			const exited = new Promise((resolve) => child.once('exit', resolve));
			child.kill('SIGTERM');
			await exited;
			await rm(directory, { recursive: true, force: true });
		},
	};
}

/** A minimal main configuration around the shipped server block, in a private folder. */
function mainConfig(directory: string): string {
	const modules = existsSync(BROTLI_STATIC_MODULE) ? `load_module ${BROTLI_STATIC_MODULE};` : '';
	// As root, workers would drop to "nobody", who may not read a checkout under /root or /work.
	const user = process.getuid?.() === 0 ? 'user root;' : '';
	return `daemon off;
worker_processes 1;
pid ${directory}/nginx.pid;
error_log ${directory}/error.log warn;
${user}
${modules}
events { worker_connections 256; }
http {
	include /etc/nginx/mime.types;
	default_type application/octet-stream;
	access_log off;
	client_body_temp_path ${directory}/body;
	proxy_temp_path ${directory}/proxy;
	fastcgi_temp_path ${directory}/fastcgi;
	uwsgi_temp_path ${directory}/uwsgi;
	scgi_temp_path ${directory}/scgi;
	include ${directory}/site.conf;
}
`;
}

function rewrite(text: string, replacements: [string, string][]): string {
	return replacements.reduce((result, [from, to]) => {
		if (!result.includes(from)) throw new Error(`deploy/nginx.conf no longer contains "${from}"`);
		return result.replace(from, to);
	}, text);
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() =>
				typeof address === 'object' && address
					? resolve(address.port)
					: reject(new Error('no port'))
			);
		});
	});
}

async function waitUntilServing(origin: string, child: ChildProcess): Promise<void> {
	const exit = { code: undefined as number | undefined };
	child.once('exit', (code) => (exit.code = code ?? 1));
	for (let attempt = 0; attempt < 100; attempt++) {
		if (exit.code !== undefined) throw new Error(`exited with code ${exit.code}`);
		try {
			await fetch(origin, { method: 'HEAD' });
			return;
		} catch {
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
	}
	throw new Error('not answering after 5 s');
}
