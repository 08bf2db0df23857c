// The API fuzzed (issue 12): 2,000 generated requests to every write endpoint of the real built
// server — mutated scenarios, wrong types, huge strings, hostile keys, deep nesting, broken JSON,
// odd content types — and never a 5xx, never a saved scenario or revision from a refused request,
// never a request left without an answer (but for a body past the size limit, see fuzz-run.ts).
// `npm run bench -- fuzz` sends 20,000 and prints the counts by status.

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fuzzRequest } from './fuzz-requests';
import {
	checkLedger,
	FUZZ_SERVER_ENV,
	noAnswerReport,
	pastSizeLimit,
	sendOne,
	startLedger,
	statusLine,
	type FuzzLedger
} from './fuzz-run';
import { startServer, tempDataDir, type RunningServer } from './harness';

const RUNS = 2000;
const data = tempDataDir('scenario-fuzz-');
let server: RunningServer;
let ledger: FuzzLedger;

beforeAll(async () => {
	server = await startServer({ dataDir: data.dir, env: FUZZ_SERVER_ENV });
	ledger = await startLedger(server);
}, 30_000);

afterAll(async () => {
	await server?.stop();
	data.remove();
}, 15_000);

describe('the API under generated requests', () => {
	it(`answers ${RUNS} of them without a 5xx and saves nothing it refused`, async () => {
		await fc.assert(
			fc.asyncProperty(fuzzRequest, (fuzz) => sendOne(server, ledger, fuzz)),
			// Each run changes the server, so a failure is reported as found rather than shrunk.
			{ numRuns: RUNS, endOnFailure: true }
		);
		expect(server.output(), 'server log').not.toMatch(/failed:|Error:|ECONNRESET/);
		await checkLedger(server, ledger);
		console.log(`fuzz: ${ledger.sent} requests; ${statusLine(ledger.statuses)}`);
		// The run reached the handlers: some requests were saved, most refused, each for a reason.
		expect(ledger.sent).toBeGreaterThanOrEqual(RUNS);
		expect(ledger.statuses.get(201) ?? 0).toBeGreaterThan(RUNS / 50);
		expect(ledger.statuses.get(200) ?? 0).toBeGreaterThan(RUNS / 100);
		expect(ledger.statuses.get(400) ?? 0).toBeGreaterThan(RUNS / 4);
		// Every request got an answer, but for a body past the size limit that the client was still
		// sending when the server, having answered 413, closed the connection.
		expect(
			ledger.noAnswers.filter((n) => !pastSizeLimit(n)),
			noAnswerReport(ledger)
		).toEqual([]);
	}, 300_000);
});
