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
