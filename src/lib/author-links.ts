/** How an author can be reached, as written in `content/authors/<id>.yaml`. */
export interface AuthorLinkFields {
	email?: string | undefined;
	booking?: string | undefined;
	website?: string | undefined;
	linkedin?: string | undefined;
	telegram?: string | undefined;
	github?: string | undefined;
	x?: string | undefined;
}

/** One link of an author card or footer, with its visible text. */
export interface AuthorLink {
	kind: keyof AuthorLinkFields;
	label: string;
	href: string;
}

// Contact first (what a prospective client wants), then accounts.
const LINKS: readonly { kind: keyof AuthorLinkFields; label: string }[] = [
	{ kind: 'email', label: 'Get in touch' },
	{ kind: 'booking', label: 'Book a call' },
	{ kind: 'website', label: 'Website' },
	{ kind: 'linkedin', label: 'LinkedIn' },
	{ kind: 'telegram', label: 'Telegram' },
	{ kind: 'github', label: 'GitHub' },
	{ kind: 'x', label: 'X' },
];

/** The links an author has, in a fixed order; the email address becomes a `mailto:` link. */
export function buildAuthorLinks(fields: AuthorLinkFields): AuthorLink[] {
	return LINKS.flatMap(({ kind, label }) => {
		const value = fields[kind];
		if (!value) return [];
		return [{ kind, label, href: kind === 'email' ? `mailto:${value}` : value }];
	});
}
