#!/usr/bin/env bash
# Profiles intake: starts the packaged application on a fresh embedded PostgreSQL, warms it up
# with wrk, then records 60 s of load with Java Flight Recorder and prints the rate, the CPU
# one appeal costs (JVM and PostgreSQL, from /proc) and where the JVM's CPU goes.
#   mvn -q -DskipTests -Dlint.skip=true package && tools/perf/profile-intake.sh [connections] [filter words...]
set -euo pipefail
cd "$(dirname "$0")/../.."
connections=${1:-4}; shift || true
words=${*:-ru.mcu hibernate DefaultDmnEngine CommandContext.close checkPassword}
port=${PORT:-18080}
work=$(mktemp -d /tmp/mcu-profile.XXXX)
jar=$(ls target/mcu-cases-*.jar | head -1)
MCU_DATA_DIR=$work/pg SERVER_PORT=$port java -Xmx512m -XX:FlightRecorderOptions:stackdepth=1024 \
  -jar "$jar" --mcu.demo.appeals=false > "$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
until curl -s -o /dev/null "http://127.0.0.1:$port/"; do sleep 2; kill -0 $app; done
echo "started; $(uptime)"
wrk -t2 -c"$connections" -d30s -s tools/perf/appeals.lua "http://127.0.0.1:$port" > /dev/null
cpu() {  # CPU seconds of the JVM, then of the PostgreSQL server and its backends
  local tck; tck=$(getconf CLK_TCK)
  local pm; pm=$(head -1 "$work/pg/postmaster.pid")
  awk -v t="$tck" '{print ($14+$15)/t}' /proc/$app/stat
  { cat /proc/$pm/stat; for p in $(pgrep -P "$pm"); do cat /proc/$p/stat 2>/dev/null || true; done; } |
    awk -v t="$tck" '{s+=$14+$15} END {print s/t}'
}
before=($(cpu))
jcmd $app JFR.start name=intake settings=profile duration=60s filename="$work/intake.jfr" > /dev/null
wrk -t2 -c"$connections" -d60s -s tools/perf/appeals.lua --latency "http://127.0.0.1:$port" | tee "$work/wrk.txt"
after=($(cpu))
requests=$(awk '/requests in/ {print $1}' "$work/wrk.txt")
awk -v n="$requests" -v j0="${before[0]}" -v j1="${after[0]}" -v d0="${before[1]}" -v d1="${after[1]}" \
  'BEGIN {printf "CPU per appeal: JVM %.1f ms + PostgreSQL %.1f ms\n", (j1-j0)*1000/n, (d1-d0)*1000/n}'
sleep 2
jfr print --events jdk.ExecutionSample --stack-depth 1024 "$work/intake.jfr" > "$work/samples.txt"
tools/perf/jfr-top.py "$work/samples.txt" $words | head -60
echo "recording: $work/intake.jfr; $(uptime)"
