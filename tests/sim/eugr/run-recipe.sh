#!/usr/bin/env bash
# Simulated eugr/spark-vllm-docker run-recipe.sh (stands for run-recipe.py; CONTRACTS.md §2.2).
set -u
cd "$(dirname "$0")" || exit 1
# shellcheck disable=SC1091
. ./_sim_nodes.sh

# Flattens the small YAML subset recipes use into "key<TAB>value" lines.
parse_recipe() {
  awk '
    function unq(v) { gsub(/^[ \t]+|[ \t]+$/, "", v); if (v ~ /^".*"$/ || v ~ /^'"'"'.*'"'"'$/) v = substr(v, 2, length(v) - 2); return v }
    /^[ \t]*#/ || /^[ \t]*$/ { next }
    block != "" && /^[ \t]/ { line = $0; gsub(/^[ \t]+|[ \t]*\\?[ \t]*$/, "", line); text = text (text == "" ? "" : " ") line; next }
    block != "" { print block "\t" text; block = ""; text = "" }
    /^[A-Za-z_]+:/ {
      key = $0; sub(/:.*/, "", key); val = $0; sub(/^[^:]*:/, "", val); val = unq(val)
      section = ""
      if (val == "|" || val == ">" || val == "|-" || val == ">-") { block = key; next }
      if (val == "") { section = key; next }
      print key "\t" val; next
    }
    section != "" && /^[ \t]+- / { v = $0; sub(/^[ \t]+- /, "", v); list[section] = list[section] (list[section] == "" ? "" : ",") unq(v); next }
    section != "" && /^[ \t]+[A-Za-z_]+:/ { k = $0; gsub(/^[ \t]+|:.*$/, "", k); v = $0; sub(/^[^:]*:/, "", v); print section "." k "\t" unq(v); next }
    END { if (block != "") print block "\t" text; for (s in list) print s "\t" list[s] }
  ' "$1"
}

declare -A R
load_recipe() {
  R=()
  local k v
  while IFS=$'\t' read -r k v; do R[$k]=$v; done < <(parse_recipe "$1")
}

if [ "${1:-}" = --list ]; then
  echo "Available recipes:"
  echo
  for f in recipes/*.yaml; do
    load_recipe "$f"
    echo "  $(basename "$f")"
    echo "    Name: ${R[name]:-}"
    echo "    Description: ${R[description]:-}"
    echo "    Model: ${R[model]:-}"
    [ "${R[cluster_only]:-false}" = true ] && echo "    Cluster only: Yes"
    echo "    Container: ${R[container]:-vllm-node}"
    echo "    Mods: ${R[mods]:-None}"
    echo
  done
  exit 0
fi
if [ "${1:-}" = --show-env ]; then
  [ -f .env ] && cat .env || echo "No .env file found."
  exit 0
fi
if [ "${1:-}" = --discover ]; then
  printf 'Discovered nodes: %s. Save to .env? [y/N] ' "$SIM_HOST_IP"
  if ! read -r answer || [[ ! $answer =~ ^[Yy] ]]; then echo; echo "Aborted."; exit 1; fi
  exit 0
fi
if [ $# -eq 0 ] || [[ $1 == -* ]]; then
  echo "Usage: ./run-recipe.sh <recipe> [--solo] [-d] [--setup] [--port N] [--gpu-mem F] [--max-model-len N] [--dry-run] [-- extra vllm args]" >&2
  exit 1
fi

recipe=$1; shift
file=""
for cand in "recipes/$recipe.yaml" "recipes/$recipe" "$recipe"; do
  [ -f "$cand" ] && { file=$cand; break; }
done
if [ -z "$file" ]; then
  echo "Error: Recipe '$recipe' not found. Use --list to see available recipes."
  exit 1
fi
load_recipe "$file"
if [ "${R[recipe_version]:-}" != 1 ]; then
  echo "Error: Recipe '$recipe' has unsupported recipe_version '${R[recipe_version]:-}'."
  exit 1
fi

SOLO=0 DAEMON=0 SETUP=0 DRY=0 RAY="" NODES=""
declare -A O
EXTRA=()
while [ $# -gt 0 ]; do
  case $1 in
    --solo) SOLO=1 ;;
    -d) DAEMON=1 ;;
    --setup) SETUP=1 ;;
    --dry-run) DRY=1 ;;
    --ray) RAY=--ray ;;
    --no-ray) RAY=--no-ray ;;
    -n) NODES=$2; shift ;;
    --port) O[port]=$2; shift ;;
    --gpu-mem) O[gpu_memory_utilization]=$2; shift ;;
    --max-model-len) O[max_model_len]=$2; shift ;;
    --tp) O[tensor_parallel]=$2; shift ;;
    --) shift; EXTRA=("$@"); break ;;
    *) echo "Error: Unknown option: $1" >&2; exit 1 ;;
  esac
  shift
done

[ "${R[solo_only]:-false}" = true ] && SOLO=1
set -a
[ -f .env ] && . ./.env
set +a
IFS=, read -ra nodes <<<"${NODES:-${CLUSTER_NODES:-$SIM_HOST_IP}}"
if [ "${R[cluster_only]:-false}" = true ] && { [ $SOLO = 1 ] || [ ${#nodes[@]} -lt 2 ]; }; then
  echo "Error: Recipe '${R[name]:-$recipe}' requires cluster mode."
  exit 1
fi

image=${R[container]:-vllm-node}
if ! docker image inspect "$image" >/dev/null 2>&1; then
  if [ $SETUP = 0 ]; then
    echo "Container image '$image' not found on this node."
    printf 'Build now? [y/N] '
    if ! read -r answer || [[ ! $answer =~ ^[Yy] ]]; then
      echo
      echo "Aborted: image '$image' is required."
      exit 1
    fi
  fi
  echo "Building image '$image' and copying it to the cluster nodes..."
  id="sha256:$(printf 'build-%s' "${EPOCHREALTIME/./}" | sha256sum | cut -c1-64)"
  for n in "${nodes[@]}"; do
    on_node "$n" bash -c 'printf "name=%s\nid=%s\nservice=vllm\n" "$1" "$2" >"$SIM_HOST_DIR/docker/images/$(echo "$1" | tr "/:" "__")"' _ "$image" "$id"
  done
fi

value() { # key: CLI option, then recipe default
  local k=$1
  if [ -n "${O[$k]:-}" ]; then echo "${O[$k]}"; else echo "${R[defaults.$k]:-}"; fi
}
cmd=${R[command]}
cmd=${cmd//'{model}'/${R[model]:-}}
for k in port host tensor_parallel gpu_memory_utilization max_model_len; do
  v=$(value "$k")
  case $k in
    port) v=${v:-8888} ;;
    host) v=${v:-0.0.0.0} ;;
    tensor_parallel) v=${v:-1} ;;
    gpu_memory_utilization) v=${v:-0.8} ;;
  esac
  cmd=${cmd//\{$k\}/$v}
done
read -ra argv <<<"$cmd"
if [ $SOLO = 1 ]; then
  # Solo runs drop the distributed backend flag.
  filtered=()
  skip=0
  for a in "${argv[@]}"; do
    if [ $skip = 1 ]; then skip=0; continue; fi
    [ "$a" = --distributed-executor-backend ] && { skip=1; continue; }
    filtered+=("$a")
  done
  argv=("${filtered[@]}")
fi
argv+=("${EXTRA[@]}")

launch=(./launch-cluster.sh)
[ $SOLO = 1 ] && launch+=(--solo)
[ $DAEMON = 1 ] && launch+=(-d)
[ -n "$RAY" ] && launch+=("$RAY")
[ -n "$NODES" ] && launch+=(-n "$NODES")
launch+=(-t "$image")
[ -n "${R[sim_load_ms]:-}" ] && launch+=(-e "SIM_LOAD_MS=${R[sim_load_ms]}")
[ -n "${R[sim_failure]:-}" ] && launch+=(-e "SIM_FAILURE=${R[sim_failure]}")
[ -n "${R[sim_reasoning_field]:-}" ] && launch+=(-e "SIM_REASONING_FIELD=${R[sim_reasoning_field]}")
launch+=(exec "${argv[@]}")

if [ $DRY = 1 ]; then
  echo "Dry run: would execute:"
  echo "${launch[*]}"
  exit 0
fi
exec "${launch[@]}"
