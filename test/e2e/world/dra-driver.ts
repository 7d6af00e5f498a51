// "The world" for gpuStack dra: what NVIDIA's DRA driver (NVIDIA/k8s-dra-driver-gpu v0.4.0, chart
// dra-driver-nvidia-gpu 0.4.0) puts into a real cluster, simulated for the test bed where kwok stands in for the
// kubelets and no driver can run. Nothing here is derived from aifactory's objects: the facts come from the
// driver's source at tag v0.4.0 (read 2026-12-01 in a mirror of github.com/NVIDIA/k8s-dra-driver-gpu), each named
// next to its use. Three parts:
//   1. the DeviceClasses the driver's Helm chart installs (deployments/helm/dra-driver-nvidia-gpu/templates/deviceclass-*.yaml);
//   2. the ResourceSlices its kubelet plugins publish per node (cmd/gpu-kubelet-plugin, cmd/compute-domain-kubelet-plugin);
//   3. the ComputeDomain controller's one act the scheduler depends on: for each ComputeDomain, the workload channel
//      ResourceClaimTemplate (cmd/compute-domain-controller/resourceclaimtemplate.go with
//      templates/compute-domain-workload-claim-template.tmpl.yaml).
// What it leaves out: preparing devices (no kubelet runs: pods stay Pending-bound as kwok reports them), IMEX
// daemons and their DaemonSet, ComputeDomain status, health taints, MIG and VFIO devices (aifactory's DRA stack
// claims whole GPUs), and the controller's finalizer on the template (the bed never deletes a ComputeDomain).
import type { Kube, List, Item } from "../harness/kube.js";
import { GPU_NODES } from "./gpu-nodes.js";
import type { TestNode } from "./nodes.js";

/** cmd/gpu-kubelet-plugin/main.go `DriverName = "gpu.nvidia.com"`. */
export const GPU_DRIVER = "gpu.nvidia.com";
/** cmd/compute-domain-kubelet-plugin/main.go and cmd/compute-domain-controller/main.go `DriverName`. */
export const COMPUTE_DOMAIN_DRIVER = "compute-domain.nvidia.com";

interface DeviceClass {
  apiVersion: "resource.k8s.io/v1";
  kind: "DeviceClass";
  metadata: { name: string };
  spec: { selectors: { cel: { expression: string } }[] };
}

function deviceClass(name: string, expression: string): DeviceClass {
  return { apiVersion: "resource.k8s.io/v1", kind: "DeviceClass", metadata: { name }, spec: { selectors: [{ cel: { expression } }] } };
}

/**
 * The chart's DeviceClasses with its default values (values.yaml: resources.gpus.enabled and
 * resources.computeDomains.enabled both true). The chart's gpu.nvidia.com also sets extendedResourceName
 * nvidia.com/gpu on resource.k8s.io/v1; Kubernetes 1.34 drops that field (alpha gate DRAExtendedResource off), so
 * it is left out here as the API server would store it.
 */
export function driverDeviceClasses(): DeviceClass[] {
  return [
    // templates/deviceclass-gpu.yaml, deviceclass-mig.yaml, deviceclass-vfio-gpu.yaml
    deviceClass("gpu.nvidia.com", "device.driver == 'gpu.nvidia.com' && device.attributes['gpu.nvidia.com'].type == 'gpu'"),
    deviceClass("mig.nvidia.com", "device.driver == 'gpu.nvidia.com' && device.attributes['gpu.nvidia.com'].type == 'mig'"),
    deviceClass("vfio.gpu.nvidia.com", "device.driver == 'gpu.nvidia.com' && device.attributes['gpu.nvidia.com'].type == 'vfio'"),
    // templates/deviceclass-compute-domain-default-channel.yaml, deviceclass-compute-domain-daemon.yaml
    deviceClass(
      "compute-domain-default-channel.nvidia.com",
      "device.driver == 'compute-domain.nvidia.com' && device.attributes['compute-domain.nvidia.com'].type == 'channel' && device.attributes['compute-domain.nvidia.com'].id == 0",
    ),
    deviceClass("compute-domain-daemon.nvidia.com", "device.driver == 'compute-domain.nvidia.com' && device.attributes['compute-domain.nvidia.com'].type == 'daemon'"),
  ];
}

/** The GPU driver the bed's nodes run: a bed choice (≥ 570.158.01, which ComputeDomains need), not a fact of any node. */
export const BED_DRIVER_VERSION = { driver: "580.95.5", cuda: "13.0.0" };

/**
 * NVML architecture names as go-nvlib (vendored at v0.4.0: vendor/github.com/NVIDIA/go-nvlib/pkg/nvlib/device/device.go
 * GetArchitectureAsString) spells them; an architecture that vendored copy does not know is "Unknown" (Rubin).
 */
function nvmlArchitecture(major: number): string {
  if (major === 9) return "Hopper";
  if (major === 10 || major === 12) return "Blackwell";
  return "Unknown";
}

type Attribute = { string: string } | { version: string } | { int: number };

export interface SliceDevice {
  name: string;
  attributes: Record<string, Attribute>;
  capacity?: Record<string, { value: string }>;
}

export interface ResourceSlice {
  apiVersion: "resource.k8s.io/v1";
  kind: "ResourceSlice";
  metadata: { name: string };
  spec: { driver: string; nodeName: string; pool: { name: string; generation: number; resourceSliceCount: number }; devices: SliceDevice[] };
}

/** A stable fake GPU UUID per node and minor (NVML's form "GPU-<uuid>"). */
function gpuUuid(node: string, minor: number): string {
  let h = 0;
  for (const ch of `${node}/${minor}`) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  const hex = h.toString(16).padStart(8, "0");
  return `GPU-${hex}-0000-4000-8000-${String(minor).padStart(12, "0")}`;
}

/**
 * One whole-GPU device as cmd/gpu-kubelet-plugin/deviceinfo.go GpuInfo.GetDevice() announces it: name `gpu-<minor>`
 * (CanonicalName), attributes type "gpu" (types.go GpuDeviceType), uuid, productName (NVML name), brand, architecture,
 * cudaComputeCapability / driverVersion / cudaDriverVersion as semver versions (semver.MustParse(...).String(), so
 * "10.0" becomes "10.0.0"); capacity memory in bytes (partitions.go fullGpuCapacity, BinarySI).
 * The PCI attributes (pciBusID, pcieRoot) are left out: kwok nodes have no PCI bus to name.
 */
export function gpuDevice(node: string, system: string, minor: number): SliceDevice {
  const facts = GPU_NODES[system];
  if (facts === undefined) throw new Error(`world/gpu-nodes.ts has no entry for system "${system}"`);
  const [major, minorCc] = facts.computeCapability.value;
  return {
    name: `gpu-${minor}`,
    attributes: {
      type: { string: "gpu" },
      uuid: { string: gpuUuid(node, minor) },
      productName: { string: facts.nvmlName.value },
      // go-nvlib GetBrandAsString: nvml.BRAND_NVIDIA → "Nvidia" (data-center parts of the tables here).
      brand: { string: "Nvidia" },
      architecture: { string: nvmlArchitecture(major) },
      cudaComputeCapability: { version: `${major}.${minorCc}.0` },
      driverVersion: { version: BED_DRIVER_VERSION.driver },
      cudaDriverVersion: { version: BED_DRIVER_VERSION.cuda },
    },
    capacity: { memory: { value: `${facts.memoryMiB.value}Mi` } },
  };
}

/**
 * The GPU kubelet plugin's ResourceSlice for one node (driver.go publishResources without DynamicMIG: one pool named
 * after the node, one slice holding every device). The kubelet plugin helper (k8s.io/dynamic-resource-allocation
 * resourceslice controller) names slices by generateName `<node>-<driver>-`; the bed names them `<node>-<driver>`
 * so that a test can replace one.
 */
export function gpuSlice(node: string, system: string, gpus: number, options: { readonly drop?: number } = {}): ResourceSlice {
  const devices = Array.from({ length: gpus }, (_, i) => gpuDevice(node, system, i)).filter((_, i) => i !== options.drop);
  return {
    apiVersion: "resource.k8s.io/v1",
    kind: "ResourceSlice",
    metadata: { name: `${node}-${GPU_DRIVER}` },
    spec: { driver: GPU_DRIVER, nodeName: node, pool: { name: node, generation: 1, resourceSliceCount: 1 }, devices },
  };
}

/**
 * The compute-domain kubelet plugin's ResourceSlice on an NVLink-fabric node (cmd/compute-domain-kubelet-plugin:
 * deviceinfo.go names devices `<type>-<id>` with attributes type and id; driver.go publishes, of the IMEX channels,
 * only channel 0 per node, plus daemon 0 from nvlib.go enumerateComputeDomainDaemons).
 */
export function computeDomainSlice(node: string): ResourceSlice {
  return {
    apiVersion: "resource.k8s.io/v1",
    kind: "ResourceSlice",
    metadata: { name: `${node}-${COMPUTE_DOMAIN_DRIVER}` },
    spec: {
      driver: COMPUTE_DOMAIN_DRIVER,
      nodeName: node,
      pool: { name: node, generation: 1, resourceSliceCount: 1 },
      devices: [
        { name: "channel-0", attributes: { type: { string: "channel" }, id: { int: 0 } } },
        { name: "daemon-0", attributes: { type: { string: "daemon" }, id: { int: 0 } } },
      ],
    },
  };
}

/** GPUs NVML enumerates on a node of the system (world/gpu-nodes.ts), whatever sharing the blueprint asks for. */
export function physicalGpus(system: string): number {
  const facts = GPU_NODES[system];
  if (facts === undefined) throw new Error(`world/gpu-nodes.ts has no entry for system "${system}"`);
  return facts.gpusPerNode.value;
}

/** Every slice the driver publishes for the bed's nodes: GPUs on each GPU node, ComputeDomain devices on fabric nodes. */
export function driverSlices(nodes: readonly (TestNode & { readonly system?: string })[], systemOf: (pool: string) => string): ResourceSlice[] {
  const out: ResourceSlice[] = [];
  for (const n of nodes) {
    if (n.role !== "gpu" || n.pool === undefined) continue;
    const system = systemOf(n.pool);
    out.push(gpuSlice(n.name, system, physicalGpus(system)));
    // The compute-domain plugin runs where IMEX channels exist: nodes of a multi-node NVLink fabric, which GFD marks
    // with nvidia.com/gpu.clique (GFD internal/lm/imex.go); kind nodes carry no clique and get none.
    if (n.labels["nvidia.com/gpu.clique"] !== undefined) out.push(computeDomainSlice(n.name));
  }
  return out;
}

/** Without a device plugin nothing advertises nvidia.com/gpu in node status: the nodes of a dra cluster have none. */
export function withoutDevicePlugin(nodes: readonly TestNode[]): TestNode[] {
  return nodes.map(({ gpus: _gpus, ...rest }) => rest);
}

/** Installs the driver's DeviceClasses (as its chart does) and the ComputeDomain CRD the bed types from v0.4.0. */
export async function installDriver(k: Kube, crdFile: string): Promise<void> {
  await k.ok(["apply", "-f", crdFile]);
  await k.ok(["wait", "--for=condition=Established", "--timeout=60s", "crd/computedomains.resource.nvidia.com"]);
  await k.ok(["apply", "-f", "-"], JSON.stringify({ apiVersion: "v1", kind: "List", items: driverDeviceClasses() }));
}

/** Publishes (create or replace) the slices; returns them. */
export async function publishSlices(k: Kube, slices: readonly ResourceSlice[]): Promise<void> {
  if (slices.length === 0) return;
  await k.ok(["apply", "--server-side", "--force-conflicts", "--field-manager", "bed-dra-driver", "-f", "-"], JSON.stringify({ apiVersion: "v1", kind: "List", items: slices }));
}

interface ComputeDomain extends Item<{ channel?: { resourceClaimTemplate?: { name?: string }; allocationMode?: string } }> {
  metadata: Item["metadata"] & { uid: string };
}

/**
 * The workload channel template the ComputeDomain controller creates for a ComputeDomain
 * (resourceclaimtemplate.go WorkloadResourceClaimTemplateManager.Create, rendered from
 * templates/compute-domain-workload-claim-template.tmpl.yaml): in the ComputeDomain's namespace, named
 * spec.channel.resourceClaimTemplate.name, labelled resource.nvidia.com/computeDomain=<uid> and
 * resource.nvidia.com/computeDomainTarget=Workload (computedomain.go), one request "channel" of class
 * compute-domain-default-channel.nvidia.com with an opaque ComputeDomainChannelConfig for driver
 * compute-domain.nvidia.com (domainID = the ComputeDomain's UID, allocationMode from its spec, default Single).
 */
export function channelTemplate(cd: ComputeDomain): Record<string, unknown> {
  const name = cd.spec?.channel?.resourceClaimTemplate?.name;
  if (name === undefined) throw new Error(`ComputeDomain ${cd.metadata.namespace}/${cd.metadata.name} has no spec.channel.resourceClaimTemplate.name`);
  return {
    apiVersion: "resource.k8s.io/v1",
    kind: "ResourceClaimTemplate",
    metadata: {
      namespace: cd.metadata.namespace,
      name,
      labels: { "resource.nvidia.com/computeDomain": cd.metadata.uid, "resource.nvidia.com/computeDomainTarget": "Workload" },
    },
    spec: {
      spec: {
        devices: {
          requests: [{ name: "channel", exactly: { deviceClassName: "compute-domain-default-channel.nvidia.com" } }],
          config: [{
            requests: ["channel"],
            opaque: {
              driver: COMPUTE_DOMAIN_DRIVER,
              parameters: {
                apiVersion: "resource.nvidia.com/v1beta1",
                kind: "ComputeDomainChannelConfig",
                domainID: cd.metadata.uid,
                allocationMode: cd.spec?.channel?.allocationMode ?? "Single",
              },
            },
          }],
        },
      },
    },
  };
}

/** The ComputeDomain controller, played by polling: creates each ComputeDomain's channel template once. */
export function startComputeDomainController(k: Kube, everyMs = 500): { stop(): Promise<void>; created: () => readonly string[]; errors: () => readonly string[] } {
  const created: string[] = [];
  const errors: string[] = [];
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const got = await k.run(["get", "computedomains.resource.nvidia.com", "-A", "-o", "json"]);
      if (got.code === 0) {
        for (const cd of (JSON.parse(got.stdout) as List<ComputeDomain>).items) {
          const key = `${cd.metadata.namespace}/${cd.spec?.channel?.resourceClaimTemplate?.name}@${cd.metadata.uid}`;
          if (created.includes(key)) continue;
          const r = await k.run(["create", "-f", "-"], JSON.stringify(channelTemplate(cd)));
          if (r.code === 0 || /AlreadyExists/.test(r.stderr)) created.push(key);
          else if (!errors.includes(r.stderr)) errors.push(r.stderr);
        }
      }
      await new Promise((res) => setTimeout(res, everyMs));
    }
  })();
  return {
    stop: async () => {
      stopped = true;
      await loop;
    },
    created: () => created,
    errors: () => errors,
  };
}
