// ESLint, flat config: JavaScript and TypeScript recommended rules, Svelte's, and Prettier owns layout.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const ENGINE_ONLY_THROUGH_INDEX = 'Use the engine through $lib/model (its index.ts).';
/** Everywhere under src/ but the engine itself. */
const SRC_PATTERNS = [
	{ regex: '(^|/|\\$)lib/model/(?!index$)[^/]+$', message: ENGINE_ONLY_THROUGH_INDEX },
	{ regex: '^(\\.\\./)+model/(?!index$)', message: ENGINE_ONLY_THROUGH_INDEX },
	{ regex: '^(\\.\\./)+(bench|scripts)/', message: 'Nothing under src/ imports bench/ or scripts/.' },
	{
		regex: '((^|/|\\$)lib/|^(\\.\\./)+)model(/index)?$',
		importNames: ['slowReferenceSimulate'],
		message: 'The reference engine is for the engine’s tests and the bench, not the app.'
	}
];
/** The engine is pure. */
const ENGINE_PATTERNS = [
	{
		regex: '^(\\$lib|\\$app|svelte|chart\\.js|zod$|\\.\\./)',
		message: 'The engine is pure: it imports nothing of the app, Svelte, Chart.js or zod.'
	}
];
/** Code that runs in the browser. */
const CLIENT_FILES = [
	'src/lib/components/**',
	'src/lib/state/**',
	'src/lib/charts/**',
	'src/lib/briefing/**',
	'src/lib/evidence/**',
	'src/lib/links/**',
	'src/lib/format/**',
	'src/lib/worker/**',
	'src/routes/**/*.svelte'
];
const CLIENT_PATTERNS = [
	{
		regex: '(^\\$lib/server|(^|/)server/)',
		message: "Server-only code stays under src/lib/server and routes' *.server.ts."
	}
];

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
	// The layers of docs/architecture.md, enforced: what each folder may import. A later block's
	// setting of a rule replaces an earlier one, so the client block repeats the patterns for all.
	{
		files: ['src/**'],
		ignores: ['src/lib/model/**'],
		rules: { 'no-restricted-imports': ['error', { patterns: SRC_PATTERNS }] }
	},
	{
		files: ['src/lib/model/**'],
		rules: { 'no-restricted-imports': ['error', { patterns: ENGINE_PATTERNS }] }
	},
	{
		files: CLIENT_FILES,
		// Tests run in Node and may read the shipped presets from disk.
		ignores: ['**/*.test.ts', '**/test-*.ts'],
		rules: { 'no-restricted-imports': ['error', { patterns: [...SRC_PATTERNS, ...CLIENT_PATTERNS] }] }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
		}
	}
);
