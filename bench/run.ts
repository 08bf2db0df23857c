// `npm run bench`: prints every benchmark the project keeps. See README § Performance.

import { benchEngine } from './engine';

const fixed = (n: number) => n.toFixed(2).padStart(8);

function printEngine(): void {
	const { rows, tornadoMs } = benchEngine();
	console.log('Engine: simulate(), median ms per run (single thread)');
	console.log('model                  drivers  samples      cold      warm  warm p95');
	for (const r of rows) console.log(`${r.model.padEnd(22)} ${String(r.drivers).padStart(7)} ${String(r.samples).padStart(8)}  ${fixed(r.coldMedian)}  ${fixed(r.warmMedian)}  ${fixed(r.warmP95)}`);
	console.log(`sensitivity (tornado, 2,000 samples, flagship): ${tornadoMs.toFixed(1)} ms median`);
}

printEngine();
