#!/usr/bin/env bash
# Builds the passport-analysis stable plugin for the Elasticsearch distribution in $1 into the zip $2.
# It is compiled with the JDK Elasticsearch runs on ($ES_JAVA_HOME, 21+) against the very jars of that
# distribution's lib/ (the stable plugin API and Lucene's analysis-common), so it always matches
# the node that loads it; Maven's JDK 17 cannot read those class files.
set -euo pipefail
dist=$1 out=$2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
version=$(basename "$(ls "$dist"/lib/elasticsearch-plugin-api-*.jar)" .jar); version=${version#elasticsearch-plugin-api-}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cp=$(ls "$dist"/lib/lucene-core-*.jar "$dist"/lib/lucene-analysis-common-*.jar "$dist"/lib/elasticsearch-plugin-api-*.jar \
  "$dist"/lib/elasticsearch-plugin-analysis-api-*.jar | tr '\n' ':')
mkdir -p "$work/classes" "$work/zip"
"$ES_JAVA_HOME/bin/javac" --release 21 -nowarn -cp "$cp" -d "$work/classes" $(find "$here/src" -name '*.java')
cp "$here/../src/main/resources/search/clinical-synonyms.txt" "$work/classes/"
(cd "$work/classes" && "$ES_JAVA_HOME/bin/jar" cf "$work/zip/passport-analysis.jar" .)
sed "s/\${ES_VERSION}/$version/" "$here/stable-plugin-descriptor.properties" > "$work/zip/stable-plugin-descriptor.properties"
cp "$here/named_components.json" "$work/zip/"
rm -f "$out"; (cd "$work/zip" && "$ES_JAVA_HOME/bin/jar" cfM "$out" .)
