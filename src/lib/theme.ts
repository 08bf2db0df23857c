export type Theme = 'light' | 'dark';

export function themeFromCookie(value: string | undefined): Theme | undefined {
	return value === 'light' || value === 'dark' ? value : undefined;
}
