// The test bed's own pieces, offline: each check can fail, and fails for the right reason.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { flowAllowed, type NetworkPolicy } from "./harness/network-policy.js";
import { pluginConfigOnNode, type PodLike } from "./harness/plugin-config.js";
import { REPO_ROOT } from "./harness/tools.js";
import { differences, instances, jsonDifferences, renderThroughProvider, type Instance } from "./terraform/terraform-objects.js";
import { normalBody, resourceSchema } from "./terraform/provider-schema.js";
import { GPU_NODES, gfdFamily, gfdProduct } from "./world/gpu-nodes.js";

describe("the test bed's files", () => {
  it("has one suite file per bundled blueprint (a new blueprint is not left out of the bed)", () => {
    const blueprints = readdirSync(join(REPO_ROOT, "blueprints")).filter((f) => f.endsWith(".yaml")).sort();
    const files = readdirSync(join(REPO_ROOT, "test/e2e/cluster")).filter((f) => f.endsWith(".e2e.ts"));
    for (const b of blueprints) {
      const file = b.replace(/\.yaml$/, ".e2e.ts");
      expect(files, `test/e2e/cluster/${file} for blueprints/${b}`).toContain(file);
      expect(readFileSync(join(REPO_ROOT, "test/e2e/cluster", file), "utf8")).toContain(`blueprintSuites("${b}")`);
    }
  });
});

describe("world/gpu-nodes.ts", () => {
  const schema = JSON.parse(readFileSync(join(REPO_ROOT, "schemas/blueprint.schema.json"), "utf8")) as {
    definitions: Record<string, { enum?: string[] }>;
  };
  const systems = Object.values(schema.definitions).find((d) => d.enum?.includes("h100"))!.enum!;

  it("has an entry for every system of the blueprint schema", () => {
    expect(Object.keys(GPU_NODES).sort()).toEqual([...systems].sort());
  });

  it("gives every value a source and the date it was checked", () => {
    for (const [system, facts] of Object.entries(GPU_NODES))
      for (const [field, v] of Object.entries(facts)) {
        const sourced = (x: { source?: string; checked?: string }) => {
          expect(x.source ?? "", `${system}.${field}`).not.toBe("");
          expect(x.checked ?? "", `${system}.${field}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        };
        if ("value" in v) sourced(v);
        else for (const inner of Object.values(v as Record<string, { source?: string; checked?: string }>)) sourced(inner);
      }
  });

  it("spells products and families as GFD does", () => {
    expect(gfdProduct("NVIDIA H100 80GB HBM3")).toBe("NVIDIA-H100-80GB-HBM3");
    expect(gfdProduct("NVIDIA B300 SXM6 AC")).toBe("NVIDIA-B300-SXM6-AC");
    expect(gfdFamily(9)).toBe("hopper");
    expect(gfdFamily(10)).toBe("blackwell");
  });
});

describe("network-policy evaluation", () => {
  const ns = (name: string) => ({ namespace: name, namespaceLabels: { "kubernetes.io/metadata.name": name }, podLabels: { app: "x" } });
  const deny: NetworkPolicy = { metadata: { name: "deny", namespace: "a" }, spec: { podSelector: {}, policyTypes: ["Ingress", "Egress"] } };
  const dns: NetworkPolicy = {
    metadata: { name: "dns", namespace: "a" },
    spec: {
      podSelector: {},
      policyTypes: ["Egress"],
      egress: [{ to: [{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "kube-system" } }, podSelector: { matchLabels: { "k8s-app": "kube-dns" } } }], ports: [{ protocol: "UDP", port: 53 }] }],
    },
  };
  const kubeDns = { namespace: "kube-system", namespaceLabels: { "kubernetes.io/metadata.name": "kube-system" }, podLabels: { "k8s-app": "kube-dns" } };

  it("denies everything under a default-deny policy, and opens exactly what a rule allows", () => {
    expect(flowAllowed([], ns("a"), ns("b"), 80, "TCP")).toBe(true);
    expect(flowAllowed([deny], ns("a"), kubeDns, 53, "UDP")).toBe(false);
    expect(flowAllowed([deny, dns], ns("a"), kubeDns, 53, "UDP")).toBe(true);
    expect(flowAllowed([deny, dns], ns("a"), kubeDns, 53, "TCP")).toBe(false);
    expect(flowAllowed([deny, dns], ns("a"), ns("b"), 53, "UDP")).toBe(false);
  });
});

describe("what the device plugin reads on a node", () => {
  const env = (o: Record<string, string>) => Object.entries(o).map(([name, value]) => ({ name, value }));
  const pod: PodLike = {
    metadata: { name: "p", namespace: "n" },
    spec: {
      initContainers: [{ name: "init", command: ["config-manager"], env: env({ NODE_LABEL: "nvidia.com/device-plugin.config", CONFIG_FILE_SRCDIR: "/available-configs", DEFAULT_CONFIG: "d", FALLBACK_STRATEGIES: "named,single" }), volumeMounts: [{ name: "cfgs", mountPath: "/available-configs" }] }],
      containers: [{ name: "ctr", command: ["nvidia-device-plugin"], env: env({ CONFIG_FILE: "/config/config.yaml" }) }],
      volumes: [{ name: "cfgs", configMap: { name: "cm" } }],
    },
  };
  const cm = { data: { d: "version: v1\n", big: "version: v1\nsharing:\n  timeSlicing:\n    resources:\n      - name: nvidia.com/gpu\n        replicas: 4\n" } };

  it("follows the node label, then the default, like the chart's config-manager", () => {
    const labelled = pluginConfigOnNode(pod, { "nvidia.com/device-plugin.config": "big" }, () => cm);
    expect(labelled.ok && labelled.name).toBe("big");
    const unlabelled = pluginConfigOnNode(pod, {}, () => cm);
    expect(unlabelled.ok && unlabelled.name).toBe("d");
    const missing = pluginConfigOnNode(pod, { "nvidia.com/device-plugin.config": "nope" }, () => cm);
    expect(missing.ok).toBe(false);
  });

  it("reads CONFIG_FILE through the volume's items, as the kubelet projects a ConfigMap (key at its path)", () => {
    const single: PodLike = {
      metadata: { name: "p", namespace: "n" },
      spec: {
        containers: [{ name: "ctr", command: ["nvidia-device-plugin"], env: env({ CONFIG_FILE: "/etc/p/config.yaml" }), volumeMounts: [{ name: "c", mountPath: "/etc/p" }] }],
        volumes: [{ name: "c", configMap: { name: "cm", items: [{ key: "big", path: "config.yaml" }] } }],
      },
    };
    const got = pluginConfigOnNode(single, {}, () => cm);
    expect(got.ok && got.name).toBe("big");
    const unprojected = { ...single, spec: { ...single.spec, volumes: [{ name: "c", configMap: { name: "cm", items: [{ key: "big", path: "other.yaml" }] } }] } };
    expect(pluginConfigOnNode(unprojected, {}, () => cm).ok).toBe(false);
  });
});

describe("Terraform offline checks", () => {
  it("expands for_each and dynamic blocks as Terraform does (iterator named after the block, lookup defaults)", () => {
    const stack = {
      resource: {
        t: {
          r: {
            for_each: { a: { terms: [{ k: "x", v: ["1"] }, { k: "y", v: ["2"] }], name: "A" }, b: { name: "B" } },
            metadata: [{ name: "${each.value.name}", id: "${each.key}" }],
            dynamic: {
              term: {
                for_each: '${lookup(each.value, "terms", [])}',
                content: { key: "${term.value.k}", values: "${term.value.v}", first: "${term.value.v[0]}" },
              },
            },
          },
        },
      },
    };
    const got = instances(stack);
    expect(got.map((i) => i.body)).toEqual([
      { metadata: [{ name: "A", id: "a" }], term: [{ key: "x", values: ["1"], first: "1" }, { key: "y", values: ["2"], first: "2" }] },
      { metadata: [{ name: "B", id: "b" }], term: [] },
    ]);
    const outOfScope = { resource: { t: { r: { metadata: [{ name: "${term.value.k}" }] } } } };
    expect(() => instances(outOfScope)).toThrow(/names term, which is not in scope/);
  });

  const ds = (values: string[], command: string[], extra: Record<string, unknown> = {}): Instance => ({
    type: "kubernetes_daemon_set_v1",
    name: "d",
    body: {
      metadata: [{ name: "d", namespace: "n" }],
      spec: [{
        selector: [{ match_labels: { a: "b" } }],
        template: [{
          metadata: [{ labels: { a: "b" } }],
          spec: [{
            affinity: [{ node_affinity: [{ required_during_scheduling_ignored_during_execution: [{ node_selector_term: [{ match_expressions: [{ key: "k", operator: "In", values }] }] }] }] }],
            container: [{ name: "c", image: "i", command, ...extra }],
          }],
        }],
      }],
    },
  });
  const yaml = {
    apiVersion: "apps/v1", kind: "DaemonSet", metadata: { name: "d", namespace: "n" },
    spec: {
      selector: { matchLabels: { a: "b" } },
      template: {
        metadata: { labels: { a: "b" } },
        spec: {
          affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: "k", operator: "In", values: ["x", "y"] }] }] } } },
          containers: [{ name: "c", image: "i", command: ["a", "b"] }],
        },
      },
    },
  };

  it("knows from the provider's classes that match_expressions.values is a set", () => {
    expect(resourceSchema("kubernetes_daemon_set_v1").setAttributes.has("values")).toBe(true);
  });

  it("compares sets without order and lists with order", () => {
    expect(differences(ds(["y", "x"], ["a", "b"]), yaml)).toEqual([]);
    expect(differences(ds(["x", "y"], ["b", "a"]), yaml).join()).toMatch(/containers\[0\]\.command/);
    expect(differences(ds(["x", "z"], ["a", "b"]), yaml).join()).toMatch(/values.*a set: order ignored/);
  });

  it("sees a field the provider's schema does not know: the class drops it", () => {
    const i = ds(["x"], ["a"], { no_such_field: "v" });
    const [rendered] = renderThroughProvider([i]);
    const schema = resourceSchema(i.type);
    expect(jsonDifferences(normalBody(i.body, schema), normalBody(rendered, schema)).join()).toMatch(/no_such_field: body "v", rendered \(absent\)/);
  });
});

describe("run: a command's exit, whatever it does with its input", () => {
  it("resolves with the exit code when the command exits before reading its input (no EPIPE thrown)", async () => {
    const { run } = await import("./harness/exec.js");
    // 4 MiB: far beyond a pipe's buffer, so writing it fails once the command has gone.
    const r = await run("sh", ["-c", "exit 3"], { input: "x".repeat(4 * 1024 * 1024) });
    expect(r.code).toBe(3);
  });
});
