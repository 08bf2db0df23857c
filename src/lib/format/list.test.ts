import { describe, expect, it } from 'vitest';
import { listText } from './list';

describe('listText', () => {
	it('joins names as each language does', () => {
		expect(listText(['Ceasefire'], 'en')).toBe('Ceasefire');
		expect(listText(['Ceasefire', 'Deal', 'Summit'], 'en')).toBe('Ceasefire, Deal and Summit');
		expect(listText(['هدنة', 'صفقة'], 'ar')).toBe('هدنة وصفقة');
	});
});
