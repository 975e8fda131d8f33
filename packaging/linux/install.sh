#!/usr/bin/env bash
# Add Diplomatic Calendar to this user's desktop: menu entry, icons, .ics association, metainfo.
#   bash packaging/linux/install.sh [--exec /path/to/diplomatic-calendar | --uninstall]
# The menu entry runs `diplomatic-calendar` from PATH (pipx, pip --user), or the program given
# with --exec (for example the bundle's build/bundle/dist/diplomatic-calendar/diplomatic-calendar).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
icons=$(cd "$here/../../resources/icons" && pwd)
id=org.diplomaticcalendar.DiplomaticCalendar
data=${XDG_DATA_HOME:-$HOME/.local/share}
sizes="16 24 32 48 64 128 256 512"
program=diplomatic-calendar
if [ "${1:-}" = "--exec" ]; then
  program=$(realpath "${2:?--exec needs the path of the diplomatic-calendar program}")
  [ -x "$program" ] || { echo "install.sh: $program is not an executable program" >&2; exit 2; }
  shift 2
fi
if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$data/applications/$id.desktop" "$data/metainfo/$id.metainfo.xml" \
    "$data/mime/packages/diplomatic-calendar-mime.xml" \
    "$data/icons/hicolor/scalable/apps/diplomatic-calendar.svg"
  for s in $sizes; do rm -f "$data/icons/hicolor/${s}x${s}/apps/diplomatic-calendar.png"; done
else
  command -v "$program" >/dev/null ||
    echo "install.sh: note: $program is not on PATH yet; the menu entry needs it" >&2
  install -d "$data/applications"
  # A path with spaces is quoted, as the desktop entry specification asks.
  sed -e "s|^Exec=diplomatic-calendar |Exec=\"$program\" |" -e "s|^TryExec=.*|TryExec=$program|" \
    "$here/$id.desktop" > "$data/applications/$id.desktop"
  install -Dm644 "$here/$id.metainfo.xml" "$data/metainfo/$id.metainfo.xml"
  install -Dm644 "$here/diplomatic-calendar-mime.xml" "$data/mime/packages/diplomatic-calendar-mime.xml"
  install -Dm644 "$icons/diplomatic-calendar.svg" "$data/icons/hicolor/scalable/apps/diplomatic-calendar.svg"
  for s in $sizes; do
    install -Dm644 "$icons/png/diplomatic-calendar-$s.png" "$data/icons/hicolor/${s}x${s}/apps/diplomatic-calendar.png"
  done
fi
# Refresh the caches where the tools exist; a desktop without them rescans on next login.
command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" || true
command -v update-mime-database >/dev/null && update-mime-database "$data/mime" >/dev/null || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
if [ "${1:-}" != "--uninstall" ] && command -v xdg-mime >/dev/null; then
  xdg-mime default "$id.desktop" text/calendar || true
fi
echo "done: $data/applications/$id.desktop"
