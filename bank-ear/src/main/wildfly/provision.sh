#!/usr/bin/env bash
# Turns an unpacked wildfly-dist into CertBank's server: installs EclipseLink, the PostgreSQL driver and OR-Tools as modules
# and applies configure.cli offline. Idempotent: it does nothing when the server already has this configuration.
# Usage: provision.sh <wildfly-home> <folder with eclipselink.jar and postgresql.jar>
set -euo pipefail
home=$1
jars=$2
here=$(cd "$(dirname "$0")" && pwd)
stamp=$(cat "$here/configure.cli" "$here"/modules/*/*/main/module.xml "$here"/modules/*/*/*/main/module.xml 2>/dev/null \
        | sha1sum | cut -d' ' -f1)
marker="$home/.certbank-provisioned"
if [ -f "$marker" ] && [ "$(cat "$marker")" = "$stamp" ]; then
  echo "CertBank: $home is already provisioned"
  exit 0
fi

base="$home/modules/system/layers/base"
el="$base/org/eclipse/persistence/main"
jipijapa=$(cd "$el" && ls jipijapa-eclipselink-*.jar)
cp "$jars/eclipselink.jar" "$el/"
sed "s/@JIPIJAPA_JAR@/$jipijapa/" "$here/modules/org/eclipse/persistence/main/module.xml" > "$el/module.xml"

pg="$home/modules/org/postgresql/main"
mkdir -p "$pg"
cp "$jars/postgresql.jar" "$pg/"
cp "$here/modules/org/postgresql/main/module.xml" "$pg/"

ort="$home/modules/com/google/ortools/main"
mkdir -p "$ort"
for jar in ortools-java ortools-linux-x86-64 protobuf-java jna jna-platform; do cp "$jars/$jar.jar" "$ort/"; done
cp "$here/modules/com/google/ortools/main/module.xml" "$ort/"

# A fresh standalone.xml every time, so that a changed script never meets its own earlier output.
cfg="$home/standalone/configuration"
[ -f "$cfg/standalone.xml.dist" ] || cp "$cfg/standalone.xml" "$cfg/standalone.xml.dist"
cp "$cfg/standalone.xml.dist" "$cfg/standalone.xml"
rm -rf "$cfg/standalone_xml_history"

JAVA_OPTS="-Xmx512m" "$home/bin/jboss-cli.sh" --file="$here/configure.cli"
echo "$stamp" > "$marker"
echo "CertBank: provisioned $home"
