import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeBlueprint, analyzeFile, analyzeText, defaultBlueprintPath, sortFindings } from "../../src/check/analyze.js";
import type { AIFactoryBlueprint } from "../../src/blueprint/generated/blueprint-types.js";
import type { Finding } from "../../src/findings/finding.js";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/load/${name}`, import.meta.url), "utf8");
const minimal = fixture("valid-minimal.yaml");

describe("analyzeText", () => {
  it("resolves a clean blueprint and returns the model", () => {
    const a = analyzeText(minimal, "minimal.yaml");
    expect(a.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(a.blueprint?.metadata.name).toBe("minimal");
    expect(a.model?.program.totals.gpus).toBe(720); // 10 GB200 NVL72 racks × 72 GPUs
  });

  it("fails when a rule finds a problem, located at the field the rule names", () => {
    const text = minimal.replace("itPowerMW: 50", "itPowerMW: 1");
    const a = analyzeText(text, "small-hall.yaml");
    const p001 = a.findings.find((f) => f.code === "AIF-P001");
    expect(p001?.location).toEqual({ file: "small-hall.yaml", line: 19, column: 11 });
    expect(a.model).toBeDefined();
  });

  it("checks what a schema error leaves intact, saying which element it left out and why", () => {
    const a = analyzeText(fixture("invalid-zero-size.yaml"), "x.yaml");
    expect(a.model).toBeUndefined();
    expect(a.findings.map((f) => f.code)).toEqual(["AIF-S012", "AIF-S008"]);
    expect(a.findings[0]?.message).toMatch(/^spec\.sites\[0\]\.clusters\[0\]\.pools\[0\] is left out .* because of the AIF-S008 error at line \d+/);
  });

  it("says the checks did not run when an error leaves nothing to check", () => {
    const a = analyzeText(fixture("invalid-zero-size.yaml").replace(/^spec:/m, "spec:\n  bogus: 1"), "x.yaml");
    expect(a.findings.map((f) => f.code)).toContain("AIF-S003");
    expect(a.findings.map((f) => f.code)).not.toContain("AIF-S013");
    const b = analyzeText(fixture("invalid-zero-size.yaml").replace(/^  program:/m, "  program:\n    powerCapMW: -5"), "x.yaml");
    expect(b.findings.map((f) => f.code)).toContain("AIF-S013");
  });

  it("overrides the near-limit threshold when asked", () => {
    const text = minimal.replace("itPowerMW: 50", "itPowerMW: 2"); // ~1.26 MW of 2 MW: 63 %
    const codes = (pct?: number) => analyzeText(text, "x.yaml", pct === undefined ? {} : { nearLimitPercent: pct }).findings.map((f) => f.code);
    expect(codes()).not.toContain("AIF-P005");
    expect(codes(50)).toContain("AIF-P005");
  });

  it("sorts findings by file, line, column and code", () => {
    const f = (code: string, line?: number, column = 1): Finding => ({
      code,
      severity: "error",
      message: code,
      path: [code],
      fix: "",
      ...(line === undefined ? {} : { location: { file: "a.yaml", line, column } }),
    });
    const sorted = sortFindings([f("AIF-B", 3), f("AIF-Z"), f("AIF-A", 3), f("AIF-C", 2, 9), f("AIF-D", 2, 1)]);
    expect(sorted.map((x) => x.code)).toEqual(["AIF-D", "AIF-C", "AIF-A", "AIF-B", "AIF-Z"]);
  });
});

describe("analyzeFile", () => {
  const dir = mkdtempSync(join(tmpdir(), "aifactory-analyze-"));

  it("reads a file relative to cwd and keeps the name as given", async () => {
    writeFileSync(join(dir, "ok.yaml"), minimal);
    const a = await analyzeFile("ok.yaml", { cwd: dir });
    expect(a.file).toBe("ok.yaml");
    expect(a.model).toBeDefined();
  });

  it("accepts a UTF-8 byte order mark", async () => {
    writeFileSync(join(dir, "bom.yaml"), `\ufeff${minimal}`);
    expect((await analyzeFile("bom.yaml", { cwd: dir })).model).toBeDefined();
  });

  const ioCase = async (name: string, setup: () => void, code: string, message: RegExp) => {
    setup();
    const a = await analyzeFile(name, { cwd: dir, maxBytes: 10_000 });
    expect(a.findings.map((f) => [f.code, f.location])).toEqual([[code, { file: name, line: 1, column: 1 }]]);
    expect(a.findings[0]?.message).toMatch(message);
  };

  it("fails when the file does not exist", () => ioCase("missing.yaml", () => {}, "AIF-IO001", /file not found: missing\.yaml/));
  it("fails when the path is a directory", () => ioCase("adir", () => mkdirSync(join(dir, "adir")), "AIF-IO002", /it is a directory/));
  it("fails when the file is too large", () =>
    ioCase("big.yaml", () => writeFileSync(join(dir, "big.yaml"), "#".repeat(20_000)), "AIF-IO003", /20,000 bytes, over the 10,000-byte limit/));
  it("fails when the file is binary", () =>
    ioCase("bin.yaml", () => writeFileSync(join(dir, "bin.yaml"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])), "AIF-IO004", /NUL bytes/));
  it("fails when the file is not UTF-8", () =>
    ioCase("latin1.yaml", () => writeFileSync(join(dir, "latin1.yaml"), Buffer.from("name: caf\xe9\n", "latin1")), "AIF-IO004", /invalid UTF-8/));

  it("finds the bundled default blueprint", () => {
    expect(defaultBlueprintPath().replace(/\\/g, "/")).toMatch(/\/blueprints\/openai-nvidia-10gw\.yaml$/);
  });
});

describe("analyzeBlueprint", () => {
  it("fails when a DSL object is cyclic or absurdly deep, with AIF-Y008 rather than a stack overflow", () => {
    const cyclic: Record<string, unknown> = {};
    Object.assign(cyclic, { apiVersion: "aifactory.dev/v1alpha1", kind: "AIFactory", metadata: { name: "x" }, spec: { self: cyclic } });
    expect(analyzeBlueprint(cyclic as unknown as AIFactoryBlueprint, "x.js").findings.map((f) => f.code)).toEqual(["AIF-Y008"]);
    const deep: Record<string, unknown> = {};
    let cursor = deep;
    for (let i = 0; i < 100_000; i++) cursor = (cursor.a = {}) as Record<string, unknown>;
    const bp = { apiVersion: "aifactory.dev/v1alpha1", kind: "AIFactory", metadata: { name: "x" }, spec: deep };
    expect(analyzeBlueprint(bp as unknown as AIFactoryBlueprint, "x.js").findings.map((f) => f.code)).toEqual(["AIF-Y008"]);
  });

  const load = () => analyzeText(minimal, "m.yaml").blueprint as AIFactoryBlueprint;

  it("checks a DSL object like a file, without locations", () => {
    const a = analyzeBlueprint(load(), "m.factory.ts");
    expect(a.model?.program.totals.gpus).toBe(720);
  });

  it("ignores props set to undefined", () => {
    const bp = load();
    const withUndefined = { ...bp, metadata: { ...bp.metadata, description: undefined } };
    expect(analyzeBlueprint(withUndefined, "m.factory.ts").findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("fails with the same schema codes as a file", () => {
    const bp = load();
    const site = bp.spec.sites[0];
    const broken = { ...bp, spec: { ...bp.spec, sites: [{ ...site, gridInterconnectMW: Number.NaN, halls: [{ ...site.halls[0], cooling: "water" }] }] } };
    const a = analyzeBlueprint(broken as unknown as AIFactoryBlueprint, "m.factory.ts");
    expect(a.findings.filter((f) => f.severity === "error").map((f) => [f.code, f.path.join("."), f.location])).toEqual([
      ["AIF-S005", "spec.sites.0.gridInterconnectMW", undefined],
      ["AIF-S006", "spec.sites.0.halls.0.cooling", undefined],
    ]);
  });
});
