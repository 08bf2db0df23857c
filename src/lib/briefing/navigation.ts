// Where a presentation stands — which slide, and how much of it is revealed — and how keys move
// it. Pure, so the rules (reveal steps, ends of the deck, mirrored arrows) are tested in node.

export interface Position {
	slide: number;
	/** 0 … steps − 1; the last step shows the slide in full. */
	step: number;
}

export type Move = 'next' | 'previous' | 'first' | 'last' | 'exit' | 'fullscreen';
/** The moves that change the position (the others leave the deck or change the window). */
export type PositionMove = Exclude<Move, 'exit' | 'fullscreen'>;

/**
 * The key's move, or null when the key is not the deck's. In Arabic the deck reads right to
 * left, so ← goes forward and → goes back, as pages turn in an Arabic book; Space, Page Down and
 * ↓ go forward (and Page Up, ↑, Shift+Space back) in both languages. F toggles full screen; `code`
 * (the physical key) finds it on an Arabic keyboard too, where that key types «ب».
 */
export function moveForKey(
	key: string,
	{ rtl, shift, code }: { rtl: boolean; shift: boolean; code?: string }
): Move | null {
	if (code === 'KeyF') return 'fullscreen';
	switch (key) {
		case 'f':
		case 'F':
			return 'fullscreen';
		case 'ArrowRight':
			return rtl ? 'previous' : 'next';
		case 'ArrowLeft':
			return rtl ? 'next' : 'previous';
		case ' ':
		case 'Spacebar':
			return shift ? 'previous' : 'next';
		case 'PageDown':
		case 'ArrowDown':
			return 'next';
		case 'PageUp':
		case 'ArrowUp':
			return 'previous';
		case 'Home':
			return 'first';
		case 'End':
			return 'last';
		case 'Escape':
			return 'exit';
		default:
			return null;
	}
}

function last(steps: readonly number[], slide: number): number {
	return Math.max(1, steps[slide] ?? 1) - 1;
}

/** A position inside the deck: slide and step clamped to what exists. */
export function clampPosition(position: Position, steps: readonly number[]): Position {
	const slide = Math.min(Math.max(0, Math.round(position.slide)), Math.max(0, steps.length - 1));
	return { slide, step: Math.min(Math.max(0, Math.round(position.step)), last(steps, slide)) };
}

/**
 * Forward reveals the next step before leaving a slide; back hides it again, and going back to
 * an earlier slide shows that slide in full (the audience has already seen all of it). `last`
 * lands on the final slide in full. The ends of the deck hold still.
 */
export function applyMove(position: Position, steps: readonly number[], move: PositionMove): Position {
	const here = clampPosition(position, steps);
	const end = steps.length - 1;
	switch (move) {
		case 'first':
			return { slide: 0, step: 0 };
		case 'last':
			return { slide: Math.max(0, end), step: last(steps, Math.max(0, end)) };
		case 'next':
			if (here.step < last(steps, here.slide)) return { slide: here.slide, step: here.step + 1 };
			return here.slide < end ? { slide: here.slide + 1, step: 0 } : here;
		case 'previous':
			if (here.step > 0) return { slide: here.slide, step: here.step - 1 };
			return here.slide > 0 ? { slide: here.slide - 1, step: last(steps, here.slide - 1) } : here;
	}
}

/** "3 / 9" and the bar's share: slides count, not steps, so the number matches the audience's view. */
export function progress(
	position: Position,
	steps: readonly number[]
): { current: number; total: number; fraction: number } {
	const total = steps.length;
	const current = total === 0 ? 0 : clampPosition(position, steps).slide + 1;
	return { current, total, fraction: total === 0 ? 0 : current / total };
}
