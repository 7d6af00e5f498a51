// The one YAML writer for everything aifactory writes as YAML (manifests, kind configs, device-plugin configs).
// It writes YAML 1.2 that YAML 1.1 readers read the same: kubectl and client-go (sigs.k8s.io/yaml, go-yaml v2), kind
// and the device plugin read YAML 1.1, where plain `yes`, `no`, `on`, `off`, `y`, `n`, `0b101`, `017`, `1_000`,
// `1:20` (base 60), `.inf`, `~`... are booleans, numbers or null. yaml's `compat: "yaml-1.1"` quotes every string
// that either version would read as something else (test/yaml/write.test.ts reads the output back with a 1.1 reader).
import { Document, type CreateNodeOptions, type DocumentOptions, type SchemaOptions, type ToStringOptions } from "yaml";

export const YAML_WRITE_OPTIONS = { compat: "yaml-1.1" } as const satisfies DocumentOptions & SchemaOptions;

export type YamlOptions = DocumentOptions & SchemaOptions & CreateNodeOptions & ToStringOptions;

/** A Document whose strings are quoted for YAML 1.1 readers too. */
export function yamlDocument(value: unknown, options: YamlOptions = {}): Document {
  return new Document(value, { ...options, ...YAML_WRITE_OPTIONS });
}

/** `yaml.stringify`, quoting for YAML 1.1 readers too. */
export function stringifyYaml(value: unknown, options: YamlOptions = {}): string {
  return yamlDocument(value, options).toString(options);
}
