# Shared by bin/asskomm-backup and bin/asskomm-restore (sourced, not run): reads the database settings from
# etc/org.ops4j.datasource-asskomm.cfg, the file that also configures the running platform.
ASSKOMM_HOME=$(cd "$(dirname "$0")/.." && pwd)
ASSKOMM_DS_CFG="$ASSKOMM_HOME/etc/org.ops4j.datasource-asskomm.cfg"

# the last uncommented value of a key in the datasource configuration
cfg_value() {
  sed -n "s/^[[:space:]]*$1[[:space:]]*=[[:space:]]*//p" "$ASSKOMM_DS_CFG" | tail -n 1 | sed 's/[[:space:]]*$//'
}

# makes a path absolute against the caller's directory
absolute() {
  case "$1" in /*) echo "$1" ;; *) echo "$(pwd)/$1" ;; esac
}

if [ "$(cfg_value osgi.jdbc.driver.class)" = org.postgresql.Driver ]; then
  ASSKOMM_DB=postgresql
  # jdbc:postgresql://host[:port]/database[?options]
  pg_rest=$(cfg_value url); pg_rest=${pg_rest#jdbc:postgresql://}
  pg_hostport=${pg_rest%%/*}
  PGDATABASE=${pg_rest#*/}; PGDATABASE=${PGDATABASE%%\?*}
  PGHOST=${pg_hostport%%:*}
  PGPORT=${pg_hostport#*:}; [ "$PGPORT" = "$pg_hostport" ] && PGPORT=5432
  PGUSER=$(cfg_value user)
  PGPASSWORD=$(cfg_value password)
  export PGHOST PGPORT PGDATABASE PGUSER PGPASSWORD
  # pg_dump/pg_restore from PATH, or from PG_BIN (e.g. /usr/lib/postgresql/15/bin)
  PG_BIN=${PG_BIN:+$PG_BIN/}
else
  ASSKOMM_DB=h2
fi

# bin/client with the credentials of ASSKOMM_USER/ASSKOMM_PASSWORD if set (else Karaf's default: the first user);
# -r/-d: the SSH console opens a second or two after the API serves (second boot stage), so it retries for 10 s
karaf_client() {
  if [ -n "${ASSKOMM_USER:-}" ]; then
    "$ASSKOMM_HOME/bin/client" -u "$ASSKOMM_USER" -p "${ASSKOMM_PASSWORD:-}" -r 10 -d 1 -b
  else
    "$ASSKOMM_HOME/bin/client" -r 10 -d 1 -b
  fi
}
