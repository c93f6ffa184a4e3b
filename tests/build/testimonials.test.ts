import { describe, expect, it } from 'vitest';
import { fixtureSite as site } from '../helpers/fixture-site';

// tests/fixtures/site/testimonials/: a-hostile.yaml (markup-like text, about the published
// case study queue-migration), b-with-avatar.yaml, c-draft-case-study.yaml (about the draft
// case study secret-client).
const HOSTILE = {
	quote: 'It shipped <script>alert("quote")</script> & "stayed" <img src=x onerror=alert(1)> up.',
	caption: 'Zoe <Z> & Partners, Head of <Ops>, Acme & Sons',
};
const ALL_CAPTIONS = [
	HOSTILE.caption,
	'Nadia Saleh, CTO, Clinic Co',
	'Sam Rivers, Director, Quiet Labs',
];

const squash = (text: string | undefined) => text?.replace(/\s+/g, ' ').trim();

function testimonialsOn(path: string) {
	const section = site.page(path).querySelector('section[aria-labelledby="client-testimonials"]');
	return {
		section,
		heading: squash(section?.querySelector('h2')?.text),
		figures: (section?.querySelectorAll('figure') ?? []).map((figure) => ({
			quote: squash(figure.querySelector('blockquote')?.text),
			caption: squash(figure.querySelector('figcaption > span > span')?.text),
			links: figure
				.querySelectorAll('figcaption a')
				.map((link) => [squash(link.text), link.getAttribute('href')]),
			images: figure.querySelectorAll('img'),
		})),
	};
}

describe('testimonials', () => {
	it('show on the home page, in order of their file names, as quotes with captions', () => {
		const { heading, figures } = testimonialsOn('/');
		expect(heading).toBe('What clients say');
		expect(figures.map(({ caption }) => caption)).toEqual(ALL_CAPTIONS);
		expect(figures[0]?.quote).toBe(HOSTILE.quote);
	});

	it('show on every service page', () => {
		const services = site.files().filter((file) => /^services\/[^/]+\/index\.html$/.test(file));
		expect(services.length).toBeGreaterThan(0);
		for (const file of services) {
			const path = `/${file.replace(/index\.html$/, '')}`;
			expect(
				testimonialsOn(path).figures.map(({ caption }) => caption),
				path
			).toEqual(ALL_CAPTIONS);
		}
	});

	it('show on the case study they are about, and on no other', () => {
		const about = testimonialsOn('/case-studies/queue-migration/');
		expect(about.heading).toBe('In the client’s words');
		expect(about.figures.map(({ quote, caption }) => [quote, caption])).toEqual([
			[HOSTILE.quote, HOSTILE.caption],
		]);
		// The case study's own page does not link to itself.
		expect(about.figures[0]?.links).toEqual([]);
		expect(testimonialsOn('/case-studies/clinic-booking/').section).toBeNull();
	});

	it('link the published case study they are about from other pages', () => {
		const [hostile, withAvatar, aboutDraft] = testimonialsOn('/').figures;
		expect(hostile?.links).toEqual([
			['Case study: Queue migration <without> downtime', '/case-studies/queue-migration/'],
		]);
		expect(withAvatar?.links).toEqual([]);
		// Its case study is a draft: neither its link nor its title is published.
		expect(aboutDraft?.links).toEqual([]);
		expect(site.read('index.html')).not.toMatch(/secret-client|Draft case study/);
	});

	it('escape text that looks like markup, adding no element', () => {
		const html = site.read('index.html');
		expect(html).toContain(
			'It shipped &lt;script&gt;alert(&quot;quote&quot;)&lt;/script&gt; &amp; &quot;stayed&quot; &lt;img src=x onerror=alert(1)&gt; up.'
		);
		expect(html).toContain('Zoe &lt;Z&gt; &amp; Partners');
		const figure = site
			.page('/')
			.querySelector('section[aria-labelledby="client-testimonials"] figure');
		expect(figure?.querySelectorAll('script, img')).toEqual([]);
	});

	it('show an avatar beside the name as a decorative image, and none when there is none', () => {
		const [hostile, withAvatar] = testimonialsOn('/').figures;
		expect(hostile?.images).toEqual([]);
		const [avatar] = withAvatar?.images ?? [];
		expect(avatar?.getAttribute('alt')).toBe('');
		expect(avatar?.closest('figcaption')).not.toBeNull();
		expect(site.resolves(avatar?.getAttribute('src') ?? '')).toBe(true);
	});
});
