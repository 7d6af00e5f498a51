// kubelet-labels reads node label keys, one per line, and prints for each "refused", "allowed" or "invalid" and the
// key, as the kubelet's own flag validation (ValidateKubeletFlags, --node-labels) decides. The tests judge aifactory's
// AIF-K014 rule against it (test/rules/kubelet-labels.test.ts).
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"

	"k8s.io/kubernetes/cmd/kubelet/app/options"
)

func main() {
	in := bufio.NewScanner(os.Stdin)
	for in.Scan() {
		key := in.Text()
		flags := options.NewKubeletFlags()
		flags.NodeLabels = map[string]string{key: "x"}
		err := options.ValidateKubeletFlags(flags)
		switch {
		case err == nil:
			fmt.Println("allowed", key)
		case strings.Contains(err.Error(), "unknown 'kubernetes.io' or 'k8s.io' labels"):
			fmt.Println("refused", key)
		default:
			fmt.Println("invalid", key)
		}
	}
}
