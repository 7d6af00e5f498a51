// `aifactory catalog`: the hardware figures every calculation rests on, each with its source and confidence.
import { Option, type Command } from "commander";
import { FIGURE_NAMES, SWITCHES, SYSTEMS, SYSTEM_IDS, type Figure, type SystemSpec } from "../../catalog/index.js";
import { analyzeInputs, exitCodeFor, type CommandContext, type Style } from "../io.js";
import { renderText } from "./validate.js";

export function registerCatalog(program: Command, ctx: CommandContext): void {
  program
    .command("catalog")
    .description("List the catalog of GPU systems and switches, with each figure's source and confidence.")
    .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text"))
    .addOption(new Option("--system <id>", "show one system").choices(SYSTEM_IDS))
    .argument("[blueprint]", "show the systems this blueprint uses, with its catalogOverrides applied (marked !)")
    .action(async (blueprint: string | undefined, opts: { format: "text" | "json"; system?: string }) => {
      let systems: readonly SystemSpec[] = SYSTEM_IDS.map((id) => SYSTEMS[id]);
      if (blueprint !== undefined) {
        const analyses = await analyzeInputs([blueprint], ctx.io);
        const model = analyses[0]?.model;
        if (!model) {
          ctx.io.stdout(renderText(analyses, ctx.style));
          ctx.exit(exitCodeFor(analyses));
          return;
        }
        systems = model.systems;
      }
      systems = systems.filter((s) => opts.system === undefined || s.id === opts.system);
      const all = opts.system === undefined && blueprint === undefined;
      ctx.io.stdout(opts.format === "json" ? `${JSON.stringify(catalogJson(systems, all), null, 2)}\n` : renderCatalog(systems, all, ctx.style));
    });
}

export function catalogJson(systems: readonly SystemSpec[], withSwitches = true) {
  return {
    systems: systems.map((s) => ({
      id: s.id,
      displayName: s.displayName,
      form: s.form,
      gpuFamily: s.gpuFamily,
      figures: Object.fromEntries(FIGURE_NAMES.map((name) => [name, s[name]])),
    })),
    ...(withSwitches
      ? { switches: SWITCHES.map((w) => ({ id: w.id, displayName: w.displayName, figures: { radix: w.radix, portGbps: w.portGbps, powerKW: w.powerKW } })) }
      : {}),
  };
}

const MARK: Record<Figure<unknown>["confidence"], string> = { primary: "", secondary: "", derived: "", unconfirmed: "?", override: "!" };

function cell(f: Figure<number | string>): string {
  return `${typeof f.value === "number" ? String(f.value) : f.value}${MARK[f.confidence]}`;
}

export function renderCatalog(systems: readonly SystemSpec[], withSwitches: boolean, style: Style): string {
  const header = ["system", "form", "GPUs/node", "nodes/rack", "NVLink GPUs", "GPU W", "node kW", "rack kW", "GB/GPU", "NICs", "NIC Gb/s", "cooling"];
  const rows = systems.map((s) => [
    s.id,
    s.form,
    cell(s.gpusPerNode),
    cell(s.nodesPerRack),
    cell(s.nvlinkDomainGpus),
    cell(s.gpuPowerW),
    cell(s.nodePowerKW),
    cell(s.rackPowerKW),
    cell(s.gpuMemoryGB),
    cell(s.nicsPerNode),
    cell(s.nicGbps),
    cell(s.cooling),
  ]);
  const out = [...table(header, rows, style), "", `${style.dim("?")} = UNCONFIRMED figure (no reliable source yet; planning value, see its source below); ${style.dim("!")} = overridden by the blueprint`, ""];
  for (const s of systems) {
    out.push(style.bold(`${s.id} — ${s.displayName}`));
    for (const name of FIGURE_NAMES) out.push(figureLine(name, s[name], style));
    out.push("");
  }
  if (withSwitches) {
    out.push(style.bold("Scale-out switches"));
    for (const w of SWITCHES) {
      out.push(`${w.id} — ${w.displayName}`);
      out.push(figureLine("radix", w.radix, style), figureLine("portGbps", w.portGbps, style), figureLine("powerKW", w.powerKW, style));
    }
    out.push("");
  }
  return `${out.join("\n")}`;
}

function figureLine(name: string, f: Figure<number | string>, style: Style): string {
  const confidence = f.confidence === "unconfirmed" ? style.warning("UNCONFIRMED".padEnd(11)) : f.confidence.padEnd(11);
  return `  ${name.padEnd(18)} ${String(f.value).padEnd(22)} ${confidence}  ${f.source}`;
}

function table(header: readonly string[], rows: readonly (readonly string[])[], style: Style): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ").trimEnd();
  return [style.bold(line(header)), ...rows.map(line)];
}
