#ifndef WISEMIND_STORE_MIGRATE_H
#define WISEMIND_STORE_MIGRATE_H

/* Schema migrations, private to src/store (and its tests). The schema
 * version is PRAGMA user_version: 0 is an empty database, and step i
 * takes a database from version i to i + 1. */

#include <sqlite3.h>
#include <stddef.h>

#include "store/status.h"

/* One step: SQL without parameters, run in the step's transaction. */
struct migration {
	const char *sql;
};

/* The steps of the shipped schema, in order (schema.c). Their count is
 * STORE_SCHEMA_VERSION. */
extern const struct migration store_migrations[];

/* Brings db up to version count by running steps[version .. count-1] in
 * order, each in its own transaction together with its user_version
 * update, so a failed step leaves the previous version intact.
 * STORE_TOO_NEW (and nothing run) when db is already past count. */
enum store_status migrate_run(sqlite3 *db, const struct migration *steps, size_t count)
	__attribute__((warn_unused_result));

#endif
