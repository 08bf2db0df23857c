// Signposts through the real built server (issue 14, point 5): an observation proposes its
// indicator's shift, the analyst accepts it, and the server saves ONE new revision whose
// projection — the engine run on the saved scenario — reflects the shift against the base.
// Then what must not happen: a stale base (409), a viewer (403), a save or restore that would
// change or drop the log (400 naming the field, or the log carried forward).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Revision, SavedScenario } from '../../src/lib/api/types';
import type { ModelInput, ScenarioInput } from '../../src/lib/model';
import { simulate } from '../../src/lib/model';
import { parseModel } from '../../src/lib/schema';
import { proposedShift } from '../../src/lib/signposts/shift';
import type { RecordSignpostResponse } from '../../src/lib/signposts/wire';
import { addAccount, signIn } from './accounts';
import { collectionOf, createOn } from './api-client';
import { request, startServer, tempDataDir, TEST_ADMIN, type RunningServer } from './harness';

const data = tempDataDir('scenario-desk-signposts-');
let server: RunningServer;
let api: string;
let viewer: Record<string, string>;

const modelFile = path.resolve(import.meta.dirname, '../../scenarios/russia-dprk/model.json');
const parsed = parseModel(JSON.parse(readFileSync(modelFile, 'utf8')), modelFile);
if (!parsed.ok) throw new Error('the flagship model does not parse');
const model: ModelInput = parsed.model;
const summits = model.indicators.find((i) => i.id === 'ind-summit-visits');
if (!summits) throw new Error('the flagship model has no ind-summit-visits');
const DRIVER = summits.driver;

beforeAll(async () => {
	server = await startServer({ dataDir: data.dir });
	api = collectionOf(server);
	await addAccount(data.dir, 'viewer-sp', 'viewer');
	viewer = { origin: server.url, cookie: await signIn(server, 'viewer-sp') };
}, 60_000);

afterAll(async () => {
	await server?.stop();
	data.remove();
}, 15_000);

function observationBody(baseRevision: number, shift: number, extra: Record<string, unknown> = {}) {
	return {
		baseRevision,
		indicator: summits?.id,
		status: 'observed',
		date: '2026-11-20',
		seen: { en: 'Kim Jong Un visits Moscow again', ar: '' },
		source: 'KCNA, 20 November 2026',
		grade: { reliability: 'B', credibility: 2 },
		note: { en: '', ar: 'زيارة ثالثة خلال عامين' },
		shift,
		...extra
	};
}

const get = async (id: string) => ((await request(`${api}/${id}`, 'GET')).json as { scenario: SavedScenario }).scenario;
const revision = async (id: string, n: number) =>
	((await request(`${api}/${id}/revisions/${n}`, 'GET')).json as { revision: Revision }).revision;

/** Final-step mean of the index and probability of the best outcome, on the scenario's own paths. */
function projectionOf(scenario: ScenarioInput) {
	const projection = simulate(model, scenario, { samples: 2000 });
	const last = projection.times.length - 1;
	const best = projection.outcomes.at(-1) as string;
	return { index: projection.index.mean[last], best: projection.stateProbabilities[best][last] };
}

describe('recording an observation', () => {
	it('applies the accepted shift as one new revision whose note names the signpost, and the projection follows', async () => {
		const saved = await createOn(server);
		const before = saved.scenario.drivers[DRIVER];
		// The form proposes the indicator's shift (observed: all of it); the analyst accepts it.
		const shift = proposedShift(summits, 'observed');
		expect(shift).toBe(0.15);
		const response = await request(`${api}/${saved.id}/signposts`, 'POST', observationBody(1, shift));
		expect(response.status, response.text).toBe(200);
		const { revision: meta, observation } = response.json as RecordSignpostResponse;
		expect(meta).toMatchObject({ revision: 2, baseRevision: 1, author: TEST_ADMIN.name });
		expect(meta.note).toBe('Signpost: Summit visits continue — observed (2026-11-20)');
		expect(observation).toMatchObject({
			indicator: 'ind-summit-visits',
			by: TEST_ADMIN.name,
			revision: 2,
			shift: { driver: DRIVER, from: 0.6, to: 0.75 }
		});
		expect(Date.parse(observation.recordedAt)).toBeGreaterThan(Date.now() - 60_000);

		const head = await get(saved.id);
		expect(head.headRevision).toBe(2);
		expect(head.scenario.signposts).toEqual([observation]);
		// The assessment and its range moved together (high stops at 1); nothing else did.
		expect(before).toMatchObject({ assessment: 0.6, low: 0.3, high: 0.85 });
		expect(head.scenario.drivers[DRIVER]).toEqual({ ...before, assessment: 0.75, low: 0.45, high: 1 });
		const base = await revision(saved.id, 1);
		for (const id of Object.keys(base.scenario.drivers).filter((d) => d !== DRIVER))
			expect(head.scenario.drivers[id]).toEqual(base.scenario.drivers[id]);

		// The engine on the saved scenario: a driver that reinforces the partnership moved up, so the
		// index ends higher and the best outcome is likelier than on the base revision.
		const was = projectionOf(base.scenario);
		const now = projectionOf(head.scenario);
		expect(now.index).toBeGreaterThan(was.index);
		expect(now.best).toBeGreaterThan(was.best);
	});

	it('keeps an edited shift, half a shift for "emerging", and the analyst’s language in the note', async () => {
		const saved = await createOn(server);
		const before = saved.scenario.drivers[DRIVER].assessment;
		expect(proposedShift(summits, 'emerging')).toBe(0.075);
		const response = await request(
			`${api}/${saved.id}/signposts`,
			'POST',
			observationBody(1, -0.05, { status: 'emerging', lang: 'ar' })
		);
		expect(response.status, response.text).toBe(200);
		const { revision: meta, observation } = response.json as RecordSignpostResponse;
		expect(meta.note).toBe('مؤشر: استمرار الزيارات على مستوى القمة — ناشئ (2026-11-20)');
		expect(observation.shift.to).toBeCloseTo(before - 0.05, 9);
	});

	it('answers 409 with the head on a stale base, and saves nothing', async () => {
		const saved = await createOn(server);
		expect((await request(`${api}/${saved.id}/signposts`, 'POST', observationBody(1, 0.15))).status).toBe(200);
		const stale = await request(`${api}/${saved.id}/signposts`, 'POST', observationBody(1, 0.15));
		expect(stale.status).toBe(409);
		expect(stale.json).toMatchObject({ error: 'conflict', current: { revision: 2 } });
		expect((await get(saved.id)).headRevision).toBe(2);
	});

	it('refuses a viewer (403) and saves nothing', async () => {
		const saved = await createOn(server);
		const response = await request(`${api}/${saved.id}/signposts`, 'POST', observationBody(1, 0.15), viewer);
		expect(response.status).toBe(403);
		expect((await get(saved.id)).headRevision).toBe(1);
	});

	it.each([
		['an unknown indicator', { indicator: 'ind-ghost' }, 'indicator', 'has no indicator "ind-ghost"'],
		['a shift beyond ±1', { shift: 1.5 }, 'shift', 'between -1 and 1'],
		['a bad grade', { grade: { reliability: 'Z', credibility: 2 } }, 'grade.reliability', '"Z" is not one of A–F'],
		['nothing seen', { seen: { en: '', ar: '' } }, 'seen', 'both are empty'],
		['a stamp of its own', { by: 'someone else' }, 'by', 'unknown field']
	])('refuses %s with 400 naming the field', async (_what, change, field, words) => {
		const saved = await createOn(server);
		const response = await request(`${api}/${saved.id}/signposts`, 'POST', observationBody(1, 0.1, change));
		expect(response.status).toBe(400);
		const { problems } = response.json as { problems: { path: string; message: string }[] };
		expect(problems[0].path).toBe(field);
		expect(problems[0].message).toContain(words);
		expect((await get(saved.id)).headRevision).toBe(1);
	});
});

describe('the log is append-only', () => {
	async function watched(): Promise<SavedScenario> {
		const saved = await createOn(server);
		expect((await request(`${api}/${saved.id}/signposts`, 'POST', observationBody(1, 0.15))).status).toBe(200);
		return get(saved.id);
	}

	it('a save that leaves the log out gets it carried forward', async () => {
		const head = await watched();
		const { signposts, ...scenario } = head.scenario;
		const put = await request(`${api}/${head.id}`, 'PUT', { baseRevision: 2, scenario: { ...scenario, seed: 99 } });
		expect(put.status, put.text).toBe(200);
		const after = await get(head.id);
		expect(after.scenario.seed).toBe(99);
		expect(after.scenario.signposts).toEqual(signposts);
	});

	it.each([
		['drops an observation', () => []],
		['changes one', (log: unknown[]) => [{ ...(log[0] as object), source: 'Rewritten' }]]
	])('a save that %s is refused with 400 naming scenario.signposts', async (_what, edit) => {
		const head = await watched();
		const scenario = { ...head.scenario, signposts: edit(head.scenario.signposts ?? []) };
		const put = await request(`${api}/${head.id}`, 'PUT', { baseRevision: 2, scenario });
		expect(put.status).toBe(400);
		const { problems } = put.json as { problems: { path: string; message: string }[] };
		expect(problems.map((p) => p.path)).toEqual(['scenario.signposts']);
		expect(problems[0].message).toContain('append-only');
		expect((await get(head.id)).headRevision).toBe(2);
	});

	it('restoring the revision before the observation brings its settings back and keeps the log', async () => {
		const head = await watched();
		const restore = await request(`${api}/${head.id}/revisions/1/restore`, 'POST', { baseRevision: 2 });
		expect(restore.status, restore.text).toBe(200);
		const after = await get(head.id);
		expect(after.headRevision).toBe(3);
		expect(after.scenario.drivers[DRIVER]).toEqual((await revision(head.id, 1)).scenario.drivers[DRIVER]);
		expect(after.scenario.signposts).toEqual(head.scenario.signposts);
		expect((await revision(head.id, 3)).note).toBe('Restored revision 1');
	});
});
