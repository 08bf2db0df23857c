// `scenario validate` on evidence, in process: refused grades and directions name the file and
// the field; evidence that is only incomplete is warned of, and the exit code stays 0.

import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tinyModel } from '../lib/schema/test-fixtures';
import { displayPath } from '../lib/server/preset-files';
import { main } from './program';
import { removeTrees, validTree, writeTree } from './test-preset-tree';

afterAll(removeTrees);

async function validate(root: string) {
	let out = '';
	let err = '';
	const code = await main(['validate', root], { out: (text) => (out += text), err: (text) => (err += text) });
	return { code, out, err };
}

const shownModel = (root: string) => displayPath(path.join(root, 'tiny', 'model.json'));

describe('scenario validate: evidence', () => {
	it('refuses unknown grades and directions, one line each naming the file and the field', async () => {
		const model = tinyModel();
		Object.assign(model.evidence[0], {
			grade: { reliability: 'G', credibility: 0 },
			direction: { military: 'supports', china: 'context', trade: 'raises' }
		});
		const root = await writeTree({ ...validTree(), 'tiny/model.json': model });
		const result = await validate(root);
		const file = shownModel(root);
		expect(result.code).toBe(1);
		expect(result.out).toBe('');
		expect(result.err.trimEnd().split('\n').sort()).toEqual([
			`${file}: evidence[0].direction.military: "supports" is not one of raises, lowers, context (which way the item pushes the driver’s value)`,
			`${file}: evidence[0].direction.trade: the item does not inform driver "trade" (its drivers: military, china): add "trade" to evidence[0].drivers, and the item to that driver's evidence, or remove this direction`,
			`${file}: evidence[0].grade.credibility: 0 is not one of 1–6 (the information’s credibility, a whole number)`,
			`${file}: evidence[0].grade.reliability: "G" is not one of A–F (the source’s reliability)`
		]);
	});

	it('refuses a driver whose evidence list disagrees with the items', async () => {
		const model = tinyModel();
		model.drivers[2].evidence = [];
		const root = await writeTree({ ...validTree(), 'tiny/model.json': model });
		expect(await validate(root)).toEqual({
			code: 1,
			out: '',
			err: `${shownModel(root)}: evidence[0].drivers[1]: informs driver "china", whose evidence does not list "ev-arms": add it to drivers[2].evidence (the items' drivers are the source of truth)\n`
		});
	});

	it('warns of ungraded and undirected items, naming them, and still exits 0', async () => {
		const model = tinyModel();
		const { grade: _g, gradeReason: _r, direction: _d, ...bare } = model.evidence[0];
		model.evidence = [{ ...bare, direction: { military: 'lowers' } }];
		const root = await writeTree({ ...validTree(), 'tiny/model.json': model });
		expect(await validate(root)).toEqual({
			code: 0,
			out: 'ok: 1 model, 2 scenarios (2 warnings)\n',
			err:
				`warning: ${shownModel(root)}: evidence: 1 of 1 item not graded yet (no "grade" and "gradeReason"): ev-arms\n` +
				`warning: ${shownModel(root)}: evidence: 1 of 1 item with no "direction" yet for some of the drivers they inform: ev-arms (china)\n`
		});
	});
});
