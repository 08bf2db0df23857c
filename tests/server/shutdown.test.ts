// Stopping the server: SIGTERM (a service manager's stop, a deploy) ends the process on its own,
// even after it has run simulations in its worker threads — which it did not, once, because an
// idle worker kept the event loop alive (src/lib/server/compute/pool.ts).

import { afterAll, describe, expect, it } from 'vitest';
import { adminToken } from '../../src/node/admin-token';
import { startServer, tempDataDir } from './harness';

describe('stopping the server', () => {
	const data = tempDataDir('shutdown-');
	afterAll(() => data.remove());

	it('ends on SIGTERM with status 0 after it has simulated pages in its worker threads', async () => {
		const auth = { authorization: `Bearer ${adminToken(data.dir)}` };
		const server = await startServer({ dataDir: data.dir });
		for (const path of ['/', '/?scenario=deepening-alliance', '/compare']) {
			const page = await fetch(`${server.url}${path}`, { headers: auth });
			await page.arrayBuffer();
			expect(page.status, path).toBe(200);
		}
		const ended = new Promise<number | null>((resolve) => server.process.once('exit', (code) => resolve(code)));
		server.process.kill('SIGTERM');
		// Within the harness's grace (5 s, then SIGKILL): a SIGKILL would end it with code null.
		expect(await ended).toBe(0);
	}, 60_000);
});
