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

	it('lists every link an author can give, contact first, with the text each link shows', () => {
		expect(
			buildAuthorLinks({
				x: 'https://x.com/ada',
				github: 'https://github.com/ada',
				telegram: 'https://t.me/ada',
				linkedin: 'https://www.linkedin.com/in/ada',
				website: 'https://ada.example.com',
				booking: 'https://cal.com/ada',
				email: 'ada@example.com',
			})
		).toEqual([
			{ kind: 'email', label: 'Get in touch', href: 'mailto:ada@example.com' },
			{ kind: 'booking', label: 'Book a call', href: 'https://cal.com/ada' },
			{ kind: 'website', label: 'Website', href: 'https://ada.example.com' },
			{ kind: 'linkedin', label: 'LinkedIn', href: 'https://www.linkedin.com/in/ada' },
			{ kind: 'telegram', label: 'Telegram', href: 'https://t.me/ada' },
			{ kind: 'github', label: 'GitHub', href: 'https://github.com/ada' },
			{ kind: 'x', label: 'X', href: 'https://x.com/ada' },
		]);
	});

	it('gives no links for an author without any', () => {
		expect(buildAuthorLinks({})).toEqual([]);
	});
});
