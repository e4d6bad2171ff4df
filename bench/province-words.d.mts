/** mulberry32: small, fast, and the same sequence on every machine. */
export function random(seed: number): () => number;
/** Assessment sentences many schools share. */
export const COMMON: {
  readonly strengths: readonly string[];
  readonly limitations: readonly string[];
  readonly next_steps: readonly string[];
  readonly proposals: readonly string[];
};
export const MODEL_KINDS: readonly string[];
export const MODEL_TOPICS: readonly string[];
export const INCIDENTS: readonly string[];
