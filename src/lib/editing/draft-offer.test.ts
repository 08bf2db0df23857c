import { describe, expect, it } from 'vitest';
import { draftToOffer } from './draft-offer';

const draft = (search: string) => ({ search, savedAt: '2026-12-01T10:00:00.000Z' });
const baseline = { kind: 'preset', model: 'russia-dprk', scenario: 'baseline' } as const;
const none = { drivers: {}, events: {} };

describe('the draft the dashboard offers', () => {
	it('is offered when restoring it would change what is on screen', () => {
		const d = draft('model=russia-dprk&scenario=baseline&d=war%3Aa0.2');
		expect(draftToOffer(d, baseline, none)).toBe(d);
		const other = draft('saved=k2p9qaz1m0&rev=1&e=ceasefire%3A0.8');
		expect(draftToOffer(other, { kind: 'saved', id: 'k2p9qaz1m0', revision: 2 }, none)).toBe(other);
	});

	it('is not offered when it is what is on screen, in any order of its query', () => {
		const edits = { drivers: { war: { assessment: 0.2 } }, events: {} };
		expect(draftToOffer(draft('d=war%3Aa0.2&scenario=baseline&model=russia-dprk'), baseline, edits)).toBeNull();
		expect(draftToOffer(draft('model=russia-dprk&scenario=baseline&lang=x&d=war:a0.2'), baseline, edits)).toBeNull();
	});

	it('is not offered without edits, a start, or a draft', () => {
		expect(draftToOffer(draft('model=russia-dprk&scenario=baseline'), baseline, none)).toBeNull();
		expect(draftToOffer(draft('d=war%3Aa0.2'), baseline, none)).toBeNull();
		expect(draftToOffer(null, baseline, none)).toBeNull();
	});
});
