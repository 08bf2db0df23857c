// /setup's first admin is claimed through the database: two instances (two handles on one
// database here, as two app processes hold) given /setup at once make one admin, not two.

import { describe, expect, it } from 'vitest';
import { testBackends, twoHandlesEach } from '$lib/server/db/test-databases';
import { withSetupClaim } from './setup';

describe.each(testBackends())('the first admin’s claim on $name', (backend) => {
	const handles = twoHandlesEach(backend);

	it('lets exactly one of many simultaneous setups through, across instances', async () => {
		const instances = [handles.opened.database, handles.other];
		let made = 0;
		const outcomes = await Promise.all(
			Array.from({ length: 12 }, (_, i) =>
				withSetupClaim(instances[i % 2].shared.rateBuckets, async () => {
					await new Promise((resolve) => setTimeout(resolve, 20));
					return ++made;
				})
			)
		);
		expect(made).toBe(1);
		expect(outcomes.filter((o) => o !== null)).toEqual([1]);
	});

	it('gives the claim back when making the admin failed, so setup can be tried again', async () => {
		const buckets = handles.opened.database.shared.rateBuckets;
		await expect(withSetupClaim(buckets, () => Promise.reject(new Error('the name is taken')))).rejects.toThrow(
			'the name is taken'
		);
		expect(await withSetupClaim(handles.other.shared.rateBuckets, async () => 'made')).toBe('made');
	});
});
