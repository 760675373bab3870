#!/usr/bin/env bash
# Two-fold estimate of the layout decision on pages its weights never saw (docs/layout.md).
# The dev pages are split in two by name order (alternately); weights are learned from one half
# (with the sample page and 150 generated pages), as the shipped ones were, and score the other.
#   [SPLIT=b] tools/layout/two-fold.sh [SHARED]      SHARED defaults to ../shared
# Prints the scorer's figures for text and PDF pages, both halves scored together.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
shared="$(cd "${1:-$root/../shared}" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"
mvn -B -q -DskipTests package test-compile >/dev/null
mvn -B -q dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
java -cp "target/test-classes:target/classes:$(cat "$work/cp.txt")" jianbao.harness.HarnessMain write "$work/generated" 150 1000
# The pages in the order they are dealt to the halves: by name, or with SPLIT set by a hash of
# SPLIT and the name (another split of the same pages, to see how far the estimate moves).
pages() {
  if [ -z "${SPLIT:-}" ]; then
    ls "$1" | sort
  else
    ls "$1" | while read -r f; do echo "$(echo "$SPLIT$f" | md5sum | cut -c1-8) $f"; done | sort | cut -d' ' -f2
  fi
}
for k in 0 1; do mkdir -p "$work/train$k/pages" "$work/train$k/gold" "$work/test$k/text" "$work/test$k/pdf"; done
for set in text pdf; do
  i=0
  for p in $(pages "$shared/dev/$set/pages"); do
    k=$((i % 2)); i=$((i + 1))
    ln -s "$shared/dev/$set/pages/$p" "$work/test$k/$set/$p"
    ln -s "$shared/dev/$set/pages/$p" "$work/train$((1 - k))/pages/$p"
    ln -s "$shared/dev/$set/gold/${p%.*}.gold.json" "$work/train$((1 - k))/gold/"
  done
done
for k in 0 1; do
  ln -s "$shared/seed/"*.txt "$work/train$k/pages/"
  ln -s "$shared/eval/seed.gold.json" "$work/train$k/gold/"
  java -jar target/jianbao.jar train-layout --start tools/layout/start-weights.tsv --epochs 30 \
    --gold "$work/train$k/gold" --gold "$work/generated/gold" "$work/train$k/pages" "$work/generated/pages" \
    -o "$work/weights$k.tsv" 2>/dev/null
  for set in text pdf; do
    java -jar target/jianbao.jar extract "$work/test$k/$set" -o "$work/out$k-$set" -q --no-entities \
      --layout-weights "$work/weights$k.tsv" || true
  done
done
for set in text pdf; do
  mkdir -p "$work/out-$set"
  cat "$work/out0-$set/articles.jsonl" "$work/out1-$set/articles.jsonl" > "$work/out-$set/articles.jsonl"
  echo "== $set pages, weights learned without them"
  python3 "$shared/eval/score.py" "$shared/dev/$set/gold" "$work/out-$set" --quiet \
    | grep -E "segment_exact_F1|headline_block|paragraph_cut_F1|reporters|date_acc"
done
