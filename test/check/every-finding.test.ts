// Every finding at once: fixtures with several mistakes (named by outcome) list each expected finding on its line
// ("# expect CODE@COLUMN"); the run must give exactly those, so no capacity finding is lost to a schema error.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { analyzeText } from "../../src/check/analyze.js";

const DIR = fileURLToPath(new URL("../fixtures/findings/", import.meta.url));

function expected(text: string): string[] {
  return text
    .split("\n")
    .flatMap((line, i) => [...line.matchAll(/# expect (AIF-[A-Z]+\d{3})@(\d+)/g)].map((m) => `${m[1]} ${i + 1}:${m[2]}`))
    .sort();
}

describe("several mistakes at once", () => {
  for (const file of readdirSync(DIR).filter((f) => f.startsWith("invalid-")).sort()) {
    it(`${file}: every finding, at its line and column`, () => {
      const text = readFileSync(DIR + file, "utf8");
      const a = analyzeText(text, file);
      const got = a.findings.map((f) => `${f.code} ${f.location?.line}:${f.location?.column}`).sort();
      expect(got).toEqual(expected(text));
    });
  }

  it("suggests what the user most likely meant", () => {
    const text = readFileSync(`${DIR}invalid-four-mistakes-grid-still-reported.yaml`, "utf8");
    const fix = (code: string) => analyzeText(text, "f.yaml").findings.find((f) => f.code === code)?.fix;
    expect(fix("AIF-S003")).toBe("Did you mean `itPowerMW`?");
    expect(fix("AIF-S006")).toBe("Did you mean `gb300-nvl72`?");
    expect(fix("AIF-S005")).toContain('kubernetesVersion: "1.34"');
  });
});
