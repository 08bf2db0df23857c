// The analytic confidence in the PDF of `npm run brief`, in both languages: a saved scenario whose
// analyst set the confidence with a reason prints the analyst's level, the derived one beside it,
// and the reason under the key judgments (docs/model.md#the-analysts-confidence).

import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);
// pdftotext splits Arabic words at joins, wraps runs in direction marks and moves short vowels
// (ـَ, ـً) across letters: compare without any of them.
const squash = (text: string) => text.replace(/[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]|\p{Mn}/gu, '');

test('npm run brief prints the analyst’s confidence, with the derived one, in English and Arabic', async ({
	request,
	baseURL
}) => {
	test.setTimeout(420_000);
	const base = JSON.parse(await readFile('scenarios/russia-dprk/baseline.json', 'utf8'));
	const confidence = {
		level: 'low',
		reason: { en: 'The rail traffic may be a deception.', ar: 'قد تكون حركة القطارات خداعاً.' }
	};
	const created = await request.post('/api/scenarios', {
		data: { scenario: { ...base, title: { en: 'Confidence brief', ar: 'إحاطة الثقة' }, confidence } }
	});
	expect(created.status()).toBe(201);
	const id: string = (await created.json()).scenario.id;

	const expected = {
		en: ['Low confidence (analyst’s judgment; derived:', 'The rail traffic may be a deception.'],
		// Words only: pdftotext reorders brackets in right-to-left runs.
		ar: ['ثقة منخفضة', 'تقدير المحلل', 'المستنتَجة من الأدلة', 'قد تكون حركة القطارات خداعاً']
	};
	for (const lang of ['en', 'ar'] as const) {
		const out = `test-results/brief-confidence-${lang}.pdf`;
		await run('npx', ['tsx', 'src/cli/brief.ts', id, '--out', out, '--lang', lang, '--url', baseURL ?? ''], {
			timeout: 150_000
		});
		const text = squash((await run('pdftotext', [out, '-'])).stdout);
		for (const words of expected[lang]) expect(text, `${out}: ${words}`).toContain(squash(words));
	}

	// A file with the preset's settings and the analyst's confidence, on a server the command runs
	// itself: the confidence travels in no link, so the file is imported, not briefed as the preset.
	await writeFile('test-results/own-confidence.json', JSON.stringify({ ...base, confidence }));
	const out = 'test-results/brief-confidence-file.pdf';
	await run('npx', ['tsx', 'src/cli/brief.ts', 'test-results/own-confidence.json', '--out', out], {
		timeout: 150_000
	});
	const text = squash((await run('pdftotext', [out, '-'])).stdout);
	for (const words of expected.en) expect(text, `${out}: ${words}`).toContain(squash(words));
});
