// Package parsebench measures Go's own text/template parser on the inputs bench/ uses for
// tmplpatch, so the Go baseline can be taken on the same machine:
//
//	bash core/src/test/go/run-go-bench.sh            (or, by hand:)
//	cd core/src/test/go/parsebench && TMPLPATCH_SHARED=/path/to/shared \
//	  GO111MODULE=off GOTOOLCHAIN=local GOPROXY=off GOFLAGS= CGO_ENABLED=0 $(bash ../../../../../.ci/install-go.sh) test -bench . -benchmem
//
// Inputs (keep in step with dev.tmplpatch.bench.Inputs): the seed gateway template; every file
// of corpus/istio and corpus/helm that parses; and 1/2/5/10 MB of concatenated Helm files that
// parse and hold no define (repeated defines would make the concatenation invalid).
package parsebench

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"text/template/parse"
)

func shared() string {
	if s := os.Getenv("TMPLPATCH_SHARED"); s != "" {
		return s
	}
	return "../../../../../../shared"
}

// parseText parses like tmplpatch's loader: comments kept, function names not checked.
func parseText(text string) error {
	t := parse.New("bench")
	t.Mode = parse.ParseComments | parse.SkipFuncCheck
	_, err := t.Parse(text, "", "", map[string]*parse.Tree{})
	return err
}

func files(b *testing.B, dirs ...string) []string {
	var paths []string
	for _, d := range dirs {
		err := filepath.WalkDir(filepath.Join(shared(), "corpus", d), func(p string, e os.DirEntry, err error) error {
			if err == nil && e.Type().IsRegular() {
				paths = append(paths, p)
			}
			return err
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	sort.Strings(paths)
	var texts []string
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		if parseText(string(data)) == nil {
			texts = append(texts, string(data))
		}
	}
	return texts
}

func BenchmarkGateway(b *testing.B) {
	data, err := os.ReadFile(filepath.Join(shared(), "corpus", "seed", "gateway-injection-template.original.yaml"))
	if err != nil {
		b.Fatal(err)
	}
	text := string(data)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := parseText(text); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCorpus(b *testing.B) {
	texts := files(b, "istio", "helm")
	var n int64
	for _, t := range texts {
		n += int64(len(t))
	}
	b.SetBytes(n)
	b.ReportMetric(float64(len(texts)), "files")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			if err := parseText(t); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkLinear(b *testing.B) {
	var helm []string
	for _, t := range files(b, "helm") {
		if !strings.Contains(t, "define") {
			helm = append(helm, t)
		}
	}
	for _, mb := range []int{1, 2, 5, 10} {
		var sb strings.Builder
		for i := 0; sb.Len() < mb<<20; i++ {
			sb.WriteString(helm[i%len(helm)])
		}
		text := sb.String()
		b.Run(fmt.Sprintf("%02dMB", mb), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for i := 0; i < b.N; i++ {
				if err := parseText(text); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
