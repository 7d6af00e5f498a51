// The README's examples are loaded here so that they cannot go stale.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeFile, analyzeText } from "../../src/check/analyze.js";
import { findingLines, summaryLine } from "../../src/report/validate-text.js";
import { styleFor } from "../../src/cli/io.js";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

function example(name: string): string {
  const m = new RegExp(`<!-- readme-example: ${name} -->\\n\`\`\`yaml\\n([\\s\\S]*?)\`\`\``).exec(readme);
  if (!m?.[1]) throw new Error(`README example ${name} not found`);
  return m[1];
}

describe("README", () => {
  it("shows a blueprint that validates without errors", () => {
    const a = analyzeText(example("minimal"), "README.md");
    expect(a.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(a.model?.program.totals.gpus).toBe(40 * 72);
  });

  it("shows validate output as the CLI prints it", () => {
    const text = example("minimal").replace("racks: 40", "rack: 40");
    const a = analyzeText(text, "blueprints/x.yaml");
    const lines = a.findings.flatMap((f) => findingLines("blueprints/x.yaml", f, styleFor({ stdout: () => {}, stderr: () => {}, cwd: "." })));
    for (const line of lines) expect(readme).toContain(line);
  });

  it("states the two set-up commands", () => {
    expect(readme).toContain("npm ci && npm run build && npx aifactory synth");
    expect(readme).toContain("\nnpm test\n");
  });

  it("gives each bundled blueprint's GPUs, dies and facility power as validate prints them", async () => {
    const table = readme.split("<!-- readme-blueprints -->")[1]?.split("\n\n")[0] ?? "";
    const rows = table.split("\n").filter((l) => /^\| `[a-z0-9-]+\.yaml`/.test(l));
    expect(rows.length).toBeGreaterThanOrEqual(5);
    const plain = styleFor({ stdout: () => {}, stderr: () => {}, cwd: "." });
    for (const row of rows) {
      const file = /`([a-z0-9-]+\.yaml)`/.exec(row)![1]!;
      const a = await analyzeFile(`blueprints/${file}`, { cwd: new URL("../../", import.meta.url).pathname });
      const line = summaryLine(a, plain);
      const [, gpus, dies] = /; ([\d,]+) GPUs \(([\d,]+) dies\)/.exec(line)!;
      const facility = /([\d,.]+) MW facility/.exec(line)![1]!;
      expect(row, file).toContain(`| ${gpus} | ${dies} | ${facility} MW |`);
      if (a.model!.program.funding === undefined) expect(row, file).toMatch(/\| none \|$/);
      else expect(row, file).toContain(a.model!.program.funding.rule === "equity" ? "| equity" : "| per-GW tranches");
    }
  });
});
