// What changed since the last briefing (issue 11): a scenario saved twice with different settings
// briefs "What changed since revision 1" with the history page's numbers, on the slides and in the
// PowerPoint; the saved list shows its latest note and its headline figure; the Arabic revision
// marker is words.

import { readFile } from 'node:fs/promises';
import { expect, test, type APIRequestContext, type Locator } from '@playwright/test';
import { ready } from './helpers';
import { keyJudgments, simulate, type ModelInput, type ScenarioInput } from '../src/lib/model/index';
import { readZip, slideText } from '../src/lib/briefing/test-zip';

const squash = (text: string) => text.replace(/[\s\u200e\u200f\u2066-\u2069]+/g, ' ').trim();
const NOTE = 'Ceasefire at 80%, war course lower';

async function savedTwice(request: APIRequestContext) {
	const read = async (file: string) => JSON.parse(await readFile(`scenarios/russia-dprk/${file}.json`, 'utf8'));
	const model: ModelInput = await read('model');
	const base: ScenarioInput = await read('baseline');
	const stamp = Date.now();
	const title = { en: `Since slide ${stamp}`, ar: `شريحة ما تغيّر ${stamp}` };
	const created = await request.post('/api/scenarios', { data: { scenario: { ...base, title }, note: 'First' } });
	expect(created.status()).toBe(201);
	const id: string = (await created.json()).scenario.id;
	const edited: ScenarioInput = {
		...base,
		id,
		title,
		events: { ...base.events, 'ukraine-ceasefire': { probability: 0.8 } },
		drivers: { ...base.drivers, 'ukraine-war-course': { ...base.drivers['ukraine-war-course'], assessment: 0.4 } }
	};
	const saved = await request.put(`/api/scenarios/${id}`, { data: { baseRevision: 1, scenario: edited, note: NOTE } });
	expect(saved.ok()).toBe(true);
	return { id, model, edited, title };
}

/** A table's body rows, each row's cells as text. */
async function cells(rows: Locator): Promise<string[][]> {
	return (await rows.evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')))).map(
		(row) => row.map(squash)
	);
}

test('a scenario saved twice briefs what changed since revision 1 with the history page’s numbers, slides and PowerPoint', async ({
	page,
	request
}) => {
	test.skip(!(await request.get('/api/scenarios?model=russia-dprk')).ok(), 'the saved-scenario API is not available');
	const { id } = await savedTwice(request);
	await page.goto(`/scenarios/${id}`);
	await ready(page);
	await expect(page.getByTestId('output-changes')).toBeVisible();
	const judgments = await cells(page.getByTestId('output-judgments').locator('tr'));
	const headlines = await cells(page.getByTestId('output-headlines').locator('tr'));
	expect(judgments.length).toBeGreaterThan(0);

	await page.goto(`/present?saved=${id}&rev=2`);
	await ready(page);
	await expect(page.locator('.deck[data-ready="true"]')).toHaveCount(1);
	const slide = page.locator('[data-slide="since"]');
	await expect(slide).toContainText('What changed since revision 1');
	const slideRows = await cells(slide.getByTestId('since-outputs').locator('tbody tr'));
	expect(slideRows).toHaveLength(judgments.length + headlines.length);
	// Key judgments: the later revision's sentence and the change in points, as the history writes them.
	judgments.forEach((row, i) => expect([slideRows[i][0], slideRows[i][3]]).toEqual([row[2], row[3]]));
	// At the horizon: the row's name, both percentages and the change.
	headlines.forEach((row, k) => expect(slideRows[judgments.length + k]).toEqual(row));
	expect(slideRows.some((row) => row[3] !== '0.0 pp')).toBe(true);
	await expect(slide.getByTestId('since-inputs')).toContainText('+0.40');
	await expect(slide.getByTestId('since-inputs')).toContainText('80%');

	// The PowerPoint built from the slides has the slide, with the same numbers.
	const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-pptx').click()]);
	const files = readZip(await readFile((await file.path()) ?? ''));
	const pptxSlide = squash(slideText(files.get('ppt/slides/slide3.xml') ?? ''));
	expect(pptxSlide).toContain('What changed since revision 1');
	for (const row of slideRows) for (const cell of row) expect(pptxSlide).toContain(cell);

	// A first revision has nothing to compare with; the presenter may pick the earlier revision.
	await page.goto(`/present?saved=${id}&rev=1`);
	await ready(page);
	await expect(page.locator('.deck[data-ready="true"]')).toHaveCount(1);
	await expect(page.locator('[data-slide="since"]')).toHaveCount(0);

	await page.goto(`/ar/present?saved=${id}&rev=2`);
	await ready(page);
	await expect(page.locator('[data-slide="since"]')).toContainText('ما الذي تغيّر منذ المراجعة 1');
	await page.goto(`/ar/scenarios/${id}`);
	await ready(page);
	await expect(page.getByTestId('output-changes').locator('thead')).toContainText('المراجعة 1');
	await expect(page.getByTestId('output-changes').locator('thead')).not.toContainText('م1');
});

test('the saved list shows each scenario’s latest note and headline figure, in English and Arabic', async ({
	page,
	request
}) => {
	test.skip(!(await request.get('/api/scenarios?model=russia-dprk')).ok(), 'the saved-scenario API is not available');
	const { model, edited, title } = await savedTwice(request);
	const judgment = keyJudgments(model, simulate(model, edited))
		.filter((j) => j.kind === 'at-least')
		.at(-1);
	if (!judgment) throw new Error('no "or better" judgment');
	const percent = `${Math.round(judgment.probability * 100)}%`;
	const outcome = model.outcomes.find((o) => o.id === judgment.outcome);

	await page.goto('/scenarios');
	await ready(page);
	const row = page.locator('tbody tr', { hasText: title.en });
	await expect(row.getByTestId('saved-note')).toHaveText(NOTE);
	await expect(row.getByTestId('saved-headline')).toHaveText(
		`${judgment.term.label.en} (${percent}): “${outcome?.label.en}” or better at the end of ${judgment.year}`
	);
	await page.goto('/ar/scenarios');
	await ready(page);
	const arRow = page.locator('tbody tr', { hasText: title.ar });
	await expect(arRow.getByTestId('saved-headline')).toHaveText(
		`${judgment.term.label.ar} (${percent}): «${outcome?.label.ar}» أو أفضل بنهاية ${judgment.year}`
	);
});
