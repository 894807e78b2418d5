#!/bin/sh
# Paper benchmark (docs/benchmarks.md, issue 11): a print job of individually shuffled copies of the 40-item paper
# form (question booklet, answer sheet, scan-back layout, all in one ZIP) against Auto Multiple Choice producing the
# same number of copies of the same content (prepare: subject + catalog, meptex: layout, prepare --mode b: marking
# scale), side by side in one run. Compiles bank-ejb's tests, writes the test classpath once, writes the AMC source
# with pl.certbank.printing.bench.PaperBenchmark --amc-source, times the three AMC steps pinned to one core, then runs
# our side in fresh JVMs, two jobs each (cold, then a second): the benchmark's job with the layout JSON (1 thread pinned
# to the same core; 1 thread; 2 threads), then the production print job, PrintBundle.of (pinned; both cores).
# Installs nothing: without AMC it says which packages it needs and runs our side alone.
#   bank-ejb/src/test/bench/paper-benchmark.sh                # 500 copies
#   COPIES=50 bank-ejb/src/test/bench/paper-benchmark.sh      # a quick look
# Environment: COPIES (500), RUNS (jobs per JVM, 2: cold and second), JAVA_OPTS (default -Xms64m -Xmx512m, the heap
# of WildFly's standalone.conf), CORE (the core to pin single-core runs to, 0), MVN_OPTS (e.g. -o for an offline
# build), AMC (0 skips AMC), OUT (relative to bank-ejb, default target/paper-bench; emptied first).
# Output: in OUT the AMC project (amc/), our ZIPs, results-*.md and summary.md.
set -eu
cd "$(dirname "$0")/../../../.."   # the repository root
COPIES=${COPIES:-500}
RUNS=${RUNS:-2}
CORE=${CORE:-0}
nice -n 19 mvn -B -q ${MVN_OPTS:-} -pl bank-ejb test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/paper-bench.classpath
cd bank-ejb
OUT=${OUT:-target/paper-bench}
rm -rf "$OUT"
mkdir -p "$OUT"
CP="target/test-classes:target/classes:$(cat target/paper-bench.classpath)"
JOPTS=${JAVA_OPTS:--Xms64m -Xmx512m}
SUMMARY="$OUT/summary.md"

now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
# time_step NAME COMMAND...: runs COMMAND pinned to $CORE with GNU time, its output to $OUT/amc/NAME.log
time_step() {
    name=$1
    shift
    echo "  $name: $* (load $(load))"
    t0=$(now)
    if /usr/bin/time -f '%e s wall, %U s user, %S s sys, max RSS %M KiB' -o "../$name.time" \
        taskset -c "$CORE" "$@" > "../$name.log" 2>&1; then
        :
    else
        echo "  $name FAILED, see $OUT/amc/$name.log"
        tail -20 "../$name.log"
        exit 1
    fi
    t1=$(now)
    echo "    $(cat "../$name.time")"
    eval "T_$name=$(secs "$t0" "$t1")"
}

{
    echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "machine: $(nproc) cores ($(lscpu | sed -n 's/^Model name: *//p' | head -1)), $(free -g | awk '/^Mem:/ {print $2}') GiB RAM, $(. /etc/os-release && echo "$PRETTY_NAME")"
    echo "load before: $(load)"
    echo "java: $(java -version 2>&1 | head -1), options $JOPTS"
    echo "code: $(git rev-parse --short HEAD 2> /dev/null || echo '?')$(git status --porcelain -- src/main 2> /dev/null \
        | grep -q . && echo ", with uncommitted changes in bank-ejb/src/main: $(git status --porcelain -- src/main | tr '\n' ' ')")"
} | tee "$SUMMARY"

HAVE_AMC=0
if [ "${AMC:-1}" != 0 ] && command -v auto-multiple-choice > /dev/null && kpsewhich polish.ldf > /dev/null 2>&1; then
    HAVE_AMC=1
elif [ "${AMC:-1}" != 0 ]; then
    echo "Auto Multiple Choice (with Polish for babel) is not installed, so only our side runs. To compare:" | tee -a "$SUMMARY"
    echo "  apt-get install -y auto-multiple-choice texlive-lang-polish" | tee -a "$SUMMARY"
fi

if [ "$HAVE_AMC" = 1 ]; then
    echo "AMC: $(dpkg-query -W -f '${Version}' auto-multiple-choice 2>/dev/null), $(pdflatex --version | head -1)" \
        | tee -a "$SUMMARY"
    mkdir -p "$OUT/amc/project/data" "$OUT/amc/project/cr" "$OUT/amc/project/scans" "$OUT/amc/project/exports"
    java $JOPTS -cp "$CP" pl.certbank.printing.bench.PaperBenchmark --amc-source "$OUT/amc/project/source.tex" \
        --copies "$COPIES"
    cd "$OUT/amc/project"
    echo "AMC, $COPIES copies, pinned to core $CORE:"
    time_step prepare auto-multiple-choice prepare --mode 's[c]' --with pdflatex --prefix ./ \
        --n-copies "$COPIES" --data data source.tex
    time_step meptex auto-multiple-choice meptex --src calage.xy --data data
    time_step scoring auto-multiple-choice prepare --mode b --with pdflatex --data data source.tex
    AMC_TOTAL=$(awk -v a="$T_prepare" -v b="$T_meptex" -v c="$T_scoring" 'BEGIN { printf "%.1f", a + b + c }')
    PAGES=$(pdfinfo sujet.pdf 2> /dev/null | awk '/^Pages:/ {print $2}')
    SIZE=$(du -b sujet.pdf | cut -f1)
    QUESTIONS=$(grep -c '^\\begin{question' source.tex || true)
    cd - > /dev/null
    {
        echo "AMC: prepare (subject + catalog) $T_prepare s, meptex (layout) $T_meptex s, prepare --mode b (marking scale) $T_scoring s: total $AMC_TOTAL s"
        echo "AMC: $(cat "$OUT/amc/prepare.time") | $(cat "$OUT/amc/meptex.time") | $(cat "$OUT/amc/scoring.time")"
        echo "AMC: sujet.pdf $PAGES pages, $SIZE bytes; $QUESTIONS AMC questions for the 40 items; data: $(du -sb "$OUT/amc/project/data" | cut -f1) bytes"
        echo "load after AMC: $(load)"
    } | tee -a "$SUMMARY"
fi

# Our side: each configuration in a fresh JVM, two jobs (cold, warm).
ours() {
    label=$1
    shift
    echo "ours, $label (load $(load)):"
    "$@" java $JOPTS -cp "$CP" pl.certbank.printing.bench.PaperBenchmark --copies "$COPIES" --runs "$RUNS" \
        --out "$OUT" --label "$label" $OURS_ARGS | tee "$OUT/$label.log"
}
OURS_ARGS="--threads 1"
ours "1-core-1-thread" taskset -c "$CORE"
OURS_ARGS="--threads 1"
ours "2-cores-1-thread" env
OURS_ARGS="--threads 2"
ours "2-cores-2-threads" env
OURS_ARGS="--bundle true"
ours "print-job-1-core" taskset -c "$CORE"
OURS_ARGS="--bundle true"
ours "print-job-2-cores" env
CONFIGS="1-core-1-thread 2-cores-1-thread 2-cores-2-threads print-job-1-core print-job-2-cores"

{
    echo
    sed -n 1,2p "$OUT/results-1-core-1-thread.md"
    for f in $CONFIGS; do
        sed -n '3,$p' "$OUT/results-$f.md"
    done
    echo "load after: $(load)"
} | tee -a "$SUMMARY"

if [ "$HAVE_AMC" = 1 ]; then
    echo | tee -a "$SUMMARY"
    for f in $CONFIGS; do
        for run in $(seq 1 "$RUNS"); do
            wall=$(awk -F'|' -v r="$run" 'NR > 2 && $3 ~ "^ " r { gsub(/ /, "", $4); print $4 }' "$OUT/results-$f.md")
            awk -v f="$f" -v r="$run" -v a="$AMC_TOTAL" -v w="$wall" \
                'BEGIN { printf "ratio AMC / ours, %s, run %d%s: %.1f s / %.2f s = %.1fx\n", f, r, r == 1 ? " (cold)" : "", a, w, a / w }'
        done
    done | tee -a "$SUMMARY"
fi
echo "(summary in $(pwd)/$SUMMARY)"
