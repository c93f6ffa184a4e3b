import type { APIRoute, GetStaticPaths } from 'astro';
import { publicationContext } from '@/catalogue/publication-context';
import {
	getSocialCardFile,
	prepareSocialCards,
	type SocialCardJob,
} from '@/features/social-cards/renderer';
import { getSocialCards } from '@/features/social-cards/cards';

// One PNG per card at /social-cards/<page path>.png, and its WebP preview beside it. A build
// draws every changed card in one batch, using both cores, and
// src/features/social-cards/integration.ts copies them all into the output, so the route has no
// pages of its own there; `astro dev` draws a card when it is asked for.
export const getStaticPaths = (async () => {
	const cards = [...(await getSocialCards()).values()];
	if (!publicationContext.isDev) {
		await prepareSocialCards(cards);
		return [];
	}
	const route = (path: string) => path.slice(path.indexOf('/', 1) + 1);
	return cards.flatMap((card) => [
		{ params: { card: route(card.path) }, props: { card, which: 'png' as const } },
		{ params: { card: route(card.previewPath) }, props: { card, which: 'preview' as const } },
	]);
}) satisfies GetStaticPaths;

interface Props {
	card: SocialCardJob;
	which: 'png' | 'preview';
}

export const GET: APIRoute<Props> = async ({ props }) =>
	new Response(new Uint8Array(await getSocialCardFile(props.card, props.which)), {
		headers: { 'Content-Type': props.which === 'png' ? 'image/png' : 'image/webp' },
	});
