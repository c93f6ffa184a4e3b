import type { ImageMetadata } from 'astro';
import { siteConfig } from '@/site.config';

const assetImages = import.meta.glob<{ default: ImageMetadata }>(
	'/src/assets/*.{png,jpg,jpeg,webp,avif}',
	{ eager: true }
);

/** The site's main author with the avatar resolved to an astro:assets image. */
export function getMainAuthor() {
	const { avatar, ...author } = siteConfig.author;
	const image = assetImages[`/src/assets/${avatar}`];
	if (!image) {
		throw new Error(
			`site.config.ts: author.avatar "${avatar}" is not in src/assets/. Add the file there or fix the name.`
		);
	}
	return { ...author, avatar: image.default };
}
