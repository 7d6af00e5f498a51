// The Terraform side of a plan diff as lines, shared by the text and Markdown renderers: per resource its action
// (Terraform's own symbols: + create, ~ update, -/+ replace, - destroy) and its changed attributes, old → new;
// config files (multi-line strings) as a line diff.
import { formatPath, formatValue, isMultiline, lineDiff } from "./diff-attributes.js";
import { plural } from "./format.js";
import type { PlanDiff, TerraformAction, TerraformDestructive, TerraformResourceChange, TerraformStackDiff } from "./plan-types.js";

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
