#!/usr/bin/env bash
# Generates a fresh plugin from the installed ASSKomm archetype into a temporary directory, given nothing but
# -DmoduleId and -DartifactId (every other property has its default), renames the sample entity as an author
# would (Measure -> Inspection, in names and files), and builds it with its tests, offline, against the same
# local Maven repository: unit tests, KAR, and the generated Pax Exam itest, which boots the ASSKomm
# distribution, drops the KAR into deploy/, finds the module and its collection (from /api/v1/modules and the
# OpenAPI document, so the rename needs no change there), enables it for two municipalities and sees the module
# store count 2, creates a record, deletes the KAR and sees the plugin gone, redeploys and finds the record.
# Run by the build of archetype/ (install phase).
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
  -DartifactId=noise-watch -DmoduleId=noisewatch -DinteractiveMode=false
echo "generated $work/noise-watch in $((SECONDS - start)) s"

cd noise-watch
fail() { echo "$1"; exit 1; }
# the defaults: groupId, package (one per plugin), title from the module id, the feature named after the module id
grep -q '<groupId>org.example.asskomm</groupId>' pom.xml || fail "groupId has no default"
test -f bundle/src/main/java/org/example/asskomm/noisewatch/internal/PluginModule.java || fail "package is not groupId.moduleId"
grep -q 'super(ID, "Noisewatch"' bundle/src/main/java/org/example/asskomm/noisewatch/internal/PluginModule.java \
  || fail "moduleTitle does not default to the module id"
grep -q '<feature name="asskomm-noisewatch"' feature/src/main/feature/feature.xml || fail "feature not named after the module id"
grep -q '<asskomm.version>'"$version"'</asskomm.version>' pom.xml || fail "asskommVersion is not the archetype's version"

# rename the sample entity as an author would: identifiers, table, REST path, messages, and the files
find . -type f \( -name '*.java' -o -name '*.sql' -o -name '*.js' -o -name '*.txt' \) -print0 \
  | xargs -0 sed -i -e 's/MEASURE/INSPECTION/g' -e 's/Measure/Inspection/g' -e 's/measure/inspection/g' -e 's/Maßnahme/Kontrolle/g'
find . -depth -name '*Measure*' | while read -r f; do mv "$f" "$(dirname "$f")/$(basename "$f" | sed 's/Measure/Inspection/g')"; done
! grep -rqi 'measure' bundle/src itest/src || fail "sample entity not fully renamed"
echo "renamed the sample entity Measure -> Inspection"
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
grep -q 'name="asskomm-noisewatch"' feature/target/feature/feature.xml || { echo "feature name in the KAR"; exit 1; }
echo "generated plugin built and tested in $((SECONDS - start)) s; KAR $kar"
if [ "${KEEP:-false}" = true ]; then echo "kept in $work/noise-watch"; fi
