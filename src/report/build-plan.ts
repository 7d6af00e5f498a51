// Builds the plan from a resolved factory and its findings. Pure: no I/O, no clock, stable order.
import type { Finding } from "../findings/finding.js";
import { clustersOf } from "../model/walk.js";
import { unlockedFundingBillionUSD, wholeGigawatts } from "../model/funding.js";
import type { ResolvedFactory, ResolvedSystem, Totals } from "../model/types.js";
import { findingJson } from "../findings/format.js";
import { buildAnchors } from "./anchors.js";
import { buildCost, type CostInput } from "./cost.js";
import { round } from "./format.js";
import type {
  Modality,
  Plan,
  PlanModalities,
  PlanCluster,
  PlanEmissions,
  PlanEnergy,
  PlanFigureNote,
  PlanFunding,
  PlanHeadroom,
  PlanPhase,
  PlanSite,
  PlanSystem,
  PlanTotals,
} from "./plan-types.js";
import { PLAN_API_VERSION } from "./plan-types.js";
import {
  DEFAULT_UTILISATION,
  EQUITY_RULE,
  TRANCHES_RULE,
  HOURS_PER_YEAR,
  KWH_PER_HOUSEHOLD_SOURCE,
  KWH_PER_HOUSEHOLD_YEAR,
  UTILISATION_BASIS_DEFAULT,
} from "./sources.js";

export interface PlanOptions {
  /** The blueprint file as the user named it (relative paths stay relative). */
  readonly file: string;
  /** Share of the year the facility draws its full power, 0–1. @default 1 (see sources.ts). */
  readonly utilisation?: number;
  /** The blueprint's program.cost and site prices (costInput). @default none: the plan has no cost section */
  readonly cost?: CostInput;
}

const mw = (v: number): number => round(v, 3);
const pct = (used: number, limit: number): number => (limit > 0 ? round((used / limit) * 100, 2) : 0);

export function planTotals(t: Totals): PlanTotals {
  return { facilityMW: mw(t.facilityMW), itMW: mw(t.itMW), gpus: t.gpus, dies: t.dies, racks: t.racks, nodes: t.nodes };
}

/** TWh in a year for a facility power, at a utilisation. MW × h = MWh; / 1e6 = TWh. */
export function yearlyTWh(facilityMW: number, utilisation: number): number {
  return (facilityMW * HOURS_PER_YEAR * utilisation) / 1e6;
}

export function buildPlan(model: ResolvedFactory, findings: readonly Finding[], options: PlanOptions): Plan {
  const plan = buildPlanWithoutCost(model, findings, options);
  return options.cost === undefined ? plan : { ...plan, cost: buildCost(plan, options.cost) };
}

function buildPlanWithoutCost(model: ResolvedFactory, findings: readonly Finding[], options: PlanOptions): Plan {
  const utilisation = options.utilisation ?? DEFAULT_UTILISATION;
  const program = model.program;
  const clusters = clustersOf(model);
  return {
    apiVersion: PLAN_API_VERSION,
    blueprint: {
      file: options.file,
      name: model.name,
      ...(model.description === undefined ? {} : { description: model.description }),
      ...(model.illustrative === undefined ? {} : { illustrative: model.illustrative }),
    },
    summary: {
      ...planTotals(program.totals),
      capMW: mw(program.powerCapMW),
      capPercent: pct(program.totals.facilityMW, program.powerCapMW),
      sites: model.sites.length,
      clusters: clusters.length,
      pools: clusters.reduce((n, c) => n + c.pools.length, 0),
    },
    phases: model.phases.map(
      (p): PlanPhase => ({
        name: p.name,
        online: p.online,
        ...(p.platform === undefined ? {} : { platform: p.platform }),
        sites: [...p.sites],
        totals: planTotals(p.totals),
        cumulative: planTotals(p.cumulativeTotals),
        cumulativeCapMW: mw(p.cumulativeCapMW),
        cumulativeCapPercent: pct(p.cumulativeTotals.facilityMW, p.cumulativeCapMW),
      }),
    ),
    sites: model.sites.map(
      (s): PlanSite => ({
        name: s.name,
        partner: s.partner,
        phase: s.phase,
        ...(s.location === undefined ? {} : { location: s.location }),
        pue: s.pue,
        gridInterconnectMW: mw(s.gridInterconnectMW),
        gridPercent: pct(s.totals.facilityMW, s.gridInterconnectMW),
        clusters: s.clusters.length,
        totals: planTotals(s.totals),
        ...(s.gridCarbonGCO2PerKWh === undefined ? {} : { gridCarbonGCO2PerKWh: s.gridCarbonGCO2PerKWh }),
      }),
    ),
    ...(model.program.funding === undefined ? {} : { funding: buildFunding(model.program.funding, model.program.totals.facilityMW) }),
    anchors: buildAnchors(model),
    energy: buildEnergy(program.totals.facilityMW, utilisation),
    emissions: buildEmissions(model, utilisation),
    headroom: buildHeadroom(model),
    findingCounts: {
      error: findings.filter((f) => f.severity === "error").length,
      warning: findings.filter((f) => f.severity === "warning").length,
      info: findings.filter((f) => f.severity === "info").length,
    },
    findings: findings.map(findingJson),
    clusters: clusters.map(
      (c): PlanCluster => ({
        name: c.name,
        site: c.site,
        kubernetesVersion: c.kubernetesVersion,
        nodeLimit: c.nodeLimit.nodes,
        nodeLimitProfile: c.nodeLimit.profile,
        nodeLimitPercent: pct(c.totals.nodes, c.nodeLimit.nodes),
        fabric: c.networking.fabric,
        switches: c.totals.switches,
        tenants: c.tenants.map((t) => ({ name: t.name, gpuQuota: t.gpuQuota })),
        totals: planTotals(c.totals),
        pools: c.pools.map((p) => ({
          name: p.name,
          system: p.systemId,
          hall: p.hall,
          racks: p.racks,
          nodes: p.nodes,
          gpus: p.gpus,
          dies: p.dies,
          rackPowerKW: round(p.rackPowerKW, 3),
          itMW: mw(p.totals.itMW),
          facilityMW: mw(p.totals.facilityMW),
          advertisedGpusPerNode: p.devicePlugin.advertisedGpusPerNode,
        })),
      }),
    ),
    systems: model.systems.map(planSystem),
  };
}

function buildFunding(f: NonNullable<ResolvedFactory["program"]["funding"]>, facilityMW: number): PlanFunding {
  const investor = f.investor === undefined ? {} : { investor: f.investor };
  if (f.rule === "equity") {
    return {
      rule: "equity",
      description: EQUITY_RULE,
      source: f.source,
      ...investor,
      equityBillionUSD: f.equityBillionUSD,
      tiedToDeployment: false,
      modalities: modalities(f.modalityShares, f.equityBillionUSD),
    };
  }
  // The same rule as the model's (src/model/funding.ts): one tranche per whole GW, capped at the ceiling.
  const wholeGW = wholeGigawatts(facilityMW);
  const uncapped = wholeGW * f.perGWBillionUSD;
  const unlocked = unlockedFundingBillionUSD(facilityMW, f.perGWBillionUSD, f.ceilingBillionUSD);
  return {
    rule: "per-gw-tranches",
    description: TRANCHES_RULE,
    source: f.source,
    ...investor,
    perGWBillionUSD: f.perGWBillionUSD,
    ceilingBillionUSD: f.ceilingBillionUSD,
    deployedGW: round(facilityMW / 1000, 3),
    wholeGW,
    unlockedBillionUSD: round(unlocked, 3),
    cappedAtCeiling: uncapped > f.ceilingBillionUSD,
    modalities: modalities(f.modalityShares, unlocked),
  };
}

type Shares = NonNullable<ResolvedFactory["program"]["funding"]>["modalityShares"];

function modalities(shares: Shares, amount: number): PlanModalities {
  if (shares === undefined) return "undisclosed";
  const given: [Modality, number | undefined][] = [
    ["chips", shares.chips],
    ["cloudCredits", shares.cloudCredits],
    ["cash", shares.cash],
  ];
  const out = given
    .filter((g): g is [Modality, number] => g[1] !== undefined)
    .map(([modality, share]) => ({ modality, share, billionUSD: round(amount * share, 3) }));
  if (out.length === 0) return "undisclosed";
  const rest = 1 - out.reduce((sum, m) => sum + m.share, 0);
  if (rest > 1e-9) out.push({ modality: "unspecified", share: round(rest, 6), billionUSD: round(amount * rest, 3) });
  return out;
}

function buildEnergy(facilityMW: number, utilisation: number): PlanEnergy {
  const twh = yearlyTWh(facilityMW, utilisation);
  return {
    utilisation,
    utilisationBasis:
      utilisation === DEFAULT_UTILISATION ? UTILISATION_BASIS_DEFAULT : `set with --utilisation ${utilisation}`,
    hoursPerYear: HOURS_PER_YEAR,
    facilityTWh: round(twh, 3),
    households: Math.round((twh * 1e9) / KWH_PER_HOUSEHOLD_YEAR),
    kWhPerHousehold: round(KWH_PER_HOUSEHOLD_YEAR, 0),
    householdSource: KWH_PER_HOUSEHOLD_SOURCE,
  };
}

function buildEmissions(model: ResolvedFactory, utilisation: number): PlanEmissions {
  const bySite = model.sites
    .filter((s) => s.gridCarbonGCO2PerKWh !== undefined)
    .map((s) => {
      const g = s.gridCarbonGCO2PerKWh ?? 0;
      const twh = yearlyTWh(s.totals.facilityMW, utilisation);
      // TWh × 1e9 kWh × g/kWh = g; / 1e12 g per Mt → TWh × g / 1000.
      return { site: s.name, gCO2PerKWh: g, TWh: round(twh, 3), MtCO2: round((twh * g) / 1000, 3) };
    });
  return {
    MtCO2: bySite.length === 0 ? null : round(bySite.reduce((sum, s) => sum + s.MtCO2, 0), 3),
    bySite,
    sitesWithoutIntensity: model.sites.filter((s) => s.gridCarbonGCO2PerKWh === undefined).map((s) => s.name),
  };
}

function headroom(scope: PlanHeadroom["scope"], name: string, measure: string, used: number, limit: number): PlanHeadroom {
  const r = measure === "nodes" ? (v: number) => v : mw;
  return { scope, name, measure, used: r(used), limit: r(limit), headroom: r(limit - used), percent: pct(used, limit) };
}

/** Every limit the plan is measured against, in blueprint order: program, phases, sites, halls, clusters. */
export function buildHeadroom(model: ResolvedFactory): PlanHeadroom[] {
  const out: PlanHeadroom[] = [
    headroom("program", model.name, "facility MW", model.program.totals.facilityMW, model.program.powerCapMW),
  ];
  for (const p of model.phases) {
    out.push(headroom("phase", p.name, "facility MW", p.cumulativeTotals.facilityMW, p.cumulativeCapMW));
  }
  for (const s of model.sites) {
    out.push(headroom("site", s.name, "facility MW", s.totals.facilityMW, s.gridInterconnectMW));
  }
  for (const s of model.sites) {
    for (const h of s.halls) out.push(headroom("hall", `${s.name}/${h.name}`, "IT MW", h.totals.itMW, h.itPowerMW));
  }
  for (const s of model.sites) {
    for (const c of s.clusters) out.push(headroom("cluster", c.name, "nodes", c.totals.nodes, c.nodeLimit.nodes));
  }
  return out;
}


function isFigure(v: unknown): v is { value: unknown; source: string } {
  return typeof v === "object" && v !== null && "value" in v && "source" in v;
}

function figureNote(system: ResolvedSystem, figure: string): PlanFigureNote {
  const v: unknown = (system as unknown as Readonly<Record<string, unknown>>)[figure];
  return isFigure(v)
    ? { figure, value: String(v.value), source: v.source }
    : { figure, value: "?", source: "not found in the resolved system" };
}

function planSystem(s: ResolvedSystem): PlanSystem {
  return {
    id: s.id,
    displayName: s.displayName,
    asOf: s.asOf,
    gpusPerRack: s.gpusPerRack.value,
    diesPerGpu: s.diesPerGpu.value,
    overridden: s.overridden.map((f) => figureNote(s, f)),
    unconfirmed: s.unconfirmed.map((f) => figureNote(s, f)),
  };
}
