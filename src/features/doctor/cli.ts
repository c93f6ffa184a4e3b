import { parseArgs } from 'node:util';
import { formatReport, toJsonReport } from './report';
import { DoctorSetupError, runDoctor } from './run-doctor';
import { contentDirectory } from '@/content-model/location';
import { siteConfig } from '@/site.config';

const USAGE = `Usage: npm run doctor -- [--json] [--content <dir>]

Checks every entry of every collection in <dir> (default: $FIELDNOTES_CONTENT_DIR or ./content)
without a build, reading files as the build does: frontmatter and data, file names and URLs,
images, aliases, links between entries, references, tags, headings, descriptions, raw HTML.
Exits with status 1 when there are errors; warnings do not change the status.

  --json           print one JSON document: { "errors": [...], "warnings": [...], "files": N }
  --content <dir>  the folder that holds blog/ and the other collections
  --help           show this help`;

function main(): number {
	let values;
	try {
		({ values } = parseArgs({
			options: {
				json: { type: 'boolean', default: false },
				content: { type: 'string' },
				help: { type: 'boolean', default: false },
			},
		}));
	} catch (error) {
		console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
		return 2;
	}
	if (values.help) {
		console.log(USAGE);
		return 0;
	}
	try {
		const report = runDoctor({
			contentDirectory: values.content ?? contentDirectory,
			cwd: process.cwd(),
			now: new Date(),
			siteUrl: siteConfig.url,
			timeZone: siteConfig.timeZone,
		});
		process.stdout.write(
			values.json ? `${JSON.stringify(toJsonReport(report), null, 2)}\n` : formatReport(report)
		);
		return report.errors.length > 0 ? 1 : 0;
	} catch (error) {
		if (!(error instanceof DoctorSetupError)) throw error;
		console.error(error.message);
		return 2;
	}
}

process.exitCode = main();
