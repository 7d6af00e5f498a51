// `aifactory validate [FILES...]`: findings the way a compiler prints them, then one summary line per file.
import { InvalidArgumentError, Option, type Command } from "commander";
import { findingJson, findingText, type Paint } from "../../findings/format.js";
import type { Analysis } from "../../check/analyze.js";
import type { Finding } from "../../findings/finding.js";
import type { Totals } from "../../model/types.js";
import { analyzeInputs, exitCodeFor, formatNumber, plural, type CommandContext, type Style } from "../io.js";

export function registerValidate(program: Command, ctx: CommandContext): void {
  program
    .command("validate")
    .description("Check blueprints against the schema and the capacity rules (no file: the bundled 10 GW blueprint).")
    .argument("[files...]", "blueprint files: .yaml, .yml, .json, or a compiled DSL module (.js/.mjs with a default export)")
    .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text"))
    .option("--near-limit <percent>", "warn when a value reaches this share of its limit (overrides program.nearLimitPercent)", parsePercent)
    .addHelpText(
      "after",
      [
        "",
        "Exit codes: 0 no errors, 1 the blueprint has errors, 2 usage or file problems.",
        "TypeScript DSL blueprints: Node 20 cannot load .ts files; run `npm run build` and pass the compiled module,",
        "e.g. `aifactory validate dist/blueprints/dev-kind.factory.js`.",
      ].join("\n"),
    )
    .action(async (files: string[], opts: { format: "text" | "json"; nearLimit?: number }) => {
      const analyses = await analyzeInputs(files, ctx.io, opts.nearLimit === undefined ? {} : { nearLimitPercent: opts.nearLimit });
      ctx.io.stdout(opts.format === "json" ? `${JSON.stringify(validationJson(analyses), null, 2)}\n` : renderText(analyses, ctx.style));
      ctx.exit(exitCodeFor(analyses));
    });
}

function parsePercent(value: string): number {
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n) || n <= 0 || n > 100) {
    throw new InvalidArgumentError(`expected a percentage above 0 and at most 100, got "${value}"`);
  }
  return n;
}

export function renderText(analyses: readonly Analysis[], style: Style): string {
  const lines: string[] = [];
  for (const a of analyses) {
    for (const f of a.findings) lines.push(...findingLines(a.file, f, style));
    lines.push(summaryLine(a, style));
  }
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

/** The machine-readable result: findings plus resolved totals per program, phase and site. */
export function validationJson(analyses: readonly Analysis[]) {
  return {
    exitCode: exitCodeFor(analyses),
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
