#!/usr/bin/env bash
# Build the one-folder application bundle in build/bundle/dist/diplomatic-calendar/ with
# PyInstaller, then start it offscreen on a temporary calendar to check that it opens and quits.
#   bash packaging/build_bundle.sh [--no-smoke]
set -euo pipefail
cd "$(dirname "$0")/.."
venv=${VENV:-.venv}
py="$venv/bin/python"
"$py" -c "import PyInstaller" 2>/dev/null || "$py" -m pip install -q -e ".[bundle]"
start=$(date +%s)
"$py" -m PyInstaller --noconfirm --log-level WARN \
  --distpath build/bundle/dist --workpath build/bundle/work packaging/diplomatic-calendar.spec
bundle=build/bundle/dist/diplomatic-calendar
echo "built $bundle in $(( $(date +%s) - start )) s, $(du -sh "$bundle" | cut -f1)"
if [ "${1:-}" != "--no-smoke" ]; then
  "$py" packaging/smoke_bundle.py "$bundle/diplomatic-calendar"
fi
