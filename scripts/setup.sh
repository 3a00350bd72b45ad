# Shared by scripts/run and scripts/test: install what is missing, then configure and build in Release.
# Sourced, not run.

KCAT_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
KCAT_BUILD=${KCAT_BUILD:-$KCAT_ROOT/build}
# ccache hits across checkouts in different folders (CI clones afresh each time).
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$KCAT_ROOT}

# Debian 12 packages the program, its tests and its benchmarks need.
KCAT_PACKAGES=(
    build-essential cmake ninja-build ccache clang-format git
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql libqt6opengl6-dev libxkbcommon-dev libvulkan-dev
    libgl-dev libeigen3-dev nlohmann-json3-dev zlib1g-dev
    libtorch-dev libgloo-dev coinor-libcbc-dev
    wordnet-base dataset-fashion-mnist
    xvfb xauth fonts-dejavu-core fonts-noto-cjk
    postgresql
)

kcat_install_packages() {
    local missing=()
    for p in "${KCAT_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "== installing ${#missing[@]} missing Debian packages: ${missing[*]}"
    local apt=(apt-get)
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
            apt=(sudo apt-get)
        else
            echo "These Debian packages are missing. Install them as root, then run this again:" >&2
            echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
            return 1
        fi
    fi
    DEBIAN_FRONTEND=noninteractive "${apt[@]}" update -q &&
        DEBIAN_FRONTEND=noninteractive "${apt[@]}" install -y -q --no-install-recommends "${missing[@]}"
}

kcat_build() {
    local jobs
    jobs=$(nproc 2>/dev/null || echo 2)
    echo "== configuring and building (Release) in $KCAT_BUILD"
    cmake -S "$KCAT_ROOT" -B "$KCAT_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release &&
        cmake --build "$KCAT_BUILD" -j "$jobs"
}
