import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import NewsletterSignup from '@/components/site/NewsletterSignup.astro';
import { NewsletterSchema } from '@/content-model/site-config';
import { parseHtml } from '../helpers/parse-html';

describe('NewsletterSignup', () => {
	it('renders nothing at all when no provider is configured', async () => {
		const container = await AstroContainer.create();
		const html = await container.renderToString(NewsletterSignup, {
			props: { newsletter: undefined, privacyPath: '/privacy/' },
		});
		expect(html.trim()).toBe('');
	});

	it("posts to a Mailchimp-style form with the provider's field names and hidden fields", async () => {
		const container = await AstroContainer.create();
		const html = await container.renderToString(NewsletterSignup, {
			props: {
				newsletter: NewsletterSchema.parse({
					action: 'https://example.us1.list-manage.com/subscribe/post',
					emailField: 'EMAIL',
					hiddenFields: { u: 'abc', id: '123' },
					honeypotField: 'b_abc_123',
				}),
				privacyPath: undefined,
			},
		});
		const form = parseHtml(html).querySelector('form');
		expect(form?.getAttribute('action')).toBe('https://example.us1.list-manage.com/subscribe/post');
		expect(form?.getAttribute('method')).toBe('post');
		const email = form?.querySelector('input[type="email"]');
		expect(email?.getAttribute('name')).toBe('EMAIL');
		expect(email?.hasAttribute('required')).toBe(true);
		const hidden = form?.querySelectorAll('input[type="hidden"]') ?? [];
		expect(
			hidden.map((input) => [input.getAttribute('name'), input.getAttribute('value')])
		).toEqual([
			['u', 'abc'],
			['id', '123'],
		]);
		expect(form?.querySelector('input[name="b_abc_123"]')?.getAttribute('tabindex')).toBe('-1');
		// No privacy page, so no link to one.
		expect(parseHtml(html).querySelectorAll('a')).toEqual([]);
	});
});
