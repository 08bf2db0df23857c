import axe from 'axe-core';
import type { AxeResults } from 'axe-core';
import { expect, type Page } from '@playwright/test';

// axe-core is injected by hand rather than through @axe-core/playwright: from 4.14 on that wrapper
// declares Node ≥ 22.12, which this project's Node 20 machines do not meet, while axe-core itself
// runs anywhere. page.evaluate goes through the DevTools protocol, so the page's Content Security
// Policy (no inline scripts) does not stop it.

/** The oldest axe-core whose default rules these audits mean: 4.14 turned WCAG 2.5.3 on. */
const MINIMUM = [4, 14];
/** WCAG 2.5.3 "label in name": the visible text of a control must be part of its accessible name. */
export const LABEL_IN_NAME = 'label-content-name-mismatch';

function atLeast(version: string, minimum: number[]): boolean {
	const parts = version.split('.').map(Number);
	for (let i = 0; i < minimum.length; i++) if (parts[i] !== minimum[i]) return parts[i] > minimum[i];
	return true;
}

/** Runs axe-core's default rules on the page as it is now. */
export async function runAxe(page: Page): Promise<AxeResults> {
	expect(atLeast(axe.version, MINIMUM), `axe-core ${axe.version} is older than ${MINIMUM.join('.')}`).toBe(true);
	await page.evaluate(axe.source);
	const results = await page.evaluate(() =>
		(window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] })
	);
	// Every rule the run knew of is listed in one of these; label in name must have been among them.
	const ran = [...results.violations, ...results.passes, ...results.incomplete, ...results.inapplicable];
	expect(ran.map((rule) => rule.id)).toContain(LABEL_IN_NAME);
	return results;
}

/**
 * The impacts an audit fails on. Moderate ones count too (landmarks: `region`, `landmark-unique`):
 * no page of the app has one; only minor findings, of which there are none either, are let pass.
 */
const FAILING: ReadonlySet<string> = new Set(['moderate', 'serious', 'critical']);

/** The moderate, serious and critical violations, one line each: rule, count, the first few elements. */
export async function moderateOrWorseViolations(page: Page): Promise<string[]> {
	const { violations } = await runAxe(page);
	return violations
		.filter((v) => FAILING.has(v.impact ?? ''))
		.map(
			(v) =>
				`${v.id} ×${v.nodes.length}: ${v.nodes
					.slice(0, 3)
					.map((n) => n.target.join(' '))
					.join(', ')}`
		);
}
