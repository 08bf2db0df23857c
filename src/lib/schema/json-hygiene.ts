// What no JSON the app reads may hold, whatever its schema: a name that reaches an object's
// prototype (`__proto__`, `constructor`, `prototype`) as a key — JSON.parse keeps `__proto__` as an
// own key, which records then silently dropped, and `constructor` is found on every plain object —
// and text that is not clean Unicode: NUL and other C0 control characters (tab, newline and
// carriage return are text), and unpaired surrogates, which no UTF-8 file or database can carry.
// Checked on the parsed value, before any schema, so every request body and file gets it.

import { formatPath, type Problem } from './problem';

export const RESERVED_NAMES: readonly string[] = ['__proto__', 'constructor', 'prototype'];

/** Reported per value; a body full of them gets this many, not a million. */
const MAX_PROBLEMS = 20;

function codePoint(char: string): string {
	return `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Why `text` is not clean text (naming the character and where), or null when it is. */
export function textProblem(text: string): string | null {
	// eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
	const control = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.exec(text);
	if (control) {
		const name = control[0] === '\u0000' ? 'a NUL character' : 'a control character';
		return `contains ${name} (${codePoint(control[0])}) at position ${control.index}: only printable text, tabs and line breaks are accepted`;
	}
	const lone = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.exec(text);
	if (lone) {
		return `contains an unpaired surrogate (${codePoint(lone[0])}) at position ${lone.index}: not valid Unicode text`;
	}
	return null;
}

export function reservedNameProblem(name: string): string | null {
	return RESERVED_NAMES.includes(name)
		? `"${name}" is a reserved name (it reaches JavaScript's object prototype) and cannot be used as an id or key`
		: null;
}

interface Visit {
	value: unknown;
	key: string | number | null;
	parent: Visit | null;
	/** Why the key leading here is refused: reported when reached, so problems come in document order. */
	badKey?: string;
}

function pathOf(visit: Visit): (string | number)[] {
	const path: (string | number)[] = [];
	for (let at: Visit | null = visit; at && at.key !== null; at = at.parent) path.push(at.key);
	return path.reverse();
}

function keyProblem(key: string): string | undefined {
	const unclean = textProblem(key);
	return reservedNameProblem(key) ?? (unclean ? `the key ${unclean}` : undefined);
}

/**
 * Every reserved key and unclean text in `value` (keys and strings, at any depth), at its path,
 * in document order. Iterative, so a deeply nested body cannot exhaust the stack.
 */
export function jsonHygieneProblems(value: unknown, file: string): Problem[] {
	const problems: Problem[] = [];
	const stack: Visit[] = [{ value, key: null, parent: null }];
	while (stack.length > 0 && problems.length < MAX_PROBLEMS) {
		const visit = stack.pop() as Visit;
		const current = visit.value;
		const found = visit.badKey ?? (typeof current === 'string' ? textProblem(current) : null);
		if (found) {
			problems.push({ file, path: formatPath(pathOf(visit)), message: found });
		} else if (Array.isArray(current)) {
			for (let i = current.length - 1; i >= 0; i--) stack.push({ value: current[i], key: i, parent: visit });
		} else if (typeof current === 'object' && current !== null) {
			const entries = Object.entries(current);
			for (let i = entries.length - 1; i >= 0; i--) {
				const [key, child] = entries[i];
				stack.push({ value: child, key, parent: visit, badKey: keyProblem(key) });
			}
		}
	}
	return problems;
}
