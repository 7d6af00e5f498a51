import { describe, expect, it } from "vitest";
import { SYSTEM_IDS } from "../../src/catalog/index.js";
import { runCli } from "./helpers.js";

describe("aifactory catalog", () => {
  it("lists every system with its figures and marks UNCONFIRMED ones", async () => {
    const r = await runCli(["catalog"]);
    expect(r.code).toBe(0);
    for (const id of SYSTEM_IDS) expect(r.stdout).toContain(`\n${id} — `);
    // GPU packages and dies apart: 4 GPUs per tray, 2 dies each, 72 GPUs and 144 dies per rack; rack power UNCONFIRMED.
    expect(r.stdout).toMatch(/^vera-rubin-nvl72\s+rack-scale\s+4\s+2\s+18\s+72\s+144\s+72\s+3194\?\s+3194\s+12\.778\s+230\?.*2026-12-01$/m);
    expect(r.stdout).toMatch(/rackPowerKW\s+230\s+UNCONFIRMED\s+UNCONFIRMED: no NVIDIA figure found; press gives 190–230 kW/);
    // An NVL72 GPU's own power beside its share of the rack.
    expect(r.stdout).toMatch(/^gb200-nvl72\s+rack-scale\s+4\s+2\s+18\s+72\s+144\s+72\s+1200\s+1667\s/m);
    expect(r.stdout).toContain("vera-rubin-nvl72 — Vera Rubin NVL72 (\"Vera Rubin NVL144\" at GTC 2025");
    expect(r.stdout).toContain("figures as of 2026-12-01");
    expect(r.stdout).toContain("vera-rubin-nvl144 → vera-rubin-nvl72");
    expect(r.stdout).toContain("Scale-out switches");
    expect(r.stdout).toContain("spectrum-6-sn6810 — ");
    expect(r.stdout).toContain("stargate-abilene — Stargate Abilene");
  });

  it("gives each figure's value, source and confidence as JSON", async () => {
    const r = await runCli(["catalog", "--format", "json"]);
    const json = JSON.parse(r.stdout);
    expect(json.systems.map((s: { id: string }) => s.id)).toEqual(SYSTEM_IDS);
    const gb200 = json.systems.find((s: { id: string }) => s.id === "gb200-nvl72");
    expect(gb200.figures.nodesPerRack).toEqual({ value: 18, source: expect.stringContaining("18 compute trays"), confidence: "primary" });
    expect(gb200.asOf).toBe("2026-12-01");
    expect(gb200.figures.gpuShareW).toMatchObject({ value: 1667, confidence: "derived" });
    expect(gb200.figures.gpuMemoryMiB).toMatchObject({ value: 189471, confidence: "secondary" });
    expect(json.switches.length).toBeGreaterThan(0);
    expect(json.publicSites.map((s: { id: string }) => s.id)).toContain("stargate-abilene");
  });

  it("shows one system", async () => {
    const r = await runCli(["catalog", "--system", "h100"]);
    expect(r.stdout).toContain("h100 — ");
    expect(r.stdout).not.toContain("h200 — ");
  });

  it("shows a system by its deprecated id", async () => {
    const r = await runCli(["catalog", "--system", "vera-rubin-nvl144"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("vera-rubin-nvl72 — ");
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
    // The override carries through: node power and the GPU's share of the rack are recomputed from 132 kW.
    expect(r.stdout).toMatch(/^gb200-nvl72\s+rack-scale\s+4\s+2\s+18\s+72\s+144\s+72\s+1200\s+1833\s+7\.333\s+132!/m);
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
