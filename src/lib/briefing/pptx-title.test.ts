// The PowerPoint's title slide briefs the scenario's own words and numbers: a saved scenario
// whose settings moved away from its summary's says so, a rewritten summary shows with its own
// numbers, and the revision's note and the analyst's notes go to the speaker.

import { describe, expect, it } from 'vitest';
import { simulate, type Locale, type ScenarioInput } from '$lib/model';
import { withNarrative, withWrittenFor } from '$lib/narrative/written-for';
import { buildBriefingPptx } from './pptx';
import { pptxBytes } from './pptx-file';
import { flagship } from './test-fixture';
import { readZip, slideText } from './test-zip';

const f = await flagship(300);
const eventId = Object.keys(f.scenario.events)[0];
const moved = withWrittenFor(f.scenario);
const copy: ScenarioInput = { ...moved, events: { ...moved.events, [eventId]: { probability: 0.8 } } };

async function titleParts(scenario: ScenarioInput, lang: Locale, revisionNote: string | null) {
	const bytes = await pptxBytes(
		buildBriefingPptx({
			lang,
			model: f.model,
			scenario,
			projection: simulate(f.model, scenario),
			tornado: null,
			source: { kind: 'saved', id: 'r85hcbhipy', revision: 2 },
			edited: false,
			revisionNote
		})
	);
	const files = readZip(bytes);
	const notesName = [...files.keys()].find((n) => /^ppt\/notesSlides\/notesSlide1\.xml$/.test(n)) ?? '';
	return { title: slideText(files.get('ppt/slides/slide1.xml') ?? ''), notes: slideText(files.get(notesName) ?? '') };
}

describe('PowerPoint title slide', () => {
	it('a copy whose settings moved says its summary was written for other settings, in both languages', async () => {
		expect((await titleParts(copy, 'en', null)).title).toContain('Written for other settings');
		expect((await titleParts(copy, 'ar', null)).title).toContain('كُتب لضبط آخر');
		expect((await titleParts(moved, 'en', null)).title).not.toContain('Written for other settings');
	});

	it('shows the rewritten summary with the scenario’s numbers, what changed, and notes for the speaker', async () => {
		const rewritten = withNarrative(copy, {
			summary: { en: `A ceasefire is now likely ({event:${eventId}}).`, ar: `الهدنة مرجحة الآن ({event:${eventId}}).` },
			notes: { en: 'Checked with the desk.', ar: 'رُوجع مع المكتب.' }
		});
		const en = await titleParts(rewritten, 'en', 'Ceasefire raised to 80%');
		expect(en.title).toContain('A ceasefire is now likely (80%).');
		expect(en.title).not.toContain(f.scenario.summary.en.slice(0, 30));
		expect(en.title).toContain('What changed in revision 2: Ceasefire raised to 80%');
		expect(en.title).not.toContain('r85hcbhipy');
		expect(en.title).not.toContain('Written for other settings');
		expect(en.notes).toContain('What changed in revision 2: Ceasefire raised to 80%');
		expect(en.notes).toContain('Analyst’s notes: Checked with the desk.');
		const ar = await titleParts(rewritten, 'ar', 'رفع الهدنة');
		expect(ar.title).toContain('الهدنة مرجحة الآن (80%).');
		expect(ar.notes).toContain('ملاحظات المحلل: رُوجع مع المكتب.');
	});
});
