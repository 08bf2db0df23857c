// The one-line reason for a confidence level, in English and Arabic, naming the drivers.

import type { BilingualText } from '$lib/model';
import type { ConfidenceLevel, ConfidenceReason } from './confidence';

export const CONFIDENCE_WORDS: Record<ConfidenceLevel, BilingualText> = {
	high: { en: 'High confidence', ar: 'ثقة عالية' },
	moderate: { en: 'Moderate confidence', ar: 'ثقة متوسطة' },
	low: { en: 'Low confidence', ar: 'ثقة منخفضة' }
};

function listEn(labels: readonly string[]): string {
	const quoted = labels.map((l) => `“${l}”`);
	return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}

function listAr(labels: readonly string[]): string {
	return labels.map((l) => `«${l}»`).join(' و');
}

/** The reason's clause: the drivers named, singular or plural. */
function clause(reason: ConfidenceReason, en: string, ar: string, many: boolean): BilingualText {
	switch (reason) {
		case 'no-drivers':
			return { en: 'no driver moves the outcome', ar: 'لا عامل يحرّك النتيجة' };
		case 'no-evidence':
			return { en: `no evidence pushes ${en} either way`, ar: `لا دليل يدفع ${ar} في أي اتجاه` };
		case 'against-evidence':
			return {
				en: `the assessment of ${en} runs against the balance of ${many ? 'their' : 'its'} evidence`,
				ar: `التقدير يخالف ميزان الأدلة في ${ar}`
			};
		case 'single-source':
			return {
				en: many ? `${en} each rest on a single source` : `${en} rests on a single source`,
				ar: `مصدر واحد فقط وراء ${many ? 'كلٍّ من ' : ''}${ar}`
			};
		case 'low-grade-only':
			return {
				en: `${en} ${many ? 'rest' : 'rests'} on low-grade evidence only`,
				ar: `أدلة متدنية التصنيف فقط وراء ${many ? 'كلٍّ من ' : ''}${ar}`
			};
		case 'conflicting':
			return { en: `the evidence on ${en} conflicts`, ar: `الأدلة متعارضة بشأن ${ar}` };
		case 'no-high-grade':
			return {
				en: `no confirmed or probable information from a reliable source (A–C, 1–2) behind ${en}`,
				ar: `لا معلومة مؤكدة أو مرجّحة من مصدر موثوق (A–C، 1–2) وراء ${ar}`
			};
		case 'agreement':
			return {
				en: `the heaviest ${many ? 'drivers' : 'driver'}, ${en}, ${many ? 'each rest' : 'rests'} on several sources in agreement, with confirmed or probable information from a reliable source`,
				ar: `أثقل العوامل وزناً، ${ar}، ${many ? 'يستند كلٌّ منها' : 'يستند'} إلى مصادر عدة متفقة، منها معلومة مؤكدة أو مرجّحة من مصدر موثوق`
			};
	}
}

export function confidenceText(
	level: ConfidenceLevel,
	reason: ConfidenceReason,
	labels: readonly BilingualText[]
): { text: BilingualText; because: BilingualText } {
	const many = labels.length > 1;
	const body = clause(reason, listEn(labels.map((l) => l.en)), listAr(labels.map((l) => l.ar)), many);
	// A weakness is said of some of the heaviest drivers; agreement names them all itself.
	const among =
		reason === 'no-drivers' || reason === 'agreement'
			? { en: '', ar: '' }
			: { en: 'of the heaviest drivers, ', ar: 'من بين أثقل العوامل وزناً، ' };
	const because = { en: `${among.en}${body.en}`, ar: `${among.ar}${body.ar}` };
	return {
		because,
		text: {
			en: `${CONFIDENCE_WORDS[level].en}: ${because.en}`,
			ar: `${CONFIDENCE_WORDS[level].ar}: ${because.ar}`
		}
	};
}
