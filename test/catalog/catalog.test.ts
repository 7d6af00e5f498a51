import { describe, expect, it } from "vitest";
import schema from "../../schemas/blueprint.schema.json" with { type: "json" };
import {
  CHECKED,
  DEPRECATED_SYSTEM_IDS,
  PUBLIC_SITE_IDS,
  PUBLIC_SITES,
  SWITCHES,
  SYSTEM_ALIASES,
  SYSTEM_IDS,
  SYSTEMS,
  confidenceOf,
  defaultSwitch,
  largestSwitch,
  type Figure,
} from "../../src/catalog/index.js";
import { EQUITY_2026, HUANG_GPUS_FOR_10GW, LETTER_OF_INTENT_2025, STARGATE_PLANNED, huangKWPerGpu } from "../../src/catalog/program.js";
import { FIGURE_NAMES, figureOf, resolveSystem } from "../../src/model/system.js";

/** Every figure of the catalog, named. */
function allFigures(): [string, Figure<unknown>][] {
  const out: [string, Figure<unknown>][] = [];
  for (const id of SYSTEM_IDS) {
    for (const name of FIGURE_NAMES) {
      const f = (SYSTEMS[id] as unknown as Record<string, Figure<unknown> | undefined>)[name];
      if (f !== undefined) out.push([`${id}.${name}`, f]);
    }
  }
  for (const s of SWITCHES) for (const [n, f] of Object.entries({ radix: s.radix, portGbps: s.portGbps, powerKW: s.powerKW })) out.push([`${s.id}.${n}`, f]);
  for (const id of PUBLIC_SITE_IDS) PUBLIC_SITES[id].figures.forEach((f, i) => out.push([`${id}.figures[${i}]`, f.mw]));
  for (const [group, o] of Object.entries({ LETTER_OF_INTENT_2025, EQUITY_2026, HUANG_GPUS_FOR_10GW })) {
    for (const [n, v] of Object.entries(o)) if (typeof v === "object" && v !== null && "source" in v) out.push([`${group}.${n}`, v as Figure<unknown>]);
  }
  out.push(["STARGATE_PLANNED", STARGATE_PLANNED]);
  return out;
}

describe("catalog", () => {
  it("lists every system of the schema's SystemId enum, in its order, and the deprecated ids after them", () => {
    expect([...SYSTEM_IDS, ...DEPRECATED_SYSTEM_IDS]).toEqual(schema.definitions.SystemId.enum);
  });

  it("lists the schema's public sites and switches", () => {
    expect(PUBLIC_SITE_IDS).toEqual(schema.definitions.PublicSiteId.enum);
    expect(SWITCHES.map((s) => s.id)).toEqual(schema.definitions.Networking.properties.switch.enum);
  });

  it("gives every figure a tagged source, and the one rule decides its confidence from the tag", () => {
    const figures = allFigures();
    expect(figures.length).toBeGreaterThan(150);
    for (const [name, f] of figures) {
      expect(f.source, name).toMatch(/^(\[P\]|\[S\]|DERIVED|UNCONFIRMED)/);
      expect(f.confidence, `${name}: ${f.source}`).toBe(confidenceOf(f.source));
    }
  });

  it("names public sources, never a document outside the repository", () => {
    for (const [name, f] of allFigures()) expect(f.source, name).not.toMatch(/DOMAIN\.md|\.\.\/shared/);
  });

  it("dates every system, switch and public site", () => {
    for (const id of SYSTEM_IDS) expect(SYSTEMS[id].asOf).toBe(CHECKED);
    for (const s of SWITCHES) expect(s.asOf).toBe(CHECKED);
    for (const id of PUBLIC_SITE_IDS) expect(PUBLIC_SITES[id].asOf).toBe(CHECKED);
  });

  it("stores derived figures as the model recomputes them", () => {
    for (const id of SYSTEM_IDS) {
      const s = SYSTEMS[id];
      const r = resolveSystem(id);
      for (const name of ["nodePowerKW", "rackPowerKW"] as const) {
        if (s[name].confidence === "derived") expect(r[name].value, `${id}.${name}`).toBeCloseTo(s[name].value, 3);
      }
    }
  });

  it("models Vera Rubin NVL72 as 18 trays of 4 two-die GPUs: 72 GPUs and 144 dies per rack, one NVLink domain", () => {
    const vr = resolveSystem("vera-rubin-nvl72");
    expect(vr.gpusPerNode.value).toBe(4);
    expect(vr.nodesPerRack.value).toBe(18);
    expect(vr.gpusPerRack.value).toBe(72);
    expect(vr.diesPerRack.value).toBe(144);
    expect(vr.nvlinkDomainGpus.value).toBe(72);
    expect(vr.cpusPerNode?.value).toBe(2);
    expect(vr.gpuMemoryGB.value).toBe(288);
    expect(vr.rackPowerKW.confidence).toBe("unconfirmed");
    expect(vr.rackPowerKW.source).toContain("190–230 kW");
    expect(vr.otherNames.join(" ")).toContain("NVL144");
  });

  it("keeps the GTC 2025 id as a deprecated alias of Vera Rubin NVL72", () => {
    expect(SYSTEM_ALIASES["vera-rubin-nvl144"].to).toBe("vera-rubin-nvl72");
    expect(resolveSystem("vera-rubin-nvl144").id).toBe("vera-rubin-nvl72");
  });

  it("models Rubin Ultra on Kyber as 144 packages of 4 dies (576 dies), ~600 kW, 2027-H2, under both names", () => {
    const ru = resolveSystem("rubin-ultra-nvl576");
    expect(ru.gpusPerRack.value).toBe(144);
    expect(ru.diesPerRack.value).toBe(576);
    expect(ru.rackPowerKW.value).toBe(600);
    expect(ru.availability?.value).toBe("2027-H2");
    expect(`${ru.displayName} ${ru.otherNames.join(" ")}`).toMatch(/NVL576.*Kyber NVL144/s);
  });

  it("gives B300 1,100 W per GPU and DGX B300 14.5 kW (1,400 W is GB300's)", () => {
    expect(SYSTEMS.b300.gpuPowerW.value).toBe(1100);
    expect(SYSTEMS.b300.nodePowerKW.value).toBe(14.5);
    expect(SYSTEMS["gb300-nvl72"].gpuPowerW.value).toBe(1400);
  });

  it("separates an NVL72 GPU's own power from its share of rack power", () => {
    const gb = resolveSystem("gb200-nvl72");
    expect(gb.gpuPowerW).toMatchObject({ value: 1200, confidence: "primary" });
    expect(gb.gpuShareW).toMatchObject({ value: 1667, confidence: "derived" });
  });

  it("gives the GPU Feature Discovery values a real node carries, UNCONFIRMED where none is public", () => {
    expect(SYSTEMS.h100.gpuProduct.value).toBe("NVIDIA-H100-80GB-HBM3");
    expect(SYSTEMS.h100.gpuMemoryMiB.value).toBe(81559);
    expect(SYSTEMS.h100.gpuFamily.value).toBe("hopper");
    expect(SYSTEMS.h200.gpuProduct.value).toBe("NVIDIA-H200");
    expect(SYSTEMS.b200.gpuProduct.value).toBe("NVIDIA-B200");
    expect(SYSTEMS["gb200-nvl72"].gpuProduct.value).toBe("NVIDIA-GB200");
    expect(SYSTEMS["vera-rubin-nvl72"].gpuProduct.confidence).toBe("unconfirmed");
    // MiB as the driver reports them (nvidia-smi memory.total), not GB × 10^9 / 2^20.
    expect(SYSTEMS["gb200-nvl72"].gpuMemoryMiB.value).toBe(189471);
    expect(SYSTEMS.b300.gpuProduct.value).toBe("NVIDIA-B300-SXM6-AC");
    expect(SYSTEMS.b300.gpuProduct.confidence).toBe("secondary");
    expect(SYSTEMS["vera-rubin-nvl72"].gpuMemoryMiB.confidence).toBe("unconfirmed");
    // Grace and Vera trays are Arm nodes (GKE taints those).
    expect(SYSTEM_IDS.filter((id) => SYSTEMS[id].cpuArch.value === "arm64")).toEqual(["gb200-nvl72", "gb300-nvl72", "vera-rubin-nvl72", "rubin-ultra-nvl576"]);
  });

  it("derives Huang's ratio: 4–5 million GPUs for 10 GW is 2.0–2.5 kW per GPU", () => {
    expect(huangKWPerGpu()).toMatchObject({ low: 2, high: 2.5 });
  });
});

describe("resolveSystem", () => {
  it("lists unconfirmed figures", () => {
    expect(resolveSystem("vera-rubin-nvl72").unconfirmed).toEqual(expect.arrayContaining(["rackPowerKW", "gpuPowerW", "gpuProduct"]));
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
    // The node power of a rack-scale system follows its rack power, and so does the GPU's share.
    expect(s.nodePowerKW.value).toBeCloseTo(132 / 18, 3);
    expect(s.nodePowerKW.confidence).toBe("derived");
    expect(s.gpuShareW.value).toBe(Math.round(132_000 / 72));
    expect(s.gpuShareW.source).toContain("overridden input");
  });

  it("overrides every per-system figure a user's hardware may differ in, and recomputes what rests on them", () => {
    const s = resolveSystem("vera-rubin-nvl144", [
      { system: "vera-rubin-nvl144", source: "vendor quote", gpusPerNode: 8, nodesPerRack: 9, nicsPerNode: 4, nvlinkDomainGpus: 72 },
    ]);
    expect(s.overridden).toEqual(["gpusPerNode", "nodesPerRack", "nicsPerNode", "nvlinkDomainGpus"]);
    expect(s.gpusPerRack.value).toBe(72);
    expect(s.diesPerRack.value).toBe(144);
    expect(s.rackPowerKW.value).toBeCloseTo(9 * 12.778, 3);
    expect(s.gpuShareW.value).toBe(Math.round((9 * 12.778 * 1000) / 72));
  });

  it("re-derives an HGX rack from overridden node power, and an override clears UNCONFIRMED", () => {
    const s = resolveSystem("b300", [{ system: "b300", source: "site measurement", nodePowerKW: 15, gpuPowerW: 1000 }]);
    expect(s.rackPowerKW.value).toBe(60);
    expect(s.gpuShareW.value).toBe(1875);
    expect(s.unconfirmed).not.toContain("gpuPowerW");
  });

  it("lists every figure of a resolved system, in FIGURE_NAMES order", () => {
    const s = resolveSystem("h100");
    expect(FIGURE_NAMES.filter((n) => figureOf(s, n) !== undefined)).not.toContain("cpusPerNode");
  });
});

describe("switches", () => {
  it("picks the default switch by fabric and NIC speed", () => {
    expect(defaultSwitch("infiniband", 400).id).toBe("quantum-2-qm9700");
    expect(defaultSwitch("infiniband", 800).id).toBe("quantum-x800-q3400");
    expect(defaultSwitch("infiniband", 800).radix.value).toBe(144);
    expect(defaultSwitch("spectrum-x", 800).id).toBe("spectrum-x800-sn5600");
    expect(defaultSwitch("spectrum-x", 1600).id).toBe("spectrum-6-sn6810");
    expect(defaultSwitch("roce", 400).radix.value).toBe(64);
  });

  it("suggests a bigger switch of the same fabric, never an InfiniBand switch for Ethernet", () => {
    expect(largestSwitch("infiniband").id).toBe("quantum-x800-q3400");
    expect(largestSwitch("spectrum-x").id).toBe("spectrum-6-sn6800");
    expect(largestSwitch("roce").fabrics).toContain("roce");
  });
});
