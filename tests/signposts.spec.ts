// Signposts in the browser (issue 14, point 5), in English and Arabic: the watch list on the
// dashboard (11 indicators, all not seen), recording an observation end to end — the proposed
// shift (the indicator's; half when emerging), the analyst's edit, before → after, Accept → a new
// revision, the badge and the log — Cancel recording nothing, a preset's hint to save first, the
// history page's mark, and no moderate-or-worse axe violation on each.

import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import type { ModelInput, ScenarioInput } from '../src/lib/model';
import { moderateOrWorseViolations } from './axe';
import { storageStateFile } from './accounts';
import { LOCALES, ready } from './helpers';

const model = JSON.parse(readFileSync('scenarios/russia-dprk/model.json', 'utf8')) as ModelInput;
const baseline = JSON.parse(readFileSync('scenarios/russia-dprk/baseline.json', 'utf8')) as ScenarioInput;
const summits = model.indicators.find((i) => i.id === 'ind-summit-visits')!;
const alignment = model.drivers.find((d) => d.id === summits.driver)!;

const WORDS = {
	en: {
		heading: 'What to watch',
		record: 'Record observation',
		dialog: /^Record an observation/,
		notSeen: 'not seen',
		emerging: 'emerging',
		emergingChoice: /^Emerging/,
		seen: 'What was seen, in English',
		source: 'Source (publication, link or citation)',
		reliability: 'Source reliability',
		credibility: 'Information credibility',
		shift: `Shift of the assessment of ${alignment.label.en}`,
		accept: 'Accept and record',
		cancel: 'Cancel',
		saveFirst: /Save this scenario/,
		viewerHint: 'Recording observations needs an analyst’s account.',
		recorded: 'Recorded as revision 2.',
		mark: 'Signpost',
		text: 'Kim Jong Un to visit Moscow in the spring',
		before: `Assessment of ${alignment.label.en}: 0.60 → 0.70`,
		log: '1 observation'
	},
	ar: {
		heading: 'ما يجب رصده',
		record: 'تسجيل رصد',
		dialog: /^تسجيل رصد/,
		notSeen: 'لم يُرصد',
		emerging: 'ناشئ',
		emergingChoice: /^ناشئ/,
		seen: 'ما رُصد، بالعربية',
		source: 'المصدر (منشور أو رابط أو مرجع)',
		reliability: 'موثوقية المصدر',
		credibility: 'مصداقية المعلومة',
		shift: `إزاحة تقدير ${alignment.label.ar}`,
		accept: 'اعتماد وتسجيل',
		cancel: 'إلغاء',
		saveFirst: /احفظ هذا السيناريو/,
		viewerHint: 'يتطلب تسجيل عمليات الرصد حساب محلّل.',
		recorded: 'سُجّل بوصفه المراجعة 2.',
		mark: 'مؤشر',
		text: 'كيم جونغ أون يزور موسكو في الربيع',
		before: `تقدير ${alignment.label.ar}: من 0.60 إلى 0.70`,
		log: 'عملية رصد واحدة'
	}
} as const;

async function savedScenario(request: APIRequestContext, locale: string): Promise<string> {
	const title = { en: `Watched ${locale} ${Date.now()}`, ar: `مرصود ${locale} ${Date.now()}` };
	const created = await request.post('/api/scenarios', { data: { scenario: { ...baseline, title } } });
	expect(created.status()).toBe(201);
	return (await created.json()).scenario.id;
}

const item = (page: Page, id: string) => page.getByTestId(`watch-${id}`);

for (const c of LOCALES) {
	const w = WORDS[c.locale];
	test.describe(`signposts (${c.locale})`, () => {
		test('a preset shows the watch list, every indicator not seen, with a hint to save first and nothing to record', async ({
			page
		}) => {
			await page.goto(c.path);
			await ready(page);
			const list = page.getByRole('region', { name: w.heading });
			await expect(list.locator('[data-status]')).toHaveCount(model.indicators.length);
			await expect(list.locator('[data-status="not-seen"]')).toHaveCount(model.indicators.length);
			await expect(item(page, summits.id)).toContainText(summits.label[c.locale]);
			await expect(item(page, summits.id)).toContainText(w.notSeen);
			await expect(list.getByText(w.saveFirst)).toBeVisible();
			await expect(list.getByRole('button', { name: w.record })).toHaveCount(0);
		});

		test('a viewer reads a saved scenario’s watch list and log, with nothing to record, and the API refuses it (403)', async ({
			browser,
			request,
			baseURL
		}) => {
			const id = await savedScenario(request, c.locale);
			const body = {
				baseRevision: 1,
				indicator: summits.id,
				status: 'observed',
				date: '2026-09-12',
				seen: { en: 'Summit in Vladivostok', ar: 'قمة في فلاديفوستوك' },
				source: 'KCNA',
				grade: { reliability: 'B', credibility: 2 },
				shift: 0.15
			};
			const recorded = await request.post(`/api/scenarios/${id}/signposts`, { data: body });
			expect(recorded.status()).toBe(200);
			const viewer = await browser.newContext({ storageState: storageStateFile('viewer') });
			const page = await viewer.newPage();
			await page.goto(`${c.path}?saved=${id}&rev=2`);
			await ready(page);
			const list = page.getByRole('region', { name: w.heading });
			await expect(list.getByText(w.viewerHint)).toBeVisible();
			await expect(list.getByRole('button', { name: w.record })).toHaveCount(0);
			await expect(item(page, summits.id).locator('[data-status]').first()).toHaveAttribute('data-status', 'observed');
			const refused = await page.request.post(`/api/scenarios/${id}/signposts`, {
				data: { ...body, baseRevision: 2 },
				headers: { origin: baseURL ?? '' }
			});
			expect(refused.status()).toBe(403);
			await viewer.close();
		});

		test('recording an observation: proposed shift, edited, accepted → a new revision, the badge, the log and the history mark', async ({
			page,
			request
		}) => {
			const id = await savedScenario(request, c.locale);
			await page.goto(`${c.path}?saved=${id}`);
			await ready(page);
			await expect(page.locator('html')).toHaveAttribute('dir', c.dir);
			const watched = item(page, summits.id);
			await expect(watched.locator('[data-status]').first()).toHaveText(w.notSeen);
			expect(await moderateOrWorseViolations(page)).toEqual([]);

			// Cancel records nothing.
			const open = watched.getByRole('button', { name: `${w.record}: ${summits.label[c.locale]}` });
			await open.click();
			const dialog = page.getByRole('dialog', { name: w.dialog });
			await expect(dialog).toBeVisible();
			await dialog.getByRole('button', { name: w.cancel, exact: true }).click();
			await expect(dialog).toBeHidden();
			expect((await (await request.get(`/api/scenarios/${id}`)).json()).scenario.headRevision).toBe(1);

			await open.click();
			await expect(dialog).toBeVisible();
			const shift = dialog.getByLabel(w.shift);
			// Observed proposes the indicator's whole shift, emerging half of it.
			await expect(shift).toHaveValue(String(summits.shift));
			await dialog.getByRole('radio', { name: w.emergingChoice }).check();
			await expect(shift).toHaveValue(String(summits.shift / 2));
			await dialog.getByLabel(w.seen).fill(w.text);
			await dialog.getByLabel(w.source).fill('KCNA, 20 November 2026');
			await dialog.getByLabel(w.reliability).selectOption('B');
			await dialog.getByLabel(w.credibility).selectOption('2');
			// The analyst's judgment differs: 0.10, and the form shows what it does to the assessment.
			await shift.fill('0.1');
			// Numbers sit in direction isolates (so a sign stays before its digits in Arabic).
			await expect(dialog.getByTestId('signpost-before-after')).toHaveText(
				w.before.replace(/(\d\.\d\d)/g, '\u2066$1\u2069')
			);
			expect(await moderateOrWorseViolations(page)).toEqual([]);
			await dialog.getByRole('button', { name: w.accept, exact: true }).click();
			await expect(dialog).toBeHidden();
			await expect(page.getByRole('status').filter({ hasText: w.recorded })).toHaveCount(1);
			await expect(page).toHaveURL(new RegExp(`saved=${id}&rev=2`));

			await expect(watched.locator('[data-status]').first()).toHaveText(w.emerging);
			await watched.getByText(w.log).click();
			await expect(watched).toContainText(w.text);
			await expect(watched).toContainText('KCNA, 20 November 2026');
			await expect(watched).toContainText('B2');
			const saved = (await (await request.get(`/api/scenarios/${id}`)).json()).scenario;
			expect(saved.headRevision).toBe(2);
			expect(saved.scenario.drivers[alignment.id].assessment).toBeCloseTo(0.7, 9);
			expect(saved.scenario.signposts).toMatchObject([
				{ indicator: summits.id, status: 'emerging', shift: { driver: alignment.id, from: 0.6, to: 0.7 } }
			]);

			await page.goto(`${c.path}scenarios/${id}`);
			await ready(page);
			const mark = page.getByTestId('signpost-mark');
			await expect(mark).toHaveCount(1);
			await expect(mark).toContainText(w.mark);
			await expect(mark).toContainText(summits.label[c.locale]);
			await expect(page.getByRole('row').filter({ has: mark }).getByRole('rowheader')).toContainText('2');
			expect(await moderateOrWorseViolations(page)).toEqual([]);
		});
	});
}
