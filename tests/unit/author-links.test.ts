import { describe, expect, it } from 'vitest';
import { buildAuthorLinks } from '@/lib/author-links';

describe('buildAuthorLinks', () => {
	it('lists contact links first, then accounts, skipping what the author has not given', () => {
		expect(
			buildAuthorLinks({
				github: 'https://github.com/ada',
				email: 'ada@example.com',
				booking: 'https://cal.com/ada',
			})
		).toEqual([
			{ kind: 'email', label: 'Get in touch', href: 'mailto:ada@example.com' },
			{ kind: 'booking', label: 'Book a call', href: 'https://cal.com/ada' },
			{ kind: 'github', label: 'GitHub', href: 'https://github.com/ada' },
		]);
	});

	it('gives no links for an author without any', () => {
		expect(buildAuthorLinks({})).toEqual([]);
	});
});
