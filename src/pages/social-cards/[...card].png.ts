import type { APIRoute, GetStaticPaths } from 'astro';
import { publicationContext } from '@/catalogue/publication-context';
import {
	getSocialCardPng,
	prepareSocialCards,
	type SocialCardJob,
} from '@/features/social-cards/renderer';
import { getSocialCards } from '@/features/social-cards/cards';

// One PNG per card at /social-cards/<page path>.png. A build draws every changed card in one
// batch, using both cores, and src/features/social-cards/integration.ts copies them all into the output,
// so the route has no pages of its own there; `astro dev` draws a card when it is asked for.
export const getStaticPaths = (async () => {
	const cards = [...(await getSocialCards()).values()];
	if (!publicationContext.isDev) {
		await prepareSocialCards(cards);
		return [];
	}
	return cards.map((card) => ({
		params: { card: card.path.slice('/social-cards/'.length, -'.png'.length) },
		props: { card },
	}));
}) satisfies GetStaticPaths;

interface Props {
	card: SocialCardJob;
}

export const GET: APIRoute<Props> = async ({ props }) =>
	new Response(new Uint8Array(await getSocialCardPng(props.card)), {
		headers: { 'Content-Type': 'image/png' },
	});
