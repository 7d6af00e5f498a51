// Kueue on the real-cluster test bed: Kueue v0.17.0's CRDs (from its Go module) installed into kube-apiserver
// 1.34.4, aifactory's objects applied server-side (the API server's structural schemas and CEL rules judge them),
// and the Kueue controller built from sigs.k8s.io/kueue v0.17.0 cmd/kueue running against the loopback API server
// with kwok nodes labelled as node-labels.json tells a provisioner (topology labels included). It then admits each
// tenant's example Job to the flavor of the Job's pool, keeps a Job over the tenant's nominal quota pending, and places
// a 72-GPU Job of the NVL72 pool on the trays of one rack.
//
// How the controller runs here: Kueue's default internal certificate management (a self-signed CA in the Secret
// kueue-system/kueue-webhook-server-cert); its webhooks are NOT registered with the API server (the serving cert names
// kueue-webhook-service.kueue-system.svc, which a loopback API server cannot reach), so nothing defaults or validates
// through them: the test creates the example Jobs suspended, which is what Kueue's Job webhook does on creation. All ports are
// free loopback ports; leader election and the visibility server are off; Kueue counts nvidia.com/gpu only
// (resources.excludeResourcePrefixes, as the README tells users to configure it).
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { freePort, startControlPlane, type ControlPlane } from "../harness/control-plane.js";
import { describeRun } from "../harness/exec.js";
import { kube, poll, type Item, type Kube, type List } from "../harness/kube.js";
import { readYamlObjects, synthesize, type ClusterOutput, type KubeObject } from "../harness/outputs.js";
import { cacheDir, REPO_ROOT, requireTools } from "../harness/tools.js";
import { KUEUE_EXCLUDED_RESOURCE_PREFIXES } from "../../../src/objects/kueue.js";
import { GPU_NODES, gfdProduct } from "../world/gpu-nodes.js";
import type { TestNode } from "../world/nodes.js";
import { applyKustomization, createNodes, installKueueCrds } from "./bed.js";

const BLUEPRINT = resolve(REPO_ROOT, "test/e2e/cluster/kueue-bed.yaml");
const tools = requireTools("test/e2e/cluster/kueue.e2e.ts");
const kueueBin = join(cacheDir(), "bin/kueue");
const kueueCrds = join(cacheDir(), "crds/kueue");
const kueuePatches = join(cacheDir(), "crds/kueue-patches");
const kueueBuilt = existsSync(kueueBin) && existsSync(join(kueueCrds, "kueue.x-k8s.io_clusterqueues.yaml")) && existsSync(join(kueuePatches, "kustomization.yaml"));
if (tools !== undefined && !kueueBuilt) {
  const message = `test/e2e/cluster/kueue.e2e.ts needs ${kueueBin} and ${kueueCrds}/ (run: bash test/e2e/build-tools.sh)`;
  if (process.env.CI === "true") throw new Error(`${message} (CI=true: a missing tool fails the run)`);
  process.stderr.write(`SKIPPED ${message}\n`);
}
const only = process.env.AIFACTORY_E2E_ONLY;
const selected = only === undefined || "kueue-bed".includes(only.split(":")[0] ?? "");

interface ProvisionedPool {
  pool: string;
  system: string;
  nodes: number;
  labels: Record<string, string>;
  taints: { key: string; value?: string; effect: string }[];
  selector: Record<string, string>;
  topologyLabels?: { key: string; setBy: "provisioner" | "gpu-feature-discovery" | "kubelet"; value: string }[];
}

/** The nodes a provisioner makes from node-labels.json, with what GFD and the kubelet add (world/gpu-nodes.ts). */
function provisionedNodes(cluster: ClusterOutput): TestNode[] {
  const doc = JSON.parse(readFileSync(join(cluster.dir, "node-labels.json"), "utf8")) as { pools: ProvisionedPool[] };
  const nodes: TestNode[] = [];
  for (const p of doc.pools) {
    const facts = GPU_NODES[p.system as keyof typeof GPU_NODES];
    if (facts === undefined) throw new Error(`world/gpu-nodes.ts has no entry for system ${p.system}`);
    const perRack = facts.nvlinkDomainNodes?.value ?? 4;
    for (let i = 0; i < p.nodes; i++) {
      const name = `${p.pool}-${i}`;
      const rack = Math.floor(i / perRack);
      const labels: Record<string, string> = {
        "kubernetes.io/hostname": name,
        "kubernetes.io/os": "linux",
        "kubernetes.io/arch": facts.arch.value,
        "nvidia.com/gpu.present": "true",
        "nvidia.com/gpu.product": gfdProduct(facts.nvmlName.value),
        "nvidia.com/gpu.count": String(facts.gpusPerNode.value),
        ...p.labels,
      };
      for (const t of p.topologyLabels ?? []) {
        if (t.setBy === "kubelet") continue; // hostname, above
        // GFD's clique on NVLink-domain systems: <fabric cluster UUID>.<clique id>, one clique per rack.
        if (t.setBy === "gpu-feature-discovery") labels[t.key] = facts.nvlinkDomainNodes === undefined ? "" : `6f1d2c3b-0000-4000-8000-00000000e2e0.${rack}`;
        else labels[t.key] = t.value.startsWith("the node's rack") ? `${p.pool}-rack-${rack}` : t.value;
      }
      nodes.push({
        name, pool: p.pool, role: "gpu", arch: facts.arch.value, labels,
        taints: p.taints.map((t) => ({ key: t.key, ...(t.value === undefined ? {} : { value: t.value }), effect: t.effect as "NoSchedule" })),
        gpus: facts.gpusPerNode.value,
      });
    }
  }
  return nodes;
}

interface Workload extends Item<Record<string, unknown>> {
  status?: {
    conditions?: { type: string; status: string; reason?: string; message?: string }[];
    admission?: { clusterQueue: string; podSetAssignments: { name: string; flavors?: Record<string, string>; topologyAssignment?: unknown }[] };
  };
}

function jobFrom(file: string, changes: { name: string; namespace: string; parallelism?: number; gpusPerPod?: number }): KubeObject {
  const job = structuredClone(readYamlObjects(file).find((o) => o.kind === "Job")!) as KubeObject & { spec: any };
  // What Kueue's Job webhook does on creation (its webhooks are not registered here, see the top of the file).
  job.spec.suspend = true;
  job.metadata.name = changes.name;
  job.metadata.namespace = changes.namespace;
  if (changes.parallelism !== undefined) {
    job.spec.parallelism = changes.parallelism;
    job.spec.completions = changes.parallelism;
  }
  if (changes.gpusPerPod !== undefined) {
    const r = job.spec.template.spec.containers[0].resources;
    r.requests["nvidia.com/gpu"] = String(changes.gpusPerPod);
    r.limits["nvidia.com/gpu"] = String(changes.gpusPerPod);
  }
  return job;
}

async function workloadOf(k: Kube, namespace: string, job: string): Promise<Workload | undefined> {
  const list = await k.json<List<Workload>>(["get", "workloads.kueue.x-k8s.io", "-n", namespace]);
  return list.items.find((w) => (w.metadata.ownerReferences ?? []).some((o) => o.kind === "Job" && o.name === job));
}

const admitted = (w: Workload | undefined): boolean => (w?.status?.conditions ?? []).some((c) => c.type === "Admitted" && c.status === "True");

describe.skipIf(tools === undefined || !kueueBuilt || !selected)("Kueue v0.17.0 on the test bed: kueue-bed.yaml", () => {
  let cp: ControlPlane;
  let k: Kube;
  let cluster: ClusterOutput;
  let kueue: ChildProcess | undefined;
  let kueueLog = "";
  const kueueTail = (): string => (existsSync(kueueLog) ? readFileSync(kueueLog, "utf8").split("\n").slice(-40).join("\n") : "(no log)");

  beforeAll(async () => {
    cluster = synthesize(BLUEPRINT, "default").clusters[0]!;
    cp = await startControlPlane(tools!, { context: cluster.context });
    k = kube(tools!.kubectl, cp);
    await poll(async () => ((await k.run(["get", "serviceaccount", "default", "-n", "default"])).code === 0 ? true : undefined), 30_000);
  });
  afterAll(async () => {
    if (kueue?.pid !== undefined && kueue.exitCode === null) {
      kueue.kill("SIGTERM");
      await new Promise((r) => setTimeout(r, 1000));
      if (kueue.exitCode === null) kueue.kill("SIGKILL");
    }
    await cp?.stop();
  });

  it("installs Kueue's CRDs as its module ships them", async () => {
    const names = await installKueueCrds(k, kueueCrds);
    expect(names).toContain("crd/clusterqueues.kueue.x-k8s.io");
    // As Kueue's install does (config/components/crd/kustomization.yaml): the enabled conversion-webhook patches,
    // their service named as the install names it. Kueue's cert rotator injects its CA there and waits until it has.
    const kustomization = parse(readFileSync(join(kueuePatches, "kustomization.yaml"), "utf8")) as { patches?: { path: string }[] };
    const enabled = (kustomization.patches ?? []).map((p) => p.path.replace(/^patches\//, "")).filter((f) => f.startsWith("webhook_in_"));
    expect(enabled.length).toBeGreaterThan(0);
    for (const f of enabled) {
      const patch = parse(readFileSync(join(kueuePatches, f), "utf8")) as { metadata: { name: string }; spec: { conversion: { webhook: { clientConfig: { service: { namespace: string; name: string } } } } } };
      patch.spec.conversion.webhook.clientConfig.service.namespace = "kueue-system";
      patch.spec.conversion.webhook.clientConfig.service.name = "kueue-webhook-service";
      await k.ok(["patch", "crd", patch.metadata.name, "--type=merge", "-p", JSON.stringify({ spec: patch.spec })]);
    }
  });

  it("accepts every object server-side, the Kueue objects included (structural schemas and CEL rules)", async () => {
    const r = await applyKustomization(k, cluster, "server");
    expect(r.code, describeRun(r)).toBe(0);
    const plurals = { Topology: "topologies", ResourceFlavor: "resourceflavors", Cohort: "cohorts", ClusterQueue: "clusterqueues", WorkloadPriorityClass: "workloadpriorityclasses", LocalQueue: "localqueues" };
    const emitted = cluster.objects.filter((o) => o.apiVersion === "kueue.x-k8s.io/v1beta2");
    expect(new Set(emitted.map((o) => o.kind))).toEqual(new Set(Object.keys(plurals)));
    for (const [kind, plural] of Object.entries(plurals)) {
      const got = await k.json<List>(["get", `${plural}.kueue.x-k8s.io`, "-A"]);
      const want = emitted.filter((o) => o.kind === kind).map((o) => `${o.metadata.namespace ?? ""}/${o.metadata.name}`);
      expect(got.items.map((i) => `${i.metadata.namespace ?? ""}/${i.metadata.name}`).sort(), kind).toEqual(want.sort());
    }
    const again = await applyKustomization(k, cluster, "server");
    expect(again.code, describeRun(again)).toBe(0);
  });

  it("starts the Kueue controller against the loopback API server, and its queues become active", async () => {
    await createNodes(k, provisionedNodes(cluster));
    await k.ok(["create", "namespace", "kueue-system"]);
    // Kueue's manifests ship this Secret empty (config/components/internalcert); its cert rotator fills it.
    await k.ok(["create", "secret", "generic", "kueue-webhook-server-cert", "-n", "kueue-system"]);
    const [health, webhook, visibility] = await Promise.all([freePort(), freePort(), freePort()]);
    const dir = join(cp.dir, "kueue");
    mkdirSync(join(dir, "certs"), { recursive: true });
    const config = {
      apiVersion: "config.kueue.x-k8s.io/v1beta2",
      kind: "Configuration",
      namespace: "kueue-system",
      health: { healthProbeBindAddress: `127.0.0.1:${health}` },
      metrics: { bindAddress: "0" },
      webhook: { host: "127.0.0.1", port: webhook, certDir: join(dir, "certs") },
      leaderElection: { leaderElect: false },
      internalCertManagement: { enable: true, webhookServiceName: "kueue-webhook-service", webhookSecretName: "kueue-webhook-server-cert" },
      integrations: { frameworks: ["batch/job"] },
      // What aifactory's queues quota: GPUs only (README, Kueue section).
      resources: { excludeResourcePrefixes: [...KUEUE_EXCLUDED_RESOURCE_PREFIXES] },
      featureGates: { VisibilityOnDemand: false },
    };
    writeFileSync(join(dir, "config.yaml"), stringify(config));
    kueueLog = join(dir, "kueue.log");
    const log = openSync(kueueLog, "a");
    kueue = spawn(kueueBin, [`--config=${join(dir, "config.yaml")}`, `--visibility-server-port=${visibility}`, "--zap-log-level=2"], {
      stdio: ["ignore", log, log],
      env: { ...process.env, KUBECONFIG: cp.kubeconfig },
    });
    // In a cluster the kubelet mounts the Secret the cert rotator fills into the webhook's cert directory, and Kueue
    // waits until the files are there: here the test does the kubelet's part.
    const secret = await poll(async () => {
      const got = await k.json<Item>(["get", "secret", "-n", "kueue-system", "kueue-webhook-server-cert"]);
      return got.data?.["tls.crt"] !== undefined && got.data["tls.key"] !== undefined ? got.data : undefined;
    }, 60_000, 1000);
    if (secret === undefined) throw new Error(`the cert rotator did not fill kueue-system/kueue-webhook-server-cert:\n${kueueTail()}`);
    for (const [file, b64] of Object.entries(secret)) writeFileSync(join(dir, "certs", file), Buffer.from(b64, "base64"));
    const active = await poll(async (): Promise<List<Workload> | "exited" | undefined> => {
      if (kueue?.exitCode !== null) return "exited";
      const cqs = await k.json<List<Workload>>(["get", "clusterqueues.kueue.x-k8s.io"]);
      const ok = cqs.items.length > 0 && cqs.items.every((cq) => (cq.status?.conditions ?? []).some((c) => c.type === "Active" && c.status === "True"));
      return ok ? cqs : undefined;
    }, 120_000, 1000);
    if (active === "exited") throw new Error(`kueue exited with ${kueue.exitCode}:\n${kueueTail()}`);
    if (active === undefined) {
      const cqs = await k.run(["get", "clusterqueues.kueue.x-k8s.io", "-o", "yaml"]);
      throw new Error(`ClusterQueues not Active within 120 s:\n${cqs.stdout}\n--- kueue log:\n${kueueTail()}`);
    }
    const lqs = await k.json<List<Workload>>(["get", "localqueues.kueue.x-k8s.io", "-A"]);
    expect(lqs.items.map((q) => q.metadata.namespace).sort()).toEqual(["products", "research"]);
  }, 240_000);

  it("admits each tenant's example Job of each pool to that pool's flavor, and runs its pod on that pool", async () => {
    const runs: { tenant: string; pool: string; name: string }[] = [];
    for (const tenant of ["research", "products"]) {
      for (const [pool, file] of Object.entries(cluster.examples)) {
        const name = `example-${pool}`;
        await k.ok(["apply", "-f", "-"], JSON.stringify(jobFrom(file, { name, namespace: tenant })));
        runs.push({ tenant, pool, name });
      }
    }
    for (const r of runs) {
      const w = await poll(async () => {
        const got = await workloadOf(k, r.tenant, r.name);
        return admitted(got) ? got : undefined;
      }, 60_000, 1000);
      expect(w, `${r.tenant}/${r.name} not admitted:\n${JSON.stringify(await workloadOf(k, r.tenant, r.name), null, 1)}\n${kueueTail()}`).toBeDefined();
      expect(w!.status!.admission!.clusterQueue).toBe(r.tenant);
      expect(w!.status!.admission!.podSetAssignments[0]!.flavors).toEqual({ "nvidia.com/gpu": r.pool });
      const pod = await poll(async () => {
        const pods = await k.json<List<Item<{ nodeName?: string }>>>(["get", "pods", "-n", r.tenant, "-l", `batch.kubernetes.io/job-name=${r.name}`]);
        return pods.items.find((p) => p.spec?.nodeName !== undefined);
      }, 60_000);
      expect(pod?.spec?.nodeName, `${r.tenant}/${r.name}: no pod scheduled`).toMatch(new RegExp(`^${r.pool}-\\d+$`));
    }
  }, 300_000);

  it("keeps a Job over the tenant's nominal quota (and borrowing limit 0) pending", async () => {
    // products: 36 GPUs of flavor gb200; 10 pods × 4 GPUs = 40.
    const name = "over-quota";
    await k.ok(["apply", "-f", "-"], JSON.stringify(jobFrom(cluster.examples["gb200"]!, { name, namespace: "products", parallelism: 10, gpusPerPod: 4 })));
    const pending = await poll(async () => {
      const w = await workloadOf(k, "products", name);
      const quota = (w?.status?.conditions ?? []).find((c) => c.type === "QuotaReserved");
      return quota?.status === "False" ? { w: w!, quota } : undefined;
    }, 60_000, 1000);
    expect(pending, `no pending workload:\n${kueueTail()}`).toBeDefined();
    expect(pending!.quota.message ?? "").toMatch(/insufficient|quota/i);
    await new Promise((r) => setTimeout(r, 5000));
    expect(admitted(await workloadOf(k, "products", name))).toBe(false);
    const job = await k.json<Item<{ suspend?: boolean }>>(["get", "job", "-n", "products", name]);
    expect(job.spec?.suspend).toBe(true);
    await k.ok(["delete", "job", "-n", "products", name, "--wait=false"]);
  }, 120_000);

  it("places a 72-GPU Job of the NVL72 pool on the 18 trays of one rack", async () => {
    const name = "one-rack";
    const job = jobFrom(cluster.examples["gb200"]!, { name, namespace: "research", parallelism: 18, gpusPerPod: 4 });
    expect((job as any).spec.template.metadata.annotations["kueue.x-k8s.io/podset-required-topology"]).toBe("nvidia.com/gpu.clique");
    await k.ok(["apply", "-f", "-"], JSON.stringify(job));
    const w = await poll(async () => {
      const got = await workloadOf(k, "research", name);
      return admitted(got) ? got : undefined;
    }, 90_000, 1000);
    expect(w, `not admitted:\n${JSON.stringify(await workloadOf(k, "research", name), null, 1)}\n${kueueTail()}`).toBeDefined();
    expect(w!.status!.admission!.podSetAssignments[0]!.topologyAssignment).toBeDefined();
    const pods = await poll(async () => {
      const got = await k.json<List<Item<{ nodeName?: string }>>>(["get", "pods", "-n", "research", "-l", `batch.kubernetes.io/job-name=${name}`]);
      const placed = got.items.filter((p) => p.spec?.nodeName !== undefined);
      return placed.length === 18 ? placed : undefined;
    }, 90_000, 1000);
    expect(pods, `18 pods not placed:\n${(await k.run(["get", "pods", "-n", "research", "-o", "wide"])).stdout}\n${kueueTail()}`).toBeDefined();
    const nodes = await k.json<List>(["get", "nodes"]);
    const clique = (node: string) => nodes.items.find((n) => n.metadata.name === node)?.metadata.labels?.["nvidia.com/gpu.clique"];
    const cliques = new Set(pods!.map((p) => clique(p.spec!.nodeName!)));
    expect(cliques.size, `pods span cliques ${[...cliques].join(", ")}`).toBe(1);
    expect(new Set(pods!.map((p) => p.spec?.nodeName)).size).toBe(18);
  }, 240_000);
});
