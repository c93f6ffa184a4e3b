import { spawn } from 'node:child_process';
import {
	accessSync,
	constants,
	cpSync,
	existsSync,
	mkdirSync,
	readFileSync,
	readdirSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseBuildLog } from './build-log';
import { BenchUsageError, LARGE_SIZE, parseBenchOptions } from './options';
import { BENCH_ROOT, getBenchPaths, type BenchPaths } from './paths';
import { parseCorpusSummary, parseMaxResidentSetSize } from './process-output';
import { formatDuration, formatResultsMarkdown } from './report';
import {
	summarizeSize,
	type BenchResults,
	type BuildRun,
	type MachineInfo,
	type OutputSize,
	type SizeResult,
} from './results';

const USAGE = `Usage: npm run bench -- [--sizes 100,1000] [--with-10k] [--runs 3]

Builds a generated corpus of N articles (../shared/bench/make-corpus.mjs) for each size: one cold
build with Astro's cache cleared, then --runs warm builds without content changes. Prints a
Markdown report and writes .cache/bench/results.json and .cache/bench/results.md.

  --sizes <list>  corpus sizes, comma-separated (default: 100,1000)
  --with-10k      also build ${LARGE_SIZE.toLocaleString('en-US')} articles (takes a long time)
  --runs <n>      measured builds per size, after the cold build (default: 3)
  --help          show this help`;

/** The repository root: every relative path of the benchmark is resolved against it. */
const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The shared corpus generator sits next to the repository, not inside it. */
const CORPUS_GENERATOR = resolve(PROJECT_ROOT, '../shared/bench/make-corpus.mjs');
const ASTRO_CLI = join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');
/** Preloaded into each build to report the peak RSS of the Node process itself. */
const RECORD_BUILD_MEMORY = pathToFileURL(
	join(PROJECT_ROOT, 'tools/bench/record-build-memory.ts')
).href;
/** GNU time reports the peak RSS of the build; Node cannot read it for a child process tree. */
const GNU_TIME = '/usr/bin/time';

/** A problem that stops the benchmark; the message says what to do. */
class BenchError extends Error {
	override name = 'BenchError';
}

async function main(): Promise<number> {
	let options;
	try {
		options = parseBenchOptions(process.argv.slice(2));
	} catch (error) {
		if (!(error instanceof BenchUsageError)) throw error;
		console.error(`${error.message}\n\n${USAGE}`);
		return 2;
	}
	if (options.help) {
		console.log(USAGE);
		return 0;
	}
	if (!existsSync(CORPUS_GENERATOR)) {
		console.error(
			`Cannot find the corpus generator at ${CORPUS_GENERATOR}.\nThe benchmark expects the shared folder next to the repository (../shared/bench/make-corpus.mjs).`
		);
		return 2;
	}
	const hasGnuTime = isExecutable(GNU_TIME);
	if (!hasGnuTime) {
		progress(
			`${GNU_TIME} is missing: the peak RSS of the largest process will be reported as null.`
		);
	}
	const machine = describeMachine(hasGnuTime ? `${GNU_TIME} -v` : null);
	const results: BenchResults = { machine, runs: options.runs, sizes: [] };
	try {
		for (const size of options.sizes) {
			results.sizes.push(await benchmarkSize(size, options.runs, hasGnuTime));
			// Written after every size, so an interrupted run of 10,000 articles keeps the smaller sizes.
			writeResults(results);
		}
	} catch (error) {
		if (!(error instanceof BenchError)) throw error;
		console.error(error.message);
		return 1;
	}
	process.stdout.write(formatResultsMarkdown(results));
	progress(`Results written to ${BENCH_ROOT}/results.json and ${BENCH_ROOT}/results.md.`);
	return 0;
}

async function benchmarkSize(size: number, runs: number, hasGnuTime: boolean): Promise<SizeResult> {
	const paths = getBenchPaths(size);
	const articles = size.toLocaleString('en-US');
	rmSync(inProject(paths.contentDirectory), { recursive: true, force: true });
	// The corpus is a blog: articles, and the main author every site needs. The example's case
	// studies and pages link to example articles the corpus does not have.
	cpSync(inProject('content/authors'), inProject(`${paths.contentDirectory}/authors`), {
		recursive: true,
	});
	const generated = await runProcess(process.execPath, [
		CORPUS_GENERATOR,
		'--count',
		String(size),
		'--out',
		paths.blogDirectory,
	]);
	if (generated.exitCode !== 0) {
		throw new BenchError(`The corpus generator failed:\n${generated.output}`);
	}
	const corpus = parseCorpusSummary(generated.output);
	progress(`${articles} articles: corpus written to ${paths.blogDirectory}`);

	// A true cold build: no content data store, no image cache, no output from an earlier run.
	rmSync(inProject(paths.astroCacheDirectory), { recursive: true, force: true });
	rmSync(inProject(paths.outDirectory), { recursive: true, force: true });
	const cold = await measureBuild(paths, 'cold', hasGnuTime);
	progress(`${articles} articles: cold build ${formatDuration(cold.wallMs)}`);
	const warm: BuildRun[] = [];
	for (let run = 1; run <= runs; run += 1) {
		warm.push(await measureBuild(paths, `warm-${run}`, hasGnuTime));
		progress(
			`${articles} articles: warm build ${run}/${runs} ${formatDuration(warm.at(-1)!.wallMs)}`
		);
	}
	return summarizeSize({ corpus, cold, warm });
}

async function measureBuild(
	paths: BenchPaths,
	label: string,
	hasGnuTime: boolean
): Promise<BuildRun> {
	const logFile = inProject(paths.logFile(label));
	const timeReportFile = logFile.replace(/\.log$/, '.time.txt');
	mkdirSync(resolve(logFile, '..'), { recursive: true });
	const memoryFile = logFile.replace(/\.log$/, '.rss.txt');
	rmSync(memoryFile, { force: true });
	const astro = [
		'--import',
		RECORD_BUILD_MEMORY,
		ASTRO_CLI,
		'build',
		'--outDir',
		paths.outDirectory,
	];
	const environment = {
		...process.env,
		FIELDNOTES_CONTENT_DIR: paths.contentDirectory,
		FIELDNOTES_BENCH_MEMORY_FILE: memoryFile,
		// Plain text, so the phase lines can be parsed.
		NO_COLOR: '1',
		FORCE_COLOR: '0',
	};
	const started = performance.now();
	const { exitCode, output } = hasGnuTime
		? await runProcess(
				GNU_TIME,
				['-v', '-o', timeReportFile, process.execPath, ...astro],
				environment
			)
		: await runProcess(process.execPath, astro, environment);
	const wallMs = Math.round(performance.now() - started);
	writeFileSync(logFile, output);
	if (exitCode !== 0) {
		const tail = output.trimEnd().split('\n').slice(-30).join('\n');
		throw new BenchError(
			`astro build (${label}) of ${paths.contentDirectory} failed with exit code ${exitCode}. The end of its log (all of it is in ${paths.logFile(label)}):\n\n${tail}`
		);
	}
	return {
		label,
		wallMs,
		maxRssBytes: hasGnuTime ? parseMaxResidentSetSize(readFileSync(timeReportFile, 'utf8')) : null,
		buildRssBytes: existsSync(memoryFile) ? Number(readFileSync(memoryFile, 'utf8')) : null,
		output: measureOutput(inProject(paths.outDirectory)),
		log: parseBuildLog(output),
	};
}

/** Runs a command in the project root and collects stdout and stderr together, in order. */
function runProcess(
	command: string,
	args: readonly string[],
	environment: NodeJS.ProcessEnv = process.env
): Promise<{ exitCode: number; output: string }> {
	return new Promise((resolvePromise, reject) => {
		const child = spawn(command, args, {
			cwd: PROJECT_ROOT,
			env: environment,
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.on('error', reject);
		child.on('close', (code) => resolvePromise({ exitCode: code ?? 1, output }));
	});
}

/** Counts the pages, files and bytes a build wrote. */
function measureOutput(outDirectory: string): OutputSize {
	const files = readdirSync(outDirectory, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name));
	return {
		pages: files.filter((file) => file.endsWith('.html')).length,
		files: files.length,
		bytes: files.reduce((sum, file) => sum + statSync(file).size, 0),
	};
}

function describeMachine(rssTool: string | null): MachineInfo {
	const cpus = os.cpus();
	const astroPackage: unknown = JSON.parse(
		readFileSync(join(PROJECT_ROOT, 'node_modules/astro/package.json'), 'utf8')
	);
	const astroVersion =
		typeof astroPackage === 'object' &&
		astroPackage !== null &&
		'version' in astroPackage &&
		typeof astroPackage.version === 'string'
			? astroPackage.version
			: 'unknown';
	return {
		cpus: cpus.length,
		cpuModel: cpus[0]?.model.trim() ?? 'unknown',
		totalMemoryBytes: os.totalmem(),
		platform: `${os.platform()} ${os.release()} ${os.arch()}`,
		nodeVersion: process.version,
		astroVersion,
		date: new Date().toISOString(),
		loadAverage: os.loadavg(),
		rssTool,
	};
}

function writeResults(results: BenchResults): void {
	mkdirSync(inProject(BENCH_ROOT), { recursive: true });
	writeFileSync(inProject(`${BENCH_ROOT}/results.json`), `${JSON.stringify(results, null, 2)}\n`);
	writeFileSync(inProject(`${BENCH_ROOT}/results.md`), formatResultsMarkdown(results));
}

function isExecutable(file: string): boolean {
	try {
		accessSync(file, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

function inProject(path: string): string {
	return resolve(PROJECT_ROOT, path);
}

/** Progress goes to stderr, so stdout carries only the Markdown report. */
function progress(message: string): void {
	console.error(`[bench] ${message}`);
}

process.exitCode = await main();
