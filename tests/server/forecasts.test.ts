// The forecast record on the real built server, on SQLite and on PostgreSQL: revisions saved in
// the past (written past the app, then dated back, as an older database holds them) get their
// forecasts when the record is read, with their own time and author and the engine's numbers for
// their own seed and paths; a save gets its forecasts without anyone reading; only an admin
// resolves; the scores are the hand-computable Brier scores; no method on any forecast URL
// changes a stored number, nor does saving again; the CSV holds every row.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userMain } from '../../src/cli/user-program';
import type { ForecastRow, ScoredForecast, TrackRecord } from '../../src/lib/forecast';
import { brierScore, yearEndTargets } from '../../src/lib/forecast';
import { simulate, type ModelInput, type ScenarioInput } from '../../src/lib/model';
import { testBackends } from '../../src/lib/server/db/test-databases';
import { deploy, SHARED_SECRET, type Deployment } from './deployments';
import { ANONYMOUS, request, startServer, tempDataDir, type RunningServer } from './harness';
import { signInAs } from './test-accounts';
import { parseCsv } from '../../src/lib/export/test-csv';

const PASSWORD = 'correct-horse-battery-7';
const OUTCOMES = ['rupture', 'cooling', 'transactional', 'deepening-alliance'];
const read = (file: string) =>
	JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../scenarios/russia-dprk', file), 'utf8')) as Record<
		string,
		unknown
	>;
const model = read('model.json') as unknown as ModelInput;
function preset(file: string): ScenarioInput {
	const { $schema: _ref, ...scenario } = read(file);
	return scenario as unknown as ScenarioInput;
}
const baseline = preset('baseline.json');
const hawkish: ScenarioInput = {
	...baseline,
	title: { en: 'Hawkish', ar: 'متشدد' },
	drivers: { ...baseline.drivers, 'ukraine-war-course': { ...baseline.drivers['ukraine-war-course'], weight: 0.2 } }
};

/** The engine's probabilities at the 2025 year-end, for a scenario on its own seed and paths. */
function at2025(scenario: ScenarioInput): number[] {
	const step = yearEndTargets(model).find((t) => t.target === '2025-12')!.step;
	const projection = simulate(model, scenario);
	return OUTCOMES.map((o) => projection.stateProbabilities[o][step]);
}

interface RecordAnswer {
	record: TrackRecord;
	forecasts: ForecastRow[];
	scored: ScoredForecast[];
}

describe.each(testBackends())('the forecast record on the built server, on $name', (backend) => {
	let deployment: Deployment;
	let server: RunningServer;
	let id: string;
	const as: Record<'viewer' | 'analyst', Record<string, string>> = { viewer: {}, analyst: {} };
	const stored = async (where: string) =>
		deployment.opened.query<{
			revision: number;
			target: string;
			outcome: string;
			probability: number;
			made_at: string;
		}>(
			`SELECT revision, target, outcome, probability, made_at FROM forecasts WHERE ${where} ORDER BY revision, target, outcome`
		);

	beforeAll(async () => {
		deployment = await deploy(backend);
		const { database } = deployment.opened;
		const saved = await database.store.create({ scenario: baseline, author: { id: null, name: 'Lina' } });
		id = saved.id;
		await database.store.save(id, {
			baseRevision: 1,
			scenario: { ...hawkish, id },
			author: { id: null, name: 'Omar' }
		});
		await deployment.opened.exec(
			`UPDATE revisions SET created_at = '2025-03-01T09:00:00.000Z' WHERE scenario_id = '${id}' AND revision = 1`
		);
		await deployment.opened.exec(
			`UPDATE revisions SET created_at = '2025-09-15T09:00:00.000Z' WHERE scenario_id = '${id}' AND revision = 2`
		);
		server = await deployment.start();
		const env = {
			...process.env,
			...deployment.opened.env,
			...(backend.name === 'postgres' ? { BETTER_AUTH_SECRET: SHARED_SECRET } : {})
		};
		for (const role of ['viewer', 'analyst'] as const) {
			const streams = {
				io: { out: () => undefined, err: () => undefined },
				input: Readable.from([`${PASSWORD}\n`]),
				prompt: new Writable({ write: (_c, _e, done) => done() })
			};
			expect(await userMain(['add', `${role}-fc`, '--role', role], streams, env)).toBe(0);
			as[role] = { cookie: (await signInAs(server.url, `${role}-fc`, PASSWORD)) ?? 'none' };
		}
	}, 120_000);
	afterAll(() => deployment?.close(), 30_000);

	/** The record once every saved revision's forecasts are in (a read waits a few seconds at most). */
	const recordOf = async (): Promise<RecordAnswer> => {
		for (let tries = 0; ; tries++) {
			const answer = await request(`${server.url}/api/forecasts?scenario=${id}`, 'GET');
			expect(answer.status).toBe(200);
			const body = answer.json as RecordAnswer;
			if (body.record.pendingCount === 0 || tries === 30) return body;
			await new Promise((resolve) => setTimeout(resolve, 1000));
		}
	};

	it('fills the forecasts of revisions saved before, with their own time, author and numbers', async () => {
		const { forecasts } = await recordOf();
		expect(forecasts).toHaveLength(2 * 6 * 4);
		const first = forecasts.filter((f) => f.revision === 1 && f.target === '2025-12');
		expect(first.map((f) => [f.madeAt, f.authorName])).toEqual(Array(4).fill(['2025-03-01T09:00:00.000Z', 'Lina']));
		const byOutcome = (rows: ForecastRow[]) => OUTCOMES.map((o) => rows.find((f) => f.outcome === o)!.probability);
		expect(byOutcome(first)).toEqual(at2025(baseline));
		const second = forecasts.filter((f) => f.revision === 2 && f.target === '2025-12');
		expect(second[0]).toMatchObject({ madeAt: '2025-09-15T09:00:00.000Z', authorName: 'Omar' });
		expect(byOutcome(second)).toEqual(at2025({ ...hawkish, id }));
	});

	it('pages the forecasts by cursor (issue 12): at most limit forecasts a page, each once, bad paging refused', async () => {
		const { forecasts } = await recordOf();
		const paged: ForecastRow[] = [];
		const perPage: number[] = [];
		let cursor: string | null = null;
		do {
			const query = `scenario=${id}&limit=5${cursor ? `&cursor=${cursor}` : ''}`;
			const answer = await request(`${server.url}/api/forecasts?${query}`, 'GET', undefined, as.viewer);
			expect(answer.status).toBe(200);
			const body = answer.json as RecordAnswer & { nextCursor: string | null };
			perPage.push(new Set(body.forecasts.map((f) => `${f.revision}@${f.target}`)).size);
			expect(body.scored.every((s) => body.forecasts.some((f) => f.revision === s.revision))).toBe(true);
			paged.push(...body.forecasts);
			cursor = body.nextCursor;
		} while (cursor && perPage.length < 10);
		// Two revisions × six year-ends: 5 + 5 + 2 forecasts, each with its four outcomes.
		expect(perPage).toEqual([5, 5, 2]);
		expect(paged).toEqual(forecasts);
		const refused = async (query: string, field: string) => {
			const answer = await request(`${server.url}/api/forecasts?${query}`, 'GET');
			expect(answer.status, query).toBe(400);
			expect(answer.json).toMatchObject({ problems: [expect.objectContaining({ path: field })] });
		};
		await refused('limit=0', 'limit');
		await refused('limit=201', 'limit');
		await refused('cursor=not-a-cursor', 'cursor');
		// A cursor of another list (the history's) is not one of this list.
		await refused(`cursor=${Buffer.from(JSON.stringify(['revisions', 3])).toString('base64url')}`, 'cursor');
	});

	it('records a save’s forecasts after answering it, without anyone reading the record', async () => {
		const saved = await request(`${server.url}/api/scenarios/${id}`, 'PUT', { baseRevision: 2, scenario: baseline });
		expect(saved.status).toBe(200);
		const deadline = Date.now() + 30_000;
		let rows = await stored(`scenario_id = '${id}' AND revision = 3`);
		while (rows.length < 24 && Date.now() < deadline) {
			await new Promise((resolve) => setTimeout(resolve, 200));
			rows = await stored(`scenario_id = '${id}' AND revision = 3`);
		}
		expect(rows).toHaveLength(24);
		// Made now, by the test admin: after the 2025 year-end, so never scored for it.
		expect(Date.parse(rows[0].made_at)).toBeGreaterThan(Date.parse('2026-01-01T00:00:00Z'));
	});

	it('is resolved by an admin only, for a year-end that has passed, with a source', async () => {
		const url = `${server.url}/api/questions/russia-dprk/resolutions`;
		const body = {
			date: '2025-12',
			outcome: 'transactional',
			source: 'Reuters, 30 December 2025',
			note: 'treaty in force'
		};
		expect((await request(url, 'POST', body, { ...as.viewer, origin: server.url })).status).toBe(403);
		expect((await request(url, 'POST', body, { ...as.analyst, origin: server.url })).status).toBe(403);
		const refused = async (b: unknown, field: string, pattern: RegExp) => {
			const answer = await request(url, 'POST', b);
			expect(answer.status).toBe(400);
			expect(answer.json).toMatchObject({
				problems: [expect.objectContaining({ path: field, message: expect.stringMatching(pattern) })]
			});
		};
		await refused({ ...body, date: '2030-12' }, 'date', /not ended/);
		await refused({ ...body, date: '2025-06' }, 'date', /YYYY-12/);
		await refused({ ...body, date: '2024-12' }, 'date', /year-end of the horizon/);
		await refused({ ...body, outcome: 'victory' }, 'outcome', /one of "rupture"/);
		await refused({ ...body, source: '  ' }, 'source', /source/);
		expect((await request(`${server.url}/api/questions/nowhere/resolutions`, 'POST', body)).status).toBe(404);

		// Two admins (here six requests) resolving the same date at once: exactly one is made.
		const at = await Promise.all(Array.from({ length: 6 }, () => request(url, 'POST', body)));
		expect(at.map((a) => a.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
		const made = at.find((a) => a.status === 201)!;
		expect(made.json).toMatchObject({ resolution: { ...body, resolvedByName: 'test-admin' } });
		const again = await request(url, 'POST', { ...body, outcome: 'cooling' });
		expect(again.status).toBe(409);
		const listed = await request(url, 'GET', undefined, as.viewer);
		expect(listed.json).toMatchObject({ resolutions: [{ date: '2025-12', outcome: 'transactional' }] });
	});

	it('answers any body to the resolution endpoint with a clear 4xx, never a 5xx', async () => {
		const url = `${server.url}/api/questions/russia-dprk/resolutions`;
		const field = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.array(fc.string()), fc.object());
		const body = fc.oneof(
			fc.record({ date: field, outcome: field, source: field, note: field }, { requiredKeys: [] }),
			fc.record({
				date: fc.constantFrom('2025-12', '2030-12', '1999-12', '2025-13'),
				outcome: fc.string(),
				source: fc.string()
			}),
			fc.jsonValue(),
			fc.string()
		);
		await fc.assert(
			fc.asyncProperty(body, async (b) => {
				const answer = await request(url, 'POST', typeof b === 'string' ? b : JSON.stringify(b));
				expect(answer.status, answer.text).toBeGreaterThanOrEqual(400);
				expect(answer.status, answer.text).toBeLessThan(500);
				expect(answer.json).toMatchObject({ error: expect.any(String), message: expect.any(String) });
			}),
			{ numRuns: 150 }
		);
	});

	it('scores each forecast made before the date: Brier beside the baseline and the uniform forecast', async () => {
		const { record, scored } = await recordOf();
		expect(scored.map((f) => [f.revision, f.target])).toEqual([
			[1, '2025-12'],
			[2, '2025-12']
		]);
		const baselineBrier = brierScore(at2025(baseline), 2);
		for (const f of scored) {
			// Σ (p_k − o_k)², transactional (k = 2) held.
			const byHand = f.probabilities.reduce((s, p, k) => s + (p - (k === 2 ? 1 : 0)) ** 2, 0);
			expect(f.brier).toBeCloseTo(byHand, 12);
			expect(f.baselineBrier).toBeCloseTo(baselineBrier, 12);
			expect(f.uniformBrier).toBeCloseTo(0.75, 12);
		}
		expect(scored[0].brier).toBeCloseTo(baselineBrier, 12); // revision 1 is the baseline's settings
		const mine = record.byScenario.find((s) => s.key === id)!;
		expect(mine.summary).toMatchObject({ count: 2 });
		expect(mine.summary.meanBrier).toBeCloseTo((scored[0].brier + scored[1].brier) / 2, 12);
		expect(record.byAnalyst.map((a) => a.label.en).sort()).toEqual(['Lina', 'Omar']);
		expect(record.calibration.reduce((n, b) => n + b.count, 0)).toBe(record.overall!.count * 4);
		const question = record.questions.find((q) => q.modelId === 'russia-dprk')!;
		expect(question.dates.find((d) => d.date === '2025-12')).toEqual({ date: '2025-12', resolvable: false });
	});

	it('cannot be altered through the API: no method on any forecast URL, no new save, changes a number', async () => {
		const before = await stored(`scenario_id = '${id}'`);
		const urls = [
			`/api/forecasts`,
			`/api/forecasts?scenario=${id}`,
			`/api/forecasts.csv`,
			`/api/questions/russia-dprk/resolutions`,
			`/api/forecasts/${id}`,
			`/api/forecasts/${id}/1`
		];
		const body = { probability: 1, outcome: 'rupture', revision: 1, scenarioId: id, target: '2025-12' };
		for (const url of urls)
			for (const method of ['PUT', 'PATCH', 'DELETE', 'POST']) {
				const answer = await request(`${server.url}${url}`, method, body);
				expect(answer.status, `${method} ${url}`).toBeGreaterThanOrEqual(400);
			}
		// Saving again, restoring an old revision, renaming: new revisions, new forecasts; the old stay.
		expect(
			(await request(`${server.url}/api/scenarios/${id}`, 'PUT', { baseRevision: 3, scenario: hawkish })).status
		).toBe(200);
		expect(
			(await request(`${server.url}/api/scenarios/${id}/revisions/1/restore`, 'POST', { baseRevision: 4 })).status
		).toBe(200);
		const { forecasts } = await recordOf();
		expect(new Set(forecasts.map((f) => f.revision))).toEqual(new Set([1, 2, 3, 4, 5]));
		expect(await stored(`scenario_id = '${id}' AND revision <= 3`)).toEqual(before);
		await expect(deployment.opened.exec('UPDATE forecasts SET probability = 0')).rejects.toThrow(/append-only/);
		await expect(deployment.opened.exec('DELETE FROM resolutions')).rejects.toThrow(/append-only/);
		expect((await recordOf()).scored.map((f) => f.brier)).toEqual((await recordOf()).scored.map((f) => f.brier));
	});

	it('exports the whole record as CSV, scores beside each row', async () => {
		const answer = await request(`${server.url}/api/forecasts.csv`, 'GET', undefined, as.viewer);
		expect(answer.status).toBe(200);
		expect(answer.headers.get('content-type')).toMatch(/^text\/csv/);
		expect(answer.headers.get('content-disposition')).toMatch(/forecast-record\.csv/);
		const lines = answer.text
			.replace(/^\uFEFF/, '')
			.trimEnd()
			.split('\r\n');
		expect(lines[0]).toBe(
			'scenario_id,scenario_title,scenario_title_ar,revision,model_id,target,outcome,probability,made_at,author_id,author_name,resolved_outcome,held,brier,ranked_probability_score,baseline_brier,uniform_brier'
		);
		const { forecasts, scored } = await recordOf();
		expect(lines).toHaveLength(1 + forecasts.length);
		const row = lines.find((l) => l.startsWith(`${id},`) && l.includes(',1,russia-dprk,2025-12,transactional,'))!;
		const cells = row.split(',');
		expect(cells.slice(11, 13)).toEqual(['transactional', '1']);
		expect(Number(cells[13])).toBeCloseTo(scored[0].brier, 12);
	});

	it('shows a read-only deployment’s anonymous visitors nothing of a scenario in the trash', async () => {
		const title = { en: 'Withdrawn draft, not for the briefing room', ar: 'مسودة مسحوبة' };
		const created = await request(`${server.url}/api/scenarios`, 'POST', { scenario: { ...baseline, title } });
		expect(created.status).toBe(201);
		const trashed = (created.json as { scenario: { id: string } }).scenario.id;
		const deadline = Date.now() + 30_000;
		while ((await stored(`scenario_id = '${trashed}'`)).length < 24 && Date.now() < deadline)
			await new Promise((resolve) => setTimeout(resolve, 200));
		expect(await stored(`scenario_id = '${trashed}'`)).toHaveLength(24);
		expect((await request(`${server.url}/api/scenarios/${trashed}`, 'DELETE')).status).toBe(204);

		const own = tempDataDir();
		const readOnly = await startServer({
			dataDir: backend.name === 'postgres' ? own.dir : deployment.opened.dataDir,
			env: {
				READ_ONLY: '1',
				...(backend.name === 'postgres'
					? { DATABASE_URL: deployment.opened.env.DATABASE_URL, BETTER_AUTH_SECRET: SHARED_SECRET }
					: {})
			}
		});
		try {
			const answer = await request(`${readOnly.url}/api/forecasts?limit=200`, 'GET', undefined, ANONYMOUS);
			expect(answer.status).toBe(200);
			const { forecasts } = answer.json as RecordAnswer;
			expect(forecasts.some((f) => f.scenarioId === id)).toBe(true);
			expect(forecasts.filter((f) => f.scenarioId === trashed)).toEqual([]);
			const csv = await request(`${readOnly.url}/api/forecasts.csv`, 'GET', undefined, ANONYMOUS);
			expect(csv.status).toBe(200);
			expect(csv.text).toContain(id);
			expect(csv.text).not.toContain(trashed);
			expect(csv.text).not.toContain(title.en);
			const page = await request(`${readOnly.url}/track-record`, 'GET', undefined, ANONYMOUS);
			expect(page.status).toBe(200);
			expect(page.text).not.toContain(title.en);
		} finally {
			await readOnly.stop();
			own.remove();
		}
		// Where the trash may be opened, the record keeps it: a forecast once made stays.
		const full = await request(`${server.url}/api/forecasts.csv`, 'GET', undefined, as.viewer);
		expect(full.text).toContain(trashed);
	});

	it('writes a hostile title into the CSV as text: quoted, defused, Arabic whole', async () => {
		const title = { en: '=HYPERLINK("http://evil.example","open"), then\nmore', ar: '@SUM(1), «سيناريو» "مقتبس"' };
		const created = await request(`${server.url}/api/scenarios`, 'POST', { scenario: { ...baseline, title } });
		expect(created.status).toBe(201);
		const hostile = (created.json as { scenario: { id: string } }).scenario.id;
		const deadline = Date.now() + 30_000;
		while ((await stored(`scenario_id = '${hostile}'`)).length < 24 && Date.now() < deadline)
			await new Promise((resolve) => setTimeout(resolve, 200));
		// The bytes: fetch's text() drops a byte order mark, which Excel needs to read UTF-8 (Arabic).
		const answer = await fetch(`${server.url}/api/forecasts.csv`, { headers: as.viewer });
		const bytes = new Uint8Array(await answer.arrayBuffer());
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const rows = parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1));
		const mine = rows.filter((r) => r[0] === hostile);
		expect(mine).toHaveLength(24);
		// Each starts with an apostrophe, so no spreadsheet runs it; commas, quotes and the line break stay inside.
		expect(mine[0].slice(1, 3)).toEqual([`'${title.en}`, `'${title.ar}`]);
		expect(rows.every((r) => r.length === rows[0].length)).toBe(true);
	});
});
