import { plural } from '../lib/schema/findings';
import { formatProblem } from '../lib/schema/index';
import { loadPresets } from '../lib/server/preset-files';
import type { Io } from './io';

export async function validateCommand(dir: string, io: Io): Promise<number> {
	const { models, scenarios, problems } = await loadPresets(dir);
	if (problems.length > 0) {
		io.err(problems.map((p) => `${formatProblem(p)}\n`).join(''));
		return 1;
	}
	io.out(`ok: ${plural(models.length, 'model')}, ${plural(scenarios.length, 'scenario')}\n`);
	return 0;
}
