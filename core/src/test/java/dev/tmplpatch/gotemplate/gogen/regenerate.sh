#!/bin/sh
# Regenerates the expected results of the Go*Test tables and LexerTest with a real Go 1.24
# toolchain. Not run by the build: the printed rows are pasted into the Java tests by hand.
#   GO=/path/to/go GOSRC=/path/to/go/src sh regenerate.sh OUT_DIR
# tables.go is cut from Go's own lex.go, lex_test.go and parse_test.go (BSD-3-Clause, Copyright
# The Go Authors); the line ranges are those of Go 1.24.4.
set -eu
OUT=${1:?out dir}
P=$GOSRC/text/template/parse
HERE=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$OUT/gen"
cp "$HERE/main.go" "$OUT/gen/main.go"
{ printf 'package main\n\nimport "fmt"\n\ntype Pos int\n\n'; sed -n 14,76p $P/lex.go; sed -n 58,393p $P/lex_test.go
  sed -n 445,468p $P/lex_test.go; sed -n 511,559p $P/lex_test.go; sed -n 166,331p $P/parse_test.go
  sed -n 497,598p $P/parse_test.go; } > "$OUT/gen/tables.go"
(cd "$OUT/gen" && GO111MODULE=off GOTOOLCHAIN=local GOFLAGS= CGO_ENABLED=0 "$GO" build -o gen .)
for k in lex lexdelim lexpos parse errors; do "$OUT/gen/gen" $k > "$OUT/$k.rows"; done
python3 "$HERE/extras.py" "$OUT/extras.txt" >/dev/null
"$OUT/gen/gen" extra "$OUT/extras.txt" > "$OUT/extra.rows"
python3 "$HERE/fuzz.py" "$OUT/f1.txt" 1 150
python3 "$HERE/fuzz.py" "$OUT/f2.txt" 2 150 valid
cat "$OUT/f1.txt" "$OUT/f2.txt" > "$OUT/random.txt"
"$OUT/gen/gen" extra "$OUT/random.txt" > "$OUT/random.rows"
echo "rows in $OUT/*.rows"
