// `npm run bench -- fuzz [N]`: the API fuzz test at scale — N (default 20,000) generated requests
// to every write endpoint of the real built server on a scratch database, held to the same rules
// as tests/server/fuzz.test.ts (no 5xx, nothing saved from a refused request, no request without
// an answer unless its body was past the size limit); prints the answers by status, overall and
// per kind of request, and every request that got no answer. Not part of the default `npm run bench`: it is a
// check rather than a measurement, and takes a minute or two.

import fc from 'fast-check';
import { fuzzRequest } from '../tests/server/fuzz-requests';
import {
	checkLedger,
	FUZZ_SERVER_ENV,
	noAnswerReport,
	pastSizeLimit,
	sendOne,
	startLedger,
	statusLine
} from '../tests/server/fuzz-run';
import { startServer, tempDataDir } from '../tests/server/harness';

export async function benchFuzz(runs = 20_000): Promise<void> {
	const data = tempDataDir('scenario-bench-fuzz-');
	const server = await startServer({ dataDir: data.dir, env: FUZZ_SERVER_ENV, build: true });
	try {
		const ledger = await startLedger(server);
		const started = performance.now();
		await fc.assert(
			fc.asyncProperty(fuzzRequest, (fuzz) => sendOne(server, ledger, fuzz)),
			{ numRuns: runs, endOnFailure: true }
		);
		await checkLedger(server, ledger);
		const seconds = (performance.now() - started) / 1000;
		console.log(
			`API fuzz: ${ledger.sent.toLocaleString('en-US')} generated requests to every write endpoint in ${seconds.toFixed(1)} s ` +
				`(${Math.round(ledger.sent / seconds)} per second): no 5xx, nothing saved from a refused request; ` +
				`${ledger.created.size.toLocaleString('en-US')} scenarios created, ` +
				`${ledger.targets.reduce((n, t) => n + t.head - 1, 0).toLocaleString('en-US')} revisions added to the 3 targets`
		);
		console.log(`by status: ${statusLine(ledger.statuses)}`);
		for (const [kind, counts] of [...ledger.byKind.entries()].sort(([a], [b]) => a.localeCompare(b)))
			console.log(`  ${kind.padEnd(28)} ${statusLine(counts)}`);
		console.log(noAnswerReport(ledger));
		if (ledger.noAnswers.some((n) => !pastSizeLimit(n))) process.exitCode = 1;
	} finally {
		await server.stop();
		data.remove();
	}
}
