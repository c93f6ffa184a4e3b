import { readFileSync } from 'node:fs';
import { parse as parseToml } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
	IMMUTABLE_CACHE_CONTROL,
	REVALIDATE_CACHE_CONTROL,
	SECURITY_HEADERS,
} from '@/features/security-headers/headers-file';

const ROOT = new URL('../../', import.meta.url);

function read(path: string): string {
	return readFileSync(new URL(path, ROOT), 'utf8');
}

interface Step {
	id?: string;
	name?: string;
	uses?: string;
	run?: string;
	with?: Record<string, unknown>;
	env?: Record<string, string>;
}

interface Job {
	'runs-on'?: string;
	container?: string;
	needs?: string | string[];
	environment?: { name?: string; url?: string };
	steps?: Step[];
}

interface Workflow {
	on: Record<string, unknown>;
	permissions?: Record<string, string>;
	concurrency?: { group?: string; 'cancel-in-progress'?: boolean };
	jobs: Record<string, Job>;
}

function readWorkflow(name: string): Workflow {
	const parsed: unknown = parseYaml(read(`.github/workflows/${name}`));
	expect(parsed).toBeTypeOf('object');
	expect(parsed).toHaveProperty('on');
	expect(parsed).toHaveProperty('jobs');
	return parsed as Workflow;
}

function job(workflow: Workflow, name: string): Job & { steps: Step[] } {
	const found = workflow.jobs[name];
	expect(found, `job "${name}"`).toBeDefined();
	expect(Array.isArray(found?.steps), `job "${name}" has steps`).toBe(true);
	return found as Job & { steps: Step[] };
}

/** Index of the first step whose `run` command matches, or whose `uses` starts with the action. */
function stepIndex(steps: Step[], match: { run?: RegExp; uses?: string }): number {
	return steps.findIndex((step) =>
		match.run
			? match.run.test(step.run ?? '')
			: step.uses?.split('@')[0] === match.uses?.split('@')[0]
	);
}

function allSteps(workflow: Workflow): Step[] {
	return Object.values(workflow.jobs).flatMap((j) => j.steps ?? []);
}

const CRON_FIELDS: [min: number, max: number][] = [
	[0, 59], // minute
	[0, 23], // hour
	[1, 31], // day of the month
	[1, 12], // month
	[0, 6], // day of the week
];

/** Whether `expression` is a numeric 5-field cron expression as GitHub Actions accepts it. */
function isValidCron(expression: string): boolean {
	const fields = expression.trim().split(/\s+/);
	if (fields.length !== 5) return false;
	return fields.every((field, index) => {
		const [min, max] = CRON_FIELDS[index] ?? [0, -1];
		return field.split(',').every((part) => {
			const match = /^(\*|(\d+)(?:-(\d+))?)(?:\/(\d+))?$/.exec(part);
			if (!match) return false;
			const [, , from, to, step] = match;
			const inRange = (value: string | undefined) =>
				value === undefined || (Number(value) >= min && Number(value) <= max);
			if (step !== undefined && Number(step) < 1) return false;
			if (from !== undefined && to !== undefined && Number(from) > Number(to)) return false;
			return inRange(from) && inRange(to);
		});
	});
}

// The social cards in node_modules/.astro change with content/ and with src/ (their template), so
// the key takes both: an exact hit never saves, and stale cards would be drawn again every run.
const ASTRO_CACHE_KEY_PARTS = [
	"hashFiles('package-lock.json')",
	"hashFiles('content/**', 'src/**')",
];

function expectAstroCache(steps: Step[], before: number): void {
	const index = stepIndex(steps, { uses: 'actions/cache' });
	expect(index, 'actions/cache step').toBeGreaterThanOrEqual(0);
	expect(index).toBeLessThan(before);
	const cache = steps[index];
	expect(cache?.uses).toBe('actions/cache@v4');
	expect(cache?.with?.['path']).toBe('node_modules/.astro');
	const key = String(cache?.with?.['key']);
	for (const part of ASTRO_CACHE_KEY_PARTS) expect(key).toContain(part);
	const restoreKeys = String(cache?.with?.['restore-keys']).trim().split('\n');
	expect(restoreKeys.length).toBeGreaterThan(0);
	for (const restoreKey of restoreKeys) expect(key.startsWith(restoreKey.trim())).toBe(true);
}

function expectNodeFromNvmrc(steps: Step[]): number {
	const index = stepIndex(steps, { uses: 'actions/setup-node' });
	expect(index, 'actions/setup-node step').toBeGreaterThanOrEqual(0);
	expect(steps[index]?.uses).toBe('actions/setup-node@v4');
	expect(steps[index]?.with).toMatchObject({ 'node-version-file': '.nvmrc', cache: 'npm' });
	expect(read('.nvmrc').trim()).toBe('24');
	return index;
}

describe('cron validation', () => {
	it('accepts a daily schedule and rejects malformed ones', () => {
		expect(isValidCron('15 4 * * *')).toBe(true);
		expect(isValidCron('*/30 0-6 1,15 * 1-5')).toBe(true);
		expect(isValidCron('15 4 * *')).toBe(false);
		expect(isValidCron('60 4 * * *')).toBe(false);
		expect(isValidCron('15 24 * * *')).toBe(false);
		expect(isValidCron('@daily')).toBe(false);
	});
});

describe('.github/workflows/ci.yml', () => {
	const ci = readWorkflow('ci.yml');
	const steps = job(ci, 'test').steps;

	it('runs on push and pull_request', () => {
		expect(Object.keys(ci.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
	});

	it('checks out, then runs .ci/run in Debian 12 with the Node of .nvmrc', () => {
		expect(ci.jobs['test']?.['runs-on']).toBe('ubuntu-latest');
		expect(ci.jobs['test']?.container).toBe(`node:${read('.nvmrc').trim()}-bookworm`);
		const checkout = stepIndex(steps, { uses: 'actions/checkout' });
		expect(steps[checkout]?.uses).toBe('actions/checkout@v4');
		expect(checkout).toBe(0);
		expect(stepIndex(steps, { run: /^bash \.ci\/run$/ })).toBe(steps.length - 1);
	});

	it('.ci/run runs npm install, then the test setup that installs the Debian tools, then npm test', () => {
		const script = read('.ci/run');
		const install = script.search(/^npm install\b/m);
		const setup = script.search(/^npm run test:setup$/m);
		const test = script.search(/^npm test$/m);
		expect(install).toBeGreaterThan(-1);
		expect(setup).toBeGreaterThan(install);
		expect(test).toBeGreaterThan(setup);
		// The setup script is the one place that installs system packages, for CI and the README alike.
		expect(script).not.toMatch(/^\s*(sudo\s+)?apt-get\b/m);
		expect(script).not.toMatch(/^npm ci\b/m);
	});

	it('has npm test run the same setup script first, as the README line does', () => {
		const { scripts } = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
		expect(scripts['test:setup']).toBe('tsx tools/test-setup/cli.ts');
		expect(scripts['pretest']).toBe(scripts['test:setup']);
	});

	it("keeps Astro's cache between runs, keyed on the lockfile and the content", () => {
		expectAstroCache(steps, stepIndex(steps, { run: /^bash \.ci\/run$/ }));
	});
});

describe('.github/workflows/deploy.yml', () => {
	const deploy = readWorkflow('deploy.yml');
	const build = job(deploy, 'build');
	const publish = job(deploy, 'deploy');

	it('runs on a push to main, every day, and by hand', () => {
		expect(deploy.on['push']).toEqual({ branches: ['main'] });
		expect(deploy.on).toHaveProperty('workflow_dispatch');
		const schedule = deploy.on['schedule'] as { cron: string }[];
		expect(schedule).toHaveLength(1);
		expect(isValidCron(schedule[0]?.cron ?? '')).toBe(true);
		// Daily: a fixed minute and hour, every day.
		expect(schedule[0]?.cron).toMatch(/^\d+ \d+ \* \* \*$/);
	});

	it('has the permissions and concurrency GitHub Pages needs', () => {
		expect(deploy.permissions).toEqual({
			contents: 'read',
			pages: 'write',
			'id-token': 'write',
		});
		expect(deploy.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
	});

	it('builds with npm run build and uploads dist as the Pages artifact', () => {
		const { steps } = build;
		expect(steps[stepIndex(steps, { uses: 'actions/checkout' })]?.uses).toBe('actions/checkout@v4');
		const setupNode = expectNodeFromNvmrc(steps);
		const install = stepIndex(steps, { run: /^npm install\b/ });
		const configure = stepIndex(steps, { uses: 'actions/configure-pages' });
		const runBuild = stepIndex(steps, { run: /^npm run build$/ });
		const upload = stepIndex(steps, { uses: 'actions/upload-pages-artifact' });
		expect(install).toBeGreaterThan(setupNode);
		expect(runBuild).toBeGreaterThan(install);
		expect(configure).toBeGreaterThanOrEqual(0);
		expect(steps[configure]?.uses).toBe('actions/configure-pages@v5');
		// The site URL (and with it the base path of a project site) comes from Pages.
		expect(configure).toBeLessThan(runBuild);
		expect(steps[runBuild]?.env?.['FIELDNOTES_SITE_URL']).toBe(
			`\${{ steps.${steps[configure]?.id}.outputs.base_url }}`
		);
		expect(steps[configure]?.id).toMatch(/^[a-z][\w-]*$/);
		expect(upload).toBeGreaterThan(runBuild);
		expect(steps[upload]?.uses).toBe('actions/upload-pages-artifact@v3');
		expect(steps[upload]?.with?.['path']).toBe('dist');
		expectAstroCache(steps, runBuild);
	});

	it('deploys in a second job, to the github-pages environment', () => {
		expect(publish.needs === 'build' || publish.needs?.includes('build')).toBe(true);
		const { steps } = publish;
		const index = stepIndex(steps, { uses: 'actions/deploy-pages' });
		expect(steps[index]?.uses).toBe('actions/deploy-pages@v4');
		expect(stepIndex(build.steps, { uses: 'actions/deploy-pages' })).toBe(-1);
		expect(stepIndex(publish.steps, { uses: 'actions/upload-pages-artifact' })).toBe(-1);
		const id = steps[index]?.id;
		expect(id).toMatch(/^[a-z][\w-]*$/);
		expect(publish.environment).toEqual({
			name: 'github-pages',
			url: `\${{ steps.${id}.outputs.page_url }}`,
		});
	});
});

describe('npm scripts used by the workflows', () => {
	it('all exist in package.json', () => {
		const { scripts } = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
		const commands = ['ci.yml', 'deploy.yml']
			.flatMap((name) => allSteps(readWorkflow(name)))
			.map((step) => (step.run === 'bash .ci/run' ? read('.ci/run') : (step.run ?? '')));
		const used = commands.flatMap((command) => [
			...[...command.matchAll(/\bnpm run(?:-script)? ([\w:.-]+)/g)].map((match) => match[1]),
			...(/\bnpm (?:test|t)\b/.test(command) ? ['test'] : []),
		]);
		expect(used).toEqual(expect.arrayContaining(['build', 'test']));
		for (const script of used) expect(Object.keys(scripts)).toContain(script);
	});
});

describe('netlify.toml', () => {
	it('builds with npm run build on Node 24 and publishes dist', () => {
		const config = parseToml(read('netlify.toml'));
		expect(config['build']).toMatchObject({
			command: 'npm run build',
			publish: 'dist',
			environment: { NODE_VERSION: '24' },
		});
	});
});

describe('wrangler.toml', () => {
	it('publishes dist to Cloudflare Pages with a valid compatibility date', () => {
		const config = parseToml(read('wrangler.toml'));
		expect(config['pages_build_output_dir']).toBe('dist');
		expect(config['name']).toMatch(/^[a-z0-9][a-z0-9-]*$/);
		const date = config['compatibility_date'];
		// A quoted string, as Wrangler's examples write it (an unquoted TOML date parses as a date).
		if (typeof date !== 'string') throw new TypeError('compatibility_date is not a string');
		expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(date);
	});
});

describe('README', () => {
	it('has a Deploying section before Benchmarks that names every deploy file', () => {
		const readme = read('README.md');
		const start = readme.indexOf('\n## Deploying\n');
		expect(start).toBeGreaterThan(-1);
		const end = readme.indexOf('\n## ', start + 1);
		expect(readme.slice(end + 1).startsWith('## Benchmarks\n')).toBe(true);
		const section = readme.slice(start, end);
		for (const file of [
			'.github/workflows/ci.yml',
			'.github/workflows/deploy.yml',
			'netlify.toml',
			'wrangler.toml',
			'deploy/nginx.conf',
			'dist/_headers',
		]) {
			expect(section).toContain(`\`${file}\``);
		}
		expect(section).toContain('src/site.config.ts');
		expect(section).toContain('rsync -avz --delete dist/ ');
		expect(section).toContain('aws s3 sync dist/');
	});
});

describe('deploy/nginx.conf', () => {
	const config = read('deploy/nginx.conf');
	const addedHeaders = new Map(
		[...config.matchAll(/^\s*add_header ([\w-]+) (?:"([^"]*)"|(\S+)) always;$/gm)].map(
			([, name = '', quoted, bare]) => [name, quoted ?? bare ?? '']
		)
	);

	it('sends the security headers _headers sends, on every response', () => {
		for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
			expect(addedHeaders.get(name), name).toBe(value);
		}
		expect(addedHeaders.get('Strict-Transport-Security')).toBe('max-age=31536000');
	});

	it("sends each path's Content-Security-Policy from the map the build writes beside _headers", () => {
		expect(config).toMatch(/^include \/var\/www\/fieldnotes\/_headers\.nginx\.conf;$/m);
		expect(addedHeaders.get('Content-Security-Policy')).toBe('$fieldnotes_content_security_policy');
		// The map is configuration, not a page.
		expect(config).toContain('location ~ ^/_(headers|redirects|headers\\.nginx\\.conf)$ {');
	});

	it('caches _astro/ for a year and revalidates everything else', () => {
		expect(addedHeaders.get('Cache-Control')).toBe('$fieldnotes_cache_control');
		expect(config).toContain(`~^/_astro/ "${IMMUTABLE_CACHE_CONTROL}";`);
		expect(config).toContain(`default "${REVALIDATE_CACHE_CONTROL}";`);
	});

	it('serves the precompressed copies and the 404 page', () => {
		expect(config).toMatch(/^\s*gzip_static on;$/m);
		expect(config).toMatch(/^\s*brotli_static on;$/m);
		expect(config).toMatch(/^\s*error_page 404 \/404\.html;$/m);
	});
});
