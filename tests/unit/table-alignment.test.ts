import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { tableAlignmentPlugin } from '@/markdown/table-alignment';

describe('tableAlignmentPlugin', () => {
	it('aligns table cells with classes instead of the style attributes the policy forbids', async () => {
		const processor = await createSatteriMarkdownProcessor({ hastPlugins: [tableAlignmentPlugin] });
		const { code } = await processor.render(
			'| name | count | state |\n| :-- | --: | :-: |\n| a | 1 | on |\n'
		);
		expect(code).not.toContain('style=');
		expect(code).toContain('<th class="text-left">name</th>');
		expect(code).toContain('<th class="text-right">count</th>');
		expect(code).toContain('<td class="text-center">on</td>');
	});
});
