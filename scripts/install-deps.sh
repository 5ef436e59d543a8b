#!/usr/bin/env bash
# Installs the Debian 12 packages TrialBench needs, only those that are missing (idempotent, quiet when done).
set -euo pipefail

packages=(
  cmake ninja-build ccache g++ pkg-config
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite libgl-dev fonts-dejavu-core
  fonts-droid-fallback
  libqcustomplot-dev libqcustomplot2.1-qt6
  libeigen3-dev libboost-dev libpcg-cpp-dev nlohmann-json3-dev libsqlite3-dev sqlite3 libplfit-dev plfit liblbfgspp-dev
  desktop-file-utils appstream shared-mime-info dpkg-dev
  openmpi-bin libopenmpi-dev
)
# openmpi-bin + libopenmpi-dev: optional at build time (CMake builds `trialbench-cli run --mpi` when it finds them;
# docs/cluster.md); installed here so a fresh machine has cluster runs and their test.
# fonts-droid-fallback (7 MB) draws the Chinese window (zh_CN) under Xvfb and in the screenshots; a desktop has a
# CJK font of its own (the package recommends fonts-noto-cjk).
# The window needs a display; xvfb and imagemagick let it run and be screenshotted headless.
if [ "${TB_WITH_SCREENSHOT_TOOLS:-0}" = 1 ]; then packages+=(xvfb xauth imagemagick); fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing Debian packages: ${missing[*]}" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
