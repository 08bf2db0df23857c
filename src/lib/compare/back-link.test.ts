import { describe, expect, it } from 'vitest';
import { decodeEditsQuery } from '$lib/editing/url-edits';
import { dashboardHref } from '$lib/links';
import { backTarget } from './back-link';
import { formatRef } from './refs';

const { edits } = decodeEditsQuery('d=ukraine-war-course:a-1,l-1');
const href = (model: string, refs: string[]) => {
	const target = backTarget(model, refs);
	return dashboardHref(target.start, target.edits);
};

describe('backTarget', () => {
	it('goes back to the edited column with its edits, wherever it stands', () => {
		const edited = formatRef({ kind: 'preset', model: 'russia-dprk', scenario: 'baseline', edits });
		const expected = dashboardHref({ kind: 'preset', model: 'russia-dprk', scenario: 'baseline' }, edits);
		expect(expected).toContain('ukraine-war-course');
		expect(href('russia-dprk', ['preset:russia-dprk/baseline', edited])).toBe(expected);
		expect(href('russia-dprk', [edited, 'preset:russia-dprk/china-restrains'])).toBe(expected);
	});

	it('keeps a saved column’s revision and edits', () => {
		const edited = formatRef({ kind: 'saved', id: 'AbC123xyz9', revision: 2, edits });
		expect(href('russia-dprk', ['preset:russia-dprk/baseline', edited])).toBe(
			dashboardHref({ kind: 'saved', id: 'AbC123xyz9', revision: 2 }, edits)
		);
	});

	it('without edits, goes to the reference when it is a preset, else to the model', () => {
		expect(backTarget('russia-dprk', ['preset:russia-dprk/china-restrains', 'saved:AbC123xyz9'])).toEqual({
			start: { kind: 'preset', model: 'russia-dprk', scenario: 'china-restrains' }
		});
		expect(backTarget('russia-dprk', ['saved:AbC123xyz9', 'preset:russia-dprk/baseline'])).toEqual({
			start: { kind: 'preset', model: 'russia-dprk', scenario: undefined }
		});
	});
});
