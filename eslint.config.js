// ESLint, flat config: JavaScript and TypeScript recommended rules, Svelte's, and Prettier owns layout.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'src/lib/paraglide/',
			'node_modules/',
			'data/',
			'test-results/',
			'playwright-report/',
			'static/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// Unused names are mistakes, except a deliberate leading underscore.
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			// The app is served at the root (no kit.paths.base) and every link is built and localized
			// by $lib/links, so resolve() would add nothing.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	// The layers of docs/architecture.md, enforced: what each folder may import.
	{
		files: ['src/**'],
		ignores: ['src/lib/model/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: '(^|/|\\$)lib/model/(?!index$)[^/]+$',
							message: 'Use the engine through $lib/model (its index.ts).'
						},
						{ regex: '^(\\.\\./)+model/(?!index$)', message: 'Use the engine through $lib/model (its index.ts).' },
						{ regex: '^(\\.\\./)+(bench|scripts)/', message: 'Nothing under src/ imports bench/ or scripts/.' }
					]
				}
			]
		}
	},
	{
		files: ['src/lib/model/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: '^(\\$lib|\\$app|svelte|chart\\.js|zod$|\\.\\./)',
							message: 'The engine is pure: it imports nothing of the app, Svelte, Chart.js or zod.'
						}
					]
				}
			]
		}
	},
	{
		files: [
			'src/lib/components/**',
			'src/lib/state/**',
			'src/lib/charts/**',
			'src/lib/briefing/**',
			'src/routes/**/*.svelte'
		],
		// Tests run in Node and may read the shipped presets from disk.
		ignores: ['**/*.test.ts', '**/test-*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ regex: '^\\$lib/server', message: "Server-only code stays under src/lib/server and routes' *.server.ts." }
					]
				}
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
		}
	}
);
