// The objects of gpuStack dra, judged by the world: DeviceClass, ResourceClaimTemplate and the example Jobs against
// Kubernetes v1.34.4's own OpenAPI schemas (k8s.io/kubernetes module cache, strictly), the ComputeDomain against the
// test bed's CRD typed from NVIDIA/k8s-dra-driver-gpu v0.4.0, the quota keys against k8s.io/api v0.34.4's
// ResourceClaimsPerClass; and held to the rest of the cluster: the same GPUs counted as on the static device plugin.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse, parseAllDocuments } from "yaml";
import { describe, expect, it } from "vitest";
import { analyzeBlueprint, analyzeText, packageRoot } from "../../src/check/analyze.js";
import type { AIFactoryBlueprint } from "../../src/blueprint/generated/blueprint-types.js";
import type { ResolvedFactory } from "../../src/model/types.js";
import { buildFactoryObjects, type ClusterObject, type ClusterObjects, type IJob, type IResourceQuota } from "../../src/objects/index.js";
import {
  DRA_DEVICE_CLASS,
  NVIDIA_GPU_DEVICE_CLASSES,
  deviceClassQuotaKey,
  multiNodeNvlink,
  type IResourceClaimTemplate,
} from "../../src/objects/dra.js";
import { CAPACITY_KEY } from "../../src/objects/capacity-summary.js";
import { kubernetesManifests } from "../../src/synth/kubernetes/manifests.js";
import { bundledBlueprintFiles, loadBundled } from "../synth/kubernetes/bundled.js";
import { strictValidate } from "../synth/kubernetes/strict-validate.js";
import { definitionOf, kubernetesOpenApi, moduleFile } from "./kubernetes-openapi.js";

const OPENAPI_FILES = ["apis__resource.k8s.io__v1_openapi.json", "apis__batch__v1_openapi.json", "api__v1_openapi.json"];
const openapi = kubernetesOpenApi(OPENAPI_FILES);
if (!openapi.ok) {
  const message = `Kubernetes v1.34.4 OpenAPI checks of the DRA objects: ${openapi.why}`;
  if (process.env.CI === "true") throw new Error(`${message} (CI=true: the schemas must be there)`);
  process.stderr.write(`SKIPPED ${message}\n`);
}
const schemaErrors = (object: object): string[] => {
  const o = object as { apiVersion?: string; kind?: string };
  return openapi.ok ? openapi.validate(definitionOf(o.apiVersion ?? "", o.kind ?? ""), o) : [];
};

/** dev-kind's two pools (8-GPU h100, GB200 NVL72) on DRA: Kubernetes 1.34, no sharing. */
function devKindOnDra(): { model: ResolvedFactory; text: string } {
  const text = readFileSync(join(packageRoot(), "blueprints/dev-kind.yaml"), "utf8")
    .replace(/( *)kubernetesVersion: "1\.33"/, '$1kubernetesVersion: "1.34"\n$1gpuStack: dra')
    .replace(/ *devicePlugin:\n *sharing:\n *timeSlicingReplicas: 4.*\n/, "");
  const a = analyzeText(text, "dev-kind-dra.yaml");
  expect(a.findings.filter((f) => f.severity === "error")).toEqual([]);
  return { model: a.model!, text };
}

const of = (c: ClusterObjects, kind: string) => [...c.objects, ...c.examples].filter((o) => o.object.kind === kind);
const draClusters = (f: ClusterObjects[]) => f.filter((c) => c.cluster.gpuStack === "dra");

describe("the world's schemas judge the DRA objects", () => {
  it.runIf(openapi.ok)("the v1.34.4 schema rejects what the API server would drop or refuse (the validator can fail)", async () => {
    const { model } = devKindOnDra();
    const [dev] = buildFactoryObjects(model);
    const rct = of(dev!, "ResourceClaimTemplate")[0]!.object as IResourceClaimTemplate;
    expect(schemaErrors(rct)).toEqual([]);
    // resource.k8s.io/v1beta1's request shape (deviceClassName on the request, no `exactly`) is not v1's.
    const v1beta1 = structuredClone(rct) as Record<string, any>;
    v1beta1["spec"].spec.devices.requests = [{ name: "gpus", deviceClassName: DRA_DEVICE_CLASS, count: 1 }];
    expect(schemaErrors(v1beta1).join("\n")).toMatch(/additional properties \(deviceClassName\)/);
    const badCount = structuredClone(rct) as Record<string, any>;
    badCount["spec"].spec.devices.requests[0].exactly.count = "4";
    expect(schemaErrors(badCount).join("\n")).toMatch(/count: must be integer/);
    // extendedResourceName is a field of v1.34's DeviceClassSpec (alpha: aifactory leaves it out), a typo is not.
    const dc = of(dev!, "DeviceClass")[0]!.object as Record<string, any>;
    expect(schemaErrors({ ...dc, spec: { ...dc["spec"], extendedResourceName: "nvidia.com/gpu" } })).toEqual([]);
    expect(schemaErrors({ ...dc, spec: { ...dc["spec"], selector: [] } }).join("\n")).toMatch(/additional properties \(selector\)/);
    const job = of(dev!, "Job")[0]!.object as Record<string, any>;
    const badJob = structuredClone(job);
    badJob["spec"].template.spec.resourceClaims[0].template = "x";
    expect(schemaErrors(badJob).join("\n")).toMatch(/additional properties \(template\)/);
  });

  it("the test bed's ComputeDomain CRD rejects a wrong ComputeDomain", async () => {
    const { model } = devKindOnDra();
    const cd = of(buildFactoryObjects(model)[0]!, "ComputeDomain")[0]!.object as Record<string, any>;
    expect(await strictValidate(cd)).toEqual([]);
    expect((await strictValidate({ ...cd, spec: { numNodes: 2 } })).join("\n")).toMatch(/channel/);
    expect((await strictValidate({ ...cd, spec: { ...cd["spec"], channel: { ...cd["spec"].channel, allocationMode: "Many" } } })).join("\n")).toMatch(/allowed values/);
    expect((await strictValidate({ ...cd, spec: { ...cd["spec"], nodes: 2 } })).join("\n")).toMatch(/additional properties \(nodes\)/);
    expect((await strictValidate({ ...cd, metadata: { name: cd["metadata"].name } })).join("\n")).toMatch(/namespace: required/);
  });

  for (const file of bundledBlueprintFiles()) {
    it.runIf(openapi.ok)(`every DRA object and example of ${file} validates against Kubernetes v1.34.4's OpenAPI`, async () => {
      const model = await loadBundled(file);
      for (const c of draClusters(buildFactoryObjects(model))) {
        const checked = [...c.objects, ...c.examples].filter((o) => o.object.apiVersion === "resource.k8s.io/v1" || o.object.kind === "Job" || o.object.kind === "ResourceQuota");
        expect(checked.length).toBeGreaterThan(0);
        for (const o of checked) expect(schemaErrors(o.object), `${c.cluster.name}: ${o.object.kind} ${o.object.metadata?.name}`).toEqual([]);
        for (const o of of(c, "ComputeDomain")) expect(await strictValidate(o.object), o.object.metadata?.name).toEqual([]);
      }
    });
  }

  it.runIf(openapi.ok)("the dev-kind pools on DRA validate too (an 8-GPU pool with a one-GPU claim, an NVL72 pool with a ComputeDomain)", () => {
    const [dev] = buildFactoryObjects(devKindOnDra().model);
    for (const o of [...dev!.objects, ...dev!.examples].filter((x) => x.object.apiVersion === "resource.k8s.io/v1" || x.object.kind === "Job"))
      expect(schemaErrors(o.object), `${o.object.kind} ${o.object.metadata?.name}`).toEqual([]);
  });

  it("quota keys are Kubernetes v1.34's: <class> + ResourceClaimsPerClass of k8s.io/api v0.34.4", () => {
    const path = moduleFile("k8s.io/api", "v0.34.4", "core/v1/types.go");
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch {
      if (process.env.CI === "true") throw new Error(`${path} missing (CI=true)`);
      process.stderr.write(`SKIPPED quota key check: ${path} missing\n`);
      return;
    }
    const suffix = /ResourceClaimsPerClass\s+string\s*=\s*"([^"]+)"/.exec(text)?.[1];
    expect(suffix).toBeDefined();
    expect(deviceClassQuotaKey(DRA_DEVICE_CLASS)).toBe(`${DRA_DEVICE_CLASS}${suffix}`);
  });
});

describe("gpuStack dra objects of a cluster", () => {
  const load = async () => {
    const model = await loadBundled("blueprints/openai-nvidia-2026.yaml");
    const factory = buildFactoryObjects(model);
    const byName = (n: string) => factory.find((c) => c.cluster.name === n)!;
    return { model, factory, dra: byName("training-a-1"), plugin: byName("training-a-2") };
  };

  it("training-a-1 is the bundled DRA cluster, training-a-2 beside it keeps the static device plugin", async () => {
    const { factory, dra, plugin } = await load();
    expect(draClusters(factory).map((c) => c.cluster.name)).toEqual(["training-a-1"]);
    expect(plugin.cluster.gpuStack).toBe("device-plugin");
    expect(of(plugin, "DaemonSet").length).toBe(plugin.cluster.pools.length);
    expect(of(plugin, "DeviceClass")).toEqual([]);
    expect(dra.cluster.pools.every(multiNodeNvlink)).toBe(true);
  });

  it("emits the DeviceClass and none of the static plugin's objects (no namespace, DaemonSet, ConfigMap, ServiceAccount, deny-all, GKE quota)", async () => {
    const { dra } = await load();
    expect(dra.objects.filter((o) => o.role.startsWith("device-plugin") || o.object.kind === "DaemonSet")).toEqual([]);
    expect(dra.objects.some((o) => o.object.metadata?.namespace === dra.cluster.devicePlugin.namespace || o.object.metadata?.name === dra.cluster.devicePlugin.namespace)).toBe(false);
    const classes = of(dra, "DeviceClass");
    expect(classes.map((o) => [o.object.metadata?.name, o.role])).toEqual([[DRA_DEVICE_CLASS, "dra-device-class"]]);
    // The driver's own classes belong to its chart.
    for (const c of NVIDIA_GPU_DEVICE_CLASSES) expect(dra.objects.some((o) => o.object.metadata?.name === c)).toBe(false);
    expect((classes[0]!.object as { spec?: { extendedResourceName?: string } }).spec?.extendedResourceName).toBeUndefined();
  });

  it("examples per pool in apply order: claim template, ComputeDomain, Job; the Job claims both by their names", async () => {
    const { dra } = await load();
    for (const pool of dra.cluster.pools) {
      const ex = dra.examples.filter((o) => o.key === pool.name);
      expect(ex.map((o) => o.object.kind)).toEqual(["ResourceClaimTemplate", "ComputeDomain", "Job"]);
      const [rct, cd, job] = ex.map((o) => o.object) as [IResourceClaimTemplate, Record<string, any>, IJob];
      expect(new Set(ex.map((o) => o.object.metadata?.namespace)).size).toBe(1);
      const request = rct.spec.spec?.devices?.requests?.[0];
      expect(request?.exactly).toEqual({ deviceClassName: DRA_DEVICE_CLASS, allocationMode: "ExactCount", count: pool.system.gpusPerNode.value });
      const podSpec = job.spec!.template.spec!;
      expect(podSpec.resourceClaims).toEqual([
        { name: "gpus", resourceClaimTemplateName: rct.metadata?.name },
        { name: "channel", resourceClaimTemplateName: cd["spec"].channel.resourceClaimTemplate.name },
      ]);
      expect(cd["spec"]).toEqual({ channel: { resourceClaimTemplate: { name: `${job.metadata?.name}-channel` }, allocationMode: "Single" } });
      const container = podSpec.containers[0]!;
      expect(container.resources?.claims).toEqual([{ name: "gpus" }, { name: "channel" }]);
      // No extended resource under DRA: the claim is the GPUs.
      expect(Object.keys(container.resources?.limits ?? {}).filter((k) => k.startsWith("nvidia.com/"))).toEqual([]);
      expect(job.spec).toMatchObject({ completionMode: "Indexed", completions: 2, parallelism: 2 });
      expect(podSpec.affinity?.podAffinity?.requiredDuringSchedulingIgnoredDuringExecution).toEqual([
        { labelSelector: { matchLabels: { "batch.kubernetes.io/job-name": job.metadata?.name } }, topologyKey: "nvidia.com/gpu.clique" },
      ]);
      // Restricted Pod Security as on the device plugin stack.
      expect(podSpec.securityContext).toMatchObject({ runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" } });
      expect(container.securityContext).toEqual({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ["ALL"] } });
    }
  });

  it("an 8-GPU pool's example claims one GPU, with no ComputeDomain", () => {
    const [dev] = buildFactoryObjects(devKindOnDra().model);
    const h100 = dev!.examples.filter((o) => o.key === "h100");
    expect(h100.map((o) => o.object.kind)).toEqual(["ResourceClaimTemplate", "Job"]);
    expect((h100[0]!.object as IResourceClaimTemplate).spec.spec?.devices?.requests?.[0]?.exactly?.count).toBe(1);
    const job = h100[1]!.object as IJob;
    expect(job.spec?.completionMode).toBeUndefined();
    expect(job.spec?.template.spec?.resourceClaims).toEqual([{ name: "gpus", resourceClaimTemplateName: "gpu-example-h100-gpus" }]);
    expect(job.spec?.template.spec?.affinity).toBeUndefined();
  });

  it("tenant quotas: the tenant's GPUs as devices of aifactory's class, the driver's GPU classes and nvidia.com/gpu at 0", async () => {
    const { dra, plugin } = await load();
    const quotas = (c: ClusterObjects) => of(c, "ResourceQuota").filter((o) => o.role === "tenant-quota").map((o) => o.object as IResourceQuota);
    const draQuotas = quotas(dra);
    expect(draQuotas.length).toBe(dra.cluster.tenants.length);
    for (const [i, t] of dra.cluster.tenants.entries()) {
      expect(draQuotas[i]!.metadata?.namespace).toBe(t.name);
      expect(draQuotas[i]!.spec?.hard).toEqual({
        [deviceClassQuotaKey(DRA_DEVICE_CLASS)]: String(t.gpuQuota),
        "gpu.nvidia.com.deviceclass.resource.k8s.io/devices": "0",
        "mig.nvidia.com.deviceclass.resource.k8s.io/devices": "0",
        "vfio.gpu.nvidia.com.deviceclass.resource.k8s.io/devices": "0",
        "requests.nvidia.com/gpu": "0",
      });
    }
    // The same GPUs as the twin cluster on the device plugin (identical pools and tenants).
    expect(quotas(plugin).map((q) => q.spec?.hard?.["requests.nvidia.com/gpu"])).toEqual(draQuotas.map((q) => q.spec?.hard?.[deviceClassQuotaKey(DRA_DEVICE_CLASS)]));
  });

  it("the capacity summary counts devices of aifactory's class, as many as the twin cluster's nvidia.com/gpu", async () => {
    const { dra, plugin } = await load();
    const summary = (c: ClusterObjects) => JSON.parse((of(c, "ConfigMap").find((o) => o.role === "capacity-summary")!.object as { data: Record<string, string> }).data[CAPACITY_KEY]!) as Record<string, any>;
    const d = summary(dra);
    const p = summary(plugin);
    expect(d["gpuStack"]).toBe("dra");
    expect(d["advertised"]).toEqual({ [DRA_DEVICE_CLASS]: p["advertised"]["nvidia.com/gpu"] });
    expect(d["advertised"][DRA_DEVICE_CLASS]).toBe(dra.cluster.totals.gpus);
    for (const [i, pool] of d["pools"].entries()) {
      expect(pool.advertisedPerNode).toEqual({ [DRA_DEVICE_CLASS]: p["pools"][i].advertisedPerNode["nvidia.com/gpu"] });
      expect(pool.devicePluginConfig).toBeUndefined();
    }
  });

  it("Terraform holds the DeviceClass as a kubernetes_manifest; the examples file is the three documents in apply order", async () => {
    const { model, factory, dra } = await load();
    const files = kubernetesManifests(model, factory);
    const text = files.get(`kubernetes/${dra.cluster.name}/examples/gpu-job-vr-a.yaml`)!;
    const docs = parseAllDocuments(text).map((d) => d.toJS() as ClusterObject["object"]);
    expect(docs.map((d) => d.kind)).toEqual(["ResourceClaimTemplate", "ComputeDomain", "Job"]);
    expect(text).toMatch(/dra-driver-nvidia-gpu 0\.4\.0/);
    expect(text).toMatch(/570\.158\.01/);
    expect(text).toMatch(/nvidia\.com\/gpu\.clique/);
    const manifests = files.get(`kubernetes/${dra.cluster.name}/manifests.yaml`)!;
    expect(manifests).toMatch(/kind: DeviceClass/);
    expect(manifests).not.toMatch(/kind: DaemonSet/);
    expect(files.has(`kubernetes/${dra.cluster.name}/crd-objects.yaml`)).toBe(false);
  });
});

/**
 * Every bundled blueprint with every cluster on one stack (Kubernetes 1.34, no sharing, MIG or Kueue, which DRA
 * refuses): the same GPUs whichever stack, in the quotas and in the capacity summary.
 */
function onStack(file: string, gpuStack: "dra" | "device-plugin"): ClusterObjects[] {
  const bp = parse(readFileSync(join(packageRoot(), file), "utf8")) as AIFactoryBlueprint;
  for (const site of bp.spec.sites) {
    for (const c of site.clusters) {
      c.gpuStack = gpuStack;
      c.kubernetesVersion = "1.34";
      delete c.scheduling;
      for (const p of c.pools) delete p.devicePlugin;
    }
  }
  const a = analyzeBlueprint(bp, file);
  expect(a.model, file).toBeDefined();
  return buildFactoryObjects(a.model!);
}

describe("the same GPUs whichever stack (every bundled blueprint, every cluster flipped)", () => {
  for (const file of bundledBlueprintFiles()) {
    it(`${file}: quotas and advertised devices under dra are the device plugin's nvidia.com/gpu`, () => {
      const dra = onStack(file, "dra");
      const plugin = onStack(file, "device-plugin");
      expect(dra.length).toBe(plugin.length);
      const summary = (c: ClusterObjects) => JSON.parse((of(c, "ConfigMap").find((o) => o.role === "capacity-summary")!.object as { data: Record<string, string> }).data[CAPACITY_KEY]!) as Record<string, any>;
      for (const [i, d] of dra.entries()) {
        const p = plugin[i]!;
        expect(summary(d)["advertised"], d.cluster.name).toEqual({ [DRA_DEVICE_CLASS]: summary(p)["advertised"]["nvidia.com/gpu"] });
        const hard = (c: ClusterObjects, key: string) => of(c, "ResourceQuota").filter((o) => o.role === "tenant-quota").map((o) => (o.object as IResourceQuota).spec?.hard?.[key]);
        expect(hard(d, deviceClassQuotaKey(DRA_DEVICE_CLASS)), d.cluster.name).toEqual(hard(p, "requests.nvidia.com/gpu"));
        expect(of(d, "DaemonSet")).toEqual([]);
        expect(of(d, "ResourceClaimTemplate").length).toBe(d.cluster.pools.length);
        expect(of(d, "ComputeDomain").length).toBe(d.cluster.pools.filter(multiNodeNvlink).length);
        if (openapi.ok) for (const o of [...d.objects, ...d.examples].filter((x) => x.object.apiVersion === "resource.k8s.io/v1")) expect(schemaErrors(o.object)).toEqual([]);
      }
    });
  }
});
