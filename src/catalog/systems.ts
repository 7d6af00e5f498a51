// The hardware catalog. Every figure carries its named public source, tagged [P] (vendor document or upstream),
// [S] (press or a secondary page), DERIVED (arithmetic on sourced figures) or UNCONFIRMED (no reliable source yet);
// the tag decides the figure's confidence (types.ts, confidenceOf). All checked on the date in CHECKED;
// docs/sources.md lists the sources.
import { CHECKED, figure as f, type CatalogSystemId, type SystemSpec } from "./types.js";

const MLPERF_41 = "[P] MLCommons Training v4.1 system description files";
const DGX_H100_GUIDE = "[P] NVIDIA DGX H100 user guide";
const DGX_B200_GUIDE = "[P] NVIDIA DGX B200 user guide";
const B300_RA = "[P] NVIDIA DGX SuperPOD B300 reference architecture";
const DGX_GB200_GUIDE = "[P] NVIDIA DGX GB200 user guide and DGX SuperPOD GB200 reference architecture";
const GB200_DPS = "[P] NVIDIA DGX GB200 power specifications (DPS device specifications)";
const ENTERPRISE_RA_GB300 = "[P] NVIDIA Enterprise Reference Architecture, GB300 NVL72 AI factory";
const RUBIN_BLOG = '[P] NVIDIA Technical Blog, "Inside the NVIDIA Rubin platform" (developer.nvidia.com/blog)';
const VR_TUNING = '[P] NVIDIA documentation, "Vera-Rubin NVL72" tuning guide (docs.nvidia.com)';
const GTC26_PRESS = "[S] press reports after GTC 2026";
const HUANG_GTC25 = "[S] Jensen Huang, GTC 2025 keynote, as reported";
const HGX_RACK = "[S] typical HGX/DGX deployments (DGX SuperPOD reference architectures): 4 nodes per rack";
const MIG_7 = "[P] NVIDIA MIG user guide: up to 7 instances per GPU";
const GFD_DUMPS = "[S] public Kubernetes node dumps, GPU Feature Discovery labels";
const GFD_NONE = "UNCONFIRMED: no public GPU Feature Discovery value found";
/** GFD's nvidia.com/gpu.memory is NVML's total memory in MiB, which nvidia-smi prints as memory.total. */
const SMI_DUMPS = "[S] nvidia-smi --query-gpu=memory.total as published in public repositories (GFD's nvidia.com/gpu.memory is that value)";
/** GFD reports MiB as the driver does (less than GB × 10^9 / 2^20: the driver reserves some); an estimate until a node shows it. */
const mibEstimate = (gb: number): number => Math.floor((gb * 1e9) / 2 ** 20);
const MIB_NONE = (gb: number) => `${GFD_NONE}; estimate ${gb} GB × 10^9 / 2^20, rounded down (a real node reports somewhat less)`;

const h100: SystemSpec = {
  id: "h100",
  displayName: "HGX/DGX H100",
  otherNames: [],
  asOf: CHECKED,
  form: "hgx-node",
  gpusPerNode: f(8, MLPERF_41),
  diesPerGpu: f(1, "[P] NVIDIA H100 datasheet: one GH100 die per GPU"),
  nodesPerRack: f(4, HGX_RACK),
  nvlinkDomainGpus: f(8, MLPERF_41),
  gpuPowerW: f(700, MLPERF_41),
  nodePowerKW: f(10.2, "[S] NVIDIA DGX H100 user guide as cited: 10.2 kW max per system"),
  rackPowerKW: f(40.8, "DERIVED: 4 nodes × 10.2 kW"),
  gpuMemoryGB: f(80, MLPERF_41),
  nicsPerNode: f(8, `${DGX_H100_GUIDE}: 8 × ConnectX-7, one per GPU`),
  nicGbps: f(400, `${DGX_H100_GUIDE}: ConnectX-7 400 Gb/s`),
  cooling: f("air", `${DGX_H100_GUIDE}: air-cooled`),
  migInstancesPerGpu: f(7, MIG_7),
  gpuProduct: f("NVIDIA-H100-80GB-HBM3", `${GFD_DUMPS}: nvidia.com/gpu.product=NVIDIA-H100-80GB-HBM3`),
  gpuMemoryMiB: f(81559, `${GFD_DUMPS}: nvidia.com/gpu.memory=81559 (H100 80GB)`),
  gpuFamily: f("hopper", `${GFD_DUMPS}: nvidia.com/gpu.family=hopper`),
  cpuArch: f("amd64", `${DGX_H100_GUIDE}: 2 × Intel Xeon Platinum 8480C (x86-64)`),
};

const h200: SystemSpec = {
  id: "h200",
  displayName: "HGX/DGX H200",
  otherNames: [],
  asOf: CHECKED,
  form: "hgx-node",
  gpusPerNode: f(8, MLPERF_41),
  diesPerGpu: f(1, "[P] NVIDIA H200 datasheet: one GH100 die per GPU"),
  nodesPerRack: f(4, HGX_RACK),
  nvlinkDomainGpus: f(8, MLPERF_41),
  gpuPowerW: f(700, `${MLPERF_41}: 700 W TGP`),
  nodePowerKW: f(10.2, "[S] as DGX H100 (NVIDIA DGX H100 user guide as cited): ≈ 10.2 kW per node"),
  rackPowerKW: f(40.8, "DERIVED: 4 nodes × 10.2 kW"),
  gpuMemoryGB: f(141, MLPERF_41),
  nicsPerNode: f(8, "[P] NVIDIA DGX H200 user guide: 8 × ConnectX-7, one per GPU"),
  nicGbps: f(400, "[P] NVIDIA DGX H200 user guide: ConnectX-7 400 Gb/s"),
  cooling: f("air", "[P] NVIDIA DGX H200 user guide: air-cooled"),
  migInstancesPerGpu: f(7, MIG_7),
  gpuProduct: f("NVIDIA-H200", `${GFD_DUMPS}: nvidia.com/gpu.product=NVIDIA-H200`),
  gpuMemoryMiB: f(143771, `${SMI_DUMPS}: memory.total 143771 MiB on H200 (several independent repositories, none official)`),
  gpuFamily: f("hopper", `${GFD_DUMPS}: nvidia.com/gpu.family=hopper`),
  cpuArch: f("amd64", "[P] NVIDIA DGX H200 datasheet: 2 × Intel Xeon Platinum 8480C (x86-64)"),
};

const b200: SystemSpec = {
  id: "b200",
  displayName: "HGX/DGX B200",
  otherNames: [],
  asOf: CHECKED,
  form: "hgx-node",
  gpusPerNode: f(8, DGX_B200_GUIDE),
  diesPerGpu: f(2, "[P] NVIDIA Blackwell architecture technical brief: two reticle-sized dies per Blackwell GPU"),
  nodesPerRack: f(4, HGX_RACK),
  nvlinkDomainGpus: f(8, DGX_B200_GUIDE),
  gpuPowerW: f(1000, `${DGX_B200_GUIDE}: 1,000 W TGP`),
  nodePowerKW: f(14.3, `${DGX_B200_GUIDE}: 14.3 kW max`),
  rackPowerKW: f(57.2, "DERIVED: 4 nodes × 14.3 kW"),
  gpuMemoryGB: f(180, DGX_B200_GUIDE),
  nicsPerNode: f(8, `${DGX_B200_GUIDE}: 8 × ConnectX-7 (rail-optimised) plus 2 × BlueField-3`),
  nicGbps: f(400, `${DGX_B200_GUIDE}: ConnectX-7 400 Gb/s`),
  cooling: f("air", `${DGX_B200_GUIDE}: air-cooled`),
  migInstancesPerGpu: f(7, MIG_7),
  gpuProduct: f("NVIDIA-B200", `${GFD_DUMPS}: nvidia.com/gpu.product=NVIDIA-B200`),
  gpuMemoryMiB: f(183359, `${SMI_DUMPS}: memory.total 183359 MiB on B200 (github.com/NVIDIA/TensorRT-LLM/issues/10278)`),
  gpuFamily: f("blackwell", `${GFD_DUMPS}: nvidia.com/gpu.family=blackwell`),
  cpuArch: f("amd64", `${DGX_B200_GUIDE}: 2 × Intel Xeon Platinum 8570 (x86-64)`),
};

const b300: SystemSpec = {
  id: "b300",
  displayName: "DGX/HGX B300",
  otherNames: [],
  asOf: CHECKED,
  form: "hgx-node",
  gpusPerNode: f(8, B300_RA),
  diesPerGpu: f(2, "[P] NVIDIA Blackwell architecture technical brief: two dies per Blackwell GPU"),
  nodesPerRack: f(4, `${B300_RA}: 4 per rack (~56 kW per rack)`),
  nvlinkDomainGpus: f(8, B300_RA),
  gpuPowerW: f(1100, `${B300_RA}: 1,100 W per GPU (HGX B300, air-cooled; 1,400 W is the GB300 liquid-cooled figure)`),
  nodePowerKW: f(14.5, `${B300_RA}: DGX B300 14.5 kW per node`),
  rackPowerKW: f(58, "DERIVED: 4 nodes × 14.5 kW"),
  gpuMemoryGB: f(288, B300_RA),
  nicsPerNode: f(8, `${B300_RA}: 8 × ConnectX-8, one per GPU`),
  nicGbps: f(800, `${B300_RA}: ConnectX-8 800 Gb/s (XDR)`),
  cooling: f("air", `${B300_RA}: air-cooled DGX B300 (liquid-cooled variants exist)`),
  migInstancesPerGpu: f(7, MIG_7),
  gpuProduct: f(
    "NVIDIA-B300-SXM6-AC",
    `${GFD_DUMPS}: nvidia.com/gpu.product=NVIDIA-B300-SXM6-AC; the NVML name "NVIDIA B300 SXM6 AC" (github.com/NVIDIA/cosmos-framework/pull/114) with GFD's sanitising (NVIDIA/k8s-device-plugin v0.20.0 internal/lm/resource.go)`,
  ),
  gpuMemoryMiB: f(275040, `${SMI_DUMPS}: memory.total 275040 MiB on B300 (several independent repositories, none official)`),
  gpuFamily: f("blackwell", `${GFD_DUMPS}: nvidia.com/gpu.family=blackwell on Blackwell GPUs`),
  cpuArch: f("amd64", "[P] NVIDIA DGX B300 datasheet: Intel Xeon 6776P (x86-64)"),
};

const gb200: SystemSpec = {
  id: "gb200-nvl72",
  displayName: "GB200 NVL72",
  otherNames: [],
  asOf: CHECKED,
  form: "rack-scale",
  gpusPerNode: f(4, `${DGX_GB200_GUIDE}: 4 GPUs per compute tray, one OS per tray`),
  diesPerGpu: f(2, "[P] NVIDIA Blackwell architecture technical brief: two dies per Blackwell GPU"),
  cpusPerNode: f(2, `${DGX_GB200_GUIDE}: 2 Grace CPUs per compute tray`),
  nodesPerRack: f(18, `${DGX_GB200_GUIDE}: 18 compute trays per rack`),
  nvlinkDomainGpus: f(72, DGX_GB200_GUIDE),
  gpuPowerW: f(1200, `${GB200_DPS}: maxLoadWatts 1,200 per GB200 GPU`),
  nodePowerKW: f(6.667, `${GB200_DPS}: compute tray max 6,667 W`),
  rackPowerKW: f(120, "[S] ~120 kW per rack (press); DGX SuperPOD GB200 reference architecture: scalable unit of 8 racks = 1.2 MW"),
  gpuMemoryGB: f(186, `${DGX_GB200_GUIDE}: 186 GB usable (192 GB marketed)`),
  nicsPerNode: f(4, `${DGX_GB200_GUIDE}: 1 × ConnectX-7 per GPU plus 2 × BlueField-3`),
  nicGbps: f(400, `${DGX_GB200_GUIDE}: ConnectX-7 400 Gb/s`),
  cooling: f("liquid", `${DGX_GB200_GUIDE}: liquid-cooled rack`),
  migInstancesPerGpu: f(7, MIG_7),
  gpuProduct: f("NVIDIA-GB200", `${GFD_DUMPS}: nvidia.com/gpu.product=NVIDIA-GB200`),
  gpuMemoryMiB: f(189471, `${SMI_DUMPS}: memory.total 189471 MiB on a GB200 tray (nvidia-smi table "0MiB / 189471MiB", several independent repositories, none official)`),
  gpuFamily: f("blackwell", `${GFD_DUMPS}: nvidia.com/gpu.family=blackwell on Blackwell GPUs`),
  cpuArch: f("arm64", `${DGX_GB200_GUIDE}: Grace CPUs (Arm Neoverse V2)`),
};

const gb300: SystemSpec = {
  id: "gb300-nvl72",
  displayName: "GB300 NVL72",
  otherNames: [],
  asOf: CHECKED,
  form: "rack-scale",
  gpusPerNode: f(4, `${ENTERPRISE_RA_GB300}: 4 GPUs per compute tray`),
  diesPerGpu: f(2, "[P] NVIDIA Blackwell architecture technical brief: two dies per Blackwell GPU"),
  cpusPerNode: f(2, `${ENTERPRISE_RA_GB300}: 2 Grace CPUs per compute tray`),
  nodesPerRack: f(18, `${ENTERPRISE_RA_GB300}: 18 compute trays, 72 GPUs per rack`),
  nvlinkDomainGpus: f(72, ENTERPRISE_RA_GB300),
  gpuPowerW: f(1400, "[S] press and OEM specifications: 1,400 W per GB300 GPU (liquid-cooled)"),
  nodePowerKW: f(7.889, "DERIVED: 142 kW rack / 18 trays"),
  rackPowerKW: f(142, `${ENTERPRISE_RA_GB300}: up to 142 kW per rack`),
  gpuMemoryGB: f(288, ENTERPRISE_RA_GB300),
  nicsPerNode: f(4, `${ENTERPRISE_RA_GB300}: 1 × ConnectX-8 per GPU`),
  nicGbps: f(800, `${ENTERPRISE_RA_GB300}: ConnectX-8 800 Gb/s`),
  cooling: f("liquid", ENTERPRISE_RA_GB300),
  migInstancesPerGpu: f(7, MIG_7),
  gpuProduct: f("NVIDIA-GB300", `${GFD_DUMPS}: nvidia.com/gpu.product=NVIDIA-GB300 in a GKE A4X Max node profile (github.com/NVIDIA/aicr/pull/1985)`),
  gpuMemoryMiB: f(284208, `${SMI_DUMPS}: memory.total 284208 MiB on GB300 (several independent repositories, none official)`),
  gpuFamily: f("blackwell", `${GFD_DUMPS}: nvidia.com/gpu.family=blackwell on Blackwell GPUs`),
  cpuArch: f("arm64", `${ENTERPRISE_RA_GB300}: Grace CPUs (Arm Neoverse V2)`),
};

const veraRubin: SystemSpec = {
  id: "vera-rubin-nvl72",
  displayName: "Vera Rubin NVL72",
  otherNames: ['"Vera Rubin NVL144" at GTC 2025 (counting dies); "Vera Rubin NVL72" since CES/GTC 2026'],
  asOf: CHECKED,
  form: "rack-scale",
  availability: f("2026-H2", "[P] openai.com/index/openai-nvidia-systems-partnership: first gigawatt in 2026-H2 on the Vera Rubin platform"),
  gpusPerNode: f(4, `${RUBIN_BLOG}: 18 compute trays × 4 Rubin GPUs = 72 GPUs per rack`),
  diesPerGpu: f(2, `${RUBIN_BLOG}: each Rubin GPU package is two dies`),
  cpusPerNode: f(2, `${RUBIN_BLOG}: 2 Vera CPUs per compute tray`),
  nodesPerRack: f(18, `${RUBIN_BLOG}: 18 compute trays (plus 9 NVLink switch trays)`),
  nvlinkDomainGpus: f(72, `${RUBIN_BLOG}: one NVLink 6 domain of 72 GPUs, 3.6 TB/s per GPU; ${VR_TUNING}`),
  gpuPowerW: f(3194, "UNCONFIRMED: no NVIDIA figure for the Rubin GPU's own power; planning upper bound = its share of the tray (12.778 kW / 4)"),
  nodePowerKW: f(12.778, "DERIVED: 230 kW rack / 18 trays (UNCONFIRMED rack power)"),
  rackPowerKW: f(230, "UNCONFIRMED: no NVIDIA figure found; press gives 190–230 kW per rack (Max-Q/Max-P) and also 120–130 kW; the upper bound 230 kW is taken for power planning"),
  gpuMemoryGB: f(288, `${RUBIN_BLOG}: 288 GB HBM4 per GPU`),
  nicsPerNode: f(8, `${GTC26_PRESS}: 8 × ConnectX-9 per compute tray (1.6 Tb/s per GPU)`),
  nicGbps: f(800, `${GTC26_PRESS}: ConnectX-9 ports at 800 Gb/s`),
  cooling: f("liquid", `${RUBIN_BLOG}: liquid-cooled rack`),
  migInstancesPerGpu: f(7, `UNCONFIRMED: MIG on Rubin not documented; ${MIG_7.slice(4)} on Hopper and Blackwell`),
  gpuProduct: f("NVIDIA-Rubin", `${GFD_NONE} (unreleased part): illustrative`),
  gpuMemoryMiB: f(mibEstimate(288), MIB_NONE(288)),
  gpuFamily: f("rubin", `${GFD_NONE}; GFD names the family after the CUDA compute capability, and releases older than the part do not know its family`),
  cpuArch: f("arm64", `${RUBIN_BLOG}: Vera CPUs (Arm, 88 custom Olympus cores)`),
};

const rubinUltra: SystemSpec = {
  id: "rubin-ultra-nvl576",
  displayName: "Rubin Ultra NVL576 (Kyber)",
  otherNames: ['"Rubin Ultra NVL576" at GTC 2025 (counting dies)', '"Kyber NVL144" in some 2026 press (counting packages): naming in flux'],
  asOf: CHECKED,
  form: "rack-scale",
  availability: f("2027-H2", `${HUANG_GTC25}: Rubin Ultra in the second half of 2027`),
  gpusPerNode: f(2, "UNCONFIRMED: Kyber blade layout not public; 72 compute blades of 2 GPU packages assumed (144 packages per rack)"),
  diesPerGpu: f(4, `${HUANG_GTC25}: 144 GPU packages of 4 dies = 576 dies per Kyber rack`),
  nodesPerRack: f(72, "UNCONFIRMED: 72 compute blades per Kyber rack assumed (144 packages / 2)"),
  nvlinkDomainGpus: f(144, `${HUANG_GTC25}: NVLink across the rack's 144 packages (576 dies)`),
  gpuPowerW: f(4167, "UNCONFIRMED: no figure for the GPU's own power; planning upper bound = its share of the rack (600 kW / 144)"),
  nodePowerKW: f(8.333, "DERIVED: 600 kW rack / 72 blades (UNCONFIRMED blade count)"),
  rackPowerKW: f(600, `${HUANG_GTC25}: ~600 kW per Kyber rack, 800 V DC in-rack`),
  gpuMemoryGB: f(1000, `${HUANG_GTC25}: 1 TB HBM4E per GPU package`),
  nicsPerNode: f(4, "UNCONFIRMED: 2 scale-out NICs per package assumed, as Vera Rubin NVL72"),
  nicGbps: f(800, "UNCONFIRMED: 800 Gb/s ports assumed, as Vera Rubin NVL72"),
  cooling: f("liquid", `${HUANG_GTC25}: liquid-cooled Kyber rack`),
  migInstancesPerGpu: f(7, `UNCONFIRMED: MIG on Rubin Ultra not documented; ${MIG_7.slice(4)} on Hopper and Blackwell`),
  gpuProduct: f("NVIDIA-Rubin-Ultra", `${GFD_NONE} (unreleased part): illustrative`),
  gpuMemoryMiB: f(mibEstimate(1000), MIB_NONE(1000)),
  gpuFamily: f("rubin", `${GFD_NONE} (unreleased part): illustrative`),
  cpuArch: f("arm64", `${HUANG_GTC25}: Vera CPUs (Arm)`),
};

/** The catalog, in a stable order (the order of the schema's SystemId enum, deprecated aliases left out). */
export const SYSTEMS: Readonly<Record<CatalogSystemId, SystemSpec>> = {
  h100,
  h200,
  b200,
  b300,
  "gb200-nvl72": gb200,
  "gb300-nvl72": gb300,
  "vera-rubin-nvl72": veraRubin,
  "rubin-ultra-nvl576": rubinUltra,
};

export const SYSTEM_IDS = Object.keys(SYSTEMS) as CatalogSystemId[];
