// `aifactory catalog`'s renderers: the catalog as a text table with each figure's source, and as JSON.
import { PUBLIC_SITES, PUBLIC_SITE_IDS, SWITCHES, SYSTEM_ALIASES, type Figure } from "../catalog/index.js";
import { FIGURE_NAMES, figureOf } from "../model/system.js";
import type { ResolvedSystem } from "../model/types.js";
import type { Style } from "./validate-text.js";

export function catalogJson(systems: readonly ResolvedSystem[], withSwitches = true) {
  return {
    systems: systems.map((s) => ({
      id: s.id,
      displayName: s.displayName,
      otherNames: s.otherNames,
      asOf: s.asOf,
      form: s.form,
      figures: Object.fromEntries(FIGURE_NAMES.flatMap((name) => (figureOf(s, name) === undefined ? [] : [[name, figureOf(s, name)]]))),
      overridden: s.overridden,
      unconfirmed: s.unconfirmed,
    })),
    ...(withSwitches
      ? {
          aliases: Object.values(SYSTEM_ALIASES),
          switches: SWITCHES.map((w) => ({ id: w.id, displayName: w.displayName, fabrics: w.fabrics, asOf: w.asOf, figures: { radix: w.radix, portGbps: w.portGbps, powerKW: w.powerKW } })),
          publicSites: PUBLIC_SITE_IDS.map((id) => PUBLIC_SITES[id]),
        }
      : {}),
  };
}

const MARK: Record<Figure<unknown>["confidence"], string> = { primary: "", secondary: "", derived: "", unconfirmed: "?", override: "!" };

function cell(f: Figure<number | string>): string {
  return `${typeof f.value === "number" ? String(f.value) : f.value}${MARK[f.confidence]}`;
}

export function renderCatalog(systems: readonly ResolvedSystem[], withSwitches: boolean, style: Style): string {
  const header = ["system", "form", "GPUs/node", "dies/GPU", "nodes/rack", "GPUs/rack", "dies/rack", "NVLink GPUs", "GPU W", "GPU share W", "node kW", "rack kW", "GB/GPU", "NICs", "NIC Gb/s", "cooling", "as of"];
  const rows = systems.map((s) => [
    s.id,
    s.form,
    cell(s.gpusPerNode),
    cell(s.diesPerGpu),
    cell(s.nodesPerRack),
    cell(s.gpusPerRack),
    cell(s.diesPerRack),
    cell(s.nvlinkDomainGpus),
    cell(s.gpuPowerW),
    cell(s.gpuShareW),
    cell(s.nodePowerKW),
    cell(s.rackPowerKW),
    cell(s.gpuMemoryGB),
    cell(s.nicsPerNode),
    cell(s.nicGbps),
    cell(s.cooling),
    s.asOf,
  ]);
  const out = [
    ...table(header, rows, style),
    "",
    `GPUs are GPU packages, what a node advertises as nvidia.com/gpu; dies are counted apart. GPU W is the GPU's own power, GPU share W its share of node (HGX) or rack power.`,
    `${style.dim("?")} = UNCONFIRMED figure (no reliable source yet; planning value, see its source below); ${style.dim("!")} = overridden by the blueprint`,
    "",
  ];
  for (const s of systems) {
    out.push(style.bold(`${s.id} — ${s.displayName}${s.otherNames.length > 0 ? ` (${s.otherNames.join("; ")})` : ""}, figures as of ${s.asOf}`));
    for (const name of FIGURE_NAMES) {
      const f = figureOf(s, name);
      if (f !== undefined) out.push(figureLine(name, f, style));
    }
    out.push("");
  }
  if (withSwitches) {
    out.push(style.bold("Deprecated system ids"));
    for (const a of Object.values(SYSTEM_ALIASES)) out.push(`  ${a.id} → ${a.to}: ${a.reason} (${a.source})`);
    out.push("", style.bold("Scale-out switches"));
    for (const w of SWITCHES) {
      out.push(`${w.id} — ${w.displayName}; fabrics: ${w.fabrics.join(", ")}; as of ${w.asOf}`);
      out.push(figureLine("radix", w.radix, style), figureLine("portGbps", w.portGbps, style), figureLine("powerKW", w.powerKW, style));
    }
    out.push("", style.bold("Public sites (site.publicSite)"));
    for (const id of PUBLIC_SITE_IDS) {
      const p = PUBLIC_SITES[id];
      out.push(`${p.id} — ${p.name}, ${p.location} (${p.operator}); as of ${p.asOf}`);
      for (const f of p.figures) out.push(figureLine(`${f.basis} MW`, f.mw, style));
      for (const n of p.notes) out.push(`  note: ${n}`);
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
