#!/usr/bin/env bash
# Krippendorff's alpha: kcat_crowd against NLTK's AnnotationTask.alpha() on the same 10,000 units x 5 coders,
# nominal (single labels) and MASI (label sets). Prints both values and times side by side; targets: values
# equal to 1e-9 and kcat >= 50x faster. NLTK (Debian python3-nltk) is for this benchmark only.
#   tests/bench/crowd/bench_alpha_vs_nltk.sh [BUILD_DIR]      (default: build)
set -euo pipefail
# Debian's python3-nltk installs for the system interpreter, whatever python3 comes first on PATH.
py=${PYTHON:-/usr/bin/python3}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
build=${1:-$root/build}
bench="$build/tests/bench/crowd/bench_crowd"
[ -x "$bench" ] || { echo "no $bench: build it with: cmake --build $build --target bench_crowd" >&2; exit 1; }

if ! "$py" -c "import nltk" 2>/dev/null; then
    if [ "$(id -u)" = 0 ]; then
        echo "installing python3-nltk (benchmark only)" >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y python3-nltk >&2
    else
        echo "NLTK is missing; install it with: sudo apt-get install python3-nltk" >&2
        exit 1
    fi
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)  (speed-up and verdict use CPU time; wall time shown too)"
printf '%-8s %-21s %-21s %18s %18s %s\n' distance "kcat alpha" "NLTK alpha" "kcat ms wall/cpu" "NLTK ms wall/cpu" verdict
for pair in nominal:nominal sets:masi; do
    kind=${pair%%:*}
    distance=${pair##*:}
    "$bench" write 10000 "$kind" "$tmp/$kind.tsv"
    read -r ours ours_wall ours_cpu < <("$bench" alpha-file "$tmp/$kind.tsv" "$distance")
    read -r theirs theirs_wall theirs_cpu < <("$py" "$here/nltk_alpha.py" "$tmp/$kind.tsv" "$distance")
    verdict=$("$py" - "$ours" "$theirs" "$ours_cpu" "$theirs_cpu" <<'PY'
import sys
a, b, ta, tb = map(float, sys.argv[1:])
equal = abs(a - b) <= 1e-9
speed = tb / ta if ta > 0 else float("inf")
print("%.0fx faster, |diff| = %.1e: %s, %s" % (speed, abs(a - b), "values equal to 1e-9" if equal else "VALUES DIFFER",
                                              ">= 50x met" if speed >= 50 else "50x MISSED"))
PY
)
    case "$verdict" in *DIFFER*|*MISSED*) status=1 ;; esac
    printf '%-8s %-21s %-21s %8.3f/%-9.3f %8.1f/%-9.1f %s\n' "$distance" "$ours" "$theirs" "$ours_wall" "$ours_cpu" \
        "$theirs_wall" "$theirs_cpu" "$verdict"
done
echo "(10,000 units x 5 coders, 10% missing; medians of repeated alpha() calls on data in memory:"
echo " kcat 21 runs including building its flat view, NLTK 5 runs of AnnotationTask.alpha())"
exit $status
