package main

// common.go holds what every program built from these files shares: the render program
// (main.go) and the function reference that build-funcs.sh builds from these files and
// ../funcs/main.go, so both call the very same Istio functions.

import (
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
)

// Exit codes the Java side maps to failure kinds.
const (
	exitInput = 2
	exitParse = 3
	exitExec  = 4
	exitYAML  = 5
)

// renderedContext quotes the rendered lines around each "line N" of a YAML error, because the
// line numbers count rendered output, not template lines.
func renderedContext(rendered, message string) string {
	lines := strings.Split(rendered, "\n")
	var b strings.Builder
	for _, m := range lineRef.FindAllStringSubmatch(message, -1) {
		n, _ := strconv.Atoi(m[1])
		fmt.Fprintf(&b, "rendered output around line %d:\n", n)
		for i := max(1, n-3); i <= min(len(lines), n+2); i++ {
			marker := "  "
			if i == n {
				marker = "> "
			}
			fmt.Fprintf(&b, "%s%4d | %s\n", marker, i, lines[i-1])
		}
	}
	return strings.TrimRight(b.String(), "\n")
}

var lineRef = regexp.MustCompile(`line (\d+)`)

// fail prints one message to standard error and exits with the given code.
func fail(code int, format string, args ...any) {
	fmt.Fprintf(os.Stderr, "render: "+format+"\n", args...)
	os.Exit(code)
}
