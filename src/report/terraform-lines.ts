// The Terraform side of a plan diff as lines, shared by the text and Markdown renderers: per resource its action
// (Terraform's own symbols: + create, ~ update, -/+ replace, - destroy) and its changed attributes, old → new;
// config files (multi-line strings) as a line diff.
import { formatPath, formatValue, isMultiline, lineDiff } from "./diff-attributes.js";
import { plural } from "./format.js";
import type { PlanDiff, TerraformAction, TerraformDestructive, TerraformResourceChange, TerraformStackDiff } from "./plan-types.js";
import type { TerraformPlanReport, TerraformPlanResource } from "./terraform-plan.js";

export const ACTION_SYMBOL: Readonly<Record<TerraformAction, string>> = { create: "+", update: "~", replace: "-/+", delete: "-" };

/** "1 to create, 2 to update, 1 to replace, 1 to destroy", the actions present only. */
export function actionCounts(s: TerraformStackDiff): string {
  const n = (a: TerraformAction) => s.resources.filter((r) => r.action === a).length;
  const parts = [
    [n("create"), "to create"],
    [n("update"), "to update"],
    [n("replace"), "to replace"],
    [n("delete"), "to destroy"],
  ] as const;
  const shown = parts.filter(([c]) => c > 0).map(([c, w]) => `${c} ${w}`);
  return shown.length === 0 ? "no change" : shown.join(", ");
}

/** The resource's header line and, indented, its changed attributes. */
export function resourceLines(r: TerraformResourceChange): string[] {
  const forced = r.replacePaths === undefined ? "" : ` (${r.replacePaths.map(formatPath).join(", ")} forces replacement)`;
  const unknown = r.replacementUnknown === true ? " (may be a replace: the type is not in aifactory's replacement table)" : "";
  const out = [`${ACTION_SYMBOL[r.action]} ${r.address}${forced}${unknown}`];
  for (const c of r.attributes) {
    if (isMultiline(c)) {
      out.push(`    ${formatPath(c.path)}:`);
      const before = typeof c.before === "string" ? c.before : "";
      const after = typeof c.after === "string" ? c.after : "";
      out.push(...lineDiff(before, after).map((l) => `      ${l}`));
    } else {
      out.push(`    ${formatPath(c.path)}: ${formatValue(c.before)} → ${formatValue(c.after)}`);
    }
  }
  return out;
}

export function destructiveOf(diff: PlanDiff): TerraformDestructive[] {
  return (diff.terraform ?? []).flatMap((s) => s.destructive);
}

/** One line per delete or replace: what goes, why, and for a namespace everything that goes with it. */
export function destructiveLine(d: TerraformDestructive, code: (address: string) => string = (a) => a): string {
  const what = d.namespace === undefined ? code(d.address) : `namespace ${d.namespace} (${code(d.address)})`;
  const verb = d.action === "delete" ? "deleted" : "replaced";
  const contents =
    d.namespace === undefined
      ? ""
      : d.contents.length === 0
        ? "; nothing else in it"
        : `, and with it ${plural(d.contents.length, "resource")} in the namespace: ${d.contents.map(code).join(", ")}`;
  return `stack ${d.stack}: ${what} ${verb}: ${d.reason}${contents}`;
}

/** "stack dev: Terraform 1.11.4 (plan.json): 6 changes, 1 unchanged; 2 disagree with aifactory's diff". */
export function terraformPlanHeadline(p: TerraformPlanReport): string {
  const version = p.terraformVersion === undefined ? "Terraform" : `Terraform ${p.terraformVersion}`;
  const verdict =
    p.resources.some((r) => r.agrees === null)
      ? "not compared (no --base)"
      : p.disagreements === 0
        ? "agrees with aifactory's diff"
        : `${plural(p.disagreements, "resource")} where Terraform and aifactory disagree`;
  const errored = p.errored ? "; Terraform's plan errored, so it is partial" : "";
  return `stack ${p.stack}: ${version} (${p.file}): ${plural(p.resources.filter((r) => r.terraform !== "no-change" && r.terraform !== "absent").length, "change")}, ${p.unchanged} unchanged; ${verdict}${errored}`;
}

/** Terraform's verdict with its reason: "replace (replace_because_cannot_update: triggers_replace)". */
export function terraformVerdictText(r: TerraformPlanResource): string {
  const why = [r.actionReason, ...(r.replacePaths ?? []).map(formatPath)].filter((x): x is string => x !== undefined);
  const name = r.terraform === "absent" ? "not in Terraform's plan" : r.terraform;
  return why.length === 0 ? name : `${name} (${why.join(": ")})`;
}

/** Disagreements first, then the rest, each by address. */
export function terraformPlanOrder(p: TerraformPlanReport): TerraformPlanResource[] {
  return [...p.resources].sort((a, b) => Number(a.agrees !== false) - Number(b.agrees !== false));
}
