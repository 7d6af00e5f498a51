// Pins the CustomResourceDefinitions that blueprints may declare as installed
// (`crdsPresent: true`): the Multus NetworkAttachmentDefinition CRD
// (k8s.cni.cncf.io/v1), shipped by its upstream client module as
// artifacts/networks-crd.yaml. Nothing here is built; build-tools.sh copies
// the CRD file out of the module cache.
module aifactory.test/e2e/tools/crds

go 1.26.0

require github.com/k8snetworkplumbingwg/network-attachment-definition-client v1.7.6
