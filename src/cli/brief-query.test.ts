import { mkdtemp, readFile, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BriefError, presentQuery } from './brief-query';

describe('the /present query for npm run brief', () => {
	it('asks for a preset file by its own name, with no edits', async () => {
		expect(String(await presentQuery({ kind: 'file', file: 'scenarios/russia-dprk/abandonment.json' }))).toBe(
			'model=russia-dprk&scenario=abandonment'
		);
	});

	it('writes another file’s settings as edits of the baseline, as a dashboard link would', async () => {
		const dir = await mkdtemp(path.join(tmpdir(), 'brief-'));
		const base = JSON.parse(await readFile('scenarios/russia-dprk/baseline.json', 'utf8'));
		await copyFile('scenarios/russia-dprk/model.json', path.join(dir, 'model.json'));
		const mine = {
			...base,
			id: 'my-case',
			seed: 7,
			drivers: { ...base.drivers, 'china-calculus': { ...base.drivers['china-calculus'], weight: 0.2 } },
			events: { ...base.events, 'ukraine-ceasefire': { probability: 0.9 } }
		};
		await writeFile(path.join(dir, 'my-case.json'), JSON.stringify(mine));
		const query = await presentQuery({ kind: 'file', file: path.join(dir, 'my-case.json') });
		expect(Object.fromEntries(query)).toEqual({
			model: 'russia-dprk',
			scenario: 'baseline',
			d: 'china-calculus:w0.2',
			e: 'ukraine-ceasefire:0.9',
			seed: '7'
		});
	});

	it('names a saved scenario and its revision, and refuses a file that does not validate', async () => {
		expect(String(await presentQuery({ kind: 'saved', id: 'Xk2p9QaZ1m', revision: 3 }))).toBe('saved=Xk2p9QaZ1m&rev=3');
		await expect(presentQuery({ kind: 'file', file: 'scenarios/russia-dprk/model.json' })).rejects.toThrow(BriefError);
		await expect(presentQuery({ kind: 'file', file: 'scenarios/russia-dprk/nowhere.json' })).rejects.toThrow(
			/not found/
		);
	});
});
