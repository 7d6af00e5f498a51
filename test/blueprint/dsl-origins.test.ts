// DSL findings point at the builder call that made the element, as file findings point at their line.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeBlueprint } from "../../src/check/analyze.js";
import { cluster, factory, hall, phase, pool, site } from "../../src/blueprint/dsl.js";
import { run } from "../../src/cli/main.js";

const THIS_FILE = "test/blueprint/dsl-origins.test.ts";

function overBudget() {
  return factory({
    name: "origins",
    phases: [phase({ name: "p1", online: "2026-H2", cumulativeCapMW: 100 })],
    sites: [
      site({
        name: "s1",
        partner: "x",
        phase: "p1",
        gridInterconnectMW: 100,
        halls: [hall({ name: "h1", itPowerMW: 1, cooling: "liquid", maxRackKW: 150 })], // the hall: line 22
        clusters: [cluster({ name: "c1", kubernetesVersion: "1.33", pools: [pool({ name: "g1", system: "gb200-nvl72", racks: 20, hall: "h1" })] })],
      }),
    ],
  });
}

describe("DSL findings", () => {
  it("point at the TypeScript line of the builder call that made the element", () => {
    const a = analyzeBlueprint(overBudget(), "origins.factory.js");
    const f = a.findings.find((x) => x.code === "AIF-P001");
    expect(f?.location).toEqual({ file: THIS_FILE, line: 22, column: 17 });
  });

  it("point at the module's line when the CLI runs it in its child process", async () => {
    const dir = mkdtempSync(join(tmpdir(), "aifactory-dsl-"));
    const dsl = new URL("../../dist/src/blueprint/dsl.js", import.meta.url).href;
    writeFileSync(
      join(dir, "bad.mjs"),
      [
        `import { factory, phase, site, hall, cluster, pool } from ${JSON.stringify(dsl)};`,
        "export default factory({ name: 'bad', phases: [phase({ name: 'p1', online: '2026-H2', cumulativeCapMW: 100 })],",
        "  sites: [site({ name: 's1', partner: 'x', phase: 'p1', gridInterconnectMW: 100,",
        "    halls: [hall({ name: 'h1', itPowerMW: 1, cooling: 'liquid', maxRackKW: 150 })],",
        "    clusters: [cluster({ name: 'c1', kubernetesVersion: '1.33', pools: [pool({ name: 'g1', system: 'gb200-nvl72', racks: 20, hall: 'h1' })] })] })] });",
      ].join("\n"),
    );
    let stdout = "";
    const code = await run(["validate", "bad.mjs"], { cwd: dir, stdout: (s) => void (stdout += s), stderr: () => undefined });
    expect(code).toBe(1);
    expect(stdout).toMatch(/^bad\.mjs:4:13: error AIF-P001 /m);
  });
});
