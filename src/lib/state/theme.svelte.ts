// Light or dark, chosen by the analyst (a cookie, so the server renders it) or else the system's.

import { getContext, setContext } from 'svelte';
import type { Theme } from '$lib/theme';

const YEAR_SECONDS = 60 * 60 * 24 * 365;

export class ThemeState {
	current: Theme = $state('light');

	constructor(initial: Theme) {
		this.current = initial;
	}

	/** The theme in force in a browser: the document's attribute, or the system preference. */
	static fromDocument(): Theme {
		if (typeof document === 'undefined') return 'light';
		const chosen = document.documentElement.dataset.theme;
		if (chosen === 'light' || chosen === 'dark') return chosen;
		return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
	}

	set(theme: Theme): void {
		this.current = theme;
		document.documentElement.dataset.theme = theme;
		document.cookie = `theme=${theme}; path=/; max-age=${YEAR_SECONDS}; samesite=lax`;
	}
}

const KEY = Symbol('theme');

export function provideTheme(theme: ThemeState): ThemeState {
	return setContext(KEY, theme);
}

export function useTheme(): ThemeState {
	return getContext<ThemeState>(KEY);
}
