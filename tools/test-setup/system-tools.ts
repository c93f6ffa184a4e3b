/**
 * The programs the build and browser tests borrow from the operating system, where the tests
 * look for them, and the packages that install them. The test helpers read their paths from
 * here, so the setup checks exactly what the tests run.
 */

/** Debian's Chromium: the browser tests, axe, Lighthouse and `npm run screenshots` drive it. */
export const CHROMIUM_PATH = '/usr/bin/chromium';
/** Debian's nginx, which serves the built sites with deploy/nginx.conf. */
export const NGINX_PATH = '/usr/sbin/nginx';
/** Debian's libnginx-mod-http-brotli-static, which deploy/nginx.conf's brotli_static needs. */
export const NGINX_BROTLI_STATIC_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
/** Debian's python3, which has python3-feedparser (PATH may hold another one without it). */
export const PYTHON_PATH = '/usr/bin/python3';

/** How the setup tells that a tool is there, the same way the tests reach it. */
export type ToolProbe =
	/** An executable at a fixed path. */
	| { file: string }
	/** A file that must exist (a module nginx loads). */
	| { library: string }
	/** A command the tests start by name, found on PATH. */
	| { command: string }
	/** A module the tests import with a given Python. */
	| { python: string; module: string };

/** One tool, with the package that brings it on each system (`null`: that system has none). */
export interface SystemTool {
	/** What the message calls it. */
	name: string;
	/** What the tests do with it. */
	usedFor: string;
	probe: ToolProbe;
	apt: string;
	dnf: string | null;
	/** A formula, or `--cask <name>` for an application. */
	brew: string | null;
}

/** Every system tool the `build` test project (build and browser tests) needs. */
export const SYSTEM_TOOLS: readonly SystemTool[] = [
	{
		name: 'Chromium',
		usedFor: 'browser tests, axe and Lighthouse',
		probe: { file: CHROMIUM_PATH },
		apt: 'chromium',
		dnf: 'chromium',
		brew: '--cask chromium',
	},
	{
		name: 'nginx',
		usedFor: 'serves the built sites with deploy/nginx.conf',
		probe: { file: NGINX_PATH },
		apt: 'nginx-light',
		dnf: 'nginx',
		brew: 'nginx',
	},
	{
		name: "nginx's brotli_static module",
		usedFor: 'serves the precompressed .br files',
		probe: { library: NGINX_BROTLI_STATIC_MODULE },
		apt: 'libnginx-mod-http-brotli-static',
		dnf: null,
		brew: null,
	},
	{
		name: 'feedparser (Python)',
		usedFor: 'reads the feeds as feed readers do',
		probe: { python: PYTHON_PATH, module: 'feedparser' },
		apt: 'python3-feedparser',
		dnf: 'python3-feedparser',
		brew: null,
	},
	{
		name: 'xsltproc',
		usedFor: "renders rss.xml with the feed's stylesheet",
		probe: { command: 'xsltproc' },
		apt: 'xsltproc',
		dnf: 'libxslt',
		brew: 'libxslt',
	},
	{
		name: 'Java',
		usedFor: 'runs the W3C Nu HTML Checker (vnu-jar)',
		probe: { command: 'java' },
		apt: 'default-jre-headless',
		dnf: 'java-latest-openjdk-headless',
		brew: 'openjdk',
	},
];

/** The Debian packages that install the given tools, each once, in the table's order. */
export function aptPackagesFor(tools: readonly SystemTool[]): string[] {
	return [...new Set(tools.map((tool) => tool.apt))];
}

/** The one command per system that installs the given tools, and what that system lacks. */
function installCommandsFor(tools: readonly SystemTool[]): {
	debian: string;
	fedora: string;
	macos: string;
	unpackaged: { fedora: string[]; macos: string[] };
} {
	const dnf = unique(tools.flatMap((tool) => (tool.dnf === null ? [] : [tool.dnf])));
	const brew = tools.flatMap((tool) => (tool.brew === null ? [] : [tool.brew]));
	const formulae = unique(brew.filter((name) => !name.startsWith('--cask ')));
	const casks = unique(brew.filter((name) => name.startsWith('--cask ')));
	return {
		debian: `sudo apt-get update && sudo apt-get install -y ${aptPackagesFor(tools).join(' ')}`,
		fedora: dnf.length > 0 ? `sudo dnf install -y ${dnf.join(' ')}` : '',
		macos: [
			...(formulae.length > 0 ? [`brew install ${formulae.join(' ')}`] : []),
			...casks.map((cask) => `brew install ${cask}`),
		].join(' && '),
		unpackaged: {
			fedora: tools.filter((tool) => tool.dnf === null).map((tool) => tool.name),
			macos: tools.filter((tool) => tool.brew === null).map((tool) => tool.name),
		},
	};
}

/**
 * The one message that stops `npm test` before any test runs: what is missing, why it was not
 * installed, and the command that installs it on Debian/Ubuntu, Fedora and macOS.
 */
export function formatMissingTools(missing: readonly SystemTool[], reason: string): string {
	const commands = installCommandsFor(missing);
	const width = Math.max(...missing.map((tool) => tool.name.length));
	const lacks = (names: string[]) =>
		names.length > 0 ? `   (no package: ${names.join(', ')})` : '';
	return [
		`The build and browser tests need ${missing.length === 1 ? 'a system tool' : `${missing.length} system tools`} that ${missing.length === 1 ? 'is' : 'are'} missing:`,
		...missing.map((tool) => `  - ${tool.name.padEnd(width)}  ${tool.usedFor}`),
		`They were not installed: ${reason}.`,
		'Install them, then run npm test again:',
		`  Debian/Ubuntu  ${commands.debian}`,
		...(commands.fedora
			? [`  Fedora         ${commands.fedora}${lacks(commands.unpackaged.fedora)}`]
			: []),
		...(commands.macos
			? [`  macOS          ${commands.macos}${lacks(commands.unpackaged.macos)}`]
			: []),
		'The tests look for these tools where Debian puts them. Elsewhere, run them in Debian 12 as CI does:',
		`  docker run --rm -v "$PWD:/app" -v /app/node_modules -w /app node:24-bookworm sh -c 'npm install && npm test'`,
	].join('\n');
}

/** Who may run apt-get here, as far as the setup can tell without asking for a password. */
export interface InstallContext {
	hasAptGet: boolean;
	isRoot: boolean;
	hasPasswordlessSudo: boolean;
}

/**
 * The command prefix that runs apt-get (`[]` as root, `sudo -n` with passwordless sudo), or the
 * reason it cannot, for the message.
 */
export function chooseAptRunner(
	context: InstallContext
): { prefix: string[] } | { reason: string } {
	if (!context.hasAptGet) return { reason: 'apt-get is not on PATH (not Debian or Ubuntu?)' };
	if (context.isRoot) return { prefix: [] };
	if (context.hasPasswordlessSudo) return { prefix: ['sudo', '-n'] };
	return { reason: 'this is not root, and sudo is missing or asks for a password' };
}

function unique(values: string[]): string[] {
	return [...new Set(values)];
}
