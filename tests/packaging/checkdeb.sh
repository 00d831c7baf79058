#!/usr/bin/env bash
# checkdeb.sh BUILD_DIR: builds the .deb with CPack, installs it with apt
# (which also pulls its dependencies), runs the installed hpgdesk --version,
# and removes the package again. Needs root (or passwordless sudo); skips (77) otherwise.
set -euo pipefail
build=$1
if [[ $(id -u) -eq 0 ]]; then sudo=(); elif sudo -n true 2>/dev/null; then sudo=(sudo -n); else
    echo "SKIP: installing a .deb needs root"; exit 77; fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
(cd "$build" && cpack -G DEB -B "$out" >"$out/cpack.log") || { cat "$out/cpack.log"; exit 1; }
deb=$(ls "$out"/hpgdesk_*.deb)
dpkg-deb --info "$deb" | sed -n '/Depends/p'
# Qt's own Japanese strings (QWizard's buttons) are a dependency, not a recommendation.
dpkg-deb --field "$deb" Depends | grep -q 'qt6-translations-l10n' || { echo "qt6-translations-l10n is not in Depends"; exit 1; }
contents=$(dpkg-deb --contents "$deb")
for f in ./usr/bin/hpgdesk ./usr/share/applications/io.github.hpgdesk.hpgdesk.desktop \
         ./usr/share/metainfo/io.github.hpgdesk.hpgdesk.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/io.github.hpgdesk.hpgdesk.svg; do
    grep -qF " $f" <<<"$contents" || { echo "missing from the package: $f"; exit 1; }
done
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get install -y -q --no-install-recommends "$deb" >"$out/apt.log" 2>&1 || { cat "$out/apt.log"; exit 1; }
trap '"${sudo[@]}" apt-get remove -y -q hpgdesk >/dev/null 2>&1 || true; rm -rf "$out"' EXIT
version=$(env -u DISPLAY -u QT_QPA_PLATFORM /usr/bin/hpgdesk --version)
echo "$version"
[[ $version == "hpgdesk "* ]]
# Installed without recommends, Qt's Japanese catalogue is there for --lang ja.
dpkg -L qt6-translations-l10n | grep -q '/qtbase_ja.qm$' || { echo "qtbase_ja.qm is not installed"; exit 1; }
