import type { Feed } from '@/features/feeds/feed';

/** A title that tries to break out of every context it is written in. */
export const HOSTILE_TITLE = `</script><b>Bold</b> & "quotes" 'single' <img src=x onerror=alert(1)> ]]>`;

/** A feed of two articles: one with a cover, tags and an update, one hostile and bare. */
export const SAMPLE_FEED: Feed = {
	title: 'Fieldnotes & co',
	description: 'Notes from <the> field.',
	language: 'en-GB',
	homePageUrl: 'https://example.com/notes/',
	author: { name: 'Layla Haddad', url: 'https://example.com/notes/about/' },
	entries: [
		{
			url: 'https://example.com/notes/blog/webhooks/',
			title: 'Idempotent webhooks',
			summary: 'Retries without double charges.',
			contentHtml: '<p>Keys &amp; <a href="https://example.com/notes/blog/x/">links</a>]]></p>',
			published: new Date('2026-03-01T20:00:00Z'),
			updated: new Date('2026-04-02T20:00:00Z'),
			tags: ['Postgres', 'reliability'],
			author: { name: 'Omar Khalil' },
			image: {
				url: 'https://example.com/notes/_astro/cover.abc.jpg?v=1&w=1200',
				type: 'image/jpeg',
				width: 1200,
				height: 675,
				alt: `Boxes & "arrows" <drawn>`,
			},
		},
		{
			url: 'https://example.com/notes/blog/hostile/',
			title: HOSTILE_TITLE,
			summary: `A description with </script> & <i>markup</i>.`,
			contentHtml: '<p>Plain.</p>',
			published: new Date('2026-02-01T20:00:00Z'),
			updated: new Date('2026-02-01T20:00:00Z'),
			tags: [],
			author: { name: 'Layla Haddad', url: 'https://example.com/notes/about/' },
		},
	],
};
