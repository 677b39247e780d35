#!/usr/bin/env bash
# Validates the add-in manifest against the Office XSDs, offline (vendor/office-xsd/, see PROVENANCE.md there).
# Usage: scripts/validate-manifest.sh [manifest.xml ...]   (no arguments: the repository's manifest.xml)
# Exit code: 0 all valid; 1 a manifest is invalid or missing; 2 xmllint is not installed.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
schema="$root/vendor/office-xsd/OfficeAppManifestV1_1.xsd"

if ! command -v xmllint >/dev/null 2>&1; then
  echo "validate-manifest: xmllint not found; install it with: apt-get install -y libxml2-utils" >&2
  exit 2
fi

if [ "$#" -eq 0 ]; then
  set -- "$root/manifest.xml"
fi

failed=0
for manifest in "$@"; do
  if [ ! -f "$manifest" ]; then
    echo "INVALID $manifest: no such file" >&2
    failed=1
    continue
  fi
  # --nonet: the schemas import each other by relative path; nothing may be fetched from the network.
  if output="$(xmllint --noout --nonet --schema "$schema" "$manifest" 2>&1)"; then
    echo "OK      $manifest is a valid Office add-in manifest"
  else
    echo "$output" >&2
    echo "INVALID $manifest does not match the Office add-in manifest schema" >&2
    failed=1
  fi
done
exit "$failed"
