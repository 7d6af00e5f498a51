import { describe, expect, it } from "vitest";
import schema from "../../schemas/blueprint.schema.json" with { type: "json" };
import { FIGURE_NAMES, SWITCHES, SYSTEM_IDS, SYSTEMS, defaultSwitch, nodeKW, resolveSystem } from "../../src/catalog/index.js";

describe("catalog", () => {
  it("lists every system of the schema's SystemId enum, in its order", () => {
    expect(SYSTEM_IDS).toEqual(schema.definitions.SystemId.enum);
  });

  it("gives every figure a source and a confidence", () => {
    for (const id of SYSTEM_IDS) {
      for (const name of FIGURE_NAMES) {
        const f = SYSTEMS[id][name];
        expect(f.source.length, `${id}.${name}`).toBeGreaterThan(5);
        expect(["primary", "secondary", "derived", "unconfirmed"]).toContain(f.confidence);
      }
    }
    for (const s of SWITCHES) for (const f of [s.radix, s.portGbps, s.powerKW]) expect(f.source.length).toBeGreaterThan(5);
  });

  it("keeps rack and node power consistent for rack-scale systems", () => {
    for (const id of SYSTEM_IDS) {
      const s = SYSTEMS[id];
      if (s.form !== "rack-scale") continue;
      expect(s.nodePowerKW.value * s.nodesPerRack.value).toBeCloseTo(s.rackPowerKW.value, 0);
    }
  });

  it("counts Rubin GPUs by die: NVL144 is 144 GPUs per rack", () => {
    const vr = SYSTEMS["vera-rubin-nvl144"];
    expect(vr.gpusPerNode.value * vr.nodesPerRack.value).toBe(144);
    expect(SYSTEMS["gb200-nvl72"].gpusPerNode.value * SYSTEMS["gb200-nvl72"].nodesPerRack.value).toBe(72);
  });
});

describe("resolveSystem", () => {
  it("lists unconfirmed figures", () => {
    expect(resolveSystem("vera-rubin-nvl144").unconfirmed).toEqual(expect.arrayContaining(["rackPowerKW", "nodesPerRack"]));
    expect(resolveSystem("h100").unconfirmed).toEqual([]);
  });

  it("applies overrides with their source, and the last one wins", () => {
    const s = resolveSystem("gb200-nvl72", [
      { system: "gb200-nvl72", source: "quote A", rackPowerKW: 125 },
      { system: "gb200-nvl72", source: "quote B", rackPowerKW: 132 },
      { system: "h100", source: "other", nodePowerKW: 11 },
    ]);
    expect(s.rackPowerKW).toEqual({ value: 132, source: "quote B", confidence: "override" });
    expect(s.overridden).toEqual(["rackPowerKW"]);
    // The node power of a rack-scale system follows its rack power.
    expect(s.nodePowerKW.value).toBeCloseTo(132 / 18, 3);
    expect(s.nodePowerKW.confidence).toBe("derived");
    expect(nodeKW(s)).toBeCloseTo(132 / 18, 9);
  });

  it("re-derives an HGX rack from overridden node power, and an override clears UNCONFIRMED", () => {
    const s = resolveSystem("b300", [{ system: "b300", source: "site measurement", nodePowerKW: 15 }]);
    expect(s.rackPowerKW.value).toBe(60);
    expect(s.unconfirmed).not.toContain("nodePowerKW");
    expect(s.unconfirmed).toContain("gpuPowerW");
  });
});

describe("defaultSwitch", () => {
  it("picks the switch by fabric and NIC speed", () => {
    expect(defaultSwitch("infiniband", 400).id).toBe("quantum-2-qm9700");
    expect(defaultSwitch("infiniband", 800).id).toBe("quantum-x800-q3400");
    expect(defaultSwitch("spectrum-x", 800).id).toBe("spectrum-x800-sn5600");
    expect(defaultSwitch("roce", 400).radix.value).toBe(64);
  });
});
