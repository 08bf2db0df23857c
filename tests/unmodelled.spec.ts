// The dashboard's side of issue 10: the events panel says when each event can happen, what it
// requires and what it does; the unmodelled factors are a labelled control whose setting reaches
// "What the outcome depends on" and survives in the link.

import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { hydrated, LOCALES, ready, settled } from './helpers';

interface Text {
	en: string;
	ar: string;
}
interface ModelFile {
	dynamics: { persistence: number; volatility: number };
	drivers: { id: string; label: Text }[];
	events: {
		id: string;
		label: Text;
		window: { from: string; to: string };
		requires?: string[];
		effects: Record<string, number>;
	}[];
}
// The shipped model is read rather than copied, so the test follows the file it shows.
const model = JSON.parse(readFileSync('scenarios/russia-dprk/model.json', 'utf8')) as ModelFile;
const baseline = JSON.parse(readFileSync('scenarios/russia-dprk/baseline.json', 'utf8')) as {
	dynamics?: ModelFile['dynamics'];
};
const dynamics = baseline.dynamics ?? model.dynamics;
const dependent = model.events.find((e) => (e.requires ?? []).length > 0 && Object.keys(e.effects).length > 0);

const TEXT = {
	en: { unmodelled: 'Unmodelled factors', volatility: 'volatility', requires: 'Requires:', window: 'Window:' },
	ar: { unmodelled: 'العوامل غير المنمذجة', volatility: 'التقلّب', requires: 'يشترط وقوع:', window: 'الفترة:' }
};

/** The row of "What the outcome depends on"'s data table for a source, as its cells read. */
async function shareRow(page: Page, source: string): Promise<string> {
	const card = page.locator('[data-chart="uncertainty"]');
	const toggle = card.locator('[aria-controls="uncertainty-data"]');
	if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
	const row = card.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: source, exact: true }) });
	return (await row.locator('td').innerText()).trim();
}

/** "−0.60" as the app writes a signed setting (a true minus; in Arabic after a left-to-right mark). */
const signed = (value: number) => `${value > 0 ? '+' : '\u2212'}${Math.abs(value).toFixed(2)}`;

for (const c of LOCALES) {
	const t = TEXT[c.locale];
	test.describe(`unmodelled factors and events (${c.locale})`, () => {
		test('an event shows its window, what it requires and its effects on named drivers', async ({ page }) => {
			expect(dependent, 'the flagship has an event that requires another').toBeDefined();
			if (!dependent) return;
			await page.goto(c.path);
			await ready(page);
			const event = page.getByRole('article', { name: dependent.label[c.locale], exact: true });
			const window = event.getByTestId('event-window');
			await expect(window).toContainText(t.window);
			await expect(window).toContainText(dependent.window.from.slice(0, 4));
			await expect(window).toContainText(dependent.window.to.slice(0, 4));
			const required = (dependent.requires ?? []).map((id) => model.events.find((e) => e.id === id)?.label[c.locale]);
			const requires = event.getByTestId('event-requires');
			await expect(requires).toContainText(t.requires);
			for (const label of required) await expect(requires).toContainText(label ?? '');
			const effects = event.getByTestId('event-effects').getByRole('listitem');
			await expect(effects).toHaveCount(Object.keys(dependent.effects).length);
			for (const [id, shift] of Object.entries(dependent.effects)) {
				const driver = model.drivers.find((d) => d.id === id)?.label[c.locale] ?? id;
				await expect(effects.filter({ hasText: driver })).toContainText(signed(shift));
			}
		});

		test('volatility 0 leaves nothing to the unmodelled factors, and the link keeps it', async ({ page, browser }) => {
			await page.goto(c.path);
			await hydrated(page);
			const volatility = page.getByRole('slider', { name: `${t.unmodelled} ${t.volatility}`, exact: true });
			await expect(volatility).toHaveValue(String(dynamics.volatility));
			expect(Number(await shareRow(page, t.unmodelled))).toBeGreaterThan(0);

			await volatility.focus();
			await page.keyboard.press('Home');
			await expect(volatility).toHaveValue('0');
			await settled(page);
			await expect.poll(() => shareRow(page, t.unmodelled)).toBe('0');
			await expect(page).toHaveURL(new RegExp(`u=v0%2Cp${dynamics.persistence}`));

			const reopened = await browser.newPage();
			await reopened.goto(page.url());
			await hydrated(reopened);
			await expect(reopened.getByRole('slider', { name: `${t.unmodelled} ${t.volatility}`, exact: true })).toHaveValue(
				'0'
			);
			expect(await shareRow(reopened, t.unmodelled)).toBe('0');
			await reopened.close();
		});
	});
}
