# Sourced by the fake eugr scripts: stands for the SSH hop between Sparks.
# A node is a simulated host directory under $SIM_CLUSTER/nodes/<ip>.

# on_node <ip> <command...>: runs a command "on" a node, in that node's environment.
on_node() {
  local ip=$1; shift
  if [ "$ip" = "$SIM_HOST_IP" ] || [ "$ip" = localhost ]; then
    "$@"
    return
  fi
  local dir="$SIM_CLUSTER/nodes/$ip"
  [ -d "$dir" ] || return 255
  [ -f "$dir/state/ssh_down" ] && return 255
  (
    # shellcheck disable=SC1091
    . "$dir/env.sh"
    cd "$HOME" && "$@"
  )
}

# ssh_ok <ip>: the launcher's BatchMode probe.
ssh_ok() {
  local ip=$1
  [ "$ip" = "$SIM_HOST_IP" ] && return 0
  [ -d "$SIM_CLUSTER/nodes/$ip" ] && [ ! -f "$SIM_CLUSTER/nodes/$ip/state/ssh_down" ]
}
