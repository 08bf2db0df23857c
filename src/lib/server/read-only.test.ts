import { describe, expect, it } from 'vitest';
import { isReadOnly, readOnlyRefusal } from './read-only';

describe('READ_ONLY', () => {
	it('is on for 1, true and yes only', () => {
		for (const value of ['1', 'true', 'YES', ' 1 ']) expect(isReadOnly({ READ_ONLY: value })).toBe(true);
		for (const value of [undefined, '', '0', 'false', 'no', 'off'])
			expect(isReadOnly({ READ_ONLY: value })).toBe(false);
	});

	it('refuses every write with a 403 read-only JSON answer, and lets reads through', async () => {
		const on = { READ_ONLY: '1' };
		for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
			const refused = readOnlyRefusal(method, on);
			expect(refused?.status).toBe(403);
			expect(await refused?.json()).toMatchObject({ error: 'read-only', message: expect.stringContaining(method) });
		}
		for (const method of ['GET', 'HEAD', 'OPTIONS']) expect(readOnlyRefusal(method, on)).toBeNull();
		expect(readOnlyRefusal('POST', {})).toBeNull();
	});
});
