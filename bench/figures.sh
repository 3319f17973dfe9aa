#!/usr/bin/env bash
# figures.sh measures what bench/RESULTS.md records, on this machine, now: tmplpatch's CLI wall
# time (median of 10) beside jq's pipeline, the edit path in JMH, large templates under a heap
# limit, and Go 1.24 on the gateway template. Run from the checkout after
# `mvn -B -q package -DskipTests`. Prints everything to standard output.
set -euo pipefail
cd "$(dirname "$0")/.."
median() { # median N CMD...: the median wall time of N runs in ms
  local n=$1; shift; local ts=()
  for _ in $(seq "$n"); do
    local s; s=$(date +%s%N); "$@" >/dev/null 2>&1; local e; e=$(date +%s%N)
    ts+=($(( (e - s) / 1000000 )))
  done
  printf '%s\n' "${ts[@]}" | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "median %s ms (min %s, max %s) of %d\n", m, a[1], a[NR], NR}'
}
echo "== machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
echo "== CLI: istio-patch --scenario privileged-ports (bundled template)"
if command -v hyperfine >/dev/null; then
  hyperfine -N -w 2 -r 10 'bin/tmplpatch istio-patch --scenario privileged-ports' \
    'java -jar cli/target/tmplpatch.jar istio-patch --scenario privileged-ports' \
    'bench/jq-patch.sh testdata/seed/scenario2.expected.yaml'
else
  echo "bin/tmplpatch:         $(median 10 bin/tmplpatch istio-patch --scenario privileged-ports)"
  echo "java -jar:             $(median 10 java -jar cli/target/tmplpatch.jar istio-patch --scenario privileged-ports)"
  echo "jq pipeline (seed):    $(median 10 bench/jq-patch.sh testdata/seed/scenario2.expected.yaml)"
fi
echo "== JMH: load + scenario 2 + proof (+ lint) + patch JSON, gateway template"
java -Dtmplpatch.testdata=testdata -jar bench/target/benchmarks.jar EditPathBenchmark \
  -f 1 -wi 5 -i 5 -w 1 -r 2 2>&1 | grep -E '^(Benchmark|EditPath)'
echo "== large templates (bench program; heap limit = 10 x the text would be -Xmx100m)"
for v in gateway yaml; do
  for e in privileged-ports drop-sysctl; do
    java -Xmx1g -XX:+UseParallelGC -Dtmplpatch.testdata=testdata -cp bench/target/benchmarks.jar \
      dev.tmplpatch.bench.LargeTemplate "$v" 10 "$e" 2 | tail -2
  done
done
echo "== Go 1.24 (parse, and parse + execute + sigs.k8s.io/yaml, of the 1.26.2 gateway template)"
bash core/src/test/go/run-render-bench.sh -run '^$' -bench . -benchmem 2>&1 | grep Benchmark
