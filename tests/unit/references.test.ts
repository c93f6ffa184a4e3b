import { describe, expect, it } from 'vitest';
import { describeMissingReferences } from '@/content-model/references';

const KNOWN = new Map([
	['authors', new Set(['layla-haddad', 'omar'])],
	['services', new Set<string>()],
]);

describe('describeMissingReferences', () => {
	it('is undefined when every reference resolves', () => {
		expect(
			describeMissingReferences(
				[{ file: 'content/blog/a.mdx', field: 'author', collection: 'authors', id: 'omar' }],
				KNOWN
			)
		).toBeUndefined();
	});

	it('names every file and field with a missing entry, and the ids that exist', () => {
		const message = describeMissingReferences(
			[
				{ file: 'content/blog/b.mdx', field: 'cta', collection: 'services', id: 'audit' },
				{ file: 'content/blog/a.mdx', field: 'author', collection: 'authors', id: 'jane' },
				{ file: 'content/blog/b.mdx', field: 'author', collection: 'authors', id: 'layla' },
				{ file: 'content/blog/c.mdx', field: 'author', collection: 'authors', id: 'omar' },
			],
			KNOWN
		);
		expect(message).toBe(
			[
				'3 references to entries that do not exist:',
				'',
				'content/blog/a.mdx',
				'  author: "jane" is not in content/authors/ (authors: layla-haddad, omar)',
				'',
				'content/blog/b.mdx',
				'  cta: "audit" is not in content/services/ (it has none)',
				'  author: "layla" is not in content/authors/ (authors: layla-haddad, omar)',
				'',
				'Fix the id in each file named above, or add the missing entry as content/<collection>/<id>.',
			].join('\n')
		);
	});

	it('counts a single missing reference in the singular, and lists the ids that exist sorted', () => {
		const known = new Map([['authors', new Set(['zoe', 'adam', 'mia'])]]);
		expect(
			describeMissingReferences(
				[{ file: 'content/blog/a.mdx', field: 'author', collection: 'authors', id: 'eve' }],
				known
			)
		).toBe(
			[
				'1 reference to entries that do not exist:',
				'',
				'content/blog/a.mdx',
				'  author: "eve" is not in content/authors/ (authors: adam, mia, zoe)',
				'',
				'Fix the id in each file named above, or add the missing entry as content/<collection>/<id>.',
			].join('\n')
		);
	});

	it('names a collection that has no folder as one that has no entries', () => {
		expect(
			describeMissingReferences(
				[{ file: 'content/blog/a.mdx', field: 'series', collection: 'series', id: 'x' }],
				new Map()
			)
		).toContain('  series: "x" is not in content/series/ (it has none)');
	});
});
