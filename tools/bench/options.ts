import { parseArgs } from 'node:util';

/** Corpus sizes built when no size option is given. */
export const DEFAULT_SIZES: readonly number[] = [100, 1000];
/** The size added by `--with-10k`; it takes long enough that it is never a default. */
export const LARGE_SIZE = 10_000;
/** Measured builds per size, after the cold warm-up build. */
export const DEFAULT_RUNS = 3;

/** What `npm run bench` should measure. */
export interface BenchOptions {
	/** Corpus sizes (article counts), ascending and without duplicates. */
	sizes: number[];
	/** Measured (warm) builds per size. */
	runs: number;
	/** Print the usage text and do nothing else. */
	help: boolean;
}

/** A command line `npm run bench` cannot act on; the message says what to change. */
export class BenchUsageError extends Error {
	override name = 'BenchUsageError';
}

/**
 * Reads the command-line arguments of `npm run bench`.
 * @example parseBenchOptions(['--sizes', '100,1000', '--runs', '5', '--with-10k'])
 * @throws {BenchUsageError} for unknown options and sizes or run counts that are not positive integers
 */
export function parseBenchOptions(args: readonly string[]): BenchOptions {
	let values;
	try {
		({ values } = parseArgs({
			args: [...args],
			options: {
				sizes: { type: 'string' },
				runs: { type: 'string' },
				'with-10k': { type: 'boolean', default: false },
				help: { type: 'boolean', default: false },
			},
		}));
	} catch (error) {
		throw new BenchUsageError(error instanceof Error ? error.message : String(error));
	}
	const sizes =
		values.sizes === undefined
			? [...DEFAULT_SIZES]
			: values.sizes.split(',').map((size) => parsePositiveInteger(size, '--sizes'));
	if (values['with-10k']) sizes.push(LARGE_SIZE);
	return {
		sizes: [...new Set(sizes)].sort((a, b) => a - b),
		runs: values.runs === undefined ? DEFAULT_RUNS : parsePositiveInteger(values.runs, '--runs'),
		help: values.help,
	};
}

function parsePositiveInteger(text: string, option: string): number {
	const trimmed = text.trim();
	if (!/^\d+$/.test(trimmed) || Number(trimmed) === 0) {
		throw new BenchUsageError(
			`${option} expects positive whole numbers${option === '--sizes' ? ' separated by commas, e.g. --sizes 100,1000' : ', e.g. --runs 3'}; got "${text}".`
		);
	}
	return Number(trimmed);
}
