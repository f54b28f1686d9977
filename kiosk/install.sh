#!/bin/sh
# Installs lategate as a kiosk on Debian or Raspberry Pi OS, from the unpacked tarball:
#   sudo ./kiosk/install.sh
# Running it again (an upgrade, or a repair) is safe: settings and data are never replaced.
#
#   --dry-run       print what it would do, change nothing
#   --destdir DIR   install under DIR instead of / (also DESTDIR=DIR), to look at or test
#                   the result without root: no user is made and nothing is chowned
set -eu

usage() {
  sed -n '2,9s/^# \{0,1\}//p' "$0"
}

dry_run=
destdir=${DESTDIR:-}
while [ $# -gt 0 ]; do
  case "$1" in
    --dry-run) dry_run=yes ;;
    --destdir) [ $# -ge 2 ] || { echo "install.sh: --destdir needs a folder" >&2; exit 2; }; destdir=$2; shift ;;
    --destdir=*) destdir=${1#--destdir=} ;;
    -h|--help) usage; exit 0 ;;
    *) echo "install.sh: unknown option '$1'" >&2; usage >&2; exit 2 ;;
  esac
  shift
done

src=$(cd "$(dirname "$0")/.." && pwd -P)
if [ ! -f "$src/lib/lategate.jar" ] || [ ! -f "$src/kiosk/lategate-kiosk.service" ]; then
  echo "install.sh: run me from the unpacked lategate tarball (no lib/lategate.jar beside kiosk/ in $src)" >&2
  exit 1
fi
if [ -z "$destdir" ] && [ -z "$dry_run" ] && [ "$(id -u)" -ne 0 ]; then
  echo "install.sh: run as root (sudo ./kiosk/install.sh), or with --dry-run or --destdir DIR" >&2
  exit 1
fi
destdir=${destdir%/}

prefix=/opt/lategate
data=/var/lib/lategate
etc=/etc/lategate
unit=/etc/systemd/system/lategate-kiosk.service
link=/usr/local/bin/lategate
user=lategate

run() {
  if [ -n "$dry_run" ]; then
    echo "would run: $*"
  else
    "$@"
  fi
}
# Ownership only on a real system: under --destdir the lategate user may not exist.
own() {
  if [ -z "$destdir" ]; then run chown "$@"; fi
}

# The program: a fresh copy beside the old one, then swapped in, so a running kiosk keeps
# its open jar and never sees a half-copied one.
run mkdir -p "$destdir$(dirname "$prefix")"
run rm -rf "$destdir$prefix.new" "$destdir$prefix.old"
run mkdir -p "$destdir$prefix.new"
for part in lib bin config kiosk README.md docs; do
  if [ -e "$src/$part" ]; then run cp -R "$src/$part" "$destdir$prefix.new/"; fi
done
run chmod -R u=rwX,go=rX "$destdir$prefix.new"
run chmod 0755 "$destdir$prefix.new/bin/lategate" "$destdir$prefix.new/kiosk/install.sh" "$destdir$prefix.new/kiosk/uninstall.sh"
own -R root:root "$destdir$prefix.new"
if [ -e "$destdir$prefix" ]; then run mv "$destdir$prefix" "$destdir$prefix.old"; fi
run mv "$destdir$prefix.new" "$destdir$prefix"
run rm -rf "$destdir$prefix.old"
run mkdir -p "$destdir$(dirname "$link")"
run ln -sfn "$prefix/bin/lategate" "$destdir$link"

# The user the kiosk runs as: no login, no home of its own beyond the data folder.
if [ -z "$destdir" ]; then
  if ! getent passwd "$user" >/dev/null 2>&1; then
    run useradd --system --user-group --home-dir "$data" --no-create-home --shell /usr/sbin/nologin \
      --comment "lategate kiosk" "$user"
  fi
  if getent group dialout >/dev/null 2>&1; then run usermod -a -G dialout "$user"; fi
  # A receipt printer for late slips on USB (/dev/usb/lp0) belongs to lp.
  if getent group lp >/dev/null 2>&1; then run usermod -a -G lp "$user"; fi
fi

# The data folder: only the lategate user may enter; a database already there is made private.
run mkdir -p "$destdir$data"
run chmod 0700 "$destdir$data"
own "$user:$user" "$destdir$data"
for file in "$destdir$data"/*.db "$destdir$data"/*.db-wal "$destdir$data"/*.db-shm; do
  if [ -f "$file" ]; then
    run chmod 0600 "$file"
    own "$user:$user" "$file"
  fi
done

# The school's settings and letter templates: root writes them, the kiosk reads them. (The
# badge key lives in the data folder, $data/badge.key: only the kiosk's user may read it.)
run mkdir -p "$destdir$etc"
run chmod 0750 "$destdir$etc"
own "root:$user" "$destdir$etc"

# The letter templates, copied from the shipped ones once: 'lategate letters' reads them beside
# the settings file, and an upgrade never touches them, so the school's own wording is kept.
# An upgrade's new shipped templates stay in $prefix/config/letters, to compare by hand.
if [ -e "$destdir$etc/letters" ]; then
  echo "keeping $etc/letters (the school's letter templates; shipped ones in $prefix/config/letters)"
elif [ -d "$src/config/letters" ]; then
  run cp -R "$src/config/letters" "$destdir$etc/letters"
  run chmod -R u=rwX,g=rX,o= "$destdir$etc/letters"
  own -R "root:$user" "$destdir$etc/letters"
fi

# DejaVu Sans, so badges and letters print every name as written (docs/install-kiosk.md): from
# apt where there is one, on the real system only. Without it they print, naming the names that
# lose a letter; an offline kiosk can install it later.
font=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
font_step=
if [ ! -r "$font" ]; then
  if [ -z "$destdir" ] && command -v apt-get >/dev/null 2>&1; then
    if ! run env DEBIAN_FRONTEND=noninteractive apt-get install -y -q fonts-dejavu-core; then
      font_step="  - install DejaVu Sans (apt-get install fonts-dejavu-core): apt could not, so badges and
    letters print names with letters outside Western Europe as the nearest letters
"
    fi
  else
    font_step="  - install DejaVu Sans (apt-get install fonts-dejavu-core), or name a TrueType font under
    [badges] font, so badges and letters print every name as written
"
  fi
fi

run mkdir -p "$destdir$(dirname "$unit")"
run cp "$src/kiosk/lategate-kiosk.service" "$destdir$unit"
run chmod 0644 "$destdir$unit"
if [ -z "$destdir" ] && [ -d /run/systemd/system ]; then
  run systemctl daemon-reload
fi

if [ -n "$dry_run" ]; then exit 0; fi
java_step=
if ! command -v java >/dev/null 2>&1; then java_step="  - install Java: apt install openjdk-17-jre-headless
"; fi
cat <<NEXT
lategate is installed in $destdir$prefix (the command: $link).
Next ($prefix/docs/install-kiosk.md):
$java_step$font_step  - put the school's settings in $etc/school.toml (from $prefix/config/schools/),
    readable by the kiosk: chown root:$user $etc/school.toml && chmod 0640 $etc/school.toml
  - lategate pin-hash, for the exit_pin_hash line of its [kiosk] settings
  - for QR codes on badges: [badges] key_file = "$data/badge.key" in its settings, then
    sudo -u $user lategate badges key --school $etc/school.toml
  - the letter templates are in $etc/letters: edit them there (an upgrade never replaces them)
  - import the roster as the kiosk's user:
    sudo -u $user lategate roster import --school $etc/school.toml --db $data/lategate.db roster.csv
  - systemctl enable --now lategate-kiosk
NEXT
