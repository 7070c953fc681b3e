#!/usr/bin/env bash
# Generates a fresh plugin from the installed ASSKomm archetype into a temporary directory and builds it
# with its tests, offline, against the same local Maven repository: unit tests, KAR, and the generated
# Pax Exam itest, which boots the ASSKomm distribution, drops the KAR into deploy/, calls the endpoint,
# deletes the KAR and sees the plugin gone. Run by the build of archetype/ (install phase).
#
#   archetype/verify-generated.sh [LOCAL_REPO]       LOCAL_REPO defaults to ~/.m2/repository
#   VERIFY_ITEST=false archetype/verify-generated.sh  leaves the itest out (about 30-80 s less)
#   KEEP=true ...                                    keeps the generated project and prints where it is
set -euo pipefail

repo="${1:-$HOME/.m2/repository}"
version="0.1.0-SNAPSHOT"
work="$(mktemp -d "${TMPDIR:-/tmp}/asskomm-plugin.XXXXXX")"
if [ "${KEEP:-false}" != true ]; then
  trap 'rm -rf "$work"' EXIT
fi
mvn_opts=(-B -ntp "-Dmaven.repo.local=$repo")
start=$SECONDS

cd "$work"
mvn "${mvn_opts[@]}" -q org.apache.maven.plugins:maven-archetype-plugin:3.3.1:generate \
  -DarchetypeGroupId=org.asskomm -DarchetypeArtifactId=asskomm-plugin-archetype -DarchetypeVersion="$version" \
  -DgroupId=org.example.asskomm -DartifactId=noise-watch -Dpackage=org.example.asskomm.noise \
  -DmoduleId=noisewatch "-DmoduleTitle=Lärmschutz" -DinteractiveMode=false
echo "generated $work/noise-watch in $((SECONDS - start)) s"

cd noise-watch
itest=(-DskipITs)
if [ "${VERIFY_ITEST:-true}" = true ]; then
  itest=()
fi
mvn "${mvn_opts[@]}" install "${itest[@]}" > build.log 2>&1 || { tail -n 80 build.log; echo "generated plugin FAILED to build"; exit 1; }
grep -E "Tests run:|BUILD" build.log | grep -v "^\[INFO\] Tests run: .*, Time elapsed" || true

kar="feature/target/noise-watch-feature-1.0.0-SNAPSHOT.kar"
test -f "$kar" || { echo "no KAR at $kar"; exit 1; }
# the KAR carries the plugin's own bundle, and the plugin imports no internal platform package
unzip -l "$kar" | grep -q "noise-watch-bundle-1.0.0-SNAPSHOT.jar" || { echo "bundle missing in the KAR"; exit 1; }
imports="$(unzip -p bundle/target/noise-watch-bundle-1.0.0-SNAPSHOT.jar META-INF/MANIFEST.MF | tr -d '\r\n ')"
if echo "$imports" | grep -q "org.asskomm.platform.core"; then echo "plugin imports platform internals"; exit 1; fi
# any 1.x minor the plugin was built against, up to the next major (the root package is at 1.1 since Database.read)
echo "$imports" | grep -Eq 'org.asskomm.platform.api;version="\[1\.[0-9]+,2\)"' || { echo "unexpected platform-api import range"; exit 1; }
echo "generated plugin built and tested in $((SECONDS - start)) s; KAR $kar"
if [ "${KEEP:-false}" = true ]; then echo "kept in $work/noise-watch"; fi
