import { scenarioConfidence } from '../lib/evidence/index';
import { sensitivity, simulate } from '../lib/model/index';
import { formatProblem } from '../lib/schema/index';
import { loadScenarioWithModel } from '../lib/server/preset-files';
import type { Command } from './args';
import { writeCsvFiles, writeWorkbookFile } from './export-files';
import type { Io } from './io';
import { formatReport } from './report';

export async function runCommand(options: Extract<Command, { name: 'run' }>, io: Io): Promise<number> {
	const loaded = await loadScenarioWithModel(options.file);
	if (!loaded.ok) {
		io.err(loaded.problems.map((p) => `${formatProblem(p)}\n`).join(''));
		return 1;
	}
	const { model, scenario } = loaded;
	const projection = simulate(model, scenario, { seed: options.seed, samples: options.samples });
	// The tornado on the projection's own paths, as the dashboard computes it; it ranks the drivers
	// that carry the key judgments, for their analytic confidence (docs/model.md#analytic-confidence).
	const tornado = sensitivity(model, scenario, { seed: projection.seed, samples: projection.samples });
	const confidence = scenarioConfidence(model, scenario, tornado);
	io.out(
		options.json
			? `${JSON.stringify({ ...projection, confidence })}\n`
			: formatReport(model, scenario, projection, options.lang, confidence)
	);
	if (options.csv === undefined && options.xlsx === undefined) return 0;

	const input = {
		lang: options.lang,
		model,
		scenario,
		projection,
		tornado,
		source: { kind: 'preset' as const, model: model.id, scenario: scenario.id },
		edited: false
	};
	// With --json the standard output stays one JSON document; the files are named on stderr then.
	const say = (text: string) => (options.json ? io.err(text) : io.out(text));
	if (options.csv !== undefined) {
		const files = await writeCsvFiles(input, options.csv);
		say(`Wrote ${files.length} CSV files to ${options.csv}\n`);
	}
	if (options.xlsx !== undefined) {
		await writeWorkbookFile(input, options.xlsx);
		say(`Wrote ${options.xlsx}\n`);
	}
	return 0;
}
