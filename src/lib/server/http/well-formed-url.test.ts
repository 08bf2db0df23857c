import type { RequestEvent } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { isWellFormedPath, wellFormedUrl } from './well-formed-url';

async function answer(url: string): Promise<Response> {
	return wellFormedUrl({
		event: { url: new URL(url) } as RequestEvent,
		resolve: async () => new Response('resolved')
	});
}

describe('wellFormedUrl', () => {
	it('knows a broken percent-encoding from a good one', () => {
		expect(isWellFormedPath('/api/scenarios/%E0%A4%A')).toBe(false);
		expect(isWellFormedPath('/api/scenarios/%ZZ')).toBe(false);
		expect(isWellFormedPath('/api/scenarios/%E0%A4%A4')).toBe(true);
		expect(isWellFormedPath('/a%25b')).toBe(true);
	});

	it('answers a malformed path with a JSON 400 naming the path', async () => {
		const response = await answer('http://127.0.0.1/api/scenarios/%E0%A4%A');
		expect(response.status).toBe(400);
		expect(await response.json()).toMatchObject({
			error: 'invalid',
			problems: [{ file: 'request', path: 'path', message: expect.stringContaining('percent-encoded') }]
		});
	});

	it("refuses an API query parameter holding NUL, naming it; pages' queries are theirs", async () => {
		const refused = await answer('http://127.0.0.1/api/scenarios?search=a%00b');
		expect(refused.status).toBe(400);
		expect(await refused.json()).toMatchObject({ problems: [{ file: 'query', path: 'search' }] });
		expect(await (await answer('http://127.0.0.1/api/scenarios?search=%D8%A7')).text()).toBe('resolved');
		expect(await (await answer('http://127.0.0.1/?note=a%0Ab')).text()).toBe('resolved');
	});
});
