// Ids of saved scenarios: short, unguessable enough to share as links, and valid scenario ids
// (kebab-case alphabet), since the stored scenario JSON carries its saved id.

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
export const ID_LENGTH = 10;
// The largest multiple of 36 below 256: bytes above it are redrawn so every letter is equally likely.
const UNBIASED_LIMIT = 252;

export function newId(length = ID_LENGTH): string {
	let id = '';
	while (id.length < length) {
		for (const byte of crypto.getRandomValues(new Uint8Array(length * 2))) {
			if (byte < UNBIASED_LIMIT && id.length < length) id += ALPHABET[byte % ALPHABET.length];
		}
	}
	return id;
}
