#!/bin/sh
# Removes the lategate kiosk service and program, from the unpacked tarball or /opt/lategate:
#   sudo ./kiosk/uninstall.sh
# The register (/var/lib/lategate), the school's settings (/etc/lategate) and the lategate
# user stay, so a reinstall carries on where it stopped; a school must keep its records.
#
#   --purge-data    also delete the register, the settings and the lategate user: gone for good
#   --dry-run       print what it would do, change nothing
#   --destdir DIR   uninstall from under DIR instead of / (also DESTDIR=DIR)
set -eu

usage() {
  sed -n '2,10s/^# \{0,1\}//p' "$0"
}

dry_run=
purge=
destdir=${DESTDIR:-}
while [ $# -gt 0 ]; do
  case "$1" in
    --dry-run) dry_run=yes ;;
    --purge-data) purge=yes ;;
    --destdir) [ $# -ge 2 ] || { echo "uninstall.sh: --destdir needs a folder" >&2; exit 2; }; destdir=$2; shift ;;
    --destdir=*) destdir=${1#--destdir=} ;;
    -h|--help) usage; exit 0 ;;
    *) echo "uninstall.sh: unknown option '$1'" >&2; usage >&2; exit 2 ;;
  esac
  shift
done
if [ -z "$destdir" ] && [ -z "$dry_run" ] && [ "$(id -u)" -ne 0 ]; then
  echo "uninstall.sh: run as root (sudo ./kiosk/uninstall.sh), or with --dry-run or --destdir DIR" >&2
  exit 1
fi
destdir=${destdir%/}

run() {
  if [ -n "$dry_run" ]; then
    echo "would run: $*"
  else
    "$@"
  fi
}

live_systemd=
if [ -z "$destdir" ] && [ -d /run/systemd/system ]; then live_systemd=yes; fi
if [ -n "$live_systemd" ]; then
  run systemctl disable --now lategate-kiosk.service 2>/dev/null || true
fi
run rm -f "$destdir/etc/systemd/system/lategate-kiosk.service"
run rm -rf "$destdir/etc/systemd/system/lategate-kiosk.service.d"
if [ -n "$live_systemd" ]; then run systemctl daemon-reload; fi

# Only our own link: a lategate command installed some other way stays.
if [ -L "$destdir/usr/local/bin/lategate" ] \
    && [ "$(readlink "$destdir/usr/local/bin/lategate")" = /opt/lategate/bin/lategate ]; then
  run rm -f "$destdir/usr/local/bin/lategate"
fi
run rm -rf "$destdir/opt/lategate" "$destdir/opt/lategate.new" "$destdir/opt/lategate.old"
run rm -rf "$destdir/var/cache/lategate"

if [ -n "$purge" ]; then
  run rm -rf "$destdir/var/lib/lategate" "$destdir/etc/lategate"
  if [ -z "$destdir" ] && getent passwd lategate >/dev/null 2>&1; then run userdel lategate; fi
  [ -n "$dry_run" ] || echo "lategate is removed, with its register, settings and user."
else
  [ -n "$dry_run" ] || echo "lategate is removed; the register ($destdir/var/lib/lategate) and settings ($destdir/etc/lategate) are kept (--purge-data deletes them)."
fi
