// MIG profiles per GPU: the profiles a GPU can be partitioned into, how many instances of each fit on one GPU, and
// the named layouts of NVIDIA's default MIG configuration (the values of the nvidia.com/mig.config node label that
// the MIG manager applies). Data only, each table with its source.
import type { CatalogSystemId } from "./types.js";

/**
 * [P] NVIDIA/mig-parted deployments/systemd/config-default.yaml (commit bd7160f, 2026-08-21; the GPU Operator's
 * default-mig-parted-config carries the same named configs): `all-<profile>` configs partition every GPU into the
 * largest number of instances of one profile; `all-balanced` is its mixed layout per GPU type.
 */
export const MIG_PARTED_DEFAULT = "[P] NVIDIA/mig-parted deployments/systemd/config-default.yaml (commit bd7160f, checked 2026-12-01)";
/** [P] The profile names per GPU: NVIDIA MIG user guide, "Supported MIG Profiles". */
export const MIG_USER_GUIDE = "[P] docs.nvidia.com/datacenter/tesla/mig-user-guide/supported-mig-profiles.html (checked 2026-12-01)";

export interface MigProfile {
  /** The profile name as NVIDIA writes it ("1g.10gb"); the mixed strategy advertises nvidia.com/mig-<name>. */
  readonly name: string;
  /** Instances of this profile on one GPU in NVIDIA's all-<name> layout (the most that fit). */
  readonly instancesPerGpu: number;
}

export interface MigTable {
  readonly profiles: readonly MigProfile[];
  /** NVIDIA's all-balanced layout for this GPU: instances per GPU of each profile. */
  readonly balanced: Readonly<Record<string, number>>;
  readonly source: string;
}

const table = (profiles: readonly [string, number][], balanced: Readonly<Record<string, number>>, gpu: string): MigTable => ({
  profiles: profiles.map(([name, instancesPerGpu]) => ({ name, instancesPerGpu })),
  balanced,
  source: `${MIG_PARTED_DEFAULT}: ${gpu}; profile names as in ${MIG_USER_GUIDE.slice(4)}`,
});

/** Systems whose GPUs have a MIG table; a system without one has no sourced MIG layout (MIG left out there). */
export const MIG_TABLES: Readonly<Partial<Record<CatalogSystemId, MigTable>>> = {
  h100: table(
    [["1g.10gb", 7], ["1g.20gb", 4], ["2g.20gb", 3], ["3g.40gb", 2], ["4g.40gb", 1], ["7g.80gb", 1]],
    { "1g.10gb": 2, "2g.20gb": 1, "3g.40gb": 1 },
    "H100-80GB",
  ),
  h200: table(
    [["1g.18gb", 7], ["1g.35gb", 4], ["2g.35gb", 3], ["3g.71gb", 2], ["4g.71gb", 1], ["7g.141gb", 1]],
    { "1g.18gb": 2, "2g.35gb": 1, "3g.71gb": 1 },
    "H200-141GB",
  ),
  b200: table(
    [["1g.23gb", 7], ["1g.45gb", 4], ["2g.45gb", 3], ["3g.90gb", 2], ["4g.90gb", 1], ["7g.180gb", 1]],
    { "1g.23gb": 2, "2g.45gb": 1, "3g.90gb": 1 },
    "B200",
  ),
  b300: table(
    [["1g.34gb", 7], ["1g.67gb", 4], ["2g.67gb", 3], ["3g.135gb", 2], ["4g.135gb", 1], ["7g.269gb", 1]],
    { "1g.34gb": 2, "2g.67gb": 1, "3g.135gb": 1 },
    "B300",
  ),
  "gb200-nvl72": table(
    [["1g.23gb", 7], ["1g.47gb", 4], ["2g.47gb", 3], ["3g.93gb", 2], ["4g.93gb", 1], ["7g.186gb", 1]],
    { "1g.23gb": 2, "2g.47gb": 1, "3g.93gb": 1 },
    "GB200",
  ),
  "gb300-nvl72": table(
    [["1g.35gb", 7], ["1g.70gb", 4], ["2g.70gb", 3], ["3g.139gb", 2], ["4g.139gb", 1], ["7g.278gb", 1]],
    { "1g.35gb": 2, "2g.70gb": 1, "3g.139gb": 1 },
    "GB300",
  ),
};

/** The MIG manager's label and the name of NVIDIA's balanced layout. */
export const MIG_CONFIG_LABEL = "nvidia.com/mig.config";
export const MIG_BALANCED = "all-balanced";

/** The per-GPU layout a named config stands for on this system, or undefined when the system has no such config. */
export function migLayout(system: CatalogSystemId, config: string): Readonly<Record<string, number>> | undefined {
  const t = MIG_TABLES[system];
  if (t === undefined) return undefined;
  if (config === MIG_BALANCED) return t.balanced;
  const p = t.profiles.find((x) => `all-${x.name}` === config);
  return p === undefined ? undefined : { [p.name]: p.instancesPerGpu };
}

/** The named configs a system accepts, for messages: all-<profile> for each profile, then all-balanced. */
export function migConfigNames(system: CatalogSystemId): string[] {
  const t = MIG_TABLES[system];
  return t === undefined ? [] : [...t.profiles.map((p) => `all-${p.name}`), MIG_BALANCED];
}
