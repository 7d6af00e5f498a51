// The plan for a terminal: aligned tables, a bar of power against the cap, colour only when asked
// (the CLI asks on a TTY without NO_COLOR).
import { findingText, type Paint } from "../findings/format.js";
import { percent, plural, power } from "./format.js";
import type { Plan, PlanDiff } from "./plan-types.js";
import {
  anchorLines,
  catalogRows,
  clusterRows,
  diffTotalRows,
  energyLines,
  fundingLines,
  headroomRows,
  phaseRows,
  poolChangeRows,
  poolRows,
  siteRows,
  type Rows,
} from "./rows.js";
import { textTable } from "./table.js";
import { costBasisLines, costDiffRows, costRows } from "./cost-rows.js";
import {
  ACTION_SYMBOL,
  actionCounts,
  destructiveLine,
  destructiveOf,
  resourceLines,
  terraformPlanHeadline,
  terraformPlanOrder,
  terraformVerdictText,
} from "./terraform-lines.js";
import type { TerraformPlanReport } from "./terraform-plan.js";

export interface TextOptions {
  /** ANSI colours. @default false */
  readonly color?: boolean;
  /** Width of the power bar in characters. @default 40 */
  readonly barWidth?: number;
}

type Style = "bold" | "dim" | "red" | "yellow" | "green" | "cyan";
const CODES: Record<Style, [number, number]> = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  yellow: [33, 39],
  green: [32, 39],
  cyan: [36, 39],
};

export function renderText(plan: Plan, options: TextOptions = {}): string {
  const paint = (style: Style, s: string): string =>
    options.color === true ? `\u001b[${CODES[style][0]}m${s}\u001b[${CODES[style][1]}m` : s;
  const table = (r: Rows, indent = "  ") => textTable(r.columns, r.rows, indent);
  const heading = (s: string) => ["", paint("bold", s)];
  const s = plan.summary;
  const out: string[] = [];

  out.push(paint("bold", `aifactory plan: ${plan.blueprint.name}`) + ` (${plan.blueprint.file})`);
  if (plan.blueprint.illustrative !== undefined) out.push(paint("dim", `illustrative: ${plan.blueprint.illustrative}`));
  out.push("");
  const barStyle: Style = s.capPercent > 100 ? "red" : s.capPercent >= 90 ? "yellow" : "green";
  out.push(
    `power  ${paint(barStyle, bar(s.capPercent, options.barWidth ?? 40))}  ${power(s.facilityMW)} of ${power(s.capMW)} cap (${percent(s.capPercent)})`,
  );
  out.push(
    [plural(s.gpus, "GPU"), plural(s.dies, "GPU die"), plural(s.racks, "rack"), plural(s.nodes, "node"), plural(s.clusters, "cluster"), plural(s.pools, "pool"), plural(s.sites, "site")].join("  ") + `  IT ${power(s.itMW)}`,
  );
  const c = plan.findingCounts;
  const counts = `${c.error} error${c.error === 1 ? "" : "s"}, ${c.warning} warning${c.warning === 1 ? "" : "s"}, ${c.info} info`;
  out.push(`findings: ${c.error > 0 ? paint("red", counts) : c.warning > 0 ? paint("yellow", counts) : paint("green", counts)}`);

  if (plan.diff !== undefined) out.push(...destructiveText(plan.diff, heading, paint), ...diffText(plan.diff, table, heading));
  if (plan.terraformPlans !== undefined) out.push(...terraformPlanText(plan.terraformPlans, heading, paint));

  out.push(...heading("Phases"), ...table(phaseRows(plan)));
  out.push(...heading("Sites"), ...table(siteRows(plan)));
  if (plan.funding !== undefined) out.push(...heading("Funding"), ...fundingLines(plan).map((l) => `  ${l}`));
  const anchors = anchorLines(plan);
  if (anchors.length > 0) out.push(...heading("Public anchors"), ...anchors.map((l) => `  ${l}`));
  out.push(...heading("Energy"), ...energyLines(plan).map((l) => `  ${l}`));
  if (plan.cost !== undefined) out.push(...heading("Cost and capital"), ...table(costRows(plan.cost)), ...costBasisLines(plan.cost).map((l) => `  ${l}`));

  out.push(...heading(`Findings (${counts})`));
  if (plan.findings.length === 0) out.push("  none");
  const findingPaint: Paint = {
    bold: (s) => s,
    dim: (s) => paint("dim", s),
    severity: (severity, s) => paint(severity === "error" ? "red" : severity === "warning" ? "yellow" : "cyan", s),
  };
  for (const f of plan.findings) out.push(...findingText(f, plan.blueprint.file, findingPaint).map((l) => `  ${l}`));

  out.push(...heading("Clusters"), ...table(clusterRows(plan)));
  for (const cl of plan.clusters) {
    out.push("", `  ${paint("bold", cl.name)} pools`, ...table(poolRows(cl), "    "));
  }
  const cat = catalogRows(plan);
  if (cat.rows.length > 0) out.push(...heading("Catalog figures: overrides and UNCONFIRMED"), ...table(cat));
  return `${out.join("\n")}\n`;
}

/** "[██████████░░░░░░░░░░]" filled to percent, clipped at the width (over 100% shows full, the figure says by how much). */
export function bar(percentValue: number, width: number): string {
  const filled = Math.max(0, Math.min(width, Math.round((percentValue / 100) * width)));
  return `[${"█".repeat(filled)}${"░".repeat(width - filled)}]`;
}

function diffText(
  diff: PlanDiff,
  table: (r: Rows, indent?: string) => string[],
  heading: (s: string) => string[],
): string[] {
  const out = heading(`Changes against ${diff.base}`);
  if (diff.note !== undefined) out.push(`  ${diff.note}`);
  if (!diff.changed) return [...out, "  no change"];
  if (diff.totals.length > 0) out.push(...table(diffTotalRows(diff)));
  const pools = poolChangeRows(diff);
  if (pools.rows.length > 0) out.push("", "  pools", ...table(pools, "    "));
  if (diff.headroom.length > 0) out.push("", "  headroom", ...table(headroomRows(diff), "    "));
  if ((diff.cost ?? []).length > 0) out.push("", "  cost", ...table(costDiffRows(diff), "    "));
  for (const s of diff.terraform ?? []) {
    out.push("", `  terraform stack ${s.stack} (${s.status}): ${actionCounts(s)}`);
    out.push(...s.resources.flatMap(resourceLines).map((l) => `    ${l}`));
  }
  return out;
}

/** Deletes and replaces, before anything else: what a reviewer must not miss. */
function destructiveText(diff: PlanDiff, heading: (s: string) => string[], paint: (style: Style, s: string) => string): string[] {
  const all = destructiveOf(diff);
  if (all.length === 0) return [];
  return [...heading(paint("red", `Destructive changes (${all.length})`)), ...all.map((d) => `  ${ACTION_SYMBOL[d.action]} ${destructiveLine(d)}`)];
}

function terraformPlanText(
  plans: readonly TerraformPlanReport[],
  heading: (s: string) => string[],
  paint: (style: Style, s: string) => string,
): string[] {
  const out = heading("Terraform plans");
  for (const p of plans) {
    out.push(`  ${terraformPlanHeadline(p)}`);
    for (const r of terraformPlanOrder(p)) {
      const mark = r.agrees === false ? paint("red", "DISAGREE") : r.agrees === true ? "agrees" : "";
      const ours = r.aifactory === null ? "" : `; aifactory: ${r.aifactory}`;
      out.push(`    ${r.address}: Terraform ${terraformVerdictText(r)}${ours}${mark === "" ? "" : `  ${mark}`}`);
    }
  }
  return out;
}
