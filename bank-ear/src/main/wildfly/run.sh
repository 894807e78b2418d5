#!/usr/bin/env bash
# Starts CertBank in the foreground on the embedded H2 database with demo users and data (Ctrl-C stops it).
# Usage: run.sh <wildfly-home> <bank.ear>
set -euo pipefail
home=$1
ear=$2
shift 2
deployments="$home/standalone/deployments"
rm -f "$deployments"/bank.ear.*
cp "$ear" "$deployments/bank.ear"
echo "CertBank: starting on http://localhost:8080/bank/ (demo mode; Ctrl-C stops the server)"
exec "$home/bin/standalone.sh" -Dcertbank.demo=true "$@"
