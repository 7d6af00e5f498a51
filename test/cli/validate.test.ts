import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./helpers.js";

const fixtures = "test/fixtures/load";
const minimal = readFileSync(new URL("../fixtures/load/valid-minimal.yaml", import.meta.url), "utf8");

describe("aifactory validate", () => {
  it("validates the bundled default blueprint when no file is named", async () => {
    const r = await runCli(["validate"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^blueprints\/openai-nvidia-10gw\.yaml: 0 errors, \d+ warnings?; [\d,]+ GPUs \([\d,]+ dies\), [\d,]+ nodes, [\d,]+ racks, [\d,.]+ MW IT, [\d,.]+ MW facility/m);
  });

  it("exits 0 and prints a summary with resolved totals for a clean file", async () => {
    const r = await runCli(["validate", `${fixtures}/valid-minimal.yaml`]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^test\/fixtures\/load\/valid-minimal\.yaml: 0 errors, 0 warnings; 720 GPUs \(1,440 dies\), 180 nodes, 10 racks, [\d.]+ MW IT, [\d.]+ MW facility \(UNCONFIRMED figures: NVIDIA Quantum-2 QM9700 \(NDR InfiniBand\) power; see `aifactory catalog [^`]+`\)\n$/,
    );
  });

  it("fails when a file has errors: compiler-style lines, the fix, exit 1", async () => {
    const r = await runCli(["validate", `${fixtures}/invalid-many-errors.yaml`]);
    expect(r.code).toBe(1);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe(
      "test/fixtures/load/invalid-many-errors.yaml:5:9: error AIF-S007 `metadata.name` is \"Minimal\", which is not a DNS-1123 label (lowercase letters, digits and '-', starting and ending with a letter or digit, at most 63 characters)",
    );
    expect(lines[1]).toBe("    fix: Use a valid name such as `minimal`.");
    // Each element an error leaves out of the capacity checks says so, just before its error.
    expect(lines[2]).toMatch(/^test\/fixtures\/load\/invalid-many-errors\.yaml:18:\d+: info AIF-S012 spec\.sites\[0\]\.halls\[0\] is left out/);
    expect(lines[4]).toMatch(/^test\/fixtures\/load\/invalid-many-errors\.yaml:20:20: error AIF-S006 /);
    expect(lines[6]).toMatch(/:26:\d+: info AIF-S012 spec\.sites\[0\]\.clusters\[0\]\.pools\[0\] is left out/);
    expect(lines[8]).toMatch(/:28:22: error AIF-S008 /);
    expect(lines[10]).toBe("test/fixtures/load/invalid-many-errors.yaml: 3 errors, 0 warnings; not resolved");
  });

  it("reports every file, and the worst exit code", async () => {
    const r = await runCli(["validate", `${fixtures}/valid-minimal.yaml`, `${fixtures}/invalid-enum.yaml`]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("valid-minimal.yaml: 0 errors");
    expect(r.stdout).toContain("invalid-enum.yaml: 1 error, 0 warnings; not resolved");
  });

  it("fails with exit 2 when a file cannot be read", async () => {
    const r = await runCli(["validate", "no/such/file.yaml"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain("no/such/file.yaml:1:1: error AIF-IO001 file not found: no/such/file.yaml");
  });

  it("fails with exit 2 on a usage error, without a stack trace", async () => {
    for (const args of [["validate", "--format", "xml"], ["validate", "--near-limit", "150"], ["frobnicate"], ["validate", "--bogus"]]) {
      const r = await runCli(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(/^aifactory: error: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it("prints help and exits 0", async () => {
    const r = await runCli(["validate", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Usage: aifactory validate");
    expect(r.stdout).toContain("npm run build");
  });

  it("gives findings and totals per program, phase and site as JSON", async () => {
    const r = await runCli(["validate", "--format", "json", `${fixtures}/valid-minimal.yaml`, `${fixtures}/invalid-enum.yaml`]);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.exitCode).toBe(1);
    const [ok, bad] = json.files;
    expect(ok.totals.program).toMatchObject({ gpus: 720, nodes: 180, racks: 10, powerCapMW: 10000 });
    expect(ok.totals.phases[0]).toMatchObject({ name: "phase-1", online: "2026-H2", gpus: 720, cumulative: { gpus: 720 } });
    expect(ok.totals.sites[0]).toMatchObject({ name: "site-a", phase: "phase-1", gpus: 720 });
    expect(bad.totals).toBeNull();
    expect(bad.findings.find((f: { severity: string }) => f.severity === "error")).toMatchObject({
      code: "AIF-S006",
      severity: "error",
      // The one JSON shape of findings (the plan's too): the path in formatPath's notation, the location flattened.
      path: "spec.sites[0].halls[0].cooling",
      file: "test/fixtures/load/invalid-enum.yaml",
      line: 20,
      column: 20,
    });
  });

  it("overrides the near-limit threshold with --near-limit", async () => {
    const dir = mkdtempSync(join(tmpdir(), "aifactory-cli-"));
    writeFileSync(join(dir, "near.yaml"), minimal.replace("itPowerMW: 50", "itPowerMW: 2"));
    expect((await runCli(["validate", "near.yaml"], { cwd: dir })).stdout).not.toContain("AIF-P005");
    const r = await runCli(["validate", "--near-limit", "50", "near.yaml"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^near\.yaml:19:11: warning AIF-P005 /m);
  });

  it("colours only on a TTY and honours NO_COLOR", async () => {
    const file = `${fixtures}/invalid-enum.yaml`;
    expect((await runCli(["validate", file])).stdout).not.toContain("\u001b[");
    expect((await runCli(["validate", file], { isTTY: true })).stdout).toContain("\u001b[31merror\u001b[39m");
    expect((await runCli(["validate", file], { isTTY: true, env: { NO_COLOR: "1" } })).stdout).not.toContain("\u001b[");
  });
});

describe("aifactory validate with DSL modules", () => {
  const dir = mkdtempSync(join(tmpdir(), "aifactory-dsl-"));
  const blueprintJson = JSON.stringify({
    apiVersion: "aifactory.dev/v1alpha1",
    kind: "AIFactory",
    metadata: { name: "from-js" },
    spec: {
      program: { phases: [{ name: "p1", online: "2026-H2", cumulativeCapMW: 100 }] },
      sites: [
        {
          name: "s1",
          partner: "x",
          phase: "p1",
          gridInterconnectMW: 100,
          halls: [{ name: "h1", itPowerMW: 50, cooling: "liquid", maxRackKW: 150 }],
          clusters: [{ name: "c1", kubernetesVersion: "1.33", pools: [{ name: "g1", system: "gb200-nvl72", racks: 1, hall: "h1" }] }],
        },
      ],
    },
  });

  it("accepts a compiled module exporting a default blueprint", async () => {
    writeFileSync(join(dir, "ok.mjs"), `export default ${blueprintJson};\n`);
    const r = await runCli(["validate", "ok.mjs"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ok\.mjs: 0 errors, 0 warnings; 72 GPUs/);
  });

  it("fails when the module's blueprint breaks the schema, with the same codes", async () => {
    writeFileSync(join(dir, "bad.mjs"), `const b = ${blueprintJson};\nb.spec.sites[0].halls[0].cooling = "water";\nexport default b;\n`);
    const r = await runCli(["validate", "bad.mjs"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('bad.mjs: error AIF-S006 `cooling` of hall h1 is "water"; allowed: liquid, air (at spec.sites[0].halls[0].cooling)');
  });

  it("fails with exit 2 when the module throws or exports nothing", async () => {
    writeFileSync(join(dir, "throws.mjs"), "throw new Error('boom');\n");
    writeFileSync(join(dir, "empty.mjs"), "export const x = 1;\n");
    const r = await runCli(["validate", "throws.mjs", "empty.mjs"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain("throws.mjs:1:1: error AIF-IO005 cannot load the DSL module throws.mjs: it threw while loading: boom");
    expect(r.stdout).toContain("empty.mjs:1:1: error AIF-IO005 cannot load the DSL module empty.mjs: it has no default export");
  });

  it("fails with exit 2 and says how to build when given TypeScript", async () => {
    const r = await runCli(["validate", "blueprints/dev-kind.factory.ts"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain("AIF-IO006 blueprints/dev-kind.factory.ts is TypeScript, which Node 20 cannot load without a loader");
    expect(r.stdout).toContain("Run `npm run build` and pass the compiled module instead, e.g. dist/blueprints/dev-kind.factory.js");
  });
});
