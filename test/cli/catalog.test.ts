import { describe, expect, it } from "vitest";
import { SYSTEM_IDS } from "../../src/catalog/index.js";
import { runCli } from "./helpers.js";

describe("aifactory catalog", () => {
  it("lists every system with its figures and marks UNCONFIRMED ones", async () => {
    const r = await runCli(["catalog"]);
    expect(r.code).toBe(0);
    for (const id of SYSTEM_IDS) expect(r.stdout).toContain(`\n${id} — `);
    expect(r.stdout).toMatch(/^vera-rubin-nvl144\s+rack-scale\s+8\?/m);
    expect(r.stdout).toMatch(/rackPowerKW\s+230\s+UNCONFIRMED\s+UNCONFIRMED: press estimates/);
    expect(r.stdout).toContain("Scale-out switches");
  });

  it("gives each figure's value, source and confidence as JSON", async () => {
    const r = await runCli(["catalog", "--format", "json"]);
    const json = JSON.parse(r.stdout);
    expect(json.systems.map((s: { id: string }) => s.id)).toEqual(SYSTEM_IDS);
    const gb200 = json.systems.find((s: { id: string }) => s.id === "gb200-nvl72");
    expect(gb200.figures.nodesPerRack).toEqual({ value: 18, source: expect.stringContaining("18 compute trays"), confidence: "primary" });
    expect(json.switches.length).toBeGreaterThan(0);
  });

  it("shows one system", async () => {
    const r = await runCli(["catalog", "--system", "h100"]);
    expect(r.stdout).toContain("h100 — ");
    expect(r.stdout).not.toContain("h200 — ");
  });

  it("fails with exit 2 on an unknown system", async () => {
    const r = await runCli(["catalog", "--system", "h900"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Allowed choices are h100");
  });
});

describe("aifactory catalog BLUEPRINT", () => {
  it("shows the systems a blueprint uses with its overrides marked", async () => {
    const { mkdtempSync, readFileSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const dir = mkdtempSync(join(tmpdir(), "aifactory-catalog-"));
    const text = readFileSync(new URL("../fixtures/load/valid-minimal.yaml", import.meta.url), "utf8").replace(
      "  sites:\n",
      "  catalogOverrides:\n    - system: gb200-nvl72\n      source: our own metering\n      rackPowerKW: 132\n  sites:\n",
    );
    writeFileSync(join(dir, "ovr.yaml"), text);
    const r = await runCli(["catalog", "ovr.yaml"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^gb200-nvl72\s+rack-scale\s+4\s+18\s+72\s+1667\s+7\.333\s+132!/m);
    expect(r.stdout).toMatch(/rackPowerKW\s+132\s+override\s+our own metering/);
    expect(r.stdout).not.toContain("h100 — ");
    const v = await runCli(["validate", "ovr.yaml"], { cwd: dir });
    expect(v.stdout).toContain("overridden: gb200-nvl72; see `aifactory catalog ovr.yaml`)");
  });

  it("fails when the blueprint has errors, printing them like validate", async () => {
    const r = await runCli(["catalog", "test/fixtures/load/invalid-enum.yaml"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("invalid-enum.yaml:20:20: error AIF-S006");
  });
});
