// An acknowledged save survives an instance being killed (SIGKILL, no shutdown) in the middle of a
// stream of saves, on SQLite (two processes on one file) and on PostgreSQL (two instances on one
// database): the other instance keeps saving throughout, the database holds every save that was
// answered 200, and an instance started afterwards finds them all and saves on top.

import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../src/lib/server/db/test-databases';
import { DATABASE_FILE_NAME } from '../../src/lib/server/storage/store';
import { deploy, type Deployment } from './deployments';
import { baselineScenario, request } from './harness';

const STREAMS = 4;
const KILL_AFTER = 100;
/** Saves the surviving instance must answer after the kill before its stream stops. */
const AFTER_KILL = 15;

function integrity(file: string): string {
	const db = new Database(file);
	try {
		return String(db.pragma('integrity_check', { simple: true }));
	} finally {
		db.close();
	}
}

async function create(url: string): Promise<string> {
	const created = await request(`${url}/api/scenarios`, 'POST', baselineScenario());
	expect(created.status).toBe(201);
	return (created.json as { scenario: { id: string } }).scenario.id;
}

/** Every revision of a scenario, newest first, page by page. */
async function revisionsOf(url: string, id: string): Promise<{ revision: number; note: string }[]> {
	const all: { revision: number; note: string }[] = [];
	let cursor: string | null = null;
	do {
		const query: string = cursor ? `?limit=200&cursor=${encodeURIComponent(cursor)}` : '?limit=200';
		const response = await request(`${url}/api/scenarios/${id}/revisions${query}`, 'GET');
		expect(response.status).toBe(200);
		const page = response.json as { revisions: { revision: number; note: string }[]; nextCursor: string | null };
		all.push(...page.revisions);
		cursor = page.nextCursor;
	} while (cursor);
	return all;
}

/**
 * Sequential saves on one scenario, each on top of the last acknowledged one, until the server is
 * gone (a refused connection) or `stop()` says so; any other answer than 200 fails the test.
 */
async function stream(url: string, id: string, onAck: (note: string) => void, stop = () => false): Promise<void> {
	let base = 1;
	for (let i = 0; !stop(); i++) {
		const note = `${id}-${i}`;
		let response: Awaited<ReturnType<typeof request>>;
		try {
			response = await request(`${url}/api/scenarios/${id}`, 'PUT', {
				baseRevision: base,
				scenario: baselineScenario(),
				note
			});
		} catch {
			return; // The server is gone; this save was never acknowledged.
		}
		if (response.status !== 200) throw new Error(`save ${note} answered ${response.status}: ${response.text}`);
		base = (response.json as { revision: { revision: number } }).revision.revision;
		onAck(note);
	}
}

describe.each(testBackends())('an instance killed in the middle of saving, on $name', (backend) => {
	let deployment: Deployment;
	beforeAll(async () => {
		deployment = await deploy(backend);
	}, 60_000);
	afterAll(() => deployment?.close(), 30_000);

	it('loses no acknowledged save, while the other instance keeps saving', async () => {
		const [doomed, survivor] = await Promise.all([deployment.start(), deployment.start()]);
		const ids: string[] = [];
		for (let i = 0; i < STREAMS; i++) ids.push(await create(doomed.url));
		const survivorId = await create(survivor.url);
		const acknowledged = new Map([...ids, survivorId].map((id) => [id, [] as string[]]));
		const ack = (id: string) => (note: string) => acknowledged.get(id)?.push(note);

		let count = 0;
		let killed: Promise<void> | null = null;
		let killedAt = Infinity;
		let survivorAfterKill = 0;
		// The survivor saves from before the kill until well after it.
		const survivorStream = stream(
			survivor.url,
			survivorId,
			(note) => {
				ack(survivorId)(note);
				if (Date.now() > killedAt) survivorAfterKill += 1;
			},
			() => survivorAfterKill >= AFTER_KILL
		);
		// Killed from inside an acknowledgement, while the other streams have saves in flight.
		const onDoomedAck = (id: string) => (note: string) => {
			ack(id)(note);
			count += 1;
			if (count === KILL_AFTER) {
				killedAt = Date.now();
				killed = doomed.kill();
			}
		};
		await Promise.all(ids.map((id) => stream(doomed.url, id, onDoomedAck(id))));
		await killed;
		expect(doomed.process.signalCode).toBe('SIGKILL');
		expect(count).toBeGreaterThanOrEqual(KILL_AFTER);
		// Every survivor save was a 200 (the stream throws on anything else), on through the kill.
		await survivorStream;
		expect(survivorAfterKill).toBe(AFTER_KILL);
		expect(survivor.process.exitCode).toBeNull();

		const file = path.join(deployment.opened.dataDir, DATABASE_FILE_NAME);
		// The first opener after the crash recovers from the WAL left behind.
		if (deployment.name === 'sqlite') expect(integrity(file)).toBe('ok');

		const restarted = await deployment.start();
		for (const id of [...ids, survivorId]) {
			for (const server of [restarted, survivor]) {
				const revisions = await revisionsOf(server.url, id);
				const notes = new Set(revisions.map((r) => r.note));
				for (const note of acknowledged.get(id) ?? []) expect(notes.has(note), `acknowledged save ${note}`).toBe(true);
				expect(revisions.map((r) => r.revision)).toEqual(revisions.map((_, i) => revisions.length - i));
			}
		}
		if (deployment.name === 'sqlite') expect(integrity(file)).toBe('ok');
		// And it takes new saves on top of the recovered head.
		const head = (await request(`${restarted.url}/api/scenarios/${ids[0]}`, 'GET')).json as {
			scenario: { headRevision: number };
		};
		const after = await request(`${restarted.url}/api/scenarios/${ids[0]}`, 'PUT', {
			baseRevision: head.scenario.headRevision,
			scenario: baselineScenario()
		});
		expect(after.status).toBe(200);
		console.log(
			`crash on ${deployment.name}: killed after ${count} acknowledged saves over ${STREAMS} streams; ` +
				`the other instance saved ${acknowledged.get(survivorId)?.length} times (${survivorAfterKill} after the kill); all found after restart`
		);
	}, 120_000);
});
