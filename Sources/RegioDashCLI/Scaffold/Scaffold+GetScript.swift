extension Scaffold {
    /// Where the script that puts regiodash on CI's PATH goes.
    static let getScript = "ci/get-regiodash.sh"

    /// The script both CI files run: the pinned release binary, its
    /// checksum checked, or (only when asked) the tag built from source; a
    /// setting still unset, or a release that is not there, stops it with a
    /// message saying which setting to change, instead of a bare 404.
    var getRegiodash: String {
        #"""
        #!/bin/sh
        # Puts regiodash into FOLDER (default .regiodash-tool) for CI. Written by
        # `regiodash init`. The settings are environment variables, set at the top
        # of .github/workflows/site.yml (GitHub) and .gitlab-ci.yml (GitLab):
        #
        #   REGIODASH_REPOSITORY   the GitHub repository regiodash is released from, OWNER/NAME
        #   REGIODASH_VERSION      the release's tag, e.g. v0.4.0
        #   REGIODASH_SHA256       the checksum of its regiodash-linux-x86_64 (the release's .sha256 file)
        #   REGIODASH_FROM_SOURCE  "true": build that tag from source instead (2-3 minutes;
        #                          needs Swift and libcmark-dev)
        #   REGIODASH_RELEASES     where releases are downloaded from, if not from GitHub
        #                          (a mirror): URL/TAG/regiodash-linux-x86_64
        #
        #   ci/get-regiodash.sh [FOLDER]
        set -eu
        folder=${1:-.regiodash-tool}
        repository=${REGIODASH_REPOSITORY:-}
        version=${REGIODASH_VERSION:-}
        checksum=${REGIODASH_SHA256:-}
        from_source=${REGIODASH_FROM_SOURCE:-false}
        settings=".github/workflows/site.yml (GitHub) or .gitlab-ci.yml (GitLab)"

        fail() {
          [ -z "${GITHUB_ACTIONS:-}" ] || printf '::error title=regiodash::%s\n' "$1"
          printf 'get-regiodash: %s\n' "$1" >&2
          exit 1
        }

        unset_settings=""
        case "$repository" in ""|SET-ME*|*/SET-ME) unset_settings="REGIODASH_REPOSITORY (the GitHub repository regiodash is released from, as OWNER/NAME)" ;; esac
        case "$version" in ""|SET-ME) unset_settings="${unset_settings:+$unset_settings, }REGIODASH_VERSION (a release's tag, such as v0.4.0)" ;; esac
        if [ "$from_source" != true ]; then
          case "$checksum" in ""|SET-ME) unset_settings="${unset_settings:+$unset_settings, }REGIODASH_SHA256 (from the release's regiodash-linux-x86_64.sha256)" ;; esac
        fi
        [ -z "$unset_settings" ] || fail "set $unset_settings in $settings; regiodash init left them for you to fill in"

        mkdir -p "$folder"
        if [ "$from_source" = true ]; then
          command -v swift >/dev/null 2>&1 || fail "REGIODASH_FROM_SOURCE is true, but there is no Swift toolchain here: use a Swift image (swift:6.1-noble) or set REGIODASH_FROM_SOURCE to false"
          source="$(mktemp -d)/regiodash"
          git clone --quiet --depth 1 --branch "$version" "https://github.com/$repository" "$source" \
            || fail "cannot clone tag $version of https://github.com/$repository: check REGIODASH_REPOSITORY and REGIODASH_VERSION in $settings"
          swift build -c release --product regiodash --package-path "$source"
          cp "$source/.build/release/regiodash" "$folder/regiodash"
          exit 0
        fi

        # A binary left by an earlier job (a cache) is used only with the right checksum.
        if [ -x "$folder/regiodash" ] && [ "$(sha256sum "$folder/regiodash" | cut -d' ' -f1)" = "$checksum" ]; then
          exit 0
        fi
        asset="regiodash-linux-$(uname -m)"
        url="${REGIODASH_RELEASES:-https://github.com/$repository/releases/download}/$version/$asset"
        curl --fail --silent --show-error --location --retry 3 --output "$folder/regiodash.download" "$url" \
          || fail "cannot download $url: is $version a release of $repository with a file $asset? Check REGIODASH_VERSION and REGIODASH_REPOSITORY in $settings"
        actual=$(sha256sum "$folder/regiodash.download" | cut -d' ' -f1)
        if [ "$actual" != "$checksum" ]; then
          rm -f "$folder/regiodash.download"
          fail "$url has checksum $actual, not the $checksum REGIODASH_SHA256 pins: if you changed REGIODASH_VERSION, copy the new release's checksum from $asset.sha256 into $settings"
        fi
        chmod +x "$folder/regiodash.download"
        mv "$folder/regiodash.download" "$folder/regiodash"
        echo "get-regiodash: regiodash $version from $url, checksum checked"

        """#
    }
}
