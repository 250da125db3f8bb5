// Shapes shared by the accuracy scorers: each task scores one corpus and reports rows of metrics.

/** One line of a scorer's table: a corpus split and its figures. */
export interface EvalRow {
  /** What was scored, e.g. `dev`, `set A`, `our pipeline`, `baseline: Readability`. */
  label: string;
  /** Metric name → value (fractions in 0..1 unless the metric's name says otherwise). */
  metrics: Record<string, number>;
  /** How many items the figures rest on (documents, quotes, pages…). */
  count?: number;
}

export interface EvalResult {
  task: string;
  corpus: string;
  /** The metric the task's goal is stated in, and the goal itself. */
  headline: { metric: string; goal: string; reference: string };
  rows: EvalRow[];
  /** Anything a reader of the figures must know (skipped files, options used). */
  notes: string[];
  seconds: number;
}

export interface EvalContext {
  /** Absolute path of the corpora folder (`../shared/corpora` unless BRIEFING_CORPORA says otherwise). */
  corporaDir: string;
  /** Absolute path of the project root. */
  projectDir: string;
  /** Progress lines go here, not to stdout. */
  log: (line: string) => void;
}

export interface Scorer {
  task: string;
  /** The corpus folder under corporaDir this scorer needs; it skips when it is absent. */
  corpus: string;
  run(context: EvalContext): Promise<Omit<EvalResult, 'seconds'>>;
}
