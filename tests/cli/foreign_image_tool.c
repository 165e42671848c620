/* Test tool (issue 8 #3): saves into the vault of DATA_DIR, with its own
 * keys, an SQLite image that authenticates but is not a wisemind diary
 * (no application id, no tables), as a bug or a tampering program with the
 * passphrase could. Usage: foreign_image_tool DATA_DIR PASSPHRASE */
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

#include "crypto/vault.h"

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: foreign_image_tool DATA_DIR PASSPHRASE\n");
		return 2;
	}
	sqlite3 *db = NULL;
	sqlite3_int64 len = 0;
	unsigned char *image = NULL;
	if (sqlite3_open(":memory:", &db) != SQLITE_OK ||
	    sqlite3_exec(db, "CREATE TABLE other(x); INSERT INTO other VALUES (1);", NULL, NULL,
	                 NULL) != SQLITE_OK ||
	    (image = sqlite3_serialize(db, "main", &len, 0)) == NULL) {
		fprintf(stderr, "foreign_image_tool: sqlite failed\n");
		return 1;
	}
	struct vault_secret secret = {VAULT_SECRET_PASSPHRASE, argv[2], strlen(argv[2])};
	struct vault *v = NULL;
	struct vault_opened opened;
	enum vault_status st = vault_open(argv[1], NULL, &secret, &v, &opened);
	if (st == VAULT_OK) {
		vault_opened_finish(&opened);
		st = vault_save(v, image, (size_t)len);
		vault_close(v);
	}
	sqlite3_free(image);
	sqlite3_close(db);
	if (st != VAULT_OK) {
		fprintf(stderr, "foreign_image_tool: %s\n", vault_status_message(st));
		return 1;
	}
	return 0;
}
