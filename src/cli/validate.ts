import { plural } from '../lib/schema/findings';
import { formatProblem } from '../lib/schema/index';
import { loadPresets } from '../lib/server/preset-files';
import type { Io } from './io';
import { assumptionWarnings } from './assumption-warnings';
import { evidenceWarnings } from './evidence-warnings';
import { presetWarnings } from './preset-warnings';

export async function validateCommand(dir: string, io: Io): Promise<number> {
	const { models, scenarios, problems } = await loadPresets(dir);
	const checked = models.map(({ file, model }) =>
		presetWarnings(
			file,
			model,
			scenarios.filter((s) => s.modelId === model.id)
		)
	);
	const warnings = [
		...models.flatMap(({ file, model }) => evidenceWarnings(file, model)),
		...models.flatMap(({ file, model }) => assumptionWarnings(file, model)),
		...checked.flatMap((c) => c.warnings)
	];
	io.out(checked.flatMap((c) => c.notes).join(''));
	io.err(warnings.join(''));
	if (problems.length > 0) {
		io.err(problems.map((p) => `${formatProblem(p)}\n`).join(''));
		return 1;
	}
	const warned = warnings.length > 0 ? ` (${plural(warnings.length, 'warning')})` : '';
	io.out(`ok: ${plural(models.length, 'model')}, ${plural(scenarios.length, 'scenario')}${warned}\n`);
	return 0;
}
