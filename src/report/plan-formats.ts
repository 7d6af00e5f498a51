// Every format of the plan report, by name: `--format` is a lookup here, and a new format is one entry.
import { findingText, type FindingJson } from "../findings/format.js";
import type { Plan } from "./plan-types.js";
import { renderJson } from "./render-json.js";
import { renderMarkdown } from "./render-markdown.js";
import { renderSarif } from "./render-sarif.js";
import { renderText } from "./render-text.js";

export interface PlanRenderOptions {
  /** Terminal colour (text). @default false */
  readonly color?: boolean;
  /** Longest Markdown report, in characters. @default the renderer's (GitHub's comment limit) */
  readonly maxChars?: number;
}

export const PLAN_FORMATS = {
  text: (plan: Plan, o: PlanRenderOptions) => renderText(plan, { color: o.color ?? false }),
  markdown: (plan: Plan, o: PlanRenderOptions) => renderMarkdown(plan, o.maxChars === undefined ? {} : { maxChars: o.maxChars }),
  json: (plan: Plan) => renderJson(plan),
  sarif: (plan: Plan) => renderSarif(plan),
} as const satisfies Readonly<Record<string, (plan: Plan, options: PlanRenderOptions) => string>>;

export type PlanFormat = keyof typeof PLAN_FORMATS;

/** A blueprint that does not load has no plan: SARIF still carries its findings, the other formats say why. */
export function renderWithoutPlan(format: PlanFormat, findings: readonly FindingJson[], file: string): string {
  if (format === "sarif") return renderSarif({ findings, blueprint: { file, name: file } });
  if (format === "json") return `${JSON.stringify({ blueprint: { file }, findings }, null, 2)}\n`;
  const lines = findings.flatMap((f) => findingText(f, file).map((l) => `  ${l}`));
  return `${file} does not load, so there is no plan:\n${lines.join("\n")}\n`;
}
