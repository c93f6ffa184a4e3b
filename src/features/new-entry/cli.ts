/**
 * `npm run new -- <kind> "Title"`: writes a draft article, case study or experiment with valid
 * frontmatter, then prints where it is and which path shows it in `npm run dev`.
 * Exit codes: 0 created, 1 refused (the entry exists or the title gives no usable slug), 2 usage.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { toIsoDay } from '@/lib/format-date';
import { buildScaffold, CONTENT_KINDS, isContentKind, type Scaffold } from './scaffold';
import { contentDirectory } from '@/content-model/location';
import { siteConfig } from '@/site.config';

const USAGE = `Usage: npm run new -- <${CONTENT_KINDS.join('|')}> "Title"

Creates a draft named after the title in content/blog/, content/case-studies/ or content/experiments/.
Quote the title so the shell passes it as one argument.

Example: npm run new -- article "Idempotent webhooks: retries without double charges"`;

async function main(args: string[]): Promise<number> {
	if (args.length === 1 && (args[0] === '--help' || args[0] === '-h')) {
		console.log(USAGE);
		return 0;
	}
	const [kind, title, ...extra] = args;
	if (kind === undefined || title === undefined || title.trim() === '' || extra.length > 0) {
		console.error(
			`${extra.length > 0 ? 'Too many arguments: quote the title.' : 'Missing the kind or the title.'}\n\n${USAGE}`
		);
		return 2;
	}
	if (!isContentKind(kind)) {
		console.error(`Unknown kind "${kind}".\n\n${USAGE}`);
		return 2;
	}

	let scaffold: Scaffold;
	try {
		scaffold = buildScaffold(kind, title, { today: toIsoDay(new Date(), siteConfig.timeZone) });
	} catch (error) {
		console.error((error as Error).message);
		return 1;
	}

	const existing = scaffold.clashingFiles.find((file) => existsSync(join(contentDirectory, file)));
	if (existing) return refuse(scaffold, existing);
	const file = join(contentDirectory, scaffold.file);
	await mkdir(dirname(file), { recursive: true });
	try {
		// "wx" fails if the file appeared since the check above, so nothing is ever overwritten.
		await writeFile(file, scaffold.source, { flag: 'wx' });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') return refuse(scaffold, scaffold.file);
		throw error;
	}

	console.log(`Created ${display(file)}`);
	// The path, not a full address: the dev server may be on any port (4321 is only its first choice).
	console.log(`Open ${scaffold.urlPath} in the dev server (\`npm run dev\`) to preview it.`);
	console.log('It is a draft: remove `draft: true` when it is ready to publish.');
	return 0;
}

function refuse(scaffold: Scaffold, existingFile: string): number {
	console.error(
		`${display(join(contentDirectory, existingFile))} already exists, so the slug "${scaffold.slug}" is taken. Nothing was written: choose another title or edit that file.`
	);
	return 1;
}

/** A path relative to the working folder when it is inside it, as the author would type it. */
function display(path: string): string {
	const fromHere = relative(process.cwd(), path);
	return fromHere.startsWith('..') || isAbsolute(fromHere) ? path : fromHere;
}

process.exitCode = await main(process.argv.slice(2));
