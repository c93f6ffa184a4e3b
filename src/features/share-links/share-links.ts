/** The networks an article can be shared to with a plain link. */
export type ShareNetwork = 'x' | 'linkedin' | 'telegram' | 'email';

/** A share link: a URL the browser opens, no third-party script involved. */
export interface ShareLink {
	network: ShareNetwork;
	/** Visible name of the network, e.g. "LinkedIn". */
	name: string;
	/** Full description for assistive technology, e.g. "Share on LinkedIn". */
	label: string;
	href: string;
}

/** Builds the share links of a page from its absolute URL and title. */
export function buildShareLinks({ url, title }: { url: string; title: string }): ShareLink[] {
	const encodedUrl = encodeURIComponent(url);
	const encodedTitle = encodeURIComponent(title);
	return [
		{
			network: 'x',
			name: 'X',
			label: 'Share on X',
			href: `https://x.com/intent/post?url=${encodedUrl}&text=${encodedTitle}`,
		},
		{
			network: 'linkedin',
			name: 'LinkedIn',
			label: 'Share on LinkedIn',
			href: `https://www.linkedin.com/sharing/share-offsite/?url=${encodedUrl}`,
		},
		{
			network: 'telegram',
			name: 'Telegram',
			label: 'Share on Telegram',
			href: `https://t.me/share/url?url=${encodedUrl}&text=${encodedTitle}`,
		},
		{
			network: 'email',
			name: 'Email',
			label: 'Share by email',
			href: `mailto:?subject=${encodedTitle}&body=${encodedUrl}`,
		},
	];
}
