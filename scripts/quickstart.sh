#!/usr/bin/env bash
# Quick start for Debian 12 (as root or with sudo). See README.md.
#
#   scripts/quickstart.sh run [hpgdesk options]   install what is missing, build, start hpgdesk on a local
#                                                 sandbox with demo data (--sandbox; pass --real to skip it)
#   scripts/quickstart.sh test [ctest options]    install what is missing, build (-Werror), run every test;
#                                                 without options, then the sanitizer subset (ASan + UBSan)
#                                                 and each fuzz target briefly
#   scripts/quickstart.sh asan [ctest options]    only the sanitizer subset (build/asan)
#   scripts/quickstart.sh fuzz [ctest options]    only the fuzz targets, HPG_FUZZ_SECONDS each (build/fuzz)
#   scripts/quickstart.sh deps                    only install what is missing
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

# Everything the build, the app, the sandbox and the tests need, from Debian 12.
packages=(
    build-essential cmake ninja-build pkg-config git dpkg-dev file clang
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev libqt6svg6 qt6-qpa-plugins qtkeychain-qt6-dev
    libgl-dev libvulkan-dev
    libpq-dev libpng-dev postgresql-15 postgresql-client-15 openssl ssl-cert
    dbus dbus-x11 gnome-keyring libsecret-tools xvfb xauth
    desktop-file-utils appstream python3-icalendar
    fonts-dejavu-core fonts-ipafont-gothic
    nodejs npm curl
)

as_root() {
    if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi
}

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    # npm is optional where Node.js already brings it (nodesource, nvm): the conformance test needs only `npm`.
    if command -v npm >/dev/null; then
        local keep=(); for p in "${missing[@]}"; do [[ $p == npm || $p == nodejs ]] || keep+=("$p"); done
        missing=("${keep[@]}")
    fi
    if ((${#missing[@]})); then
        echo "quickstart: installing ${missing[*]}"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
    fi
}

build() {
    local preset=$1
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset"
}

# Keychain tests need a real Secret Service: a private D-Bus session with an
# unlocked gnome-keyring whose keyrings live in a throw-away directory.
# HPG_REQUIRE_KEYRING=1: a test that finds no keyring, D-Bus or secret-tool
# fails here instead of skipping (a skip would pass).
with_keyring() {
    local keyring_home status=0
    keyring_home=$(mktemp -d)
    HPG_REQUIRE_KEYRING=1 XDG_DATA_HOME=$keyring_home dbus-run-session -- bash -c '
        echo -n hpgdesk-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
        exec "$@"' with_keyring "$@" || status=$?
    rm -rf "$keyring_home"
    return $status
}

# Builds only the tests of the sanitizer subset (tests/CMakeLists.txt, HPG_ASAN_TESTS) with
# ASan + UBSan into build/asan and runs them: a leak, a memory error or undefined behaviour fails.
sanitizers() {
    local start=$SECONDS status=0
    cmake --preset asan >/dev/null || return $?
    cmake --build --preset asan --target asan_tests || return $?
    with_keyring ctest --preset asan "$@" || status=$?
    echo "quickstart: sanitizer build and tests took $((SECONDS - start)) s"
    return $status
}

# libFuzzer targets (clang, ASan + UBSan; tests/fuzz): built into build/fuzz, each run for
# HPG_FUZZ_SECONDS (15 by default) on its checked-in seed corpus. A crash fails.
fuzzing() {
    local start=$SECONDS status=0
    cmake --preset fuzz -DHPG_FUZZ_SECONDS="${HPG_FUZZ_SECONDS:-15}" >/dev/null || return $?
    cmake --build --preset fuzz || return $?
    ctest --preset fuzz "$@" || status=$?
    echo "quickstart: fuzz build and runs took $((SECONDS - start)) s"
    return $status
}

cmd=${1:-}
shift || true
case "$cmd" in
deps)
    install_missing
    ;;
run)
    install_missing
    build dev
    if [[ ${1:-} == --real ]]; then
        shift
        exec "$root/build/dev/src/app/hpgdesk" "$@"
    fi
    exec "$root/build/dev/src/app/hpgdesk" --sandbox "$@"
    ;;
test)
    install_missing
    build ci
    status=0
    with_keyring ctest --preset ci "$@" || status=$?
    # The sanitizer subset (ASan + UBSan, label asan) after the whole suite; not when only
    # some tests were asked for, nor with HPG_SANITIZERS=0.
    if [[ $# -eq 0 && ${HPG_SANITIZERS:-1} != 0 ]]; then
        sanitizers || status=$?
        fuzzing || status=$?
    fi
    exit $status
    ;;
asan)
    install_missing
    sanitizers "$@"
    ;;
fuzz)
    install_missing
    fuzzing "$@"
    ;;
*)
    echo "usage: $0 run|test|asan|fuzz|deps [options]" >&2
    exit 2
    ;;
esac
