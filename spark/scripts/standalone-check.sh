#!/usr/bin/env bash
# Runs the documented spark-submit line against a real standalone Spark cluster started on this machine (a
# master, a worker and its executor, each in its own JVM, from the jars of spark/target/spark-classpath.txt),
# through org.apache.spark.deploy.SparkSubmit (the class bin/spark-submit runs), and checks that the files are
# byte-identical to the local runner's. Needs `mvn -B -q -DskipTests package -pl spark -am` first. Not part of CI.
# Usage: spark/scripts/standalone-check.sh [REPLICATES]   (default 50; ports 17077, 18080, 18081)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
replicates="${1:-50}"
work="$(mktemp -d /tmp/isletsim-standalone.XXXXXX)"
home="$work/spark-home"
mkdir -p "$home/jars"
touch "$home/RELEASE" # a Spark distribution's layout: $SPARK_HOME/jars, for the worker's executor command
for j in $(tr ':' ' ' < "$repo/spark/target/spark-classpath.txt"); do ln -s "$j" "$home/jars/"; done
export SPARK_HOME="$home" SPARK_SCALA_VERSION=2.13
cp="$home/jars/*"
log="-Dlog4j2.configurationFile=org/isletsim/spark/log4j2-local.properties"
java -cp "$repo/spark/target/isletsim-spark.jar:$cp" "$log" org.apache.spark.deploy.master.Master \
  --host 127.0.0.1 --port 17077 --webui-port 18080 > "$work/master.log" 2>&1 &
master=$!
worker=""
trap 'kill $master ${worker:-} 2>/dev/null || true' EXIT
sleep 8
java -cp "$repo/spark/target/isletsim-spark.jar:$cp" "$log" org.apache.spark.deploy.worker.Worker \
  --host 127.0.0.1 --cores 2 --memory 2g --webui-port 18081 --work-dir "$work/work" spark://127.0.0.1:17077 \
  > "$work/worker.log" 2>&1 &
worker=$!
sleep 8
protocol="$repo/spark/src/test/resources/small-trial.yaml"
java -cp "$cp" org.apache.spark.deploy.SparkSubmit --master spark://127.0.0.1:17077 \
  --total-executor-cores 2 --executor-memory 1g --conf spark.scheduler.mode=FAIR \
  --class org.isletsim.spark.IsletsimSpark "$repo/spark/target/isletsim-spark.jar" \
  trial "$protocol" --replicates "$replicates" --quiet --out "file://$work/standalone" 2> "$work/submit.log"
java -jar "$repo/cli/target/isletsim.jar" trial "$protocol" --replicates "$replicates" --threads 2 --quiet --out "$work/local"
for f in participants.csv endpoints.csv events.csv summary.json report.html; do
  cmp "$work/standalone/$f" "$work/local/$f"
  echo "$f: identical"
done
echo "executor tasks: $(grep -c 'Finished task' "$work"/work/*/*/stderr)"
echo "logs in $work"
