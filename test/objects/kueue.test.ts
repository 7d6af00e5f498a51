// The Kueue objects, judged by Kueue's own CRDs (sigs.k8s.io/kueue v0.17.0 from the Go module cache, strictly: unknown
// fields rejected) and held to the rest of the cluster's objects: a flavor binds exactly the nodes its pool's device
// plugin DaemonSet and Jobs select, the queues' nominal quotas are the tenants' ResourceQuotas.
import { describe, expect, it } from "vitest";
import type { AIFactoryBlueprint } from "../../src/blueprint/generated/blueprint-types.js";
import { buildClusterObjects, buildFactoryObjects, exampleJobs, type ClusterObject, type IDaemonSet, type IJob, type IResourceQuota } from "../../src/objects/index.js";
import { KUEUE_API_VERSION, QUEUE_NAME_LABEL, REQUIRED_TOPOLOGY_ANNOTATION } from "../../src/objects/kueue.js";
import { nodeLabelsFile } from "../../src/synth/kubernetes/manifests.js";
import { bundledBlueprintFiles, loadBundled } from "../synth/kubernetes/bundled.js";
import { fixture, fixtureBlueprint } from "./fixture.js";
import { findKueueCrds, kueueValidators, type KueueKind } from "./kueue-crds.js";

function kueueBlueprint(kueue: NonNullable<NonNullable<AIFactoryBlueprint["spec"]["sites"][number]["clusters"][number]["scheduling"]>["kueue"]>): AIFactoryBlueprint {
  const bp = structuredClone(fixtureBlueprint());
  bp.spec.sites[0]!.clusters[0]!.scheduling = { kueue };
  return bp;
}

const withTopology = fixture(kueueBlueprint({ topology: {}, rackLocalTraining: { gangGPUs: 8 }, queues: [{ tenant: "prod", lendingLimitGPUs: 4 }] }));
const objectsOf = (f = withTopology): ClusterObject[] => buildClusterObjects(f.model, f.alpha);
const kueueOf = (objects: readonly ClusterObject[]): ClusterObject[] => objects.filter((o) => o.object.apiVersion === KUEUE_API_VERSION);
const spec = (o: ClusterObject): Record<string, any> => (o.object as { spec: Record<string, any> }).spec;

// The CRDs: found in the module cache or fetched through the Go module proxy; never skipped silently.
const crds = findKueueCrds();
if (!crds.ok) {
  const message = `Kueue CRD checks: ${crds.why}`;
  if (process.env.CI === "true") throw new Error(`${message} (CI=true: the CRDs must be reachable)`);
  process.stderr.write(`SKIPPED ${message}\n`);
}
const validators: Map<string, KueueKind> = crds.ok ? kueueValidators(crds.dir) : new Map();
function crdErrors(object: object): string[] {
  const { apiVersion, kind } = object as { apiVersion?: string; kind?: string };
  const v = validators.get(`${apiVersion}/${kind}`);
  return v === undefined ? [`no CRD of Kueue v0.17.0 serves ${apiVersion} ${kind}`] : v.validate(object);
}

describe.skipIf(!crds.ok)("Kueue objects against Kueue v0.17.0's CRDs (strict)", () => {
  it("loads a served v1beta2 version of every kind aifactory emits", () => {
    for (const kind of ["ResourceFlavor", "Topology", "Cohort", "ClusterQueue", "LocalQueue", "WorkloadPriorityClass"])
      expect(validators.has(`kueue.x-k8s.io/v1beta2/${kind}`), kind).toBe(true);
  });

  it("rejects what the API server would prune or refuse (the validator can fail)", () => {
    const cq = kueueOf(objectsOf()).find((o) => o.object.kind === "ClusterQueue")!.object as Record<string, any>;
    expect(crdErrors(cq)).toEqual([]);
    // v1beta1's field name for the cohort is not a v1beta2 field.
    expect(crdErrors({ ...cq, spec: { ...cq["spec"], cohort: "x" } }).join("\n")).toMatch(/additional properties \(cohort\)/);
    expect(crdErrors({ ...cq, spec: { ...cq["spec"], resourceGroups: [{ coveredResources: ["nvidia.com/gpu"], flavors: [{ name: "a", resources: [{ name: "nvidia.com/gpu", nominalQuota: "lots" }] }] }] } }).join("\n")).toMatch(/nominalQuota/);
    expect(crdErrors({ ...cq, apiVersion: "kueue.x-k8s.io/v1alpha9" })[0]).toMatch(/no CRD/);
    const lq = kueueOf(objectsOf()).find((o) => o.object.kind === "LocalQueue")!.object;
    expect(crdErrors({ ...lq, metadata: { name: "gpu" } }).join("\n")).toMatch(/namespace: required/);
  });

  it("accepts every Kueue object of the fixture cluster", () => {
    const objects = kueueOf(objectsOf());
    expect(new Set(objects.map((o) => o.object.kind))).toEqual(new Set(["Topology", "ResourceFlavor", "Cohort", "WorkloadPriorityClass", "ClusterQueue", "LocalQueue"]));
    for (const o of objects) expect(crdErrors(o.object), `${o.object.kind}/${o.object.metadata?.name}`).toEqual([]);
  });

  for (const file of bundledBlueprintFiles()) {
    it(`accepts every Kueue object of ${file}`, async () => {
      const model = await loadBundled(file);
      for (const { objects } of buildFactoryObjects(model)) {
        for (const o of kueueOf(objects)) expect(crdErrors(o.object), `${o.object.kind}/${o.object.metadata?.name}`).toEqual([]);
      }
    });
  }

  it("first-gigawatt enables Kueue with topology on every cluster", async () => {
    const model = await loadBundled("blueprints/first-gigawatt.yaml");
    for (const { cluster, objects } of buildFactoryObjects(model)) {
      expect(cluster.kueue?.topology, cluster.name).toBeDefined();
      expect(kueueOf(objects).filter((o) => o.object.kind === "Topology").length, cluster.name).toBe(1);
    }
  });
});

describe("Kueue objects and the rest of the cluster", () => {
  const objects = objectsOf();
  const pools = withTopology.alpha.pools;

  it("give each pool a flavor whose node labels and taints are its device plugin DaemonSet's selection", () => {
    for (const pool of pools) {
      const flavor = kueueOf(objects).find((o) => o.object.kind === "ResourceFlavor" && o.key === pool.name)!;
      const ds = objects.find((o) => o.role === "device-plugin-daemon-set" && o.key === pool.name)!.object as IDaemonSet;
      const terms = ds.spec!.template.spec!.affinity!.nodeAffinity!.requiredDuringSchedulingIgnoredDuringExecution!.nodeSelectorTerms;
      expect(terms.length, pool.name).toBeGreaterThan(0);
      // Every term of the DaemonSet ANDs the pool's selector: the flavor's labels are exactly those In-expressions.
      for (const term of terms) {
        const own = (term.matchExpressions ?? []).filter((e) => e.operator === "In" && e.values?.length === 1 && e.key in spec(flavor)["nodeLabels"]);
        expect(Object.fromEntries(own.map((e) => [e.key, e.values![0]])), pool.name).toEqual(spec(flavor)["nodeLabels"]);
      }
      expect(spec(flavor)["nodeTaints"] ?? [], pool.name).toEqual(pool.taints.map((t) => ({ ...t })));
      expect(spec(flavor)["topologyName"], pool.name).toBe(pool.system.form === "rack-scale" ? "nvlink-rack" : "rack");
    }
  });

  it("give each tenant nominal quotas adding up to its ResourceQuota, within each pool's GPUs", () => {
    const cqs = kueueOf(objects).filter((o) => o.object.kind === "ClusterQueue");
    expect(cqs.map((o) => o.key)).toEqual(withTopology.alpha.tenants.map((t) => t.name));
    const perFlavor = new Map<string, number>();
    for (const cq of cqs) {
      const rq = objects.find((o) => o.role === "tenant-quota" && o.key === cq.key)!.object as IResourceQuota;
      const flavors = spec(cq)["resourceGroups"][0]["flavors"] as { name: string; resources: { nominalQuota: string; lendingLimit?: string }[] }[];
      const sum = flavors.reduce((n, f) => n + Number(f.resources[0]!.nominalQuota), 0);
      expect(sum, cq.key).toBe(Number(rq.spec!.hard!["requests.nvidia.com/gpu"]));
      for (const f of flavors) perFlavor.set(f.name, (perFlavor.get(f.name) ?? 0) + Number(f.resources[0]!.nominalQuota));
      expect(flavors.every((f) => (f.resources[0]!.lendingLimit === undefined) === (cq.key !== "prod")), cq.key).toBe(true);
      expect(spec(cq)["cohortName"]).toBe("alpha");
      expect(spec(cq)["namespaceSelector"]).toEqual({ matchLabels: { "kubernetes.io/metadata.name": cq.key } });
    }
    for (const pool of pools) expect(perFlavor.get(pool.name) ?? 0, pool.name).toBeLessThanOrEqual(pool.advertisedGpus);
  });

  it("put a LocalQueue in each tenant namespace and a WorkloadPriorityClass beside each PriorityClass", () => {
    const lqs = kueueOf(objects).filter((o) => o.object.kind === "LocalQueue");
    expect(lqs.map((o) => [o.object.metadata?.namespace, spec(o)["clusterQueue"]])).toEqual(withTopology.alpha.tenants.map((t) => [t.name, t.name]));
    const pcs = objects.filter((o) => o.role === "priority-class").map((o) => [o.object.metadata?.name, (o.object as { value?: number }).value]);
    const wpcs = kueueOf(objects).filter((o) => o.object.kind === "WorkloadPriorityClass").map((o) => [o.object.metadata?.name, (o.object as { value?: number }).value]);
    expect(wpcs).toEqual(pcs);
  });

  it("need Kueue's CRDs: every Kueue object says which", () => {
    for (const o of kueueOf(objects)) expect(o.requiresCrd, o.object.kind).toMatch(/\.kueue\.x-k8s\.io$/);
  });

  it("queue the example Jobs: on the tenant's LocalQueue, one rack on rack-scale pools (Kueue's webhook suspends them)", () => {
    for (const { object, key } of exampleJobs(withTopology.alpha)) {
      const job = object as IJob;
      const pool = pools.find((p) => p.name === key)!;
      expect(job.metadata?.labels?.[QUEUE_NAME_LABEL], key).toBe("gpu");
      expect(job.spec?.suspend, key).toBeUndefined();
      expect(job.spec?.template.metadata?.annotations?.[REQUIRED_TOPOLOGY_ANNOTATION], key).toBe(pool.system.form === "rack-scale" ? "nvidia.com/gpu.clique" : undefined);
    }
  });

  it("export the topology labels the provisioner must stamp, beside the pool labels", () => {
    const doc = JSON.parse(nodeLabelsFile(withTopology.alpha)) as { pools: { pool: string; topologyLabels?: { key: string; setBy: string }[] }[] };
    const gb200 = doc.pools.find((p) => p.pool === "gb200")!;
    expect(gb200.topologyLabels?.map((l) => [l.key, l.setBy])).toEqual([
      ["aifactory.dev/hall", "provisioner"],
      ["nvidia.com/gpu.clique", "gpu-feature-discovery"],
      ["kubernetes.io/hostname", "kubelet"],
    ]);
    const h100 = doc.pools.find((p) => p.pool === "h100-shared")!;
    expect(h100.topologyLabels?.[1]).toEqual({ key: "aifactory.dev/rack", setBy: "provisioner", value: "the node's rack (one value per rack)" });
  });

  it("leave a cluster without scheduling.kueue as it was", () => {
    const plain = fixture();
    expect(kueueOf(buildClusterObjects(plain.model, plain.alpha))).toEqual([]);
    for (const { object } of exampleJobs(plain.alpha)) expect((object as IJob).metadata?.labels?.[QUEUE_NAME_LABEL]).toBeUndefined();
    expect(nodeLabelsFile(plain.alpha)).not.toContain("topologyLabels");
  });

  it("without topology: no Topology object and no rack request", () => {
    const f = fixture(kueueBlueprint({}));
    expect(kueueOf(buildClusterObjects(f.model, f.alpha)).filter((o) => o.object.kind === "Topology")).toEqual([]);
    for (const { object } of exampleJobs(f.alpha)) expect((object as IJob).spec?.template.metadata?.annotations?.[REQUIRED_TOPOLOGY_ANNOTATION]).toBeUndefined();
  });
});
