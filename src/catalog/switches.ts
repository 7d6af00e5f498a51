// Scale-out switches: the defaults a cluster's fabric is sized with (DOMAIN.md §3).
// Radix and speed carry their source; power per switch too, or UNCONFIRMED with the reasoning.
import type { Figure } from "./types.js";

export type Fabric = "infiniband" | "spectrum-x" | "roce";

export interface SwitchSpec {
  readonly id: string;
  readonly displayName: string;
  /** Ports at portGbps (the radix a fat tree is built with). */
  readonly radix: Figure;
  readonly portGbps: Figure;
  /** Power of one switch in kW, counted in the hall's IT power. */
  readonly powerKW: Figure;
}

const QM9700: SwitchSpec = {
  id: "quantum-2-qm9700",
  displayName: "NVIDIA Quantum-2 QM9700 (NDR InfiniBand)",
  radix: {
    value: 64,
    source: "[P] NVIDIA QM97XX user manual: 32 OSFP cages, 2 × 400 Gb/s ports each (64 × NDR); [S] DOMAIN.md §3",
    confidence: "primary",
  },
  portGbps: { value: 400, source: "[P] NVIDIA QM97XX user manual: NDR 400 Gb/s", confidence: "primary" },
  powerKW: {
    value: 1.72,
    source:
      "UNCONFIRMED: no datasheet figure found in the searched corpora; 1.72 kW assumed (1U, 64 × 400G ports with OSFP112 transceivers at up to 17 W per cage per the QM97XX manual, 32 cages ≈ 0.54 kW of optics plus ASIC, fans and PSU losses)",
    confidence: "unconfirmed",
  },
};

const Q3400: SwitchSpec = {
  id: "quantum-x800-q3400",
  displayName: "NVIDIA Quantum-X800 Q3400 (XDR InfiniBand)",
  radix: { value: 144, source: "[S] DOMAIN.md §3: Quantum-X800 Q3400, 144 × 800 Gb/s XDR", confidence: "secondary" },
  portGbps: { value: 800, source: "[S] DOMAIN.md §3: XDR 800 Gb/s", confidence: "secondary" },
  powerKW: {
    value: 6.5,
    source:
      "UNCONFIRMED: no datasheet figure found in the searched corpora; 6.5 kW assumed by scaling the QM9700 assumption by switching capacity per kW (144 × 800G = 115 Tb/s vs 25.6 Tb/s) with ~1.7× better efficiency for the 200G-SerDes generation",
    confidence: "unconfirmed",
  },
};

const SN5600: SwitchSpec = {
  id: "spectrum-x800-sn5600",
  displayName: "NVIDIA Spectrum-X800 SN5600 (800 GbE)",
  radix: { value: 64, source: "[S] DOMAIN.md §3: Spectrum-X800 SN5600, 64 × 800 GbE", confidence: "secondary" },
  portGbps: { value: 800, source: "[S] DOMAIN.md §3: 800 GbE", confidence: "secondary" },
  powerKW: {
    value: 3.0,
    source:
      "UNCONFIRMED: no datasheet figure found in the searched corpora; 3.0 kW assumed for a 2U 51.2 Tb/s Ethernet switch with 64 × 800G optics (~15 W each ≈ 1 kW) plus ASIC, fans and PSU losses",
    confidence: "unconfirmed",
  },
};

export const SWITCHES: readonly SwitchSpec[] = [QM9700, Q3400, SN5600];

/**
 * The switch a fabric is sized with when the blueprint names none:
 * InfiniBand up to 400 Gb/s NICs → Quantum-2 QM9700, faster → Quantum-X800 Q3400;
 * Spectrum-X → SN5600; RoCE on generic Ethernet → an SN5600-class 64-port switch.
 */
export function defaultSwitch(fabric: Fabric, nicGbps: number): SwitchSpec {
  if (fabric === "infiniband") return nicGbps <= 400 ? QM9700 : Q3400;
  return SN5600;
}
