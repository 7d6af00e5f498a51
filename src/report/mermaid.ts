// Mermaid charts for the Markdown plan (GitHub renders ```mermaid blocks): power by site, phases over time.
import { num, power } from "./format.js";
import type { Plan } from "./plan-types.js";

/** Mermaid labels: drop what its grammar reads as syntax (quotes, colons, semicolons, #, %%). */
function label(s: string): string {
  return s.replace(/[":;#]/g, " ").replace(/%%/g, "%").replace(/\s+/g, " ").trim();
}

export function powerBySitePie(plan: Plan): string[] {
  const sites = plan.sites.filter((s) => s.totals.facilityMW > 0);
  if (sites.length === 0) return [];
  return [
    "```mermaid",
    "pie showData",
    "  title Facility power by site (MW)",
    ...sites.map((s) => `  "${label(`${s.name} (${s.partner})`)}" : ${s.totals.facilityMW.toFixed(1)}`),
    "```",
  ];
}

/** "2026-H2" → "2026-07-01"; "2027-Q2" → "2027-04-01". */
export function phaseStart(online: string): { date: string; months: number } | undefined {
  const m = /^(\d{4})-(H[12]|Q[1-4])$/.exec(online);
  if (m === null) return undefined;
  const [, year, part] = m;
  const month: Record<string, [string, number]> = {
    H1: ["01", 6],
    H2: ["07", 6],
    Q1: ["01", 3],
    Q2: ["04", 3],
    Q3: ["07", 3],
    Q4: ["10", 3],
  };
  const [mm, months] = month[part ?? "H1"] ?? ["01", 6];
  return { date: `${year}-${mm}-01`, months };
}

function addMonths(date: string, months: number): string {
  const [y = 0, m = 1] = date.split("-").map(Number);
  const total = y * 12 + (m - 1) + months;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, "0")}-01`;
}

/** A Gantt of the phases: each runs from its online date to the next phase's (the last for its own half or quarter). */
export function phaseGantt(plan: Plan): string[] {
  const starts = plan.phases.map((p) => phaseStart(p.online));
  if (plan.phases.length === 0 || starts.some((s) => s === undefined)) return [];
  const lines = [
    "```mermaid",
    "gantt",
    "  title Phases, cumulative facility power against cumulative cap",
    "  dateFormat YYYY-MM-DD",
    "  axisFormat %Y-%m",
  ];
  plan.phases.forEach((p, i) => {
    const start = starts[i];
    if (start === undefined) return;
    const next = starts[i + 1];
    const end = next !== undefined && next.date > start.date ? next.date : addMonths(start.date, start.months);
    lines.push(`  section ${label(p.name)}`);
    lines.push(
      `  ${label(`${p.online} cap ${power(p.cumulativeCapMW)}, planned ${power(p.cumulative.facilityMW)} (${num(p.cumulativeCapPercent, 1)} pct)`)} :${p.cumulativeCapPercent > 100 ? "crit, " : ""}ph${i}, ${start.date}, ${end}`,
    );
  });
  lines.push("```");
  return lines;
}
