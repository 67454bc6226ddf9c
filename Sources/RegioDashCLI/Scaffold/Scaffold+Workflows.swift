extension Scaffold {
    /// GitHub Actions: check and build on every push and pull request that
    /// touches content/, annotate problems on the lines that caused them,
    /// comment the change summary on pull requests, publish to Pages from main.
    var github: String {
        """
        # \(origin) Checks, builds and publishes the site whenever content/ changes.
        name: Site

        on:
          push:
            branches: [main]
            paths: ["content/**", ".github/workflows/site.yml"]
          pull_request:
            paths: ["content/**"]
          workflow_dispatch:

        permissions:
          contents: read
          pages: write
          id-token: write
          pull-requests: write

        concurrency:
          group: site-${{ github.ref }}
          cancel-in-progress: true

        \(githubEnvironment)jobs:
          site:
            runs-on: ubuntu-24.04
        \(githubContainer)    steps:
              - uses: actions/checkout@v4
                with:
                  fetch-depth: 0
        \(githubBuildSteps)
              - name: Check the content
                run: regiodash check --strict --format github
              - name: Keep the build cache, which holds the feed's history, between runs on main
                if: github.event_name != 'pull_request'
                uses: actions/cache@v4
                with:
                  path: .regiodash-cache
                  key: regiodash-cache-${{ github.run_id }}
                  restore-keys: regiodash-cache-
              - name: Build the site
                env:
                  BEFORE: ${{ github.event.before }}
                run: |
                  # The feed says what changed since the commit published before this push, dated by this commit.
                  git config --global --add safe.directory "$PWD"
                  if [ -n "$BEFORE" ] && git cat-file -e "$BEFORE^{commit}" 2>/dev/null; then set -- --changes-base "$BEFORE"; fi
                  SOURCE_DATE_EPOCH=$(git log -1 --format=%ct) regiodash build --output site "$@"
              - name: Check the links
                uses: lycheeverse/lychee-action@v2
                with:
                  args: --offline --no-progress --include-fragments site
                  fail: true
              - name: Summarise the changes
                if: github.event_name == 'pull_request'
                run: |
                  git config --global --add safe.directory "$PWD"
                  regiodash diff --base "origin/${{ github.base_ref }}" > summary.md
                  cat summary.md >> "$GITHUB_STEP_SUMMARY"
              - name: Comment the summary on the pull request
                if: github.event_name == 'pull_request'
                uses: marocchino/sticky-pull-request-comment@v2
                with:
                  header: regiodash
                  path: summary.md
              - uses: actions/upload-pages-artifact@v3
                if: github.event_name != 'pull_request' && github.ref == 'refs/heads/main'
                with:
                  path: site

          deploy:
            if: github.event_name != 'pull_request' && github.ref == 'refs/heads/main'
            needs: site
            runs-on: ubuntu-24.04
            environment:
              name: github-pages
              url: ${{ steps.deployment.outputs.page_url }}
            steps:
              - id: deployment
                uses: actions/deploy-pages@v4

        """
    }

    /// GitLab CI: the same, with the summary as a merge-request note (given
    /// a token) and GitLab Pages from the default branch.
    var gitlab: String {
        """
        # Built by `regiodash init`. Checks, builds and publishes the site whenever content/ changes.
        # With REGIODASH_FROM_SOURCE "true", use image swift:6.1-noble instead.
        image: ubuntu:24.04

        variables:
        \(settings)
          GIT_DEPTH: "0"

        stages: [check, review, deploy]

        .regiodash:
          cache:
            key: regiodash-$REGIODASH_VERSION
            paths: [.regiodash-tool/]
          before_script:
            - apt-get update -qq && apt-get install -y -qq --no-install-recommends ca-certificates curl git libcmark-dev
            - \(Self.getScript) .regiodash-tool
            - export PATH="$PWD/.regiodash-tool:$PATH"

        check:
          extends: .regiodash
          stage: check
          rules:
            - changes: ["content/**/*", ".gitlab-ci.yml"]
          script:
            - regiodash check --strict
            - regiodash build --output site
          artifacts:
            paths: [site]
            expire_in: 1 day

        links:
          stage: check
          image:
            name: lycheeverse/lychee:latest
            entrypoint: [""]
          needs: [check]
          rules:
            - changes: ["content/**/*", ".gitlab-ci.yml"]
          script:
            - lychee --offline --no-progress --include-fragments site

        review:
          extends: .regiodash
          stage: review
          rules:
            - if: $CI_PIPELINE_SOURCE == "merge_request_event"
              changes: ["content/**/*"]
          script:
            - git fetch origin "$CI_MERGE_REQUEST_TARGET_BRANCH_NAME"
            - regiodash diff --base "origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME" > summary.md
            - cat summary.md
            - |
              if [ -n "$REGIODASH_REVIEW_TOKEN" ]; then
                curl --fail --silent --request POST --header "PRIVATE-TOKEN: $REGIODASH_REVIEW_TOKEN" \\
                  --data-urlencode "body@summary.md" \\
                  "$CI_API_V4_URL/projects/$CI_PROJECT_ID/merge_requests/$CI_MERGE_REQUEST_IID/notes" > /dev/null
              fi
          artifacts:
            paths: [summary.md]

        pages:
          extends: .regiodash
          stage: deploy
          rules:
            - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
              changes: ["content/**/*", ".gitlab-ci.yml"]
          # The build cache holds the feed's history: kept from one publication to the next.
          cache:
            - key: regiodash-$REGIODASH_VERSION
              paths: [.regiodash-tool/]
            - key: regiodash-build-cache
              paths: [.regiodash-cache/]
          script:
            # The feed says what changed since the commit published before this push, dated by this commit.
            - |
              if git cat-file -e "$CI_COMMIT_BEFORE_SHA^{commit}" 2>/dev/null; then set -- --changes-base "$CI_COMMIT_BEFORE_SHA"; fi
              SOURCE_DATE_EPOCH=$(git log -1 --format=%ct) regiodash build --output public --base-url "$CI_PAGES_URL/" "$@"
          artifacts:
            paths: [public]

        """
    }

    private var origin: String {
        switch source {
        case .release: "Written by `regiodash init`."
        case .checkout: "What `regiodash init` writes for a region's repository, building regiodash from this one."
        }
    }

    /// The settings of the release CI uses, each with what it is; the ones
    /// still to give hold `Release.unset`, which stops CI with a message.
    private var settings: String {
        guard let release else { return "" }
        return """
              # Which regiodash CI uses: a release on GitHub. Set the repository it is released from
              # (OWNER/NAME) and the checksum of the release's regiodash-linux-x86_64 (from its .sha256 file).
              REGIODASH_REPOSITORY: \(release.repository)
              REGIODASH_VERSION: \(release.version)
              REGIODASH_SHA256: \(release.checksum)
              # "true": build that tag from source instead of downloading it (2-3 minutes longer).
              REGIODASH_FROM_SOURCE: "\(release.fromSource)"
            """
    }

    private var githubEnvironment: String {
        guard release != nil else { return "" }
        return "env:\n" + settings + "\n\n"
    }

    /// regiodash's own CI builds in a Swift container; a region's needs none.
    private var githubContainer: String {
        release == nil ? "    container: swift:6.1-noble\n" : ""
    }

    private var githubBuildSteps: String {
        switch source {
        case .release:
            """
                  - name: Install Swift (only to build regiodash from source)
                    if: env.REGIODASH_FROM_SOURCE == 'true'
                    uses: swift-actions/setup-swift@v2
                    with:
                      swift-version: "6.1"
                  - name: Get regiodash
                    run: |
                      if [ "$REGIODASH_FROM_SOURCE" = true ]; then sudo apt-get update -qq && sudo apt-get install -y -qq libcmark-dev; fi
                      \(Self.getScript) "$RUNNER_TEMP/regiodash"
                      echo "$RUNNER_TEMP/regiodash" >> "$GITHUB_PATH"
            """
        case .checkout:
            """
                  - name: Install libcmark
                    run: apt-get update -qq && apt-get install -y -qq libcmark-dev git
                  - name: Build regiodash
                    run: |
                      swift build -c release --product regiodash
                      echo "$PWD/.build/release" >> "$GITHUB_PATH"
            """
        }
    }
}
