// Credential patterns, and every rendered output of every bundled blueprint scanned with them.
import { describe, expect, it } from "vitest";
import { findCredentials } from "../../src/policy/index.js";
import { buildPlan, renderJson, renderMarkdown, renderSarif, renderText } from "../../src/report/index.js";
import { renderKindConfig } from "../../src/synth/kind/config.js";
import { kubernetesManifests } from "../../src/synth/kubernetes/manifests.js";
import { synthesizeTerraform } from "../../src/synth/terraform/index.js";
import { BUNDLED, modelOf, rdmaModelOf } from "./helpers.js";
import { buildFactoryObjects } from "../../src/objects/index.js";

// Built from pieces so that this file does not itself look like it holds credentials.
const SAMPLES: [string, string][] = [
  ["PEM private key", ["-----BEGIN", "RSA PRIVATE KEY-----\nMIIEow..."].join(" ")],
  ["AWS access key ID", "key " + "AKIA" + "IOSFODNN7EXAMPLE"],
  ["GitHub token", "ghp_" + "x".repeat(36)],
  ["Slack token", "xoxb-" + "123456789012-abc"],
  ["Google API key", "AIza" + "S".repeat(35)],
  ["NVIDIA NGC API key", "nvapi-" + "q".repeat(30)],
  ["JSON Web Token", "eyJhbGciOiJIUzI1NiJ9" + ".eyJzdWIiOiIxMjM0NTY3ODkwIn0" + ".dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"],
  ["bearer token", "Authorization: Bearer " + "abcDEF0123456789abcDEF0123"],
  ["credentials in a URL", "https://" + "admin:s3cr3t@" + "registry.example.com/v2"],
  ["password, secret or token assignment", "password" + "=correct-horse-battery"],
];

const HARMLESS = [
  "nvcr.io/nvidia/k8s-device-plugin:v0.20.0@sha256:" + "a".repeat(64),
  "token-free resource bodies",
  "the tenant's token quota",
  "KUBECONFIG=",
  "https://github.com/NVIDIA/k8s-device-plugin",
  "secret: \"\"",
  "rdma/rdma_shared_device_a",
];

describe("credential patterns", () => {
  it.each(SAMPLES)("finds a %s", (name, text) => {
    expect(findCredentials(text).map((m) => m.name)).toContain(name);
    for (const m of findCredentials(text)) expect(m.excerpt.length).toBeLessThanOrEqual(9);
  });

  it.each(HARMLESS)("leaves %s alone", (text) => {
    expect(findCredentials(text)).toEqual([]);
  });
});

/** Every file aifactory renders for a model: YAML manifests, kind configs, Terraform JSON, the plan in each format. */
function renderedOutputs(file: string, model: ReturnType<typeof modelOf>, withTerraform: boolean): Map<string, string> {
  const out = new Map<string, string>(kubernetesManifests(model, buildFactoryObjects(model)));
  for (const [path, text] of kubernetesManifests(model, buildFactoryObjects(model, { profile: "kind" }))) out.set(`kind-profile/${path}`, text);
  for (const site of model.sites) for (const c of site.clusters) out.set(`kind/${c.name}.yaml`, renderKindConfig(model, c));
  if (withTerraform) for (const [stack, json] of synthesizeTerraform(buildFactoryObjects(model), [])) out.set(`terraform/${stack}.json`, JSON.stringify(json));
  const plan = buildPlan(model, [], { file });
  out.set("plan.txt", renderText(plan));
  out.set("plan.md", renderMarkdown(plan));
  out.set("plan.json", renderJson(plan));
  out.set("plan.sarif", renderSarif(plan));
  return out;
}

describe("no credentials in any output", () => {
  it.each(BUNDLED)("%s", (file) => {
    // Terraform costs the most to synthesize: the 10 GW reference's is checked by the synth tests' determinism run.
    for (const model of [modelOf(file), rdmaModelOf(file)]) {
      const outputs = renderedOutputs(file, model, !file.includes("10gw"));
      expect(outputs.size).toBeGreaterThan(5);
      const found = [...outputs].flatMap(([path, text]) => findCredentials(text).map((m) => `${path}: ${m.name}`));
      expect(found).toEqual([]);
    }
  });
});
