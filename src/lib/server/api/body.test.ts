import { describe, expect, it } from 'vitest';
import { bodyLimitBytes, declaredLength, MAX_BODY_BYTES, parseByteSize, readJsonBody, tooLarge } from './body';

describe('the body limit', () => {
	it('reads BODY_SIZE_LIMIT as adapter-node does', () => {
		expect(parseByteSize('512K')).toBe(512 * 1024);
		expect(parseByteSize('1m')).toBe(1024 * 1024);
		expect(parseByteSize('2G')).toBe(2 * 1024 ** 3);
		expect(parseByteSize('1000')).toBe(1000);
		expect(parseByteSize('Infinity')).toBe(Infinity);
		expect(parseByteSize('lots')).toBeNaN();
	});

	it("is the API's 1 MiB or the server's smaller BODY_SIZE_LIMIT (512K when unset)", () => {
		expect(bodyLimitBytes({})).toBe(512 * 1024);
		expect(bodyLimitBytes({ BODY_SIZE_LIMIT: '100K' })).toBe(100 * 1024);
		expect(bodyLimitBytes({ BODY_SIZE_LIMIT: '8M' })).toBe(MAX_BODY_BYTES);
		expect(bodyLimitBytes({ BODY_SIZE_LIMIT: 'Infinity' })).toBe(MAX_BODY_BYTES);
		expect(bodyLimitBytes({ BODY_SIZE_LIMIT: 'lots' })).toBe(MAX_BODY_BYTES);
	});

	it('takes a content-length only when it is a plain number', () => {
		expect(declaredLength('1234')).toBe(1234);
		expect(declaredLength(null)).toBeNull();
		expect(declaredLength(undefined)).toBeNull();
		expect(declaredLength('12abc')).toBeNull();
		expect(declaredLength('-1')).toBeNull();
		expect(declaredLength('1e9')).toBeNull();
	});

	it('names the limit in the 413', () => {
		const error = tooLarge('content-length 9000000');
		expect(error.status).toBe(413);
		expect(error.message).toMatch(/content-length 9000000.*the limit is \d+ bytes/);
	});

	it('refuses a declared length over the limit before reading anything', async () => {
		const body = new ReadableStream({
			pull() {
				throw new Error('read');
			}
		});
		const request = new Request('http://localhost/api/scenarios', {
			method: 'POST',
			headers: { 'content-type': 'application/json', 'content-length': String(MAX_BODY_BYTES + 1) },
			body,
			duplex: 'half'
		} as RequestInit);
		await expect(readJsonBody(request)).rejects.toMatchObject({ status: 413 });
	});
});
