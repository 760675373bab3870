#!/usr/bin/env bash
# The figures of docs/cluster.md ("Scale"): ./jianbao extract --threads 2 against
# ./jianbao-spark on the same N distinct pages (the bench's pages: the sample varied line by line),
# and the Spark job's fixed cost (one page). Each pair runs twice; read the second round.
#
#   spark/scale.sh [DIR [N [MASTER]]]     defaults: /tmp/jianbao-scale 400 local[2]
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${1:-/tmp/jianbao-scale}"
n="${2:-400}"
master="${3:-local[2]}"
rm -rf "$dir"
./jianbao bench --pages "$n" --threads 2 --keep --dir "$dir" >/dev/null 2>&1
report() { grep -E '"(pages|startup_seconds|cut_seconds|write_seconds|elapsed_seconds|tasks)"' "$1/run.json" | tr -d ' ,\n'; echo; }
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for round in 1 2; do
  /usr/bin/time -f "round $round: extract --threads 2, $n pages: %e s wall, %U s user CPU" \
    ./jianbao extract "$dir/pages" -o "$dir/extract" --threads 2 -q
  /usr/bin/time -f "round $round: jianbao-spark --master $master, $n pages: %e s wall (driver: %U s user CPU)" \
    ./jianbao-spark --master "$master" --conf spark.ui.enabled=false "$dir/pages" -o "$dir/spark" --overwrite -q
  report "$dir/spark"
  /usr/bin/time -f "round $round: jianbao-spark --master $master, 1 page: %e s wall" \
    ./jianbao-spark --master "$master" --conf spark.ui.enabled=false samples -o "$dir/one" --overwrite -q
  report "$dir/one"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
