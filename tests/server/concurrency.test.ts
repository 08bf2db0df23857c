// Many analysts saving the same scenario at once, through two app instances on one database — two
// processes on one SQLite file, and two on one PostgreSQL database (when the run has a cluster):
// every save is either in the history exactly once (200) or refused with the head (409).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
	ErrorResponse,
	RevisionListResponse,
	RevisionMeta,
	SavedRevisionResponse,
	ScenarioResponse
} from '../../src/lib/api/types';
import { testBackends } from '../../src/lib/server/db/test-databases';
import { deploy, type Deployment } from './deployments';
import { baselineScenario, request, type RunningServer } from './harness';

interface Outcome {
	server: number;
	base: number;
	note: string;
	status: number;
	revision?: RevisionMeta;
	current?: RevisionMeta;
}

const SAVES = 200;

let servers: RunningServer[] = [];

/** Small seeded generator, so that a failing mix of bases and delays can be replayed. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

async function createScenario(): Promise<string> {
	const response = await request(`${servers[0].url}/api/scenarios`, 'POST', baselineScenario());
	expect(response.status).toBe(201);
	return (response.json as ScenarioResponse).scenario.id;
}

async function put(id: string, server: number, base: number, note: string): Promise<Outcome> {
	const response = await request(`${servers[server].url}/api/scenarios/${id}`, 'PUT', {
		baseRevision: base,
		scenario: baselineScenario(),
		note
	});
	const body = response.json as Partial<SavedRevisionResponse> & Pick<ErrorResponse, 'current'>;
	return { server, base, note, status: response.status, revision: body.revision, current: body.current };
}

/** The whole history, oldest first, read page by page (the list is paged, newest first). */
async function history(id: string): Promise<RevisionMeta[]> {
	const newestFirst: RevisionMeta[] = [];
	let cursor: string | null = null;
	do {
		const query: string = cursor ? `?limit=200&cursor=${encodeURIComponent(cursor)}` : '?limit=200';
		const response = await request(`${servers[1].url}/api/scenarios/${id}/revisions${query}`, 'GET');
		expect(response.status).toBe(200);
		const page = response.json as RevisionListResponse;
		newestFirst.push(...page.revisions);
		cursor = page.nextCursor;
	} while (cursor);
	return newestFirst.reverse();
}

/** The invariants of a burst of saves on one scenario whose revision 1 was its creation. */
async function checkHistory(id: string, outcomes: Outcome[]): Promise<{ accepted: Outcome[]; refused: Outcome[] }> {
	expect(outcomes.filter((o) => o.status !== 200 && o.status !== 409)).toEqual([]);
	const accepted = outcomes.filter((o) => o.status === 200);
	const refused = outcomes.filter((o) => o.status === 409);
	const revisions = await history(id);

	// Contiguous 1..N, and N is exactly the creation plus every accepted save.
	expect(revisions.map((r) => r.revision)).toEqual(revisions.map((_, i) => i + 1));
	expect(revisions).toHaveLength(1 + accepted.length);
	// Accepted notes appear once each (none lost, none duplicated), refused ones never.
	const notes = revisions.slice(1).map((r) => r.note);
	expect(new Set(notes).size).toBe(notes.length);
	expect(notes.slice().sort()).toEqual(accepted.map((o) => o.note).sort());

	for (const o of accepted) {
		const stored = revisions[(o.revision?.revision ?? 0) - 1];
		expect(o.revision).toMatchObject({ revision: o.base + 1, baseRevision: o.base, note: o.note });
		expect(stored).toMatchObject({ revision: o.base + 1, baseRevision: o.base, note: o.note });
	}
	for (const o of refused) {
		const head = o.current?.revision ?? 0;
		// The head it was refused against is past its base and is a real, committed revision.
		expect(head).toBeGreaterThanOrEqual(o.base + 1);
		expect(revisions[head - 1]).toMatchObject({ revision: head, note: o.current?.note });
	}
	return { accepted, refused };
}

function summary(label: string, outcomes: Outcome[], accepted: Outcome[], refused: Outcome[], ms: number): string {
	const per = [0, 1].map(
		(s) =>
			`server ${s}: ${accepted.filter((o) => o.server === s).length} accepted / ${outcomes.filter((o) => o.server === s).length} sent`
	);
	return `${label}: ${outcomes.length} PUTs in ${ms} ms → ${accepted.length} × 200, ${refused.length} × 409 (${per.join('; ')})`;
}

describe.each(testBackends())(
	`${SAVES} concurrent saves on one scenario, split between two instances on $name`,
	(backend) => {
		let deployment: Deployment;
		beforeAll(async () => {
			deployment = await deploy(backend);
			// Both open (and migrate) the new database at the same moment, which is part of the test.
			servers = await Promise.all([deployment.start(), deployment.start()]);
		}, 60_000);
		afterAll(() => deployment?.close(), 30_000);

		it('all based on revision 1: exactly one wins, the others get 409 with the head', async () => {
			const id = await createScenario();
			const started = Date.now();
			const outcomes = await Promise.all(Array.from({ length: SAVES }, (_, i) => put(id, i % 2, 1, `burst-${i}`)));
			const { accepted, refused } = await checkHistory(id, outcomes);
			console.log(summary('burst from revision 1', outcomes, accepted, refused, Date.now() - started));
			expect(accepted).toHaveLength(1);
			expect(refused).toHaveLength(SAVES - 1);
			for (const o of refused) expect(o.current?.revision).toBe(2);
		});

		it('a mix of current and stale bases: every accepted save is kept once, in order', async () => {
			const id = await createScenario();
			const next = random(20240619);
			// Rounds of saves at once, each round's bases taken from what the clients have seen after the
			// previous round: some current, some stale. In rounds rather than over a fixed time, so that
			// a slow machine (whose answers come late) still sends current bases and both processes win
			// some rounds; every round has at least one current base, so every round moves the head.
			const rounds = 20;
			let knownHead = 1;
			const started = Date.now();
			const outcomes: Outcome[] = [];
			for (let round = 0; round < rounds; round++) {
				const head = knownHead;
				const batch = await Promise.all(
					Array.from({ length: SAVES / rounds }, async (_, k) => {
						const stale = k > 0 && next() < 0.4;
						const base = stale ? 1 + Math.floor(next() * head) : head;
						const server = next() < 0.5 ? 0 : 1;
						await new Promise((resolve) => setTimeout(resolve, next() * 30));
						return put(id, server, base, `mix-${round}-${k}`);
					})
				);
				outcomes.push(...batch);
				for (const o of batch) knownHead = Math.max(knownHead, o.revision?.revision ?? 0, o.current?.revision ?? 0);
			}
			const { accepted, refused } = await checkHistory(id, outcomes);
			console.log(summary('mixed bases', outcomes, accepted, refused, Date.now() - started));
			expect(accepted.length).toBeGreaterThanOrEqual(rounds);
			// Both processes wrote to the file: the lock was contended across processes.
			expect(accepted.some((o) => o.server === 0) && accepted.some((o) => o.server === 1)).toBe(true);
			expect(refused.length).toBeGreaterThan(0);
		});
	}
);
