// Terraform offline, for every bundled blueprint in both profiles (no cluster needed; runs in `npm test`):
// the provider's own generated classes accept every resource body, and the objects Terraform would create are
// field for field the YAML objects (see terraform-objects.ts).
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { bundledBlueprints, synthesize, type KubeObject, type Profile } from "../harness/outputs.js";
import { normalBody, resourceSchema } from "./provider-schema.js";
import { address, differences, jsonDifferences, instances, objectKey, renderThroughProvider } from "./terraform-objects.js";

const PROFILES: readonly Profile[] = ["default", "kind"];

// AIFACTORY_E2E_ONLY=dev-kind:kind narrows a local run, as for the cluster suite.
const [onlyBlueprint, onlyProfile] = (process.env.AIFACTORY_E2E_ONLY ?? "").split(":");
for (const blueprint of bundledBlueprints().filter((b) => basename(b).includes(onlyBlueprint ?? "")))
  for (const profile of PROFILES.filter((p) => onlyProfile === undefined || onlyProfile === p))
    describe(`${basename(blueprint)} --profile ${profile}: Terraform`, () => {
      const outputs = synthesize(blueprint, profile);
      for (const cluster of outputs.clusters) {
        const stack = JSON.parse(readFileSync(join(outputs.dir, "stacks", cluster.name, "cdk.tf.json"), "utf8")) as Parameters<typeof instances>[0];
        const all = instances(stack);

        it(`stack ${cluster.name}: every resource body is what @cdktf/provider-kubernetes's classes render (schema-known fields only)`, () => {
          const rendered = renderThroughProvider(all);
          const changed = all
            .map((i, n) => ({ i, paths: jsonDifferences(normalBody(i.body, resourceSchema(i.type)), normalBody(rendered[n], resourceSchema(i.type))) }))
            .filter(({ paths }) => paths.length > 0)
            .map(({ i, paths }) => `${address(i)}: the provider's class renders it differently:\n  ${paths.join("\n  ")}`);
          expect(changed, changed.join("\n")).toEqual([]);
        });

        it(`stack ${cluster.name}: the objects Terraform would create are the YAML objects, field for field`, () => {
          const yaml = cluster.objects;
          const key = (o: { kind: string; name: string; namespace?: string }) => `${o.kind} ${o.namespace ?? ""}/${o.name}`;
          const byKey = new Map<string, KubeObject>(yaml.map((o) => [key({ kind: o.kind, name: o.metadata.name, ...(o.metadata.namespace === undefined ? {} : { namespace: o.metadata.namespace }) }), o]));
          const problems: string[] = [];
          const matched = new Set<string>();
          for (const i of all) {
            const k = key(objectKey(i));
            const y = byKey.get(k);
            if (y === undefined) {
              problems.push(`${address(i)} makes ${k}, which the YAML does not have`);
              continue;
            }
            matched.add(k);
            for (const d of differences(i, y)) problems.push(`${address(i)} vs YAML ${k}: ${d}`);
          }
          for (const k of byKey.keys()) if (!matched.has(k)) problems.push(`YAML ${k} has no Terraform resource`);
          expect(problems, problems.join("\n")).toEqual([]);
        });
      }
    });
