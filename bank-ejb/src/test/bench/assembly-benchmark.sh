#!/bin/sh
# Assembly benchmark (docs/benchmarks.md): compiles bank-ejb's tests, writes the test classpath once, then runs
# pl.certbank.assembly.bench.AssemblyBenchmark at the lowest CPU priority. Any arguments go to the program, e.g.
#   bank-ejb/src/test/bench/assembly-benchmark.sh --instances 2000:4x30 --cbc-seconds 60
# Environment: JAVA_OPTS (default -Xmx8g), MVN_OPTS (e.g. -o for an offline build).
set -eu
cd "$(dirname "$0")/../../../.."   # the repository root
nice -n 19 mvn -B -q ${MVN_OPTS:-} -pl bank-ejb test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/assembly-bench.classpath
cd bank-ejb
exec nice -n 19 java ${JAVA_OPTS:--Xmx8g} \
    -cp "target/test-classes:target/classes:$(cat target/assembly-bench.classpath)" \
    pl.certbank.assembly.bench.AssemblyBenchmark "$@"
