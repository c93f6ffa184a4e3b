import { describe, expect, it } from 'vitest';
import { scrollableTablesPlugin } from '@/markdown/scrollable-tables';
import { renderMarkdown } from '../helpers/markdown';

describe('scrollable tables plugin', () => {
	it('lets keyboard users focus a table, so a wide one can be scrolled', async () => {
		const { html } = await renderMarkdown('| Code | Meaning |\n| - | :-: |\n| 409 | Conflict |', [
			scrollableTablesPlugin,
		]);
		expect(html).toBe(
			[
				'<table tabindex="0">',
				'<thead>',
				'<tr>',
				'<th>Code</th>',
				'<th style="text-align: center">Meaning</th>',
				'</tr>',
				'</thead>',
				'<tbody>',
				'<tr>',
				'<td>409</td>',
				'<td style="text-align: center">Conflict</td>',
				'</tr>',
				'</tbody>',
				'</table>',
				'',
			].join('\n')
		);
	});

	it('makes every table focusable, also one inside a quote, and nothing else', async () => {
		const { html } = await renderMarkdown(
			'| a |\n| - |\n| 1 |\n\nText.\n\n> | b |\n> | - |\n> | 2 |\n\n```\n| not | a table |\n```',
			[scrollableTablesPlugin]
		);
		expect(html.match(/<table tabindex="0">/g)).toHaveLength(2);
		expect(html.match(/tabindex/g)).toHaveLength(2);
	});
});
