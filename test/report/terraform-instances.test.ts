// The for_each expansion is judged by the objects the synthesis started from: for every bundled blueprint (and the
// kind profile), each instance body read back from the synthesized Terraform JSON equals the provider body of its
// Kubernetes object (toResourceBody), address for address.
import { describe, expect, it } from "vitest";
import { buildFactoryObjects } from "../../src/objects/index.js";
import { terraformAddress, formatAddress } from "../../src/synth/terraform/addresses.js";
import { toResourceBody } from "../../src/synth/terraform/convert.js";
import { synthesizeTerraform, clusterStackName } from "../../src/synth/terraform/index.js";
import { normalise, terraformInstanceBodies } from "../../src/report/terraform-instances.js";
import { bundledBlueprintFiles, loadBundled } from "../synth/kubernetes/bundled.js";

describe("terraformInstanceBodies", () => {
  for (const file of bundledBlueprintFiles()) {
    for (const profile of ["default", "kind"] as const) {
      it(`gives back every object's body from the for_each templates of ${file} (${profile})`, async () => {
        const model = await loadBundled(file);
        const factory = buildFactoryObjects(model, { profile });
        const stacks = synthesizeTerraform(factory);
        let compared = 0;
        for (const { cluster, objects } of factory) {
          const instances = terraformInstanceBodies(stacks.get(clusterStackName(cluster)));
          const expected = new Map<string, unknown>();
          for (const o of objects) {
            let address;
            try {
              address = terraformAddress(o);
            } catch {
              continue; // roles that are not Terraform resources (example Jobs)
            }
            expected.set(formatAddress(address), normalise(toResourceBody(o.object, address.type)));
          }
          expect([...instances.keys()].sort()).toEqual([...expected.keys()].sort());
          for (const [address, body] of expected) {
            expect(instances.get(address)?.body, address).toEqual(body);
            compared++;
          }
        }
        expect(compared).toBeGreaterThan(10);
      });
    }
  }

  it("undoes the template escapes of literals and reads lookup() and dynamic blocks", () => {
    const doc = {
      resource: {
        t: {
          n: {
            for_each: { a: { x: "1", l: [{ v: "p" }, { v: "q" }] }, b: { l: [] } },
            literal: "$${not} %%{a}",
            x: '${lookup(each.value, "x", null)}',
            dynamic: { l: { for_each: '${lookup(each.value, "l", [])}', content: { v: "${l.value.v}" } } },
          },
        },
      },
    };
    const i = terraformInstanceBodies(doc);
    expect(i.get('t.n["a"]')?.body).toEqual({ l: [{ v: "p" }, { v: "q" }], literal: "${not} %{a}", x: "1" });
    expect(i.get('t.n["b"]')?.body).toEqual({ l: [], literal: "${not} %{a}" });
  });
});
