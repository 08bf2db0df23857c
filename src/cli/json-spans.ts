// Where each value of a JSON text lies, so that a value can be replaced in place and everything
// else — key order, indentation, line breaks — stays byte for byte as the author wrote it.
// Reads only text that JSON.parse has accepted; as JSON.parse, a repeated key means its last one.

export type JsonSpan =
	| { kind: 'object'; start: number; end: number; members: Map<string, JsonMember> }
	| { kind: 'array'; start: number; end: number; items: JsonSpan[] }
	| { kind: 'scalar'; start: number; end: number };

export interface JsonMember {
	/** Offset of the key's opening quote: the member runs from here to the end of its value. */
	start: number;
	value: JsonSpan;
}

const WHITESPACE = /\s/;

export function jsonSpans(text: string): JsonSpan {
	let at = text.startsWith('\uFEFF') ? 1 : 0;

	const skipSpace = () => {
		while (at < text.length && WHITESPACE.test(text[at])) at++;
	};
	const expect = (char: string) => {
		skipSpace();
		if (text[at] !== char) throw new Error(`expected ${char} at offset ${at}`);
		at++;
	};
	const stringEnd = (from: number): number => {
		let i = from + 1;
		while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
		return i + 1;
	};

	const value = (): JsonSpan => {
		skipSpace();
		const start = at;
		if (text[at] === '{') {
			at++;
			const members = new Map<string, JsonMember>();
			let count = 0;
			skipSpace();
			while (text[at] !== '}') {
				if (count++ > 0) expect(',');
				skipSpace();
				const keyStart = at;
				at = stringEnd(at);
				const key = JSON.parse(text.slice(keyStart, at)) as string;
				expect(':');
				members.set(key, { start: keyStart, value: value() });
				skipSpace();
			}
			at++;
			return { kind: 'object', start, end: at, members };
		}
		if (text[at] === '[') {
			at++;
			const items: JsonSpan[] = [];
			skipSpace();
			while (text[at] !== ']') {
				if (items.length > 0) expect(',');
				items.push(value());
				skipSpace();
			}
			at++;
			return { kind: 'array', start, end: at, items };
		}
		if (text[at] === '"') at = stringEnd(at);
		else while (at < text.length && !/[\s,\]}]/.test(text[at])) at++;
		return { kind: 'scalar', start, end: at };
	};

	return value();
}

/** The member `key` of an object span, if the span is an object that has it. */
export function memberOf(span: JsonSpan | undefined, key: string): JsonMember | undefined {
	return span?.kind === 'object' ? span.members.get(key) : undefined;
}

/** The items of an array span; none for anything else. */
export function itemsOf(span: JsonSpan | undefined): JsonSpan[] {
	return span?.kind === 'array' ? span.items : [];
}

export interface Edit {
	start: number;
	end: number;
	text: string;
}

/** `text` with each edit's range replaced; the ranges must not overlap. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
	let out = text;
	for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
		out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
	}
	return out;
}
