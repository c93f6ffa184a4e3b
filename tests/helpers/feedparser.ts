import { join } from 'node:path';
import { expect } from 'vitest';
import type { BuiltSite } from './built-site';
import { PYTHON_PATH } from '../../tools/test-setup/system-tools';
import { runTool } from './external-tools';

const FEEDPARSER = `
import json, sys, feedparser
feed = feedparser.parse(sys.argv[1])
print(json.dumps({
    "bozo": int(feed.bozo),
    "bozo_exception": str(feed.get("bozo_exception", "")),
    "version": feed.version,
    "title": feed.feed.get("title"),
    "links": [entry.get("link") for entry in feed.entries],
    "titles": [entry.get("title") for entry in feed.entries],
    "contents": [len(entry.get("content", [])) for entry in feed.entries],
    "enclosures": [[dict(e) for e in entry.get("enclosures", [])] for entry in feed.entries],
}))
`;

/** A feed as feedparser, the feed-reading library of many readers, understands it. */
export interface ParsedFeed {
	/** 1 when feedparser found the feed malformed. */
	bozo: number;
	bozo_exception: string;
	/** `rss20`, `atom10` … */
	version: string;
	title: string;
	links: string[];
	titles: string[];
	/** How many content blocks each entry has. */
	contents: number[];
	enclosures: { href: string; length: string; type: string }[][];
}

/** Reads a feed of a built site with Debian's python3-feedparser. */
export function readWithFeedparser(site: BuiltSite, file: string): ParsedFeed {
	const { status, stdout, stderr } = runTool(
		PYTHON_PATH,
		['-c', FEEDPARSER, join(site.outDir, file)],
		'apt-get install -y python3-feedparser'
	);
	expect(stderr, 'feedparser').toBe('');
	expect(status).toBe(0);
	return JSON.parse(stdout) as ParsedFeed;
}
