// The forecast record's data: what a saved revision forecast, what happened, and how the two
// compare. Plain data, the same in the database, the API, the page and the CSV.

/** One outcome's probability at one year-end, as a saved revision gave it. */
export interface ForecastRow {
	scenarioId: string;
	revision: number;
	modelId: string;
	/** The year-end forecast, `YYYY-12`. */
	target: string;
	outcome: string;
	probability: number;
	/** The revision's own creation time (ISO-8601): when the forecast was made. */
	madeAt: string;
	authorId: string | null;
	authorName: string;
}

/** Which outcome of a question (a model) held at a year-end, said by an admin with a source. */
export interface Resolution {
	modelId: string;
	/** `YYYY-12`, a year-end of the model's horizon. */
	date: string;
	outcome: string;
	source: string;
	note: string;
	resolvedAt: string;
	resolvedById: string | null;
	resolvedByName: string;
}

/** A forecast as scored: one revision's probabilities for one resolved year-end. */
export interface ScoredForecast {
	scenarioId: string;
	revision: number;
	modelId: string;
	target: string;
	madeAt: string;
	authorId: string | null;
	authorName: string;
	/** In the model's order of outcomes (worst → best). */
	probabilities: number[];
	/** Index of the outcome that held. */
	observed: number;
	brier: number;
	rankedProbability: number;
	/** The baseline preset's Brier score for the same target; null when the model has no baseline. */
	baselineBrier: number | null;
	/** The uniform forecast's (1/K each) Brier score. */
	uniformBrier: number;
}

/** Scores of a group of forecasts (a scenario's, an analyst's, everyone's). */
export interface ScoreSummary {
	count: number;
	meanBrier: number;
	meanRankedProbability: number;
	/** Over the same forecasts; null when none of them has a baseline. */
	meanBaselineBrier: number | null;
	meanUniformBrier: number;
}

/** One bin of the reliability diagram. */
export interface CalibrationBin {
	/** The bin is [from, to); the last one includes 1. */
	from: number;
	to: number;
	count: number;
	/** Mean forecast probability in the bin; null when empty. */
	meanForecast: number | null;
	/** Share of the bin's binary forecasts whose outcome held; null when empty. */
	observedFrequency: number | null;
}

/** A question (a model) as the track record shows it. */
export interface QuestionRecord {
	modelId: string;
	title: { en: string; ar: string };
	outcomes: {
		id: string;
		label: { en: string; ar: string };
		color: string | null;
		/** Resolution criteria; null when the model states none. */
		resolution: { en: string; ar: string } | null;
	}[];
	/** The horizon's year-ends (`YYYY-12`) and whether each can be resolved today (ended, not resolved). */
	dates: { date: string; resolvable: boolean }[];
	resolutions: Resolution[];
}

/** A summary row: a scenario's or an analyst's scored forecasts. */
export interface SummaryRow {
	key: string;
	/** The scenario's title, or the analyst's name in both languages. */
	label: { en: string; ar: string };
	summary: ScoreSummary;
}

/** Everything the track-record page and GET /api/forecasts say about the record. */
export interface TrackRecord {
	questions: QuestionRecord[];
	/** Stored forecasts: (revision, year-end) pairs, and the revisions they come from. */
	forecastCount: number;
	revisionCount: number;
	/** Saved revisions whose forecasts were still being computed when the record was read. */
	pendingCount: number;
	overall: ScoreSummary | null;
	byScenario: SummaryRow[];
	byAnalyst: SummaryRow[];
	calibration: CalibrationBin[];
}
