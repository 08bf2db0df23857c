import { expect, test, type Page } from '@playwright/test';
import { ready } from './helpers';
import { readFile } from 'node:fs/promises';
import { keyJudgments, simulate, type ModelInput, type ScenarioInput } from '../src/lib/model/index';

// Issue 11: Compare answers "how far apart, against what": the baseline is the reference, any
// scenario can be made the reference, a scenario is never compared with itself, and every
// headline number carries its difference in points — checked against the engine run here. And
// the history says what a change of settings did to the outputs.

const BASELINE = 'preset:russia-dprk/baseline';
const ABANDON = 'preset:russia-dprk/abandonment';
const CHINA = 'preset:russia-dprk/china-restrains';
// The baseline second in the link: it is still the reference, shown first.
const THREE = `/compare?s=${ABANDON}&s=${BASELINE}&s=${CHINA}`;

// The shipped files as they are (format 2, nothing for the schema to fill in): read directly, since
// the file loader's imports reach modules that need the app's bundler.
async function preset(id: string): Promise<{ model: ModelInput; scenario: ScenarioInput }> {
	const read = async (file: string) => JSON.parse(await readFile(`scenarios/russia-dprk/${file}.json`, 'utf8'));
	return { model: await read('model'), scenario: await read(id) };
}

async function numbers(id: string) {
	const { model, scenario } = await preset(id);
	const projection = simulate(model, scenario);
	return { model, projection, judgments: keyJudgments(model, projection) };
}

/**
 * The app's points: one decimal, a true minus, a plus ("+6.2", "−13.1", "0.0"), rounded as
 * Intl rounds (34.15 → 34.2, where toFixed gives 34.1 from the binary value below it).
 */
const POINTS = new Intl.NumberFormat('en-US', {
	minimumFractionDigits: 1,
	maximumFractionDigits: 1,
	signDisplay: 'exceptZero'
});
const points = (difference: number) => POINTS.format(difference * 100).replace('-', '\u2212');

/** The pp texts of column `i` of the key judgments, without the Arabic direction mark. */
async function judgmentPoints(page: Page, column: number): Promise<string[]> {
	const texts = await page.getByTestId('compare-judgments').nth(column).getByTestId('judgment-pp').allTextContents();
	return texts.map((t) => t.replace(/[\u200E\u2066\u2069]/g, ''));
}

/** Expected texts: each judgment's probability minus the reference's same judgment, as the app writes it. */
function expectedPoints(
	other: Awaited<ReturnType<typeof numbers>>,
	reference: Awaited<ReturnType<typeof numbers>>,
	unit: string
): string[] {
	return other.judgments.map((j) => {
		const same = reference.judgments.find((r) => r.kind === j.kind && r.step === j.step && r.outcome === j.outcome);
		const base = same?.probability ?? reference.projection.stateProbabilities[j.outcome][j.step];
		return `${points(j.probability - base)} ${unit}`;
	});
}

const CASES = [
	{ prefix: '', unit: 'pp vs reference', reference: 'Reference', make: 'Make reference' },
	{ prefix: '/ar', unit: 'نقطة مئوية عن المرجع', reference: 'المرجع', make: 'اجعله المرجع' }
] as const;

for (const c of CASES) {
	test(`compare three (${c.prefix || 'en'}): the baseline is the reference, pp differences are the engine's, another reference changes them`, async ({
		page
	}) => {
		const [baseline, abandonment, china] = await Promise.all(
			['baseline', 'abandonment', 'china-restrains'].map(numbers)
		);
		await page.goto(`${c.prefix}${THREE}`);
		await ready(page);
		// Shown first and marked; the link now says what is shown, the reference first.
		await expect(page.getByTestId('compare-slot').first().getByTestId('reference-badge')).toHaveText(c.reference);
		await expect(page).toHaveURL(new RegExp(`\\?s=${BASELINE}&s=${ABANDON}&s=${CHINA}$`));
		await expect(page.getByTestId('compare-judgments').first().getByTestId('judgment-pp')).toHaveCount(0);
		expect(await judgmentPoints(page, 1)).toEqual(expectedPoints(abandonment, baseline, c.unit));
		expect(await judgmentPoints(page, 2)).toEqual(expectedPoints(china, baseline, c.unit));
		// The headline table: every outcome and the rupture risk, with points beside the others' numbers.
		const rupture = page.getByTestId('headlines-table').locator('tbody tr').last().getByTestId('headline-pp');
		const last = baseline.projection.times.length - 1;
		await expect(rupture.nth(0)).toContainText(
			points(abandonment.projection.ruptureRisk[last] - baseline.projection.ruptureRisk[last])
		);
		// The outcomes over time, overlaid: a line per scenario and outcome.
		await expect(page.locator('[data-chart="compare-outcomes"] canvas')).toHaveCount(1);

		// China restrains as the reference: kept in the link, shown first, every difference against it.
		await page.getByTestId('compare-slot').nth(2).getByRole('button', { name: c.make }).click();
		await expect(page).toHaveURL(new RegExp(`ref=${CHINA}`));
		await expect(page.getByTestId('compare-slot').first().getByTestId('reference-badge')).toBeVisible();
		await expect(page.getByTestId('compare-judgments').first().getByTestId('judgment-pp')).toHaveCount(0);
		await expect.poll(() => judgmentPoints(page, 1)).toEqual(expectedPoints(baseline, china, c.unit));
		expect(await judgmentPoints(page, 2)).toEqual(expectedPoints(abandonment, china, c.unit));
		// The link reopens the same reference.
		await page.reload();
		expect(await judgmentPoints(page, 1)).toEqual(expectedPoints(baseline, china, c.unit));
	});
}

test('the same scenario cannot be compared twice: the picker refuses it, a link naming it twice shows it once', async ({
	page
}) => {
	await page.goto(`/compare?s=${BASELINE}&s=${ABANDON}&s=${BASELINE}`);
	await ready(page);
	await expect(page.getByTestId('compare-slot')).toHaveCount(2);
	await expect(page.getByTestId('compare-notices')).toContainText('was named more than once in the link');
	await expect(page).toHaveURL(new RegExp(`\\?s=${BASELINE}&s=${ABANDON}$`));

	await expect(async () => {
		await page.locator('#slot-1').selectOption(BASELINE);
		await expect(page.getByTestId('compare-refusal')).toContainText('is already compared as scenario 1', {
			timeout: 1000
		});
	}).toPass();
	await expect(page.locator('#slot-1')).toHaveValue(ABANDON);
	await expect(page).toHaveURL(new RegExp(`\\?s=${BASELINE}&s=${ABANDON}$`));
});

test('the history shows what a change of settings did to the outputs, with signed settings', async ({
	page,
	request
}) => {
	test.skip(!(await request.get('/api/scenarios?model=russia-dprk')).ok(), 'the saved-scenario API is not available');
	const base: ScenarioInput = JSON.parse(await readFile('scenarios/russia-dprk/baseline.json', 'utf8'));
	const title = { en: `History outputs ${Date.now()}`, ar: 'اختبار السجل' };
	const created = await request.post('/api/scenarios', { data: { scenario: { ...base, title } } });
	expect(created.status()).toBe(201);
	const id: string = (await created.json()).scenario.id;
	const driver = Object.keys(base.drivers)[0];
	const edited = {
		...base,
		id,
		title,
		drivers: { ...base.drivers, [driver]: { ...base.drivers[driver], assessment: -0.9, low: -1 } }
	};
	expect((await request.put(`/api/scenarios/${id}`, { data: { baseRevision: 1, scenario: edited } })).ok()).toBe(true);

	const { model } = await preset('baseline');
	const before = simulate(model, base);
	const after = simulate(model, edited as ScenarioInput);
	const [j1, j2] = [keyJudgments(model, before), keyJudgments(model, after)];

	await page.goto(`/scenarios/${id}`);
	await ready(page);
	await expect(page.getByTestId('revision-diff')).toContainText('\u22120.90');
	const outputs = page.getByTestId('output-changes');
	await expect(outputs).toBeVisible();
	const changes = outputs.getByTestId('output-judgments').getByTestId('output-change');
	// "The most likely outcome" may be another one after the change: measured by the earlier probability of the same outcome.
	const earlier = (j: (typeof j2)[number], k: number) =>
		j1[k].outcome === j.outcome ? j1[k].probability : before.stateProbabilities[j.outcome][j.step];
	await expect(changes).toHaveText(j2.map((j, k) => `${points(j.probability - earlier(j, k))} pp`));
	const last = before.times.length - 1;
	await expect(outputs.getByTestId('output-headlines').locator('tr').last()).toContainText(
		points(after.ruptureRisk[last] - before.ruptureRisk[last])
	);
	await page.goto(`/ar/scenarios/${id}`);
	await ready(page);
	await expect(page.getByTestId('output-changes')).toContainText('ما تغيّر في النتائج');
});
