// The account name of someone who signs in by SSO for the first time. Every account has one
// name — shown in the user menu, the histories and the audit log, and used by `npm run user` —
// so an SSO account gets one too, from its email address's local part ('ada.lovelace' for
// ada.lovelace@example.org), fitted to the names the app accepts and made unique with a suffix
// ('ada.lovelace-2') when a local or another SSO account has it already. The person's full name
// from the provider stays in the account's `name`.

import { MAX_NAME_LENGTH, MIN_NAME_LENGTH } from './instance';

const NOT_NAME = /[^\p{L}\p{N}._-]+/gu;
const FALLBACK = 'sso-user';
/** Room kept for a suffix such as '-12'. */
const SUFFIX_ROOM = 4;

/** A name the username rules accept, derived from an email address (any string does). */
export function nameFromEmail(email: string): string {
	const local = email.normalize('NFKC').split('@')[0] ?? '';
	const fitted = local
		.replace(NOT_NAME, '-')
		.replace(/^[-.]+|[-.]+$/g, '')
		.slice(0, MAX_NAME_LENGTH - SUFFIX_ROOM)
		.replace(/[-.]+$/, '');
	return fitted.length >= MIN_NAME_LENGTH ? fitted : FALLBACK;
}

/** `base`, or `base-2`, `base-3`… — the first that `taken` says is free (names compared lower-cased). */
export async function firstFreeName(base: string, taken: (lowerCased: string) => Promise<boolean>): Promise<string> {
	for (let n = 1; n < 1000; n++) {
		const candidate = n === 1 ? base : `${base}-${n}`;
		if (!(await taken(candidate.toLowerCase()))) return candidate;
	}
	throw new Error(`no free account name for ${base}`);
}
