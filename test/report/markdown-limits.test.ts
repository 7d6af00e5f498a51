// The Markdown report within any --max-chars, judged by a maintained CommonMark parser (markdown-it, pinned): at
// each limit the report fits, every <details> opened is closed (as HTML the parser sees, not inside a code block),
// every table has rows, every fenced block is closed, and the note names the limit used.
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { buildFactoryObjects } from "../../src/objects/index.js";
import { buildPlan, diffModels, diffTerraform, GITHUB_COMMENT_LIMIT, renderMarkdown, type Plan } from "../../src/report/index.js";
import { synthesizeTerraform } from "../../src/synth/terraform/index.js";
import { analyze, PLAN_FIXTURES } from "./helpers.js";

const md = new MarkdownIt({ html: true });

/** What is wrong with the document's structure; empty when well-formed. */
function problems(doc: string): string[] {
  const out: string[] = [];
  const tokens = md.parse(doc, {});
  let depth = 0;
  let htmlDetails = 0;
  for (const t of tokens) {
    const html = t.type === "html_block" ? t.content : t.type === "inline" ? (t.children ?? []).filter((c) => c.type === "html_inline").map((c) => c.content).join("") : "";
    for (const m of html.matchAll(/<(\/?)details>/g)) {
      depth += m[1] === "/" ? -1 : 1;
      if (m[1] !== "/") htmlDetails++;
      if (depth < 0) out.push("</details> without <details>");
    }
  }
  if (depth !== 0) out.push(`${depth} <details> left open`);
  if (htmlDetails !== (doc.match(/<details>/g) ?? []).length) out.push("a <details> the parser does not see as HTML (inside a code block?)");
  tokens.forEach((t, i) => {
    if (t.type !== "table_open") return;
    const close = tokens.findIndex((x, j) => j > i && x.type === "table_close");
    const rows = tokens.slice(i, close).filter((x) => x.type === "tr_open").length;
    if (rows < 2) out.push(`a table without rows at line ${(t.map?.[0] ?? 0) + 1}`);
  });
  const lines = doc.split("\n").length;
  for (const t of tokens) {
    if (t.type === "fence" && (t.map?.[1] ?? 0) >= lines - 1 && !/^(`{3,}|~{3,})\s*$/.test(doc.trimEnd().split("\n").at(-1) ?? "")) {
      out.push(`a fenced block from line ${(t.map?.[0] ?? 0) + 1} that is never closed`);
    }
  }
  return out;
}

const small = analyze(`${PLAN_FIXTURES}/valid-small.yaml`);
const plan = buildPlan(small.model, small.findings, { file: small.file });

/** A plan far over every limit: the small plan's clusters and findings 300 times, and a diff with every action. */
function big(): Plan {
  const clusters = Array.from({ length: 300 }, (_, i) => plan.clusters.map((c) => ({ ...c, name: `${c.name}-${i}` }))).flat();
  const findings = Array.from({ length: 300 }, () => plan.findings).flat();
  const tf = (name: string) => {
    const a = analyze(`test/fixtures/plan-review/valid-${name}.yaml`);
    return synthesizeTerraform(buildFactoryObjects(a.model, { profile: "default" }), a.findings);
  };
  const base = tf("base");
  const stacks = ["renamed-tenant", "priority-value", "psa", "quota", "removed-pool", "device-plugin"].flatMap((n) =>
    diffTerraform(base, tf(n)).map((s) => ({ ...s, stack: `${s.stack}-${n}` })),
  );
  const smallBase = analyze(`${PLAN_FIXTURES}/valid-small-base.yaml`);
  return { ...plan, clusters, findings, diff: diffModels(smallBase.model, small.model, "base.yaml", { terraform: stacks }) };
}

describe("Markdown within --max-chars", () => {
  const plan = big();
  const full = renderMarkdown(plan, { maxChars: 100_000_000 });

  it("is well-formed in full, and longer than every limit tested", () => {
    expect(problems(full)).toEqual([]);
    expect(full.length).toBeGreaterThan(GITHUB_COMMENT_LIMIT * 2);
  });

  for (const limit of [2_000, 5_000, 20_000, GITHUB_COMMENT_LIMIT]) {
    it(`fits ${limit.toLocaleString("en-US")} characters, well-formed, and names that limit`, () => {
      const out = renderMarkdown(plan, { maxChars: limit });
      expect(out.length).toBeLessThanOrEqual(limit);
      expect(problems(out)).toEqual([]);
      expect(out).toContain(`${limit.toLocaleString("en-US")}-character`);
      if (limit !== GITHUB_COMMENT_LIMIT) expect(out).not.toContain("GitHub's 65,536");
      // What matters most survives longest: the destructive changes lead, whatever the limit.
      expect(out).toContain("Destructive changes");
      // Kept sections are whole: what is kept of the full report is a sequence of its own sections.
      for (const block of out.split("\n\n").filter((b) => !b.includes("[!NOTE]"))) expect(full).toContain(block);
    });
  }

  it("keeps more at a larger limit", () => {
    const sizes = [2_000, 5_000, 20_000, GITHUB_COMMENT_LIMIT].map((n) => renderMarkdown(plan, { maxChars: n }).length);
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    expect(sizes[3]).toBeGreaterThan(GITHUB_COMMENT_LIMIT * 0.9);
  });

  it("catches what it checks for: an open <details>, a header-only table, an unclosed fence", () => {
    expect(problems("<details>\n<summary>x</summary>\n\ntext\n")).not.toEqual([]);
    expect(problems("| a | b |\n| --- | --- |\n")).not.toEqual([]);
    expect(problems("text\n\n```diff\n+ a\n")).not.toEqual([]);
    expect(problems("```\n<details>\n```\n")).not.toEqual([]);
  });
});
