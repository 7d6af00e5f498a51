// PLACEHOLDER until core-model-rules lands src/rules/index.ts: delete then.
import type { Finding } from "../findings/finding.js";
import type { ResolvedFactory } from "../model/types.js";

export function checkFactory(_model: ResolvedFactory): Finding[] {
  return [];
}
