// An acknowledged save survives the server being killed (SIGKILL, no shutdown) in the middle of
// a stream of saves: the database reopens intact and holds every save that was answered 200.

import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME } from '../../src/lib/server/storage/store';
import { baselineScenario, request, startServer, tempDataDir, type RunningServer } from './harness';

const STREAMS = 4;
const KILL_AFTER = 100;
const data = tempDataDir();
const started: RunningServer[] = [];

afterAll(async () => {
	await Promise.all(started.map((s) => s.stop()));
	data.remove();
});

async function start(): Promise<RunningServer> {
	const server = await startServer({ dataDir: data.dir });
	started.push(server);
	return server;
}

function integrity(file: string): string {
	const db = new Database(file);
	try {
		return String(db.pragma('integrity_check', { simple: true }));
	} finally {
		db.close();
	}
}

/** Sequential saves on one scenario, each on top of the last acknowledged one, until a failure. */
async function stream(url: string, id: string, acknowledged: Map<string, string[]>, onAck: () => void): Promise<void> {
	let base = 1;
	for (let i = 0; ; i++) {
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
		acknowledged.get(id)?.push(note);
		onAck();
	}
}

describe('a server killed in the middle of saving', () => {
	it('reopens an intact database holding every acknowledged save', async () => {
		const first = await start();
		const ids: string[] = [];
		for (let i = 0; i < STREAMS; i++) {
			const created = await request(`${first.url}/api/scenarios`, 'POST', baselineScenario());
			ids.push((created.json as { scenario: { id: string } }).scenario.id);
		}
		const acknowledged = new Map(ids.map((id) => [id, [] as string[]]));
		let count = 0;
		let killed: Promise<void> | null = null;
		// Killed from inside an acknowledgement, while the other streams have saves in flight.
		const onAck = () => {
			count += 1;
			if (count === KILL_AFTER) killed = first.kill();
		};
		await Promise.all(ids.map((id) => stream(first.url, id, acknowledged, onAck)));
		await killed;
		expect(first.process.signalCode).toBe('SIGKILL');
		expect(count).toBeGreaterThanOrEqual(KILL_AFTER);

		const file = path.join(data.dir, DATABASE_FILE_NAME);
		// The first opener after the crash recovers from the WAL left behind.
		expect(integrity(file)).toBe('ok');

		const second = await start();
		for (const id of ids) {
			const response = await request(`${second.url}/api/scenarios/${id}/revisions`, 'GET');
			const revisions = (response.json as { revisions: { revision: number; note: string }[] }).revisions;
			const notes = new Set(revisions.map((r) => r.note));
			for (const note of acknowledged.get(id) ?? []) expect(notes.has(note), `acknowledged save ${note}`).toBe(true);
			expect(revisions.map((r) => r.revision)).toEqual(revisions.map((_, i) => revisions.length - i));
		}
		// Checked again with the restarted server holding the file open.
		expect(integrity(file)).toBe('ok');
		// And it takes new saves on top of the recovered head.
		const head = (await request(`${second.url}/api/scenarios/${ids[0]}`, 'GET')).json as {
			scenario: { headRevision: number };
		};
		const after = await request(`${second.url}/api/scenarios/${ids[0]}`, 'PUT', {
			baseRevision: head.scenario.headRevision,
			scenario: baselineScenario()
		});
		expect(after.status).toBe(200);
		console.log(`crash: killed after ${count} acknowledged saves over ${STREAMS} streams; all found after restart`);
	});
});
