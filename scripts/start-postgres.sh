#!/usr/bin/env bash
# Starts the local PostgreSQL cluster of Debian's `postgresql` package and makes sure the test role exists.
# Prints the connection URL for KEA_TEST_DATABASE_URL. Needs root (CI runs as root); idempotent.
# The role may create databases: every test module gets a fresh database of its own and drops it afterwards.
set -euo pipefail

ROLE=${KEA_TEST_DB_ROLE:-kea_test}
PASSWORD=${KEA_TEST_DB_PASSWORD:-kea_test}

if ! command -v pg_lsclusters >/dev/null 2>&1; then
    echo "Hinweis: PostgreSQL fehlt (Debian-Paket postgresql); die PostgreSQL-Tests werden übersprungen." >&2
    exit 1
fi
read -r VERSION CLUSTER PORT STATUS _ < <(pg_lsclusters --no-header | head -n 1)
if [ -z "${VERSION:-}" ]; then
    VERSION=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
    pg_createcluster "$VERSION" main >/dev/null
    read -r VERSION CLUSTER PORT STATUS _ < <(pg_lsclusters --no-header | head -n 1)
fi
if [ "$STATUS" != "online" ]; then
    # To stderr: the caller captures stdout as the URL (pg_ctl may say "Removed stale pid file.").
    pg_ctlcluster "$VERSION" "$CLUSTER" start >&2
fi
for _ in $(seq 1 30); do
    pg_isready -q -h 127.0.0.1 -p "$PORT" && break
    sleep 1
done
runuser -u postgres -- psql -q -p "$PORT" -v ON_ERROR_STOP=1 -d postgres >/dev/null <<SQL
DO \$\$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$ROLE') THEN
        CREATE ROLE $ROLE LOGIN CREATEDB PASSWORD '$PASSWORD';
    END IF;
END
\$\$;
SELECT 'CREATE DATABASE $ROLE OWNER $ROLE' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$ROLE')
\gexec
SQL
echo "postgresql://$ROLE:$PASSWORD@127.0.0.1:$PORT/$ROLE"
