/* libFuzzer target: any bytes given to the inbox record reader (the
 * plaintext of a sealed record, which anyone who can write the data
 * folder controls) are refused or read, never a crash or an
 * out-of-bounds read; a record read and encoded again reads back the
 * same. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/urge_record.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct urge_record r;
	if (!urge_record_decode((const char *)data, size, &r)) {
		return 0;
	}
	struct str enc = {0};
	/* A version 1 target may be a line version 2 refuses; all else
	 * encodes. */
	if (urge_record_encode(&r, &enc)) {
		struct urge_record back;
		if (enc.len > URGE_RECORD_MAX || !urge_record_decode(enc.buf, enc.len, &back) ||
		    strcmp(back.at, r.at) != 0 || back.kind != r.kind ||
		    strcmp(back.target, r.target) != 0 || back.rating != r.rating ||
		    strcmp(back.skill, r.skill) != 0 || back.has_follows != r.has_follows ||
		    memcmp(back.follows, r.follows, sizeof(r.follows)) != 0 ||
		    strcmp(back.note, r.note) != 0) {
			abort();
		}
	} else if (memcmp(data, "wisemind-urge 1\n", 16) != 0) {
		abort();
	}
	str_finish(&enc);
	return 0;
}
