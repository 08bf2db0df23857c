// `npm run bench`: prints every benchmark the project keeps. See README § Performance.
// `npm run bench -- engine`, `-- browser` or `-- server` runs one part.

import { benchBrowser } from './browser';
import { benchDecomposition, benchEngine, benchReference } from './engine';
import { benchFuzz } from './fuzz';
import { benchServer } from './server';
import { benchSustained } from './sustained';

const fixed = (n: number) => n.toFixed(2).padStart(8);

function printEngine(): void {
	const { rows, tornadoMs } = benchEngine();
	console.log('Engine: simulate(), milliseconds per run (single thread)');
	console.log('model                  drivers  samples  cold median  warm median  warm p95');
	for (const r of rows)
		console.log(
			`${r.model.padEnd(22)} ${String(r.drivers).padStart(7)} ${String(r.samples).padStart(8)}  ${fixed(r.coldMedian)}     ${fixed(r.warmMedian)}  ${fixed(r.warmP95)}`
		);
	console.log('  cold: fresh random draws (CLI, server); warm: draws reused for the same seed (the live worker)');
	console.log(
		`sensitivity (tornado of drivers and events, 10,000 samples, flagship): ${tornadoMs.toFixed(1)} ms median`
	);
	const decomposition = benchDecomposition();
	console.log(
		`decomposition (what the outcome depends on), flagship baseline, 10,000 paths, warm kernel: ${decomposition.without.toFixed(2)} ms without, ${decomposition.with.toFixed(2)} ms with (+${(decomposition.with - decomposition.without).toFixed(2)} ms)`
	);
	const { optimisedMedian, referenceMedian, ratio } = benchReference();
	console.log(
		`flagship baseline, 10,000 paths, cold, against the reference engine (the spec written plainly, same draws): optimised ${optimisedMedian.toFixed(1)} ms median, reference ${referenceMedian.toFixed(0)} ms median → ${ratio.toFixed(1)}× faster`
	);
	const sustained = benchSustained();
	console.log(
		`flagship baseline, 10,000 paths, cold, back to back for ${sustained.seconds} s: ${sustained.runs} runs, median ${sustained.median.toFixed(2)} ms, p95 ${sustained.p95.toFixed(2)} ms, ${(100 * sustained.overBudget).toFixed(1)}% of runs over 20 ms`
	);
}

async function printBrowser(): Promise<void> {
	const result = await benchBrowser();
	console.log('\nBrowser (Chromium, production build)');
	console.log(`initial JavaScript: ${(result.initialJsGzip / 1024).toFixed(1)} kB gzip in ${result.jsFiles} files`);
	console.log(
		`slider drag → rendered (quick, 1,000 paths): p50 ${result.drag.median.toFixed(1)} ms, p95 ${result.drag.p95.toFixed(1)} ms (n=${result.drag.n})`
	);
	console.log(
		`key press → rendered (full count):          p50 ${result.full.median.toFixed(1)} ms, p95 ${result.full.p95.toFixed(1)} ms (n=${result.full.n})`
	);
}

const only = process.argv[2];
if (!only || only === 'engine') printEngine();
if (!only || only === 'browser') await printBrowser();
if (!only || only === 'server') await benchServer();
// Only when asked: a check at scale (20,000 generated API requests), not a measurement.
if (only === 'fuzz') await benchFuzz(process.argv[3] ? Number(process.argv[3]) : undefined);
