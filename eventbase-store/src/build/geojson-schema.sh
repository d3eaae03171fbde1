#!/usr/bin/env bash
# Fetches the official GeoJSON JSON Schema (geojson-schema on npm, from the geojson/schema project; MIT) at build
# time for the export tests, which validate the GeoJSON export against it. Usage: geojson-schema.sh PACK_DIR OUT_DIR.
# Skips work already done.
set -euo pipefail
packs="$1"
out="$2"
package=geojson-schema@1.0.5
if [[ -f "$out/FeatureCollection.json" ]]; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "eventbase-store: npm is needed at build time to fetch $package for the tests; install Node.js and npm" >&2
  exit 1
fi
mkdir -p "$packs" "$out"
if [[ ! -d "$packs/geojson-schema" ]]; then
  tgz="$(cd "$packs" && npm pack --silent "$package" | tail -n 1)"
  mkdir -p "$packs/geojson-schema"
  tar -xzf "$packs/$tgz" -C "$packs/geojson-schema" --strip-components=1
fi
cp "$packs/geojson-schema/FeatureCollection.json" "$packs/geojson-schema/package.json" "$out/"
