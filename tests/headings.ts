import type { Page } from '@playwright/test';

export interface Heading {
	level: number;
	text: string;
}

/** The headings a screen reader lists, in document order (hidden ones and closed dialogs left out). */
export async function headingOutline(page: Page): Promise<Heading[]> {
	return page.locator('h1, h2, h3, h4, h5, h6, [role="heading"]').evaluateAll((elements) =>
		elements
			.filter(
				(el) =>
					el.checkVisibility({ visibilityProperty: true }) && !el.closest('[aria-hidden="true"], [inert], [hidden]')
			)
			.map((el) => ({
				level: Number(el.getAttribute('aria-level') ?? el.tagName.slice(1)),
				text: (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60)
			}))
	);
}

/**
 * What is wrong with an outline: not exactly one h1, a first heading that is not the h1, or a
 * heading more than one level below the one before it (h2 → h4). Empty when it is sound.
 */
export function outlineProblems(outline: Heading[]): string[] {
	const problems: string[] = [];
	const h1s = outline.filter((h) => h.level === 1);
	if (h1s.length !== 1) problems.push(`${h1s.length} h1 (${h1s.map((h) => h.text).join(' | ')})`);
	if (outline.length > 0 && outline[0].level !== 1)
		problems.push(`starts at h${outline[0].level} "${outline[0].text}"`);
	outline.forEach((h, i) => {
		if (i > 0 && h.level > outline[i - 1].level + 1)
			problems.push(`h${outline[i - 1].level} "${outline[i - 1].text}" → h${h.level} "${h.text}"`);
	});
	return problems;
}
