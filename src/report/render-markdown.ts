// The plan as a pull-request comment: destructive changes first, then what changed, the summary tables, findings,
// and details collapsed in <details>. The report is a list of whole sections (a table, a <details> element, a fenced
// block, a list); when it is longer than the limit, whole sections are left out, least important first, never a
// part of one, and the note at the end names the limit used and what was left out.
import { billions, energy, num, percent, plural, power } from "./format.js";
import { phaseGantt, powerBySitePie } from "./mermaid.js";
import type { Plan, PlanDiff, TerraformResourceChange } from "./plan-types.js";
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
  where,
  type Rows,
} from "./rows.js";
import { COMMENT_MARKER, GITHUB_COMMENT_LIMIT } from "./sources.js";
import { mdCell, mdTable } from "./table.js";
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

export interface MarkdownOptions {
  /** Largest output in characters. @default 65,536 (GitHub's comment limit) */
  readonly maxChars?: number;
}

/** One whole part of the report: kept or left out as a unit. */
interface Section {
  readonly lines: readonly string[];
  /** Sections of the lowest rank are left out first; within a rank, the later ones first. */
  readonly rank: number;
  /** What the note calls it when left out ("pool details per cluster"); sections of a group are counted together. */
  readonly group: string;
  /** Joined to a kept section of the same group by a line break, not a blank line: one list, not several. */
  readonly tight?: boolean;
}

/** Rows per table chunk: a longer table is several tables, each kept or left out whole. */
const CHUNK = 25;

const table = (r: Rows): string[] => mdTable(r.columns, r.rows);

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function details(summary: string, body: readonly string[]): string[] {
  return ["<details>", `<summary>${summary}</summary>`, "", ...body, "", "</details>"];
}

/** A fenced block whose fence is longer than any run of backticks inside it. */
function fenced(info: string, lines: readonly string[]): string[] {
  const longest = Math.max(2, ...lines.map((l) => Math.max(0, ...[...l.matchAll(/`+/g)].map((m) => m[0].length))));
  const fence = "`".repeat(longest + 1);
  return [`${fence}${info}`, ...lines, fence];
}

/** A table in chunks of CHUNK rows; past one chunk each is folded, "rows 26–50 of 80". */
function tableSections(title: string, r: Rows, rank: number, group: string, lead: readonly string[] = []): Section[] {
  if (r.rows.length <= CHUNK) return [{ lines: [...lead, ...table(r)], rank, group }];
  return chunks(r.rows).map((rows, i) => ({
    lines: [
      ...(i === 0 ? lead : []),
      ...details(`${title}: rows ${i * CHUNK + 1}–${i * CHUNK + rows.length} of ${r.rows.length}`, table({ ...r, rows })),
    ],
    rank,
    group,
  }));
}

/** " · funding unlocked $10B" (per-GW tranches), " · equity $30B" (equity), nothing without a funding rule. */
function fundingHeadline(plan: Plan): string {
  const f = plan.funding;
  if (f === undefined) return "";
  return f.rule === "per-gw-tranches" ? ` · funding unlocked ${billions(f.unlockedBillionUSD)}` : ` · equity ${billions(f.equityBillionUSD)} (not tied to deployment)`;
}

function header(plan: Plan): string[] {
  const s = plan.summary;
  const c = plan.findingCounts;
  return [
    COMMENT_MARKER,
    `## AI factory plan: \`${plan.blueprint.name}\``,
    "",
    `Blueprint \`${plan.blueprint.file}\`${plan.blueprint.illustrative === undefined ? "" : ` — illustrative: ${mdCell(plan.blueprint.illustrative)}`}`,
    "",
    ...table({
      columns: [{ header: "program" }, { header: "planned", align: "right" }, { header: "cap", align: "right" }, { header: "of cap", align: "right" }],
      rows: [["facility power", power(s.facilityMW), power(s.capMW), `${percent(s.capPercent)} ${meter(s.capPercent)}`]],
    }),
    "",
    [plural(s.gpus, "GPU"), plural(s.dies, "GPU die"), plural(s.racks, "rack"), plural(s.nodes, "node"), plural(s.clusters, "cluster"), plural(s.pools, "pool"), plural(s.sites, "site")]
      .map((x) => x.replace(/^([\d,]+)/, "**$1**"))
      .join(" · ") + ` · IT ${power(s.itMW)}`,
    "",
    `Findings: **${c.error}** error${c.error === 1 ? "" : "s"}, **${c.warning}** warning${c.warning === 1 ? "" : "s"}, **${c.info}** info` +
      fundingHeadline(plan) +
      ` · ${energy(plan.energy.facilityTWh)} a year`,
  ];
}

function destructiveSections(diff: PlanDiff): Section[] {
  const all = destructiveOf(diff);
  if (all.length === 0) return [];
  const namespaces = all.filter((d) => d.namespace !== undefined).length;
  const lead: Section = {
    lines: [
      `### ⚠️ Destructive changes (${all.length})`,
      "",
      `Terraform would delete or replace ${plural(all.length, "resource")}${namespaces === 0 ? "" : `, ${plural(namespaces, "namespace")} among them (a namespace takes everything in it)`}:`,
    ],
    rank: 99,
    group: "destructive changes heading",
  };
  // Few to a chunk: the first ones stay even under a small limit.
  return [
    lead,
    ...chunks(all, 3).map((part, i) => ({
      lines: part.map((d) => `- \`${ACTION_SYMBOL[d.action]}\` ${destructiveLine(d, (a) => `\`${a}\``)}`),
      rank: i === 0 ? 92 : 88,
      group: "destructive changes",
      tight: true,
    })),
  ];
}

/** Resources with more lines than this are folded, each in its own <details>. */
const FOLD_LINES = 12;

/**
 * A stack's updates and replaces: the short ones together in fenced blocks of a few resources each, the long ones
 * (config files) folded one by one. Deletes are in the destructive list; creates are listed by address below.
 */
function stackSections(stack: string, resources: readonly TerraformResourceChange[]): Section[] {
  const changed = resources.filter((r) => r.action === "update" || r.action === "replace");
  const short = changed.filter((r) => resourceLines(r).length <= FOLD_LINES);
  const long = changed.filter((r) => resourceLines(r).length > FOLD_LINES);
  const out: Section[] = chunks(short, 10).map((part) => ({
    lines: fenced("diff", [`# stack ${stack}`, ...part.flatMap(resourceLines)]),
    rank: part.some((r) => r.action === "replace") ? 70 : 45,
    group: "Terraform attribute changes",
  }));
  for (const r of long) {
    out.push({
      lines: details(
        `<code>${ACTION_SYMBOL[r.action]} ${escapeHtml(r.address)}</code> (stack ${stack}): ${plural(r.attributes.length, "attribute")} changed`,
        fenced("diff", [`# stack ${stack}`, ...resourceLines(r)]),
      ),
      rank: r.action === "replace" ? 70 : 20,
      group: "Terraform attribute changes",
    });
  }
  return out;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function diffSections(diff: PlanDiff): Section[] {
  const lead = [`### Changes against \`${diff.base}\``, ...(diff.note === undefined ? [] : ["", `_${mdCell(diff.note)}_`])];
  if (!diff.changed) return [{ lines: [...lead, "", "No change."], rank: 95, group: "changes" }];
  const out: Section[] = [{ lines: diff.totals.length > 0 ? [...lead, "", ...table(diffTotalRows(diff))] : lead, rank: 95, group: "changes" }];
  const pools = poolChangeRows(diff);
  if (pools.rows.length > 0) out.push(...tableSections("Pools", pools, 60, "pool changes", ["**Pools**", ""]));
  if (diff.headroom.length > 0) out.push(...tableSections("Headroom that changed", headroomRows(diff), 40, "headroom changes", ["**Headroom that changed**", ""]));
  if ((diff.cost ?? []).length > 0) out.push({ lines: ["**Cost**", "", ...table(costDiffRows(diff))], rank: 58, group: "cost changes" });
  const tf = diff.terraform ?? [];
  if (tf.length > 0) {
    out.push({
      lines: [
        "**Terraform**",
        "",
        ...table({
          columns: [{ header: "stack" }, { header: "status" }, { header: "actions" }],
          rows: tf.map((s) => [s.stack, s.status, actionCounts(s)]),
        }),
      ],
      rank: 80,
      group: "Terraform stack table",
    });
    for (const s of tf) out.push(...stackSections(s.stack, s.resources));
    const created = tf.flatMap((s) => {
      const mine = s.resources.filter((r) => r.action === "create").map((r) => `+ ${r.address}`);
      return mine.length === 0 ? [] : [`# stack ${s.stack}`, ...mine];
    });
    for (const [i, part] of chunks(created, 100).entries()) {
      const n = created.filter((l) => l.startsWith("+")).length;
      const from = created.slice(0, i * 100).filter((l) => l.startsWith("+")).length;
      const here = part.filter((l) => l.startsWith("+")).length;
      out.push({ lines: details(`created: ${from + 1}–${from + here} of ${n} resources`, fenced("diff", part)), rank: 25, group: "created Terraform resources" });
    }
  }
  return out;
}

function findingSections(plan: Plan): Section[] {
  const c = plan.findingCounts;
  const head: Section = { lines: [`### Findings (${c.error + c.warning + c.info})`, ...(plan.findings.length === 0 ? ["", "No findings."] : [])], rank: 85, group: "findings heading" };
  const columns = [{ header: "severity" }, { header: "code" }, { header: "where" }, { header: "message" }, { header: "fix" }];
  const parts = chunks(plan.findings, 20);
  return [
    head,
    ...parts.map((part, i): Section => {
      const rows = table({ columns, rows: part.map((f) => [`${icon(f.severity)} ${f.severity}`, f.code, `\`${where(f)}\``, f.message, f.fix]) });
      const worst = part.some((f) => f.severity === "error") ? 75 : part.some((f) => f.severity === "warning") ? 35 : 22;
      return {
        lines: parts.length > 1 ? details(`findings ${i * 20 + 1}–${i * 20 + part.length} of ${plan.findings.length}`, rows) : rows,
        rank: worst,
        group: "findings",
      };
    }),
  ];
}

function sections(plan: Plan): Section[] {
  const out: Section[] = [];
  if (plan.diff !== undefined) out.push(...destructiveSections(plan.diff), ...diffSections(plan.diff));
  for (const p of plan.terraformPlans ?? []) {
    const rows = terraformPlanOrder(p).map((r) => [
      r.agrees === false ? "❌ disagree" : r.agrees === true ? "✅" : "—",
      `\`${r.address}\``,
      terraformVerdictText(r),
      r.aifactory ?? "—",
    ]);
    const lead = [`### Terraform plan: stack \`${p.stack}\``, "", mdCell(terraformPlanHeadline(p))];
    out.push(
      ...(rows.length === 0
        ? [{ lines: lead, rank: 82, group: "Terraform plans" }]
        : tableSections(`Terraform plan of ${p.stack}`, { columns: [{ header: "" }, { header: "resource" }, { header: "Terraform" }, { header: "aifactory" }], rows }, p.disagreements > 0 ? 82 : 42, "Terraform plans", [...lead, ""])),
    );
  }
  out.push({ lines: ["### Phases", "", ...table(phaseRows(plan))], rank: 55, group: "phase table" });
  const gantt = phaseGantt(plan);
  if (gantt.length > 0) out.push({ lines: gantt, rank: 14, group: "phase chart" });
  out.push(...tableSections("Sites", siteRows(plan), 54, "site table", ["### Sites", ""]));
  const pie = powerBySitePie(plan);
  if (pie.length > 0) out.push({ lines: pie, rank: 13, group: "power-by-site chart" });
  out.push({
    lines: [
      plan.funding === undefined ? "### Energy" : "### Funding and energy",
      "",
      ...fundingLines(plan).map((l) => `- ${l}`),
      ...energyLines(plan).map((l) => `- ${l.trim()}`),
    ],
    rank: 50,
    group: "funding and energy",
  });
  if (plan.cost !== undefined) {
    out.push({
      lines: ["### Cost and capital", "", ...table(costRows(plan.cost)), "", ...costBasisLines(plan.cost).map((l) => `- ${mdCell(l)}`)],
      rank: 48,
      group: "cost and capital",
    });
  }
  const anchors = anchorLines(plan);
  if (anchors.length > 0) {
    out.push({
      lines: ["### Public anchors", "", ...anchors.map((l) => (l.startsWith("  ") ? `  - ${l.trim()}` : `- ${l}`))],
      rank: 15,
      group: "public anchors",
    });
  }
  out.push(...findingSections(plan));
  out.push({ lines: ["### Details"], rank: 12, group: "details heading" });
  const overview = clusterRows(plan);
  out.push(
    ...chunks(overview.rows, 50).map((rows, i, all): Section => ({
      lines: details(all.length > 1 ? `clusters ${i * 50 + 1}–${i * 50 + rows.length} of ${plan.clusters.length}` : plural(plan.clusters.length, "cluster"), table({ ...overview, rows })),
      rank: 12,
      group: "rows of the cluster table",
    })),
  );
  for (const cl of plan.clusters) {
    out.push({
      lines: details(
        `cluster <code>${cl.name}</code> (${cl.site}): ${plural(cl.pools.length, "pool")}, ${plural(cl.totals.nodes, "node")}, ${plural(cl.totals.gpus, "GPU")}, ${power(cl.totals.facilityMW)}`,
        table(poolRows(cl)),
      ),
      rank: 11,
      group: "pool details per cluster",
    });
  }
  const cat = catalogRows(plan);
  out.push({
    lines: cat.rows.length > 0 ? details(`catalog figures: ${cat.rows.length} overridden or UNCONFIRMED`, table(cat)) : ["Catalog figures: no override, no UNCONFIRMED figure."],
    rank: 10,
    group: "catalog figures",
  });
  return out;
}

function limitName(max: number): string {
  return max === GITHUB_COMMENT_LIMIT ? `GitHub's ${num(max)}-character comment limit` : `the ${num(max)}-character limit (--max-chars)`;
}

function note(all: readonly Section[], dropped: ReadonlySet<number>, max: number): string {
  if (dropped.size === 0) return "";
  const groups = new Map<string, { total: number; left: number }>();
  all.forEach((s, i) => {
    const g = groups.get(s.group) ?? { total: 0, left: 0 };
    g.total++;
    if (dropped.has(i)) g.left++;
    groups.set(s.group, g);
  });
  const parts = [...groups].filter(([, g]) => g.left > 0).map(([name, g]) => (g.total === 1 ? name : `${name} (${num(g.left)} of ${num(g.total)})`));
  return `> [!NOTE]\n> Left out to stay under ${limitName(max)}: ${parts.join("; ")}. Run \`aifactory plan\` (or \`--format json\`) for the full report.`;
}

export function renderMarkdown(plan: Plan, options: MarkdownOptions = {}): string {
  const max = options.maxChars ?? GITHUB_COMMENT_LIMIT;
  const head = header(plan).join("\n");
  const all = sections(plan);
  const texts = all.map((s) => s.lines.join("\n"));
  const dropped = new Set<number>();
  const assemble = (): string => {
    let body = head;
    let previous: Section | undefined;
    all.forEach((s, i) => {
      if (dropped.has(i)) return;
      body += (s.tight === true && previous?.group === s.group ? "\n" : "\n\n") + texts[i]!;
      previous = s;
    });
    const n = note(all, dropped, max);
    return `${n === "" ? body : `${body}\n\n${n}`}\n`;
  };
  // Sum of lengths, kept up to date as sections go, so that leaving out n sections costs n note renderings.
  let body = head.length + texts.reduce((a, t) => a + t.length + 2, 0) + 1;
  const order = all.map((s, i) => ({ rank: s.rank, i })).sort((a, b) => a.rank - b.rank || b.i - a.i);
  for (const { i } of order) {
    const n = note(all, dropped, max);
    if (body + (n === "" ? 0 : n.length + 2) <= max) break;
    dropped.add(i);
    body -= texts[i]!.length + 2;
  }
  const out = assemble();
  if (out.length <= max) return out;
  // Not even the headline and the note fit: the marker, the title and one line.
  const title = `${COMMENT_MARKER}\n## AI factory plan: \`${plan.blueprint.name}\`\n\n`;
  const line = `_The report does not fit in ${limitName(max)}: run \`aifactory plan\` for it._\n`;
  return (title + line).length <= max ? title + line : `${COMMENT_MARKER}\n`;
}

function icon(severity: string): string {
  return severity === "error" ? "❌" : severity === "warning" ? "⚠️" : "ℹ️";
}

/** A ten-cell text meter for a table cell. */
function meter(p: number): string {
  const filled = Math.max(0, Math.min(10, Math.round(p / 10)));
  return `\`${"█".repeat(filled)}${"░".repeat(10 - filled)}\``;
}
