// better-auth's sign-in limit (30 tries a minute per address) counted once across two instances on
// one database, on both backends: wrong passwords on each in turn run out one shared bucket.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authSettingsFromEnv, prepareAuth, type PreparedAuth } from '$lib/server/auth/auth';
import { CLIENT_ADDRESS_HEADER } from '$lib/server/auth/instance';
import { openDatabaseFromEnv } from '$lib/server/db/app-database';
import { testBackends, type TestDatabase } from '$lib/server/db/test-databases';
import type { AppDatabase } from '$lib/server/db/types';

function wrongPassword(prepared: PreparedAuth, address: string): Promise<Response> {
	return prepared.auth.handler(
		new Request('http://localhost/api/auth/sign-in/username', {
			method: 'POST',
			headers: { 'content-type': 'application/json', origin: 'http://localhost', [CLIENT_ADDRESS_HEADER]: address },
			body: JSON.stringify({ username: 'nobody', password: 'not the password' })
		})
	);
}

describe.each(testBackends())("better-auth's sign-in limit on $name", (backend) => {
	let opened: TestDatabase;
	let second: AppDatabase;
	let instances: PreparedAuth[];

	beforeAll(async () => {
		opened = await backend.open();
		second = openDatabaseFromEnv(opened.env);
		instances = [
			await prepareAuth(authSettingsFromEnv(opened.env, opened.database)),
			await prepareAuth(authSettingsFromEnv(opened.env, second))
		];
	});
	afterAll(async () => {
		await second.close();
		await opened.close();
	});

	it('is counted once across two instances', async () => {
		// Tries alternate between the instances until one is refused. Alone, each would allow 30 a
		// minute (60 together); shared, the 30 tokens run out, refilled at half a token a second.
		const started = Date.now();
		let tries = 0;
		let refused: Response | null = null;
		while (!refused && tries < 60) {
			const response = await wrongPassword(instances[tries++ % 2], '10.7.7.7');
			if (response.status === 429) refused = response;
			else expect(response.status).toBe(401);
		}
		const seconds = (Date.now() - started) / 1000;
		expect(refused).not.toBeNull();
		expect(tries).toBeGreaterThan(30);
		expect(tries).toBeLessThanOrEqual(31 + Math.ceil(seconds / 2));
		expect(Number(refused?.headers.get('x-retry-after'))).toBeGreaterThanOrEqual(1);
		// The other instance refuses it too; another address is not affected.
		expect((await wrongPassword(instances[tries % 2], '10.7.7.7')).status).toBe(429);
		expect((await wrongPassword(instances[1], '10.7.7.8')).status).toBe(401);
	});
});
