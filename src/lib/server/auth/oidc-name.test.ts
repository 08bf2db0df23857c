import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_NAME_LENGTH, MIN_NAME_LENGTH, NAME_PATTERN } from './instance';
import { firstFreeName, nameFromEmail } from './oidc-name';

describe('nameFromEmail', () => {
	it("takes the address's local part, fitted to the app's names", () => {
		expect(nameFromEmail('Ada.Lovelace@example.org')).toBe('Ada.Lovelace');
		expect(nameFromEmail('sara+desk@example.org')).toBe('sara-desk');
		expect(nameFromEmail('سارة@example.org')).toBe('سارة');
		expect(nameFromEmail('.x@example.org')).toBe('sso-user');
		expect(nameFromEmail('')).toBe('sso-user');
	});

	it('always gives a name the username rules accept, with room for a suffix', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
				const name = nameFromEmail(text);
				expect(name).toMatch(NAME_PATTERN);
				expect(name.length).toBeGreaterThanOrEqual(MIN_NAME_LENGTH);
				expect(`${name}-999`.length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
			})
		);
	});
});

describe('firstFreeName', () => {
	it('adds the first free suffix, comparing names lower-cased', async () => {
		const taken = new Set(['ada', 'ada-2']);
		expect(await firstFreeName('Ada', async (name) => taken.has(name))).toBe('Ada-3');
		expect(await firstFreeName('sara', async (name) => taken.has(name))).toBe('sara');
	});
});
