#!/usr/bin/env bash
# screenshots.sh [HPGDESK] [OUT_DIR]: the app's own --screenshot against a fresh local sandbox, in
# English and Japanese, light and dark: the first start, and the Overview, Connection Info and
# Sessions tabs of a database. The English light ones of the first three are the AppStream
# screenshots (packaging/screenshots/, referenced from the metainfo).
set -euo pipefail
bin=${1:-build/dev/src/app/hpgdesk}
out=${2:-/tmp/hpgdesk-screenshots}
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen
db=db:acme-storefront/postgresql-acme-primary
for scheme in light dark; do
    # A settings file of its own: the colour scheme, and no first-start dialog over the window.
    export XDG_CONFIG_HOME="$work/config-$scheme" XDG_DATA_HOME="$work/data-$scheme"
    mkdir -p "$XDG_CONFIG_HOME/hpgdesk"
    printf '[appearance]\ncolorScheme=%s\n[start]\nfirstStartDone=true\n' "$scheme" >"$XDG_CONFIG_HOME/hpgdesk/hpgdesk.conf"
    for lang in en ja; do
        "$bin" --lang "$lang" --screenshot "$out/first-start-$lang-$scheme.png"
        for page in overview connection sessions; do
            "$bin" --lang "$lang" --sandbox-dir "$work/sandbox" --select "$db" --page "$page" \
                --screenshot "$out/$page-$lang-$scheme.png"
        done
    done
done
ls "$out"
