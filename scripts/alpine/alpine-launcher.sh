#!/bin/sh
# Team Metrics backend launcher for musl hosts (Grafana's Alpine-based Docker image), where the bundled
# glibc executables cannot start. It runs the same backend (backend.cjs) with the host's Node.js >= 20.
# Use: apk add nodejs && cp alpine-launcher.sh gpx_teammetrics_linux_amd64 (or _arm64) in the plugin folder.
dir=$(dirname "$0")
for node in /usr/bin/node /usr/local/bin/node; do
  if [ -x "$node" ]; then
    exec "$node" "$dir/backend.cjs"
  fi
done
echo "Team Metrics: no Node.js at /usr/bin/node or /usr/local/bin/node. On Alpine run 'apk add nodejs' (Node 20 or newer), or use the grafana/grafana:<version>-ubuntu image." >&2
exit 1
