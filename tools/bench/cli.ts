import { spawn } from 'node:child_process';
import {
	accessSync,
	appendFileSync,
	constants,
	cpSync,
	existsSync,
	mkdirSync,
	readFileSync,
	readdirSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseBuildLog } from './build-log';
import { findMdxComponentNames, floorProjectFiles } from './floor';
import { BenchUsageError, LARGE_SIZE, parseBenchOptions } from './options';
import { BENCH_ROOT, getBenchPaths, type BenchPaths } from './paths';
import {
	parseCorpusSummary,
	parseCpuMilliseconds,
	parseMaxResidentSetSize,
} from './process-output';
import { formatDuration, formatResultsMarkdown } from './report';
import {
	summarizeSize,
	type BenchResults,
	type BuildRun,
	type ExampleResult,
	type MachineInfo,
	type OutputSize,
	type SizeResult,
} from './results';

const USAGE = `Usage: npm run bench -- [--sizes 100,1000] [--with-10k] [--runs 3]

Builds the example site (content/) cold, then a generated corpus of N articles
(shared/bench/make-corpus.mjs) for each size: one cold build with Astro's cache cleared, --runs
warm builds without content changes, and --runs builds after editing one article's body. Each is
also measured against the bare-Astro floor: Astro and @astrojs/mdx alone, building the same
articles cold in the same run. Prints a Markdown report and writes .cache/bench/results.json and
.cache/bench/results.md.

  --sizes <list>  corpus sizes, comma-separated (default: 100,1000)
  --with-10k      also build ${LARGE_SIZE.toLocaleString('en-US')} articles (takes a long time)
  --runs <n>      warm and edited builds per size (default: 3)
  --help          show this help`;

/** The repository root: every relative path of the benchmark is resolved against it. */
const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/**
 * The shared corpus generator sits in a `shared/` folder beside the repository, or beside a folder
 * above it (a git worktree in `wt/<name>/` shares the main checkout's).
 */
const CORPUS_GENERATOR = findCorpusGenerator(PROJECT_ROOT);
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
	if (!CORPUS_GENERATOR) {
		console.error(
			`Cannot find the corpus generator shared/bench/make-corpus.mjs beside ${PROJECT_ROOT} or any folder above it.\nThe benchmark expects the shared folder next to the repository (../shared/bench/make-corpus.mjs).`
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
	const results: BenchResults = { machine, runs: options.runs, example: null, sizes: [] };
	try {
		results.example = await benchmarkExample(hasGnuTime);
		writeResults(results);
		for (const size of options.sizes) {
			results.sizes.push(await benchmarkSize(CORPUS_GENERATOR, size, options.runs, hasGnuTime));
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

/**
 * The example site as a newcomer first builds it: a copy of content/ built cold, against the floor
 * on its blog articles.
 */
async function benchmarkExample(hasGnuTime: boolean): Promise<ExampleResult> {
	const paths = getBenchPaths('example');
	rmSync(inProject(paths.contentDirectory), { recursive: true, force: true });
	cpSync(inProject('content'), inProject(paths.contentDirectory), { recursive: true });
	const floor = await measureFloor(paths, hasGnuTime);
	progress(`example: floor cold build ${formatDuration(floor.wallMs)}`);
	rmSync(inProject(paths.astroCacheDirectory), { recursive: true, force: true });
	rmSync(inProject(paths.outDirectory), { recursive: true, force: true });
	const cold = await measureBuild(paths, 'cold', hasGnuTime);
	progress(`example: cold build ${formatDuration(cold.wallMs)}`);
	return { cold, floor };
}

async function benchmarkSize(
	generator: string,
	size: number,
	runs: number,
	hasGnuTime: boolean
): Promise<SizeResult> {
	const paths = getBenchPaths(size);
	const articles = size.toLocaleString('en-US');
	rmSync(inProject(paths.contentDirectory), { recursive: true, force: true });
	// The corpus is a blog: articles, and the main author every site needs. The example's case
	// studies and pages link to example articles the corpus does not have.
	cpSync(inProject('content/authors'), inProject(`${paths.contentDirectory}/authors`), {
		recursive: true,
	});
	const generated = await runProcess(process.execPath, [
		generator,
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

	const floor = await measureFloor(paths, hasGnuTime);
	progress(`${articles} articles: floor cold build ${formatDuration(floor.wallMs)}`);
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
	const edited: BuildRun[] = [];
	const article = pickArticleToEdit(inProject(paths.blogDirectory));
	for (let run = 1; run <= runs; run += 1) {
		// A new sentence each time, so every build sees a changed body.
		appendFileSync(article, `\nThis paragraph was added by benchmark edit ${run}.\n`);
		edited.push(await measureBuild(paths, `edited-${run}`, hasGnuTime));
		progress(
			`${articles} articles: one article edited ${run}/${runs} ${formatDuration(edited.at(-1)!.wallMs)}`
		);
	}
	return summarizeSize({ corpus, cold, warm, edited, floor });
}

/** The first published article of a corpus (by file name), whose body the edited builds change. */
function pickArticleToEdit(blogDirectory: string): string {
	const article = readdirSync(blogDirectory)
		.filter((name) => /\.mdx?$/.test(name))
		.sort()
		.map((name) => join(blogDirectory, name))
		.find((file) => !/^draft:\s*true\s*$/m.test(readFileSync(file, 'utf8')));
	if (!article) throw new BenchError(`${blogDirectory} has no published article to edit.`);
	return article;
}

/**
 * Writes the floor project for a corpus (see floor.ts), with a link to the project's node_modules,
 * and builds it cold.
 */
async function measureFloor(paths: BenchPaths, hasGnuTime: boolean): Promise<BuildRun> {
	const folder = inProject(paths.floorDirectory);
	const blogDirectory = inProject(paths.blogDirectory);
	const sources = readdirSync(blogDirectory, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
		.map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'));
	rmSync(folder, { recursive: true, force: true });
	const files = floorProjectFiles({
		blogDirectory,
		componentNames: findMdxComponentNames(sources),
	});
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(folder, path)), { recursive: true });
		writeFileSync(join(folder, path), text);
	}
	symlinkSync(inProject('node_modules'), join(folder, 'node_modules'), 'dir');
	return measureProcess({
		label: 'floor-cold',
		logFile: inProject(paths.logFile('floor-cold')),
		outDirectory: join(folder, 'dist'),
		cwd: folder,
		args: [ASTRO_CLI, 'build'],
		environment: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
		hasGnuTime,
	});
}

function measureBuild(paths: BenchPaths, label: string, hasGnuTime: boolean): Promise<BuildRun> {
	const logFile = inProject(paths.logFile(label));
	const memoryFile = logFile.replace(/\.log$/, '.rss.txt');
	return measureProcess({
		label,
		logFile,
		outDirectory: inProject(paths.outDirectory),
		cwd: PROJECT_ROOT,
		args: ['--import', RECORD_BUILD_MEMORY, ASTRO_CLI, 'build', '--outDir', paths.outDirectory],
		environment: {
			...process.env,
			FIELDNOTES_CONTENT_DIR: paths.contentDirectory,
			FIELDNOTES_BENCH_MEMORY_FILE: memoryFile,
			// Plain text, so the phase lines can be parsed.
			NO_COLOR: '1',
			FORCE_COLOR: '0',
		},
		memoryFile,
		hasGnuTime,
	});
}

/** Runs one build under GNU time (when present) and reads what it did from its log and report. */
async function measureProcess({
	label,
	logFile,
	outDirectory,
	cwd,
	args,
	environment,
	memoryFile,
	hasGnuTime,
}: {
	label: string;
	logFile: string;
	outDirectory: string;
	cwd: string;
	args: string[];
	environment: NodeJS.ProcessEnv;
	memoryFile?: string;
	hasGnuTime: boolean;
}): Promise<BuildRun> {
	const timeReportFile = logFile.replace(/\.log$/, '.time.txt');
	mkdirSync(dirname(logFile), { recursive: true });
	if (memoryFile) rmSync(memoryFile, { force: true });
	const started = performance.now();
	const { exitCode, output } = hasGnuTime
		? await runProcess(
				GNU_TIME,
				['-v', '-o', timeReportFile, process.execPath, ...args],
				environment,
				cwd
			)
		: await runProcess(process.execPath, args, environment, cwd);
	const wallMs = Math.round(performance.now() - started);
	writeFileSync(logFile, output);
	if (exitCode !== 0) {
		const tail = output.trimEnd().split('\n').slice(-30).join('\n');
		throw new BenchError(
			`astro build (${label}) in ${cwd} failed with exit code ${exitCode}. The end of its log (all of it is in ${logFile}):\n\n${tail}`
		);
	}
	const timeReport = hasGnuTime ? readFileSync(timeReportFile, 'utf8') : '';
	return {
		label,
		wallMs,
		cpuMs: hasGnuTime ? parseCpuMilliseconds(timeReport) : null,
		maxRssBytes: hasGnuTime ? parseMaxResidentSetSize(timeReport) : null,
		buildRssBytes:
			memoryFile && existsSync(memoryFile) ? Number(readFileSync(memoryFile, 'utf8')) : null,
		output: measureOutput(outDirectory),
		log: parseBuildLog(output),
	};
}

/** Runs a command (in the project root by default) and collects stdout and stderr together, in order. */
function runProcess(
	command: string,
	args: readonly string[],
	environment: NodeJS.ProcessEnv = process.env,
	cwd: string = PROJECT_ROOT
): Promise<{ exitCode: number; output: string }> {
	return new Promise((resolvePromise, reject) => {
		const child = spawn(command, args, {
			cwd,
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

function findCorpusGenerator(root: string): string | undefined {
	for (let folder = resolve(root, '..'); ; folder = dirname(folder)) {
		const generator = join(folder, 'shared/bench/make-corpus.mjs');
		if (existsSync(generator)) return generator;
		if (dirname(folder) === folder) return undefined;
	}
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
