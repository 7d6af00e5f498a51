// `aifactory validate`'s renderers: findings the way a compiler prints them, one summary line per file, and JSON.
import type { Analysis } from "../check/analyze.js";
import type { Finding } from "../findings/finding.js";
import { findingJson, findingText, type Paint } from "../findings/format.js";
import type { Totals } from "../model/types.js";
import { formatNumber } from "../text/numbers.js";

export interface Style {
  readonly error: (s: string) => string;
  readonly warning: (s: string) => string;
  readonly info: (s: string) => string;
  readonly bold: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly ok: (s: string) => string;
}

/** ANSI styling when `enabled` (the CLI decides: a TTY, and NO_COLOR unset or empty, no-color.org). */
export function ansiStyle(enabled: boolean): Style {
  const sgr = (open: number, close: number) => (s: string) => (enabled ? `\u001b[${open}m${s}\u001b[${close}m` : s);
  return { error: sgr(31, 39), warning: sgr(33, 39), info: sgr(36, 39), bold: sgr(1, 22), dim: sgr(2, 22), ok: sgr(32, 39) };
}

export function plural(n: number, word: string): string {
  return `${formatNumber(n, 0)} ${word}${n === 1 ? "" : "s"}`;
}

export function renderValidateText(analyses: readonly Analysis[], style: Style): string {
  const lines: string[] = [];
  for (const a of analyses) {
    for (const f of a.findings) lines.push(...findingLines(a.file, f, style));
    lines.push(summaryLine(a, style));
  }
  // Once per run, where there is something to explain.
  const first = analyses.flatMap((a) => a.findings)[0];
  if (first !== undefined) lines.push(style.dim(`Run \`aifactory explain ${first.code}\` (or any code) for what it checks, why, and how to fix it.`));
  return `${lines.join("\n")}\n`;
}

/** `file:line:col: error AIF-P001 message` then the fix, indented. */
export function findingLines(file: string, f: Finding, style: Style): string[] {
  return findingText(findingJson(f), file, paintOf(style));
}

function paintOf(style: Style): Paint {
  return {
    bold: style.bold,
    dim: style.dim,
    severity: (severity, s) => (severity === "error" ? style.error(s) : severity === "warning" ? style.warning(s) : style.info(s)),
  };
}

export function summaryLine(a: Analysis, style: Style): string {
  const errors = a.findings.filter((f) => f.severity === "error").length;
  const warnings = a.findings.filter((f) => f.severity === "warning").length;
  const counts = `${plural(errors, "error")}, ${plural(warnings, "warning")}`;
  const head = `${style.bold(`${a.file}:`)} ${errors > 0 ? style.error(counts) : warnings > 0 ? style.warning(counts) : style.ok(counts)}`;
  if (!a.model) return `${head}; not resolved`;
  const t = a.model.program.totals;
  const totals = `${plural(t.gpus, "GPU")} (${plural(t.dies, "die")}), ${plural(t.nodes, "node")}, ${plural(t.racks, "rack")}, ${formatMW(t.itMW)} MW IT, ${formatMW(t.facilityMW)} MW facility`;
  const switches = a.model.sites
    .flatMap((s) => s.clusters.map((c) => c.networking))
    .filter((n) => n.leafSwitches > 0 && n.switchPowerKW.confidence === "unconfirmed")
    .map((n) => `${n.switchModel} power`);
  const unconfirmed = [...a.model.systems.filter((s) => s.unconfirmed.length > 0).map((s) => s.id), ...new Set(switches)];
  const overridden = a.model.systems.filter((s) => s.overridden.length > 0).map((s) => s.id);
  const notes = [
    unconfirmed.length > 0 ? `UNCONFIRMED figures: ${unconfirmed.join(", ")}` : "",
    overridden.length > 0 ? `overridden: ${overridden.join(", ")}` : "",
  ].filter((s) => s !== "");
  return `${head}; ${totals}${notes.length > 0 ? style.dim(` (${notes.join("; ")}; see \`aifactory catalog ${a.file}\`)`) : ""}`;
}

/** MW with the precision that matters at its scale: 0.152, 12.35, 8,333.3. */
const formatMW = (mw: number) => formatNumber(mw, mw < 1 ? 3 : mw < 100 ? 2 : 1);

const totalsJson = (t: Totals) => ({
  gpus: t.gpus,
  dies: t.dies,
  nodes: t.nodes,
  racks: t.racks,
  itMW: t.itMW,
  systemsItMW: t.systemsItMW,
  networkItMW: t.networkItMW,
  facilityMW: t.facilityMW,
  switches: t.switches,
});

/** The machine-readable result: findings plus resolved totals per program, phase and site; `exitCode` is the CLI's. */
export function validationJson(analyses: readonly Analysis[], exitCode: number) {
  return {
    exitCode,
    files: analyses.map((a) => ({
      file: a.file,
      errors: a.findings.filter((f) => f.severity === "error").length,
      warnings: a.findings.filter((f) => f.severity === "warning").length,
      findings: a.findings.map(findingJson),
      totals: a.model
        ? {
            program: { powerCapMW: a.model.program.powerCapMW, ...totalsJson(a.model.program.totals) },
            phases: a.model.phases.map((p) => ({
              name: p.name,
              online: p.online,
              cumulativeCapMW: p.cumulativeCapMW,
              ...totalsJson(p.totals),
              cumulative: totalsJson(p.cumulativeTotals),
            })),
            sites: a.model.sites.map((s) => ({
              name: s.name,
              partner: s.partner,
              phase: s.phase,
              gridInterconnectMW: s.gridInterconnectMW,
              pue: s.pue,
              ...totalsJson(s.totals),
            })),
          }
        : null,
      systems: a.model
        ? a.model.systems.map((s) => ({ id: s.id, overridden: s.overridden, unconfirmed: s.unconfirmed }))
        : [],
    })),
  };
}
