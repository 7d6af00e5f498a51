import { describe, expect, it } from "vitest";
import { diffTerraform, terraformInstances } from "../../src/report/index.js";

const stack = (namespaces: Record<string, object>, extra: Record<string, object> = {}) => ({
  "//": { metadata: { version: "0.21.0", stackName: "x" } },
  provider: { kubernetes: [{ config_context: "dev" }] },
  resource: {
    kubernetes_namespace_v1: {
      tenant: {
        "//": { metadata: { path: "x/tenant" } },
        for_each: namespaces,
        metadata: [{ name: "${each.key}", labels: { quota: "${each.value.quota}" } }],
      },
    },
    ...extra,
  },
});

describe("terraformInstances", () => {
  it("expands for_each over a literal map to one address per key, and count to indexes", () => {
    const doc = {
      resource: {
        a: { one: { name: "x" } },
        b: { many: { for_each: { k1: { v: 1 }, "k\"2": { v: 2 } }, name: "${each.key}" } },
        c: { counted: { count: 2, name: "y" } },
      },
      data: { d: { src: { name: "z" } } },
    };
    expect([...terraformInstances(doc).keys()]).toEqual([
      "a.one",
      'b.many["k1"]',
      'b.many["k\\"2"]',
      "c.counted[0]",
      "c.counted[1]",
      "data.d.src",
    ]);
  });

  it("ignores cdktf's // metadata and key order", () => {
    const a = terraformInstances({ resource: { t: { n: { "//": { path: "a" }, x: 1, y: 2 } } } });
    const b = terraformInstances({ resource: { t: { n: { y: 2, x: 1, "//": { path: "b" } } } } });
    expect(a.get("t.n")).toBe(b.get("t.n"));
  });
});

describe("diffTerraform", () => {
  it("reports added, removed and changed addresses per stack, sorted, and hides stacks without change", () => {
    const base = new Map<string, object>([
      ["dev", stack({ research: { quota: 8 }, batch: { quota: 4 } })],
      ["same", stack({ a: {} })],
      ["gone", stack({ a: {} })],
    ]);
    const head = new Map<string, object>([
      ["dev", stack({ research: { quota: 16 }, serving: { quota: 4 } }, { kubernetes_priority_class_v1: { high: { value: 100 } } })],
      ["same", stack({ a: {} })],
      ["new", stack({ b: {} })],
    ]);
    expect(diffTerraform(base, head)).toMatchObject([
      {
        stack: "dev",
        status: "changed",
        added: ['kubernetes_namespace_v1.tenant["serving"]', "kubernetes_priority_class_v1.high"],
        removed: ['kubernetes_namespace_v1.tenant["batch"]'],
        changed: ['kubernetes_namespace_v1.tenant["research"]'],
      },
      { stack: "gone", status: "removed", added: [], removed: ['kubernetes_namespace_v1.tenant["a"]'], changed: [] },
      { stack: "new", status: "added", added: ['kubernetes_namespace_v1.tenant["b"]'], removed: [], changed: [] },
    ]);
  });

  it("marks every instance changed when the shared body of a for_each resource changes", () => {
    const base = new Map<string, object>([["s", { resource: { t: { n: { for_each: { a: 1, b: 2 }, labels: { x: "1" } } } } }]]);
    const head = new Map<string, object>([["s", { resource: { t: { n: { for_each: { a: 1, b: 2 }, labels: { x: "2" } } } } }]]);
    expect(diffTerraform(base, head)[0]?.changed).toEqual(['t.n["a"]', 't.n["b"]']);
  });

  it("returns nothing for identical inputs", () => {
    const m = new Map<string, object>([["s", stack({ a: {} })]]);
    expect(diffTerraform(m, m)).toEqual([]);
  });
});
