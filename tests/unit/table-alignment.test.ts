import { describe, expect, it } from 'vitest';
import { tableAlignmentPlugin } from '@/markdown/table-alignment';
import { renderMarkdown } from '../helpers/markdown';

describe('tableAlignmentPlugin', () => {
	it('aligns table cells with classes instead of the style attributes the policy forbids', async () => {
		const { html } = await renderMarkdown(
			'| name | count | state | note |\n| :-- | --: | :-: | --- |\n| a | 1 | on | first |\n',
			[tableAlignmentPlugin]
		);
		expect(html).toBe(
			[
				'<table>',
				'<thead>',
				'<tr>',
				'<th class="text-left">name</th>',
				'<th class="text-right">count</th>',
				'<th class="text-center">state</th>',
				'<th>note</th>',
				'</tr>',
				'</thead>',
				'<tbody>',
				'<tr>',
				'<td class="text-left">a</td>',
				'<td class="text-right">1</td>',
				'<td class="text-center">on</td>',
				'<td>first</td>',
				'</tr>',
				'</tbody>',
				'</table>',
				'',
			].join('\n')
		);
	});
});
