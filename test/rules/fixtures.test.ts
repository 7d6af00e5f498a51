// One invalid fixture per rule (test/fixtures/rules/invalid-*.yaml). The line a finding must point at carries
// "# expect AIF-…"; the finding must sit on that line, at the column of its key (after any "- ").
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { analyzeText } from "../../src/check/analyze.js";
import { RULES } from "../../src/rules/index.js";

const DIR = fileURLToPath(new URL("../fixtures/rules/", import.meta.url));
const fixtures = readdirSync(DIR).filter((f) => f.startsWith("invalid-") && f.endsWith(".yaml")).sort();

/** Rules no YAML blueprint can trigger today; each has a model-level test in rules.test.ts. */
const NO_FIXTURE: Record<string, string> = {
  "AIF-K003": "every catalog system supports MIG, and MIG support cannot be overridden",
};

function expectation(text: string): { code: string; line: number; column: number } {
  const lines = text.split("\n");
  const index = lines.findIndex((l) => /# expect AIF-[A-Z]+\d{3}\s*$/.test(l));
  if (index < 0) throw new Error("fixture has no '# expect AIF-…' marker");
  const line = lines[index]!;
  const code = /# expect (AIF-[A-Z]+\d{3})/.exec(line)![1]!;
  const column = line.search(/[^\s-]/) + 1;
  return { code, line: index + 1, column };
}

/** The text with one unknown field added to the mapping of its last `key:` line (earlier lines keep their numbers). */
function withUnknownField(text: string): string {
  const lines = text.replace(/\n+$/, "").split("\n");
  const last = [...lines].reverse().find((l) => /^\s*(- )?[A-Za-z]\w*:/.test(l) && !/^\s*#/.test(l));
  if (last === undefined) throw new Error("no key line");
  const m = /^(\s*)(- )?/.exec(last)!;
  const indent = (m[1] ?? "") + (m[2] === undefined ? "" : "  ");
  return `${lines.join("\n")}\n${indent}notAField: 1\n`;
}

describe("rule fixtures", () => {
  it("cover every rule once (except the documented exceptions)", () => {
    const covered = fixtures.map((f) => expectation(readFileSync(DIR + f, "utf8")).code).sort();
    const expected = RULES.map((r) => r.code).filter((c) => !(c in NO_FIXTURE)).sort();
    expect(covered).toEqual(expected);
  });

  it("valid-base.yaml checks clean", () => {
    const a = analyzeText(readFileSync(DIR + "valid-base.yaml", "utf8"), "valid-base.yaml");
    expect(a.findings).toEqual([]);
  });

  for (const file of fixtures) {
    it(`${file} yields its finding at the marked line and column`, () => {
      const text = readFileSync(DIR + file, "utf8");
      const want = expectation(text);
      const a = analyzeText(text, `test/fixtures/rules/${file}`);
      expect(a.findings.filter((f) => /^AIF-[SY]/.test(f.code))).toEqual([]);
      const got = a.findings.filter((f) => f.code === want.code);
      expect(got.map((f) => ({ code: f.code, line: f.location?.line, column: f.location?.column }))).toContainEqual(want);
      for (const f of got) {
        expect(f.message.length).toBeGreaterThan(10);
        expect(f.fix.length).toBeGreaterThan(10);
        expect(f.location?.file).toBe(`test/fixtures/rules/${file}`);
      }
    });

    it(`${file} keeps its finding when an unrelated schema error is added (every finding at once)`, () => {
      const text = withUnknownField(readFileSync(DIR + file, "utf8"));
      const want = expectation(text);
      const a = analyzeText(text, `test/fixtures/rules/${file}`);
      expect(a.findings.map((f) => f.code)).toContain("AIF-S003");
      const got = a.findings.filter((f) => f.code === want.code);
      expect(got.map((f) => ({ code: f.code, line: f.location?.line, column: f.location?.column }))).toContainEqual(want);
    });
  }
});
