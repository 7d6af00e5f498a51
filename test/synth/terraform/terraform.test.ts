import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeFile } from "../../../src/check/analyze.js";
import { buildClusterObjects, buildFactoryObjects } from "../../../src/objects/index.js";
import { type TfBody, fromResourceBody, toResourceBody } from "../../../src/synth/terraform/convert.js";
import { terraformAddress } from "../../../src/synth/terraform/addresses.js";
import { synthesizeTerraform } from "../../../src/synth/terraform/index.js";
import { fixture } from "../../objects/fixture.js";
import { expandResource } from "./evaluate.js";

const fx = fixture();
const stacks = synthesizeTerraform(buildFactoryObjects(fx.model), fx.findings);

interface StackJson {
  terraform: { backend: { local: { path: string } }; required_providers: Record<string, { source: string; version: string }> };
  provider: { kubernetes: { config_path: string; config_context: string }[] };
  resource: Record<string, Record<string, TfBody>>;
}
const stack = (name: string) => stacks.get(name) as StackJson;

describe("synthesizeTerraform", () => {
  it("makes one stack per cluster", () => {
    expect([...stacks.keys()]).toEqual(["alpha", "beta"]);
  });

  it("matches the snapshot", () => {
    expect(Object.fromEntries(stacks)).toMatchSnapshot();
  });

  it("configures the kubernetes provider from the cluster's kubeconfig, and a relative local backend", () => {
    expect(stack("alpha").provider.kubernetes).toEqual([{ config_path: "~/.kube/alpha.yaml", config_context: "alpha-admin" }]);
    expect(stack("beta").provider.kubernetes).toEqual([{ config_path: "~/.kube/config", config_context: "beta" }]);
    expect(stack("alpha").terraform.required_providers["kubernetes"]).toEqual({ source: "kubernetes", version: "2.38.0" });
    expect(stack("alpha").terraform.backend.local.path).toBe("terraform.alpha.tfstate");
  });

  it("iterates tenants and tiers with for_each keyed by blueprint names", () => {
    const ns = stack("alpha").resource["kubernetes_namespace_v1"]?.["tenant"];
    expect(Object.keys(ns?.["for_each"] as TfBody)).toEqual(["research", "prod"]);
    const quota = stack("alpha").resource["kubernetes_resource_quota_v1"]?.["tenant_gpu"];
    expect(quota?.["depends_on"]).toEqual(["kubernetes_namespace_v1.tenant"]);
    expect(Object.keys(stack("alpha").resource["kubernetes_priority_class_v1"]?.["tier"]?.["for_each"] as TfBody)).toEqual([
      "serving",
      "batch",
    ]);
  });

  it("carries no per-resource metadata, absolute paths or timestamps", () => {
    const text = JSON.stringify(Object.fromEntries(stacks));
    expect(text).not.toContain('"uniqueId"');
    expect(text).not.toContain(process.cwd());
    expect(text).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:/);
  });
});

describe("the Terraform rendering", () => {
  for (const [clusterName, cluster] of [
    ["alpha", fx.alpha],
    ["beta", fx.beta],
  ] as const) {
    for (const profile of ["default", "kind"] as const) {
      it(`gives back every Kubernetes object of ${clusterName} (${profile} profile)`, () => {
        const objects = buildClusterObjects(fx.model, cluster, { profile });
        const json = synthesizeTerraform(buildFactoryObjects(fx.model, { profile }), []).get(clusterName) as StackJson;
        const rendered = new Map<string, TfBody>();
        for (const [type, byName] of Object.entries(json.resource)) {
          for (const [name, resource] of Object.entries(byName)) {
            for (const [key, body] of expandResource(resource)) rendered.set(`${type}.${name}[${key}]`, body);
          }
        }
        expect(rendered.size).toBe(objects.length);
        for (const o of objects) {
          const { object } = o;
          const tf = terraformAddress(o);
          const body = rendered.get(`${tf.type}.${tf.name}[${tf.key ?? ""}]`);
          expect(body, `${tf.type}.${tf.name}`).toEqual(toResourceBody(object, tf.type));
          expect(fromResourceBody(tf.type, body as TfBody)).toEqual(object);
        }
      });
    }
  }
});

describe("bundled blueprints", async () => {
  const dir = join(import.meta.dirname, "../../../blueprints");
  const files = (await readdir(dir)).filter((f) => f.endsWith(".yaml")).sort();
  it("exist", () => expect(files.length).toBeGreaterThan(0));
  for (const file of files) {
    it(`${file} synthesizes a stack per cluster`, async () => {
      const analysis = await analyzeFile(join(dir, file));
      expect(analysis.model, file).toBeDefined();
      if (analysis.model === undefined) return;
      const out = synthesizeTerraform(buildFactoryObjects(analysis.model), analysis.findings);
      expect(out.size).toBe(analysis.model.sites.flatMap((s) => s.clusters).length);
    });
  }
});
