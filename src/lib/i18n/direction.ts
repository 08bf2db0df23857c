const rightToLeft = new Set(['ar', 'he', 'fa', 'ur']);

export function localeDirection(locale: string): 'rtl' | 'ltr' {
	return rightToLeft.has(locale) ? 'rtl' : 'ltr';
}
