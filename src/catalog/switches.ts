// Scale-out switches: the defaults a cluster's fabric is sized with. Radix and speed carry their source; power per
// switch too, or UNCONFIRMED with the reasoning. Sources: docs/sources.md.
import { CHECKED, figure as f, type Figure } from "./types.js";

export type Fabric = "infiniband" | "spectrum-x" | "roce";

export interface SwitchSpec {
  readonly id: string;
  readonly displayName: string;
  /** The fabrics this switch builds (InfiniBand switches never size an Ethernet fabric, and the reverse). */
  readonly fabrics: readonly Fabric[];
  /** Ports at portGbps (the radix a fat tree is built with). */
  readonly radix: Figure;
  readonly portGbps: Figure;
  /** Power of one switch in kW, counted in the hall's IT power. */
  readonly powerKW: Figure;
  readonly asOf: string;
}

const NO_POWER = "UNCONFIRMED: no datasheet figure found";
const SPECTRUM_X_PHOTONICS =
  "[S] NVIDIA newsroom, Spectrum-X Photonics (GTC 2025), and press on Spectrum-6 for the Vera Rubin era (2026-H2)";

const QM9700: SwitchSpec = {
  id: "quantum-2-qm9700",
  displayName: "NVIDIA Quantum-2 QM9700 (NDR InfiniBand)",
  fabrics: ["infiniband"],
  radix: f(64, "[P] NVIDIA QM97XX user manual: 32 OSFP cages, 2 × 400 Gb/s ports each (64 × NDR)"),
  portGbps: f(400, "[P] NVIDIA QM97XX user manual: NDR 400 Gb/s"),
  powerKW: f(
    1.72,
    `${NO_POWER}; 1.72 kW assumed (1U, 64 × 400G ports with OSFP112 transceivers at up to 17 W per cage per the QM97XX manual, 32 cages ≈ 0.54 kW of optics plus ASIC, fans and PSU losses)`,
  ),
  asOf: CHECKED,
};

const Q3400: SwitchSpec = {
  id: "quantum-x800-q3400",
  displayName: "NVIDIA Quantum-X800 Q3400 (XDR InfiniBand)",
  fabrics: ["infiniband"],
  radix: f(144, "[S] NVIDIA Quantum-X800 product pages as reported: Q3400, 144 × 800 Gb/s XDR"),
  portGbps: f(800, "[S] NVIDIA Quantum-X800 product pages as reported: XDR 800 Gb/s"),
  powerKW: f(
    6.5,
    `${NO_POWER}; 6.5 kW assumed by scaling the QM9700 assumption by switching capacity per kW (144 × 800G = 115 Tb/s vs 25.6 Tb/s) with ~1.7× better efficiency for the 200G-SerDes generation`,
  ),
  asOf: CHECKED,
};

const SN5600: SwitchSpec = {
  id: "spectrum-x800-sn5600",
  displayName: "NVIDIA Spectrum-X800 SN5600 (800 GbE)",
  fabrics: ["spectrum-x", "roce"],
  radix: f(64, "[S] NVIDIA Spectrum-X product pages as reported: SN5600, 64 × 800 GbE"),
  portGbps: f(800, "[S] NVIDIA Spectrum-X product pages as reported: 800 GbE"),
  powerKW: f(3.0, `${NO_POWER}; 3.0 kW assumed for a 2U 51.2 Tb/s Ethernet switch with 64 × 800G optics (~15 W each ≈ 1 kW) plus ASIC, fans and PSU losses`),
  asOf: CHECKED,
};

const SN6810: SwitchSpec = {
  id: "spectrum-6-sn6810",
  displayName: "NVIDIA Spectrum-6 SN6810 (co-packaged optics, 102.4 Tb/s)",
  fabrics: ["spectrum-x", "roce"],
  radix: f(128, "DERIVED: 102.4 Tb/s / 800 Gb/s = 128 ports (" + SPECTRUM_X_PHOTONICS.slice(4) + ": 102.4 Tb/s)"),
  portGbps: f(800, `${SPECTRUM_X_PHOTONICS}: 800 Gb/s ports`),
  powerKW: f(4.0, `${NO_POWER}; 4.0 kW assumed (twice SN5600's capacity; co-packaged optics save most of the transceiver power)`),
  asOf: CHECKED,
};

const SN6800: SwitchSpec = {
  id: "spectrum-6-sn6800",
  displayName: "NVIDIA Spectrum-6 SN6800 (co-packaged optics, 409.6 Tb/s)",
  fabrics: ["spectrum-x", "roce"],
  radix: f(512, "DERIVED: 409.6 Tb/s / 800 Gb/s = 512 ports (" + SPECTRUM_X_PHOTONICS.slice(4) + ": 409.6 Tb/s)"),
  portGbps: f(800, `${SPECTRUM_X_PHOTONICS}: 800 Gb/s ports`),
  powerKW: f(16.0, `${NO_POWER}; 16 kW assumed (four SN6810 switching capacities in one chassis)`),
  asOf: CHECKED,
};

export const SWITCHES: readonly SwitchSpec[] = [QM9700, Q3400, SN5600, SN6810, SN6800];

/** The switch of this id (the blueprint schema's networking.switch enum lists the same ids; a test keeps them in step). */
export function getSwitch(id: string): SwitchSpec | undefined {
  return SWITCHES.find((s) => s.id === id);
}

/**
 * The switch a fabric is sized with when the blueprint names none: InfiniBand up to 400 Gb/s NICs → Quantum-2
 * QM9700, faster (XDR 800G) → Quantum-X800 Q3400 (144 ports); Spectrum-X and RoCE up to 800 Gb/s → Spectrum-X800
 * SN5600, faster → Spectrum-6 SN6810.
 */
export function defaultSwitch(fabric: Fabric, nicGbps: number): SwitchSpec {
  if (fabric === "infiniband") return nicGbps <= 400 ? QM9700 : Q3400;
  return nicGbps <= 800 ? SN5600 : SN6810;
}

/** The fabric's highest-radix switch: what a fix suggests when a fabric outgrows its switches. */
export function largestSwitch(fabric: Fabric): SwitchSpec {
  const own = SWITCHES.filter((s) => s.fabrics.includes(fabric));
  return own.reduce((best, s) => (s.radix.value > best.radix.value ? s : best), own[0] ?? Q3400);
}
