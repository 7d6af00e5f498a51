// The tables of the plan as columns and rows of strings, shared by the text and Markdown renderers.
import { billions, energy, num, percent, power, signed, signedPower } from "./format.js";
import type { Plan, PlanCluster, PlanDiff, PlanFinding, PlanHeadroomChange } from "./plan-types.js";
import type { Column } from "./table.js";

export interface Rows {
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly string[])[];
}

const R = "right" as const;

export function phaseRows(plan: Plan): Rows {
  return {
    columns: [
      { header: "phase" },
      { header: "online" },
      { header: "sites" },
      { header: "facility", align: R },
      { header: "cumulative", align: R },
      { header: "cap (cumulative)", align: R },
      { header: "of cap", align: R },
      { header: "GPUs", align: R },
      { header: "dies", align: R },
      { header: "racks", align: R },
    ],
    rows: plan.phases.map((p) => [
      p.name,
      p.online,
      p.sites.join(", "),
      power(p.totals.facilityMW),
      power(p.cumulative.facilityMW),
      power(p.cumulativeCapMW),
      percent(p.cumulativeCapPercent),
      num(p.totals.gpus),
      num(p.totals.dies),
      num(p.totals.racks),
    ]),
  };
}

export function siteRows(plan: Plan): Rows {
  return {
    columns: [
      { header: "site" },
      { header: "partner" },
      { header: "phase" },
      { header: "facility", align: R },
      { header: "grid", align: R },
      { header: "of grid", align: R },
      { header: "PUE", align: R },
      { header: "GPUs", align: R },
      { header: "dies", align: R },
      { header: "racks", align: R },
      { header: "clusters", align: R },
    ],
    rows: plan.sites.map((s) => [
      s.name,
      s.partner,
      s.phase,
      power(s.totals.facilityMW),
      power(s.gridInterconnectMW),
      percent(s.gridPercent),
      num(s.pue, 2),
      num(s.totals.gpus),
      num(s.totals.dies),
      num(s.totals.racks),
      num(s.clusters),
    ]),
  };
}

/** The funding section, or nothing when the blueprint states no funding rule. */
export function fundingLines(plan: Plan): string[] {
  const f = plan.funding;
  if (f === undefined) return [];
  const by = f.investor === undefined ? "" : ` from ${f.investor}`;
  const lines =
    f.rule === "per-gw-tranches"
      ? [
          `${billions(f.unlockedBillionUSD)}${by} unlocked of ${billions(f.ceilingBillionUSD)} ceiling: ${num(f.wholeGW)} whole GW deployed ` +
            `(${num(f.deployedGW, 3)} GW) × ${billions(f.perGWBillionUSD)} per GW${f.cappedAtCeiling ? ", capped at the ceiling" : ""}`,
          `rule: ${f.description}`,
        ]
      : [`${billions(f.equityBillionUSD)} equity${by}`, `rule: ${f.description}`];
  lines.push(`source: ${f.source}`);
  const amount = f.rule === "equity" ? "equity" : "funding";
  if (f.modalities === "undisclosed") {
    lines.push(`modalities (chips, cloud credits, cash): undisclosed; give program.funding.modalityShares to split the ${amount}`);
  } else {
    lines.push(
      `modalities: ${f.modalities.map((m) => `${m.modality} ${num(m.share * 100, 1)}% = ${billions(m.billionUSD)}`).join(", ")}`,
    );
  }
  return lines;
}

/** The program against its public anchors: Huang's GPUs per GW, the named sites' public figures. */
export function anchorLines(plan: Plan): string[] {
  const out: string[] = [];
  const r = plan.anchors.gpuRatio;
  if (r !== null) {
    const a = r.anchor;
    out.push(
      `GPUs per GW: ${num(r.gpus)} GPUs (${num(r.dies)} dies) for ${power(r.facilityMW)} facility = ${num(r.kWPerGpu, 2)} kW per GPU, ${num(r.kWPerDie, 2)} kW per die`,
      `  anchor: ${num(a.gpusLow / 1e6, 1)}–${num(a.gpusHigh / 1e6, 1)} million GPUs for ${num(a.gw)} GW = ${num(a.kWPerGpuLow, 2)}–${num(a.kWPerGpuHigh, 2)} kW per GPU, ${a.basis} (${a.source})`,
      `  at that ratio this facility power holds ${num(r.anchorGpusForFacility.low)}–${num(r.anchorGpusForFacility.high)} GPUs: ${r.verdict}`,
    );
  }
  for (const site of plan.anchors.sites) {
    out.push(`site ${site.site} = ${site.name}: ${power(site.facilityMW)} facility (${power(site.itMW)} IT), ${power(site.gridInterconnectMW)} grid interconnect`);
    if (site.figures.length === 0) out.push("  no public power figure: the site's size is illustrative");
    for (const f of site.figures) {
      const what = f.measure === "IT MW" ? "IT power" : "facility power";
      out.push(`  ${f.basis} ${power(f.mw)} (${f.date}, ${f.note}): the blueprint's ${what} ${power(f.blueprintMW)} is ${percent(f.percent)} of it (${f.source})`);
    }
    for (const n of site.notes) out.push(`  note: ${n}`);
  }
  return out;
}

export function energyLines(plan: Plan): string[] {
  const e = plan.energy;
  const em = plan.emissions;
  const lines = [
    `${energy(e.facilityTWh)} a year at utilisation ${num(e.utilisation, 2)} (${e.utilisationBasis})`,
    `≈ ${num(e.households)} U.S. households at ${num(e.kWhPerHousehold)} kWh each a year (${e.householdSource})`,
  ];
  if (em.MtCO2 === null) {
    lines.push("emissions: no site gives gridCarbonGCO2PerKWh");
  } else {
    const parts = em.bySite.map((s) => `${s.site} ${num(s.MtCO2, 3)} Mt at ${num(s.gCO2PerKWh)} g/kWh`);
    lines.push(`emissions: ${num(em.MtCO2, 3)} Mt CO2 a year (${parts.join("; ")})`);
    if (em.sitesWithoutIntensity.length > 0) {
      lines.push(`emissions not counted for sites without grid carbon intensity: ${em.sitesWithoutIntensity.join(", ")}`);
    }
  }
  return lines;
}

export function where(f: PlanFinding): string {
  return f.file === undefined ? f.path : `${f.file}:${f.line ?? 1}:${f.column ?? 1}`;
}

export function findingRows(findings: readonly PlanFinding[]): Rows {
  return {
    columns: [{ header: "severity" }, { header: "code" }, { header: "where" }, { header: "message" }, { header: "fix" }],
    rows: findings.map((f) => [f.severity, f.code, where(f), f.message, f.fix]),
  };
}

export function clusterRows(plan: Plan): Rows {
  return {
    columns: [
      { header: "cluster" },
      { header: "site" },
      { header: "k8s" },
      { header: "nodes", align: R },
      { header: "node limit", align: R },
      { header: "of limit", align: R },
      { header: "GPUs", align: R },
      { header: "dies", align: R },
      { header: "racks", align: R },
      { header: "facility", align: R },
      { header: "fabric" },
    ],
    rows: plan.clusters.map((c) => [
      c.name,
      c.site,
      c.kubernetesVersion,
      num(c.totals.nodes),
      `${num(c.nodeLimit)} (${c.nodeLimitProfile})`,
      percent(c.nodeLimitPercent),
      num(c.totals.gpus),
      num(c.totals.dies),
      num(c.totals.racks),
      power(c.totals.facilityMW),
      c.fabric,
    ]),
  };
}

export function poolRows(c: PlanCluster): Rows {
  return {
    columns: [
      { header: "pool" },
      { header: "system" },
      { header: "hall" },
      { header: "racks", align: R },
      { header: "nodes", align: R },
      { header: "GPUs", align: R },
      { header: "dies", align: R },
      { header: "rack kW", align: R },
      { header: "IT", align: R },
      { header: "facility", align: R },
    ],
    rows: c.pools.map((p) => [
      p.name,
      p.system,
      p.hall,
      num(p.racks),
      num(p.nodes),
      num(p.gpus),
      num(p.dies),
      num(p.rackPowerKW, 1),
      power(p.itMW),
      power(p.facilityMW),
    ]),
  };
}

export function catalogRows(plan: Plan): Rows {
  const rows: string[][] = [];
  for (const s of plan.systems) {
    for (const o of s.overridden) rows.push([s.id, o.figure, o.value, "override", o.source]);
    for (const u of s.unconfirmed) rows.push([s.id, u.figure, u.value, "UNCONFIRMED", u.source]);
  }
  return {
    columns: [{ header: "system" }, { header: "figure" }, { header: "value", align: R }, { header: "status" }, { header: "source" }],
    rows,
  };
}

const MEASURE_LABEL: Record<string, string> = {
  facilityMW: "facility power",
  itMW: "IT power",
  gpus: "GPUs",
  dies: "GPU dies",
  racks: "racks",
  nodes: "nodes",
};

function measureValue(measure: string, v: number): string {
  return measure.endsWith("MW") ? power(v) : num(v);
}

export function diffTotalRows(diff: PlanDiff): Rows {
  return {
    columns: [{ header: "measure" }, { header: "base", align: R }, { header: "head", align: R }, { header: "change", align: R }],
    rows: diff.totals.map((t) => [
      MEASURE_LABEL[t.measure] ?? t.measure,
      measureValue(t.measure, t.base),
      measureValue(t.measure, t.head),
      t.measure.endsWith("MW") ? signedPower(t.delta) : signed(t.delta),
    ]),
  };
}

export function poolChangeRows(diff: PlanDiff): Rows {
  const rows: string[][] = [];
  for (const p of diff.poolsAdded) {
    rows.push(["added", `${p.cluster}/${p.pool}`, p.system, signed(p.racks), signed(p.nodes), signed(p.gpus), signedPower(p.facilityMW)]);
  }
  for (const p of diff.poolsRemoved) {
    rows.push(["removed", `${p.cluster}/${p.pool}`, p.system, signed(-p.racks), signed(-p.nodes), signed(-p.gpus), signedPower(-p.facilityMW)]);
  }
  for (const p of diff.poolsResized) {
    const system = p.system.base === p.system.head ? p.system.head : `${p.system.base} → ${p.system.head}`;
    rows.push([
      "resized",
      `${p.cluster}/${p.pool}`,
      system,
      `${num(p.racks.base)} → ${num(p.racks.head)} (${signed(p.racks.delta)})`,
      `${num(p.nodes.base)} → ${num(p.nodes.head)} (${signed(p.nodes.delta)})`,
      `${num(p.gpus.base)} → ${num(p.gpus.head)} (${signed(p.gpus.delta)})`,
      signedPower(p.facilityMW.delta),
    ]);
  }
  return {
    columns: [
      { header: "change" },
      { header: "pool" },
      { header: "system" },
      { header: "racks", align: R },
      { header: "nodes", align: R },
      { header: "GPUs", align: R },
      { header: "facility", align: R },
    ],
    rows,
  };
}

function headroomSide(measure: string, s: PlanHeadroomChange["base"]): string {
  if (s === null) return "—";
  return `${measureValue(measure, s.headroom)} of ${measureValue(measure, s.limit)}`;
}

export function headroomRows(diff: PlanDiff): Rows {
  return {
    columns: [
      { header: "limit" },
      { header: "measure" },
      { header: "headroom before", align: R },
      { header: "headroom after", align: R },
      { header: "change", align: R },
    ],
    rows: diff.headroom.map((h) => {
      const delta = h.base !== null && h.head !== null ? h.head.headroom - h.base.headroom : null;
      return [
        `${h.scope} ${h.name}`,
        h.measure,
        headroomSide(h.measure, h.base),
        headroomSide(h.measure, h.head),
        delta === null ? (h.head === null ? "removed" : "new") : h.measure === "nodes" ? signed(delta) : signedPower(delta),
      ];
    }),
  };
}
