/* Test tool: logs an urge into the sealed inbox of DATA_DIR without any
 * passphrase, as 'wisemind urge' will (that command comes with the diary
 * card). Usage: inbox_tool DATA_DIR TARGET RATING [NOTE] */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/urge_record.h"
#include "crypto/inbox.h"
#include "crypto/vault_status.h"

int main(int argc, char **argv)
{
	if (argc < 4 || argc > 5) {
		fprintf(stderr, "usage: inbox_tool DATA_DIR TARGET RATING [NOTE]\n");
		return 2;
	}
	struct urge_record r = {.rating = atoi(argv[3])};
	snprintf(r.at, sizeof(r.at), "2026-11-22T14:03:00+00:00");
	snprintf(r.target, sizeof(r.target), "%s", argv[2]);
	snprintf(r.note, sizeof(r.note), "%s", argc == 5 ? argv[4] : "");
	struct str payload = {0};
	if (!urge_record_encode(&r, &payload)) {
		fprintf(stderr, "inbox_tool: not a valid urge\n");
		return 1;
	}
	uint8_t id[INBOX_ID_LEN];
	enum vault_status st = inbox_append(argv[1], payload.buf, payload.len, id);
	str_wipe(&payload);
	if (st != VAULT_OK) {
		fprintf(stderr, "inbox_tool: %s\n", vault_status_message(st));
		return 1;
	}
	puts("saved");
	return 0;
}
