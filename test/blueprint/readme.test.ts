// The README's examples are loaded here so that they cannot go stale.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeText } from "../../src/check/analyze.js";
import { findingLines } from "../../src/cli/commands/validate.js";
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
});
