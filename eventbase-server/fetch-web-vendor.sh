#!/usr/bin/env bash
# Fetches the web UI's third-party files from the npm registry (npm pack, at build time) and copies the ones the UI
# loads into the given folder. Usage: fetch-web-vendor.sh PACK_DIR VENDOR_DIR. Skips work already done.
set -euo pipefail
packs="$1"
vendor="$2"
packages=(leaflet@1.9.4 leaflet.markercluster@1.5.3 world-atlas@2.0.2 topojson-client@3.1.0)
if [[ -f "$vendor/.complete" ]]; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "eventbase-server: npm is needed at build time to fetch the map scripts (${packages[*]}); install Node.js and npm" >&2
  exit 1
fi
mkdir -p "$packs" "$vendor"
for p in "${packages[@]}"; do
  name="${p%@*}"
  dir="$packs/$name"
  if [[ ! -d "$dir" ]]; then
    tgz="$(cd "$packs" && npm pack --silent "$p" | tail -n 1)"
    mkdir -p "$dir"
    tar -xzf "$packs/$tgz" -C "$dir" --strip-components=1
  fi
done
mkdir -p "$vendor/leaflet/images" "$vendor/markercluster" "$vendor/world-atlas" "$vendor/topojson-client"
cp "$packs/leaflet/dist/leaflet.js" "$packs/leaflet/dist/leaflet.css" "$packs/leaflet/LICENSE" "$vendor/leaflet/"
cp "$packs/leaflet/dist/images/"*.png "$vendor/leaflet/images/"
cp "$packs/leaflet.markercluster/dist/leaflet.markercluster.js" "$packs/leaflet.markercluster/dist/MarkerCluster.css" \
   "$packs/leaflet.markercluster/dist/MarkerCluster.Default.css" "$packs/leaflet.markercluster/MIT-LICENCE.txt" \
   "$vendor/markercluster/"
cp "$packs/world-atlas/countries-110m.json" "$packs/world-atlas/LICENSE" "$vendor/world-atlas/"
cp "$packs/topojson-client/dist/topojson-client.min.js" "$packs/topojson-client/LICENSE" "$vendor/topojson-client/"
touch "$vendor/.complete"
