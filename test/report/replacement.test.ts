// The replacement table (src/report/replacement.ts) against its owners: the provider release
// @cdktf/provider-kubernetes was generated from, the attribute names of its generated classes, and the resource
// types the synthesis emits. ForceNew itself is not in the generated classes (nor in `terraform providers schema
// -json`): it is read from the provider's Go source at the recorded tag, which is why the version must match.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildFactoryObjects } from "../../src/objects/index.js";
import { diffAttributes } from "../../src/report/diff-attributes.js";
import { REPLACE_RULES, REPLACEMENT_PROVIDER_VERSION, REPLACEMENT_SOURCE, replacePaths } from "../../src/report/replacement.js";
import { terraformInstanceBodies } from "../../src/report/terraform-instances.js";
import { synthesizeTerraform } from "../../src/synth/terraform/index.js";
import { bundledBlueprintFiles, loadBundled } from "../synth/kubernetes/bundled.js";

const require = createRequire(import.meta.url);
const LIB = join(dirname(require.resolve("@cdktf/provider-kubernetes/package.json")), "lib");

function code(dir: string): string {
  return readdirSync(dir)
    .map((f) => join(dir, f))
    .map((p) => (statSync(p).isDirectory() ? code(p) : p.endsWith(".js") ? readFileSync(p, "utf8") : ""))
    .join("\n");
}

describe("the replacement table", () => {
  it("is read from the provider release the devDependency's classes were generated from", () => {
    const provider = readFileSync(join(LIB, "provider", "index.js"), "utf8");
    const version = /providerVersion: '([^']+)'/.exec(provider)?.[1];
    expect(version, "@cdktf/provider-kubernetes moved: re-read ForceNew in the provider's Go source at the new tag").toBe(REPLACEMENT_PROVIDER_VERSION);
    expect(REPLACEMENT_SOURCE).toContain(`v${REPLACEMENT_PROVIDER_VERSION}`);
  });

  it("names only attributes the provider's generated classes have (Terraform spelling)", () => {
    for (const [type, rules] of Object.entries(REPLACE_RULES)) {
      const dir = join(LIB, type.replace(/^kubernetes_/, "").replace(/_/g, "-"));
      const generated = code(dir);
      expect(generated, type).toContain(`tfResourceType = "${type}"`);
      for (const rule of rules) {
        // kubernetes_manifest's `manifest` is one dynamic attribute: the names inside it are the Kubernetes object's.
        const names = type === "kubernetes_manifest" ? rule.path.slice(0, 1) : rule.path.filter((s) => s !== "*");
        for (const name of names) expect(generated, `${type} ${rule.path.join(".")}`).toMatch(new RegExp(`\\n\\s+${name}: `));
      }
    }
  });

  it("covers every resource type the synthesis emits", async () => {
    const types = new Set<string>();
    for (const file of bundledBlueprintFiles()) {
      const model = await loadBundled(file);
      for (const profile of ["default", "kind"] as const) {
        for (const doc of synthesizeTerraform(buildFactoryObjects(model, { profile })).values()) {
          for (const i of terraformInstanceBodies(doc).values()) types.add(i.type);
        }
      }
    }
    expect(types.size).toBeGreaterThan(5);
    expect([...types].filter((t) => REPLACE_RULES[t] === undefined)).toEqual([]);
  });

  it("replaces on a ForceNew path, updates otherwise, and says nothing for a type it does not know", () => {
    const before = { metadata: [{ name: "a", labels: { x: "1" } }], value: 1 };
    const rename = diffAttributes(before, { ...before, metadata: [{ name: "b", labels: { x: "1" } }] });
    expect(replacePaths("kubernetes_priority_class_v1", before, rename)).toEqual([["metadata", 0, "name"]]);
    const relabel = diffAttributes(before, { ...before, metadata: [{ name: "a", labels: { x: "2" } }] });
    expect(replacePaths("kubernetes_priority_class_v1", before, relabel)).toEqual([]);
    expect(replacePaths("kubernetes_storage_class_v1", before, relabel)).toBeUndefined();
  });

  it("replaces a config map's data only while it is immutable (the provider's CustomizeDiff)", () => {
    const mutable = { data: { k: "1" } };
    const immutable = { data: { k: "1" }, immutable: true };
    const change = diffAttributes(mutable, { data: { k: "2" } });
    expect(replacePaths("kubernetes_config_map_v1", mutable, change)).toEqual([]);
    expect(replacePaths("kubernetes_config_map_v1", immutable, diffAttributes(immutable, { ...immutable, data: { k: "2" } }))).toEqual([["data"]]);
  });
});
