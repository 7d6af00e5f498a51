// The hardware catalog. Every figure carries its source, after ../shared/DOMAIN.md §2–§3.
// [P] vendor document or upstream, [S] press or secondary page, DERIVED arithmetic, UNCONFIRMED no reliable source.
import type { Figure, SystemId, SystemSpec } from "./types.js";

const primary = <T>(value: T, source: string): Figure<T> => ({ value, source, confidence: "primary" });
const secondary = <T>(value: T, source: string): Figure<T> => ({ value, source, confidence: "secondary" });
const derived = <T>(value: T, source: string): Figure<T> => ({ value, source, confidence: "derived" });
const unconfirmed = <T>(value: T, source: string): Figure<T> => ({ value, source, confidence: "unconfirmed" });

const MLPERF_41 = "[P] MLCommons Training v4.1 system description files";
const DGX_B200_GUIDE = "[P] NVIDIA DGX B200 user guide";
const DGX_GB200_GUIDE = "[P] NVIDIA DGX GB200 user guide and SuperPOD reference architecture";
const ENTERPRISE_RA_GB300 = "[P] NVIDIA Enterprise Reference Architecture, GB300 NVL72 AI factory";
const HGX_RACK = "[S] typical HGX deployments, 4 nodes per rack (DOMAIN.md §2)";
const MIG_7 = "[P] NVIDIA MIG user guide: up to 7 instances per GPU";
const GFD_LABEL = "[P] GPU Feature Discovery label nvidia.com/gpu.product; value as reported on such nodes";
const RUBIN_COUNT =
  "[S] NVIDIA counts Rubin GPUs by die since GTC 2025 (NVL144 = 72 packages of 2 dies); Kubernetes device count per tray UNCONFIRMED";

const h100: SystemSpec = {
  id: "h100",
  displayName: "HGX/DGX H100",
  form: "hgx-node",
  gpusPerNode: primary(8, MLPERF_41),
  nodesPerRack: secondary(4, HGX_RACK),
  nvlinkDomainGpus: primary(8, MLPERF_41),
  gpuPowerW: primary(700, MLPERF_41),
  nodePowerKW: secondary(10.2, "[S] DGX H100 user guide as cited: 10.2 kW max per system"),
  rackPowerKW: derived(40.8, "DERIVED: 4 nodes × 10.2 kW"),
  gpuMemoryGB: primary(80, MLPERF_41),
  nicsPerNode: primary(8, "[P] DGX H100 user guide: 8 × ConnectX-7, one per GPU"),
  nicGbps: primary(400, "[P] DGX H100 user guide: ConnectX-7 400 Gb/s"),
  cooling: primary("air", "[P] DGX H100 user guide: air-cooled"),
  migInstancesPerGpu: primary(7, MIG_7),
  gpuProduct: primary("NVIDIA-H100-80GB-HBM3", GFD_LABEL),
  gpuFamily: "hopper",
};

const h200: SystemSpec = {
  id: "h200",
  displayName: "HGX/DGX H200",
  form: "hgx-node",
  gpusPerNode: primary(8, MLPERF_41),
  nodesPerRack: secondary(4, HGX_RACK),
  nvlinkDomainGpus: primary(8, MLPERF_41),
  gpuPowerW: primary(700, `${MLPERF_41}: 700 W TGP`),
  nodePowerKW: secondary(10.2, "[S] as DGX H100: ≈ 10.2 kW per node"),
  rackPowerKW: derived(40.8, "DERIVED: 4 nodes × 10.2 kW"),
  gpuMemoryGB: primary(141, MLPERF_41),
  nicsPerNode: primary(8, "[P] DGX H200: 8 × ConnectX-7, one per GPU"),
  nicGbps: primary(400, "[P] DGX H200: ConnectX-7 400 Gb/s"),
  cooling: primary("air", "[P] DGX H200: air-cooled"),
  migInstancesPerGpu: primary(7, MIG_7),
  gpuProduct: primary("NVIDIA-H200", GFD_LABEL),
  gpuFamily: "hopper",
};

const b200: SystemSpec = {
  id: "b200",
  displayName: "HGX/DGX B200",
  form: "hgx-node",
  gpusPerNode: primary(8, DGX_B200_GUIDE),
  nodesPerRack: secondary(4, HGX_RACK),
  nvlinkDomainGpus: primary(8, DGX_B200_GUIDE),
  gpuPowerW: primary(1000, `${DGX_B200_GUIDE}: 1000 W TGP`),
  nodePowerKW: primary(14.3, `${DGX_B200_GUIDE}: 14.3 kW max`),
  rackPowerKW: derived(57.2, "DERIVED: 4 nodes × 14.3 kW"),
  gpuMemoryGB: primary(180, DGX_B200_GUIDE),
  nicsPerNode: primary(8, `${DGX_B200_GUIDE}: 8 × ConnectX-7 (rail-optimised) plus 2 × BlueField-3`),
  nicGbps: primary(400, `${DGX_B200_GUIDE}: ConnectX-7 400 Gb/s`),
  cooling: primary("air", `${DGX_B200_GUIDE}: air-cooled`),
  migInstancesPerGpu: primary(7, MIG_7),
  gpuProduct: primary("NVIDIA-B200", GFD_LABEL),
  gpuFamily: "blackwell",
};

const b300: SystemSpec = {
  id: "b300",
  displayName: "DGX B300",
  form: "hgx-node",
  gpusPerNode: primary(8, "[P] NVIDIA DGX SuperPOD B300 reference architecture"),
  nodesPerRack: primary(4, "[P] NVIDIA DGX SuperPOD B300 reference architecture: 4 per rack, rack > 50 kW"),
  nvlinkDomainGpus: primary(8, "[P] NVIDIA DGX SuperPOD B300 reference architecture"),
  gpuPowerW: unconfirmed(1400, "UNCONFIRMED: press gives 1.1–1.4 kW per GPU; upper bound taken for power planning"),
  nodePowerKW: unconfirmed(14.3, "UNCONFIRMED: no published node maximum; taken as DGX B200's 14.3 kW (a rack of 4 > 50 kW per the B300 RA)"),
  rackPowerKW: derived(57.2, "DERIVED: 4 nodes × 14.3 kW (UNCONFIRMED node power)"),
  gpuMemoryGB: primary(288, "[P] NVIDIA DGX SuperPOD B300 reference architecture"),
  nicsPerNode: secondary(8, "[S] DGX B300: one ConnectX-8 SuperNIC per GPU"),
  nicGbps: secondary(800, "[S] DGX B300: ConnectX-8 800 Gb/s"),
  cooling: secondary("air", "[S] DGX B300: air-cooled system (liquid-cooled variants exist)"),
  migInstancesPerGpu: secondary(7, MIG_7),
  gpuProduct: unconfirmed("NVIDIA-B300", `${GFD_LABEL} (illustrative)`),
  gpuFamily: "blackwell",
};

const gb200: SystemSpec = {
  id: "gb200-nvl72",
  displayName: "GB200 NVL72",
  form: "rack-scale",
  gpusPerNode: primary(4, `${DGX_GB200_GUIDE}: 4 GPUs per compute tray, one OS per tray`),
  nodesPerRack: primary(18, `${DGX_GB200_GUIDE}: 18 compute trays per rack`),
  nvlinkDomainGpus: primary(72, DGX_GB200_GUIDE),
  gpuPowerW: derived(1667, "DERIVED: 6.667 kW tray maximum / 4 GPUs (tray includes CPUs and NICs)"),
  nodePowerKW: primary(6.667, "[P] DGX GB200 power specifications: compute tray max 6.667 kW"),
  rackPowerKW: secondary(120, "[S] ~120 kW per rack; SuperPOD scalable unit of 8 racks = 1.2 MW [P]"),
  gpuMemoryGB: primary(186, `${DGX_GB200_GUIDE}: 186 GB usable (192 GB marketed)`),
  nicsPerNode: primary(4, `${DGX_GB200_GUIDE}: 1 × ConnectX-7 per GPU plus 2 × BlueField-3`),
  nicGbps: primary(400, `${DGX_GB200_GUIDE}: ConnectX-7 400 Gb/s`),
  cooling: primary("liquid", `${DGX_GB200_GUIDE}: liquid-cooled rack`),
  migInstancesPerGpu: primary(7, MIG_7),
  gpuProduct: primary("NVIDIA-GB200", GFD_LABEL),
  gpuFamily: "blackwell",
};

const gb300: SystemSpec = {
  id: "gb300-nvl72",
  displayName: "GB300 NVL72",
  form: "rack-scale",
  gpusPerNode: primary(4, `${ENTERPRISE_RA_GB300}: 4 GPUs per compute tray`),
  nodesPerRack: primary(18, `${ENTERPRISE_RA_GB300}: 18 compute trays, 72 GPUs per rack`),
  nvlinkDomainGpus: primary(72, ENTERPRISE_RA_GB300),
  gpuPowerW: derived(1972, "DERIVED: 142 kW rack / 72 GPUs (rack includes CPUs, NICs, switches)"),
  nodePowerKW: derived(7.89, "DERIVED: 142 kW rack / 18 trays"),
  rackPowerKW: primary(142, `${ENTERPRISE_RA_GB300}: up to 142 kW per rack`),
  gpuMemoryGB: primary(288, ENTERPRISE_RA_GB300),
  nicsPerNode: primary(4, `${ENTERPRISE_RA_GB300}: 1 × ConnectX-8 per GPU`),
  nicGbps: primary(800, `${ENTERPRISE_RA_GB300}: ConnectX-8 800 Gb/s`),
  cooling: primary("liquid", ENTERPRISE_RA_GB300),
  migInstancesPerGpu: secondary(7, MIG_7),
  gpuProduct: unconfirmed("NVIDIA-GB300", `${GFD_LABEL} (illustrative)`),
  gpuFamily: "blackwell",
};

const veraRubin: SystemSpec = {
  id: "vera-rubin-nvl144",
  displayName: "Vera Rubin NVL144",
  form: "rack-scale",
  gpusPerNode: unconfirmed(8, `${RUBIN_COUNT}; 4 packages per tray assumed as GB300`),
  nodesPerRack: unconfirmed(18, "UNCONFIRMED: 18 compute trays assumed as GB300 NVL72"),
  nvlinkDomainGpus: secondary(144, `[S] NVLink spans the rack: 72 packages, 144 GPUs as NVIDIA counts them`),
  gpuPowerW: derived(1597, "DERIVED: 230 kW rack / 144 GPUs (UNCONFIRMED rack power)"),
  nodePowerKW: derived(12.78, "DERIVED: 230 kW rack / 18 trays (UNCONFIRMED rack power)"),
  rackPowerKW: unconfirmed(230, "UNCONFIRMED: press estimates 190–230 kW per rack; upper bound taken for power planning"),
  gpuMemoryGB: secondary(144, "[S] 288 GB HBM4 per package of 2 GPUs"),
  nicsPerNode: unconfirmed(4, "UNCONFIRMED: one scale-out NIC per package assumed as GB300"),
  nicGbps: unconfirmed(800, "UNCONFIRMED: ConnectX-8 800 Gb/s assumed as GB300"),
  cooling: secondary("liquid", "[S] liquid-cooled rack"),
  migInstancesPerGpu: unconfirmed(7, `${MIG_7}; Rubin support UNCONFIRMED`),
  gpuProduct: unconfirmed("NVIDIA-Vera-Rubin", `${GFD_LABEL} (illustrative: unreleased part)`),
  gpuFamily: "rubin",
};

const rubinUltra: SystemSpec = {
  id: "rubin-ultra-nvl576",
  displayName: "Rubin Ultra NVL576 (Kyber)",
  form: "rack-scale",
  gpusPerNode: unconfirmed(8, `${RUBIN_COUNT}; 8 GPUs per compute blade assumed`),
  nodesPerRack: unconfirmed(72, "UNCONFIRMED: 72 compute blades per Kyber rack assumed (576 / 8)"),
  nvlinkDomainGpus: secondary(576, "[S] Huang, GTC 2025: NVLink across 576 GPUs"),
  gpuPowerW: derived(1042, "DERIVED: 600 kW rack / 576 GPUs"),
  nodePowerKW: derived(8.33, "DERIVED: 600 kW rack / 72 blades (UNCONFIRMED blade count)"),
  rackPowerKW: secondary(600, "[S] Huang, GTC 2025: ~600 kW per Kyber rack"),
  gpuMemoryGB: unconfirmed(256, "UNCONFIRMED: 1 TB HBM4e per 4-GPU package reported"),
  nicsPerNode: unconfirmed(8, "UNCONFIRMED: one scale-out NIC per GPU assumed"),
  nicGbps: unconfirmed(800, "UNCONFIRMED: ConnectX-8 800 Gb/s assumed"),
  cooling: secondary("liquid", "[S] liquid-cooled Kyber rack"),
  migInstancesPerGpu: unconfirmed(7, `${MIG_7}; Rubin support UNCONFIRMED`),
  gpuProduct: unconfirmed("NVIDIA-Rubin-Ultra", `${GFD_LABEL} (illustrative: unreleased part)`),
  gpuFamily: "rubin",
};

/** The catalog, in a stable order (the order of the schema's SystemId enum). */
export const SYSTEMS: Readonly<Record<SystemId, SystemSpec>> = {
  h100,
  h200,
  b200,
  b300,
  "gb200-nvl72": gb200,
  "gb300-nvl72": gb300,
  "vera-rubin-nvl144": veraRubin,
  "rubin-ultra-nvl576": rubinUltra,
};

export const SYSTEM_IDS = Object.keys(SYSTEMS) as SystemId[];
