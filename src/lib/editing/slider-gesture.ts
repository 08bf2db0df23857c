// When a slider's movement ends, so that one gesture is one undo step: a pointer drag ends when
// the pointer lets go; a run of key presses (arrows, Page Up/Down, Home/End) ends after a quiet
// spell or when focus leaves the slider — not at each press, which would make ten undo steps of
// ten arrow presses.

/** A run of key presses ends this long after the last one. */
export const KEY_RUN_QUIET_MS = 800;

/** Keys that move a range input. */
const MOVING_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End']);

export function movesSlider(key: string): boolean {
	return MOVING_KEYS.has(key);
}

export class SliderGesture {
	#settle: () => void;
	#quietMs: number;
	#timer: ReturnType<typeof setTimeout> | undefined;
	/** A moving key was pressed and its change not yet seen. */
	#keyed = false;

	constructor(settle: () => void, quietMs = KEY_RUN_QUIET_MS) {
		this.#settle = settle;
		this.#quietMs = quietMs;
	}

	/** A key that moves the slider went down: the change it brings is part of a key run. */
	key(key: string): void {
		if (movesSlider(key)) this.#keyed = true;
	}

	/** The value was committed (the input's `change`): a key run goes on, a pointer drag ends. */
	changed(): void {
		if (!this.#keyed) return this.end();
		this.#keyed = false;
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => this.end(), this.#quietMs);
	}

	/** The gesture ends now (focus left, the pointer let go, or the slider is going away). */
	end(): void {
		clearTimeout(this.#timer);
		this.#timer = undefined;
		this.#keyed = false;
		this.#settle();
	}
}
