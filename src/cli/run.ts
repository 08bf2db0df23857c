import { simulate } from '../lib/model/index';
import { formatProblem } from '../lib/schema/index';
import { loadScenarioWithModel } from '../lib/server/preset-files';
import type { Command } from './args';
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
	io.out(options.json ? `${JSON.stringify(projection)}\n` : formatReport(model, scenario, projection, options.lang));
	return 0;
}
