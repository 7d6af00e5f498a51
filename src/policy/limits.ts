// Kubernetes' size limits on the objects aifactory emits (AIF-K016): an object the API server refuses would fail the
// apply of the whole stack, so it is an error at validation, at the blueprint element that makes it large.
import type { Finding } from "../findings/finding.js";
import { findingCode } from "../findings/registry.js";
import { formatNumber } from "../text/numbers.js";
import { describeObject, type EmittedObject } from "./emitted.js";
import { record } from "./pods.js";

/**
 * [P] kubernetes/kubernetes pkg/apis/core/validation/validation.go, ValidateConfigMap: the lengths of the data and
 * binaryData values (bytes; binaryData decoded) may add up to core.MaxSecretSize = 1 MiB; and kubernetes.io,
 * "ConfigMaps" (https://kubernetes.io/docs/concepts/configuration/configmap/): "The data stored in a ConfigMap cannot
 * exceed 1 MiB". Both checked 2026-12-01.
 */
export const MAX_CONFIGMAP_DATA_BYTES = 1024 * 1024;

/** Bytes of a ConfigMap's data as the API server counts them: UTF-8 data values plus decoded binaryData values. */
export function configMapDataBytes(object: EmittedObject["object"]): number {
  let total = 0;
  for (const v of Object.values(record(object["data"]))) if (typeof v === "string") total += Buffer.byteLength(v, "utf8");
  for (const v of Object.values(record(object["binaryData"]))) if (typeof v === "string") total += Buffer.from(v, "base64").length;
  return total;
}

const WHY: Partial<Record<NonNullable<EmittedObject["role"]>, string>> = {
  "capacity-summary": "the capacity summary lists every pool and tenant of the cluster: split the cluster into smaller ones",
  "device-plugin-configs": "the device plugin ConfigMap holds one config per distinct MIG strategy and sharing setting: give pools fewer distinct settings, or split the cluster",
};

export function checkObjectLimits(objects: readonly EmittedObject[]): Finding[] {
  const { code, severity } = findingCode("AIF-K016");
  return objects.flatMap((e) => {
    if (e.object.kind !== "ConfigMap") return [];
    const bytes = configMapDataBytes(e.object);
    if (bytes <= MAX_CONFIGMAP_DATA_BYTES) return [];
    const fix = (e.role !== undefined ? WHY[e.role] : undefined) ?? "make the object smaller, or split the cluster";
    return [
      {
        code,
        severity,
        message: `cluster ${e.cluster.name}: ${describeObject(e.object)} holds ${formatNumber(bytes, 0)} bytes of data; the API server refuses a ConfigMap over ${formatNumber(MAX_CONFIGMAP_DATA_BYTES, 0)} bytes (1 MiB)`,
        path: e.path,
        measured: { value: bytes, unit: "bytes" },
        limit: { value: MAX_CONFIGMAP_DATA_BYTES, unit: "bytes" },
        fix,
      },
    ];
  });
}
