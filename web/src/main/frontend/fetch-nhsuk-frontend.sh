#!/usr/bin/env bash
# Takes NHS.UK frontend's dist/ from the npm registry (it has no webjar) into the WAR's /assets.
# Usage: fetch-nhsuk-frontend.sh VERSION TARGET_DIR
set -euo pipefail
version=$1; target=$2
out="$target/nhsuk-frontend/assets"
if [ -f "$out/nhsuk-frontend.min.css" ] && [ "$(cat "$out/VERSION" 2>/dev/null)" = "$version" ]; then exit 0; fi
command -v npm >/dev/null || { echo "npm is missing: install Node.js and npm (Debian: apt-get install nodejs npm)" >&2; exit 1; }
work="$target/npm"
rm -rf "$work"; mkdir -p "$work" "$out"
(cd "$work" && npm pack --silent "nhsuk-frontend@$version" >/dev/null 2>&1 && tar xzf nhsuk-frontend-*.tgz)
dist="$work/package/dist/nhsuk"
cp "$dist/nhsuk-frontend.min.css" "$dist/nhsuk-frontend.min.js" "$out/"
cp -r "$dist/assets/images" "$out/"
echo "$version" > "$out/VERSION"
