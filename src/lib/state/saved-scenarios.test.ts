import { describe, expect, it } from 'vitest';
import type { ApiResult } from '$lib/api/scenarios-client';
import type { Revision, SavedScenario } from '$lib/api/types';
import { SavedScenarios, type SavedScenariosApi } from './saved-scenarios.svelte';

const title = { en: 'Drift', ar: 'انجراف' };
const summary = { id: 'k2p9qaz1m0', title, headRevision: 3 };
const stored = { ...summary, modelId: 'm', createdAt: '', updatedAt: '', deletedAt: null } as unknown as SavedScenario;
const failure: ApiResult<never> = { ok: false, status: 404, message: 'No saved scenario "k2p9qaz1m0"', problems: [] };

/** A fake client that records each call and answers what the test says. */
function fake(answers: Partial<Record<keyof SavedScenariosApi, ApiResult<unknown>>> = {}) {
	const calls: unknown[][] = [];
	let release = () => {};
	const gate = { hold: false };
	const answer =
		(name: keyof SavedScenariosApi) =>
		(...args: unknown[]) => {
			calls.push([name, ...args]);
			const value = answers[name] ?? { ok: true, value: { revision: { revision: 4 }, scenario: stored } };
			if (!gate.hold) return Promise.resolve(value);
			return new Promise((resolve) => (release = () => resolve(value)));
		};
	const api = {
		rename: answer('rename'),
		duplicate: answer('duplicate'),
		remove: answer('remove'),
		undelete: answer('undelete'),
		restoreRevision: answer('restoreRevision'),
		importFile: answer('importFile')
	} as unknown as SavedScenariosApi;
	let refreshed = 0;
	const saved = new SavedScenarios(api, async () => void refreshed++);
	return { saved, calls, gate, release: () => release(), refreshed: () => refreshed };
}

describe('SavedScenarios', () => {
	it('calls the API for each action, says what it did, and reloads the page’s data', async () => {
		const { saved, calls, refreshed } = fake();
		expect(await saved.rename(summary, { en: 'Drift 2', ar: 'انجراف ٢' })).toBe(true);
		expect(saved.message).toBe('Renamed to “Drift 2”.');
		expect(await saved.duplicate(summary)).toBe(true);
		expect(saved.message).toBe('Copy saved as “Drift (copy)”.');
		expect(await saved.remove(summary)).toBe(true);
		expect(saved.message).toBe('“Drift” moved to the trash.');
		expect(await saved.undelete(summary)).toBe(true);
		expect(saved.message).toBe('“Drift” restored.');
		expect(await saved.restore(summary, 1)).toBe(true);
		expect(saved.message).toBe('Revision 1 restored as revision 4.');
		expect(calls).toEqual([
			['rename', 'k2p9qaz1m0', { en: 'Drift 2', ar: 'انجراف ٢' }, 3],
			['duplicate', 'k2p9qaz1m0'],
			['remove', 'k2p9qaz1m0'],
			['undelete', 'k2p9qaz1m0'],
			['restoreRevision', 'k2p9qaz1m0', 1, 3, 'Restored revision 1']
		]);
		expect(refreshed()).toBe(5);
	});

	it('says what was done and that the list could not be reloaded when reloading fails, without throwing', async () => {
		const api = { duplicate: async () => ({ ok: true, value: { scenario: stored } }) } as unknown as SavedScenariosApi;
		const saved = new SavedScenarios(api, async () => {
			throw new Error('network down');
		});
		expect(await saved.duplicate(summary)).toBe(true);
		expect(saved.message).toBe(
			'Copy saved as “Drift (copy)”. The list could not be reloaded (network down): reload the page to see it as it is now.'
		);
		expect(saved.busy).toBe(false);
	});

	it('says why an action failed, and still reloads (someone else’s change may be the reason)', async () => {
		const { saved, refreshed } = fake({ remove: failure });
		expect(await saved.remove(summary)).toBe(false);
		expect(saved.message).toBe('That did not work: No saved scenario "k2p9qaz1m0"');
		expect(refreshed()).toBe(1);
		expect(saved.busy).toBe(false);
	});

	it('is busy while an action runs, and refuses a second one meanwhile', async () => {
		const { saved, calls, gate, release } = fake();
		gate.hold = true;
		const first = saved.duplicate(summary);
		expect(saved.busy).toBe(true);
		expect(await saved.remove(summary)).toBe(false);
		expect(calls.map((c) => c[0])).toEqual(['duplicate']);
		release();
		expect(await first).toBe(true);
		expect(saved.busy).toBe(false);
	});

	it('keeps an import’s outcome: the scenario saved, or every problem of the file refused', async () => {
		const file = { name: 'drift.json', text: async () => '{"format":1}' };
		const ok = fake();
		expect(await ok.saved.importFile(file)).toBe(true);
		expect(ok.calls).toEqual([['importFile', 'drift.json', '{"format":1}']]);
		expect(ok.saved.imported).toEqual({ ok: true, id: 'k2p9qaz1m0', title });
		expect(ok.refreshed()).toBe(1);
		ok.saved.forgetImport();
		expect(ok.saved.imported).toBeNull();

		const problems = [{ file: 'drift.json', path: 'drivers', message: 'required' }];
		const refused = fake({ importFile: { ok: false, status: 400, message: 'invalid', problems } });
		expect(await refused.saved.importFile(file)).toBe(false);
		expect(refused.saved.imported).toEqual({ ok: false, file: 'drift.json', message: 'invalid', problems });
		expect(refused.refreshed()).toBe(0);
	});

	it('refuses a file that cannot be read, saying which and why, without calling the API', async () => {
		const { saved, calls } = fake();
		const unreadable = { name: 'gone.json', text: () => Promise.reject(new Error('The file could not be read')) };
		expect(await saved.importFile(unreadable)).toBe(false);
		expect(saved.imported).toEqual({
			ok: false,
			file: 'gone.json',
			message: 'The file could not be read',
			problems: []
		});
		expect(calls).toEqual([]);
		expect(saved.busy).toBe(false);
	});

	it('reports a conflict on rename as a failure with the server’s message', async () => {
		const conflict = {
			ok: false,
			status: 409,
			conflict: {} as Revision,
			message: 'Revision 3 is not the latest'
		} as const;
		const { saved } = fake({ rename: conflict });
		expect(await saved.rename(summary, title)).toBe(false);
		expect(saved.message).toBe('That did not work: Revision 3 is not the latest');
	});
});
