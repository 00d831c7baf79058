#!/usr/bin/env bash
# bench_pginfo.sh SANDBOX_BIN HPGDESK_BIN HEROKU_CLI
#
# "Start hpgdesk and show pg:info for an app" against `heroku pg:info -a APP`
# with the real Heroku CLI, both against the same sandbox, in one run.
# Prints the median of 5 runs each and BENCH pginfo: … ratio=<cli/hpgdesk> target=10.
set -euo pipefail
sandbox_bin=$1 hpgdesk_bin=$2 cli=$3
runs=${HPG_BENCH_RUNS:-5}
app=acme-storefront addon=postgresql-acme-primary
[[ -x $cli ]] || { echo "The Heroku CLI is not installed at $cli (the conformance fixture installs it)."; exit 1; }

work=$(mktemp -d)
trap 'kill $sandbox_pid 2>/dev/null; wait $sandbox_pid 2>/dev/null; rm -rf "$work"' EXIT
"$sandbox_bin" --state-dir "$work/state" >"$work/sandbox.log" 2>&1 &
sandbox_pid=$!
for _ in $(seq 600); do grep -q 'ready url=' "$work/sandbox.log" && break; sleep 0.1; done
url=$(grep -o 'url=[^ ]*' "$work/sandbox.log" | cut -d= -f2)
token=$(grep -o 'token=[^ ]*' "$work/sandbox.log" | cut -d= -f2)
port=${url##*:}
# Wait until the database answers pg:info (the demo's clusters start in the background).
for _ in $(seq 300); do
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$url/client/v11/databases/$addon")
    [[ $code == 200 ]] && break
    sleep 0.2
done

export HEROKU_API_KEY=$token
cli_env=(env HOME="$work/clihome" XDG_CONFIG_HOME="$work/clihome/.config" XDG_CACHE_HOME="$work/clihome/.cache"
         XDG_DATA_HOME="$work/clihome/.local/share" HEROKU_HOST="http://localhost:$port" HEROKU_DATA_HOST=localhost
         HEROKU_PARTICLEBOARD_URL="http://localhost:$port" DISABLE_TELEMETRY=true HEROKU_SKIP_ANALYTICS=1)
app_env=(env HOME="$work/apphome" XDG_CONFIG_HOME="$work/apphome/.config" QT_QPA_PLATFORM=offscreen)
mkdir -p "$work/clihome" "$work/apphome"

now() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# Warm both once (disk caches, node's compile cache), then measure.
"${cli_env[@]}" "$cli" pg:info -a "$app" >"$work/cli.out" 2>&1 || { cat "$work/cli.out"; exit 1; }
grep -q 'Plan:' "$work/cli.out" || { echo "heroku pg:info printed no Plan:"; cat "$work/cli.out"; exit 1; }
"${app_env[@]}" "$hpgdesk_bin" --api-url "$url" --select "db:$app/$addon" --screenshot "$work/warm.png" >/dev/null 2>&1

ours=() theirs=()
for _ in $(seq "$runs"); do
    rm -f "$work/shot.png"
    t0=$(now)
    "${app_env[@]}" "$hpgdesk_bin" --api-url "$url" --select "db:$app/$addon" --screenshot "$work/shot.png" >/dev/null 2>&1
    t1=$(now)
    [[ -s $work/shot.png ]] || { echo "hpgdesk did not render pg:info"; exit 1; }
    ours+=($(( (t1 - t0) / 1000000 )))
    t0=$(now)
    "${cli_env[@]}" "$cli" pg:info -a "$app" >"$work/cli.out" 2>&1
    t1=$(now)
    grep -q 'Plan:' "$work/cli.out" || { cat "$work/cli.out"; exit 1; }
    theirs+=($(( (t1 - t0) / 1000000 )))
done
ours_ms=$(printf '%s\n' "${ours[@]}" | median)
cli_ms=$(printf '%s\n' "${theirs[@]}" | median)
echo "hpgdesk (start, sign in, tree, pg:info shown, exit): ${ours[*]} ms"
echo "heroku pg:info -a $app:                             ${theirs[*]} ms"
ratio=$(awk -v a="$cli_ms" -v b="$ours_ms" 'BEGIN { printf "%.2f", a / b }')
echo "BENCH pginfo: hpgdesk_ms=$ours_ms heroku_cli_ms=$cli_ms ratio=$ratio target=10"
