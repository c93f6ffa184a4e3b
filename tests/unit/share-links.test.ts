import { describe, expect, it } from 'vitest';
import { buildShareLinks } from '@/features/share-links/share-links';

const URL_ = 'https://example.com/blog/typescript-tips/';
const HOSTILE_TITLE = `Tom & Jerry's "best" C++ tips 🚀 #1 ?x=1`;

function linkFor(network: string, title = HOSTILE_TITLE) {
	const link = buildShareLinks({ url: URL_, title }).find((entry) => entry.network === network);
	if (!link) throw new Error(`No ${network} link`);
	return link;
}

describe('buildShareLinks', () => {
	it('offers X, LinkedIn, Telegram and email in that order with readable labels', () => {
		expect(
			buildShareLinks({ url: URL_, title: 'Tips' }).map(({ network, name, label }) => [
				network,
				name,
				label,
			])
		).toEqual([
			['x', 'X', 'Share on X'],
			['linkedin', 'LinkedIn', 'Share on LinkedIn'],
			['telegram', 'Telegram', 'Share on Telegram'],
			['email', 'Email', 'Share by email'],
		]);
	});

	it('builds the exact share URLs for a plain title', () => {
		const encodedUrl = 'https%3A%2F%2Fexample.com%2Fblog%2Ftypescript-tips%2F';
		expect(
			buildShareLinks({ url: URL_, title: 'TypeScript tips' }).map(({ href }) => href)
		).toEqual([
			`https://x.com/intent/post?url=${encodedUrl}&text=TypeScript%20tips`,
			`https://www.linkedin.com/sharing/share-offsite/?url=${encodedUrl}`,
			`https://t.me/share/url?url=${encodedUrl}&text=TypeScript%20tips`,
			`mailto:?subject=TypeScript%20tips&body=${encodedUrl}`,
		]);
	});

	it('encodes ampersands, quotes, plus signs, hashes and emoji in the title', () => {
		const href = linkFor('x').href;
		expect(href).toContain('Tom%20%26%20Jerry');
		expect(href).toContain('%22best%22');
		expect(href).toContain('C%2B%2B');
		expect(href).toContain('%F0%9F%9A%80');
		expect(href).toContain('%231%20%3Fx%3D1');
		expect(href).not.toMatch(/[ "#]/);
	});

	it('passes the title and URL through intact to X and Telegram', () => {
		for (const network of ['x', 'telegram']) {
			const params = new URL(linkFor(network).href).searchParams;
			expect([...params.keys()]).toEqual(['url', 'text']);
			expect(params.get('url')).toBe(URL_);
			expect(params.get('text')).toBe(HOSTILE_TITLE);
		}
	});

	it('encodes a page URL that has its own query string and fragment', () => {
		const url = 'https://example.com/blog/a/?ref=feed&utm=x#setup';
		const [x] = buildShareLinks({ url, title: 'A' });
		const params = new URL(x?.href ?? '').searchParams;
		expect([...params.keys()]).toEqual(['url', 'text']);
		expect(params.get('url')).toBe(url);
	});

	it('shares only the URL with LinkedIn', () => {
		const params = new URL(linkFor('linkedin').href).searchParams;
		expect([...params.entries()]).toEqual([['url', URL_]]);
	});

	it('writes the email link as mailto with the title as subject and the URL as body', () => {
		const href = linkFor('email').href;
		expect(href).toMatch(/^mailto:\?subject=[^&]+&body=[^&]+$/);
		const params = new URL(href).searchParams;
		expect(params.get('subject')).toBe(HOSTILE_TITLE);
		expect(params.get('body')).toBe(URL_);
	});
});
