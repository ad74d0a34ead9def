#!/usr/bin/env bash
# Simulated eugr/spark-vllm-docker launch-cluster.sh (CONTRACTS.md §2.2-2.3).
set -u
cd "$(dirname "$0")" || exit 1
# shellcheck disable=SC1091
. ./_sim_nodes.sh

if [ ! -f .env ]; then
  echo "No .env file found: the cluster has not been configured."
  printf 'Run autodiscovery now? [y/N] '
  if ! read -r answer || [[ ! $answer =~ ^[Yy] ]]; then
    echo
    echo "Aborted."
    exit 1
  fi
  echo "CLUSTER_NODES=$SIM_HOST_IP" >.env
fi
set -a
# shellcheck disable=SC1091
. ./.env
set +a

NAME=${CONTAINER_NAME:-vllm_node}
IMAGE=vllm-node
SOLO=0
DAEMON=0
RAY=0
ENVS=()
NODES_ARG=""
ACTION=""
while [ $# -gt 0 ]; do
  case $1 in
    --solo) SOLO=1 ;;
    -d) DAEMON=1 ;;
    -t) IMAGE=$2; shift ;;
    --name) NAME=$2; shift ;;
    --apply-mod) shift ;;
    -e) ENVS+=(-e "$2"); shift ;;
    -v) shift ;;
    --earlyoom) ;;
    --ray) RAY=1 ;;
    --no-ray) RAY=0 ;;
    -n) NODES_ARG=$2; shift ;;
    status | stop | start) ACTION=$1 ;;
    exec) ACTION=exec; shift; break ;;
    *) echo "Error: Unknown option: $1" >&2; exit 1 ;;
  esac
  shift
done
CMD=("$@")

IFS=, read -ra NODES <<<"${NODES_ARG:-${CLUSTER_NODES:-$SIM_HOST_IP}}"
HEAD=${NODES[0]}
WORKERS=("${NODES[@]:1}")

running_on() { [ -n "$(on_node "$1" docker ps -q --filter "name=^${NAME}\$" 2>/dev/null)" ]; }

stop_cluster() {
  echo "Stopping cluster..."
  echo "Stopping head node ($HEAD)..."
  docker stop "$NAME" >/dev/null 2>&1
  local w
  for w in "${WORKERS[@]}"; do
    echo "Stopping worker node ($w)..."
    on_node "$w" docker stop "$NAME" >/dev/null 2>&1
  done
  echo "Cluster stopped."
}

case $ACTION in
  status)
    if running_on "$HEAD"; then state=RUNNING; else state="NOT running"; fi
    echo "[HEAD] $HEAD: Container '$NAME' is $state."
    for w in "${WORKERS[@]}"; do
      if ! ssh_ok "$w"; then
        echo "[WORKER] $w: Error: Passwordless SSH to $w failed."
        continue
      fi
      if running_on "$w"; then state=RUNNING; else state="NOT running"; fi
      echo "[WORKER] $w: Container '$NAME' is $state."
    done
    exit 0
    ;;
  stop)
    stop_cluster
    exit 0
    ;;
  "")
    echo "Usage: ./launch-cluster.sh [options] exec <command...> | start | stop | status" >&2
    exit 1
    ;;
esac

if [ $SOLO = 1 ] || [ ${#NODES[@]} -eq 1 ]; then
  echo "Only local node detected/configured. Activating solo mode (no Ray cluster)."
  NODES=("$HEAD")
  WORKERS=()
fi

# Node count: tensor x pipeline parallel sizes, one GPU per Spark.
tp=1 pp=1
for ((i = 0; i < ${#CMD[@]}; i++)); do
  case ${CMD[$i]} in
    -tp | --tensor-parallel-size) tp=${CMD[$((i + 1))]} ;;
    --tensor-parallel-size=*) tp=${CMD[$i]#*=} ;;
    -pp | --pipeline-parallel-size) pp=${CMD[$((i + 1))]} ;;
  esac
done
need=$((tp * pp))
if [ "$need" -gt ${#NODES[@]} ]; then
  echo "Error: Command requires $need nodes (tensor_parallel_size=$tp, pipeline_parallel_size=$pp) but only ${#NODES[@]} node(s) are configured."
  exit 1
fi
if [ "$need" -lt ${#NODES[@]} ]; then
  NODES=("${NODES[@]:0:$need}")
  WORKERS=("${NODES[@]:1}")
  [ ${#NODES[@]} -eq 1 ] && echo "Only local node detected/configured. Activating solo mode (no Ray cluster)."
fi

for w in "${WORKERS[@]}"; do
  if ! ssh_ok "$w"; then
    echo "Error: Passwordless SSH to $w failed."
    exit 1
  fi
done

head_id=$(docker image inspect --format '{{.Id}}' "$IMAGE" 2>/dev/null)
if [ -z "$head_id" ]; then
  echo "Error: Image '$IMAGE' not found on head node ($HEAD). Run ./build-and-copy.sh first."
  exit 1
fi
for w in "${WORKERS[@]}"; do
  wid=$(on_node "$w" docker image inspect --format '{{.Id}}' "$IMAGE" 2>/dev/null)
  if [ "$wid" != "$head_id" ]; then
    echo "Error: Cluster launch aborted because image '$IMAGE' is not in sync."
    exit 1
  fi
done

for n in "${NODES[@]}"; do
  if running_on "$n"; then
    echo "Cluster containers are already running. Skipping launch."
    if [ $ACTION = exec ]; then
      docker exec -d "$NAME" "${CMD[@]}"
      [ $DAEMON = 1 ] && echo "Command dispatched in background (Daemon mode). Container: $NAME"
    fi
    exit 0
  fi
done

if [ $ACTION = start ]; then CMD=(sleep infinity); fi
if [ ${#WORKERS[@]} -gt 0 ]; then
  if [ $RAY = 1 ]; then echo "Starting Ray cluster..."; else echo "Starting cluster without Ray (multi-node executor)..."; fi
fi
for w in "${WORKERS[@]}"; do
  echo "Starting worker node ($w)..."
  SIM_ROLE=worker on_node "$w" docker run -d --rm --name "$NAME" --network host --gpus all --ipc host \
    "${ENVS[@]}" "$IMAGE" "${CMD[@]}" >/dev/null || exit 1
done
echo "Starting head node ($HEAD)..."
SIM_ROLE=head docker run -d --rm --name "$NAME" --network host --gpus all --ipc host \
  "${ENVS[@]}" "$IMAGE" "${CMD[@]}" >/dev/null || exit 1
echo "Executing: ${CMD[*]}"

if [ $DAEMON = 1 ]; then
  echo "Command dispatched in background (Daemon mode). Container: $NAME"
  exit 0
fi
# Foreground: the session owns the cluster; ending it (Ctrl-C, SSH hang-up) stops everything.
trap 'stop_cluster; exit 0' INT TERM HUP
trap 'stop_cluster' EXIT
docker logs -f "$NAME"
