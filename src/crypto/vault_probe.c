#include "crypto/vault_probe.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "crypto/inbox.h"
#include "crypto/vault.h"
#include "crypto/vault_format.h"
#include "crypto/vault_io.h"
#include "crypto/vault_keys.h"
#include "crypto/vault_lock.h"

/* Reads name's metadata and header. Returns false when it is missing. */
static bool probe_file(int dirfd, const char *name, int64_t *mtime, uint64_t *size,
                       enum vault_status *header, bool *has_recovery)
{
	int fd = openat(dirfd, name, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
	if (fd < 0) {
		*header = errno == ENOENT ? VAULT_E_NO_VAULT
		          : errno == ELOOP ? VAULT_E_ODD_FILE : VAULT_E_READ;
		return errno != ENOENT;
	}
	struct stat st;
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		*header = VAULT_E_ODD_FILE;
		close(fd);
		return true;
	}
	*mtime = (int64_t)st.st_mtime;
	if (size != NULL) {
		*size = (uint64_t)st.st_size;
	}
	uint8_t buf[VAULT_HEADER_MAX];
	ssize_t n;
	do {
		n = pread(fd, buf, sizeof(buf), 0);
	} while (n < 0 && errno == EINTR);
	close(fd);
	if (n < 0) {
		*header = VAULT_E_READ;
		return true;
	}
	struct vault_kdf_caps caps = vault_kdf_caps_default();
	struct vault_header h;
	*header = vault_header_decode(buf, (size_t)n, &caps, &h);
	if (*header == VAULT_OK && has_recovery != NULL) {
		for (unsigned i = 0; i < h.slot_count; i++) {
			*has_recovery |= h.slots[i].type == VAULT_SLOT_RECOVERY;
		}
	}
	return true;
}

static bool is_vault_name(const char *name)
{
	static const char *const names[] = {VAULT_FILE_NAME, VAULT_PREV_NAME, INBOX_NAME,
	                                    INBOX_PUB_NAME, VAULT_LOCK_NAME};
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		if (strcmp(name, names[i]) == 0) {
			return true;
		}
	}
	return strncmp(name, INBOX_TAKEN_PREFIX, strlen(INBOX_TAKEN_PREFIX)) == 0;
}

/* Issue 8 #7: every entry with a vault file's name that is not a regular
 * file, so lock-status can name it. Reads names and types only. */
static void find_odd(int dirfd, struct vault_probe *out)
{
	int fd = dup(dirfd);
	DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
	if (d == NULL) {
		if (fd >= 0) {
			close(fd);
		}
		return;
	}
	rewinddir(d);
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		struct stat st;
		if (!is_vault_name(e->d_name) ||
		    fstatat(dirfd, e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0 || S_ISREG(st.st_mode)) {
			continue;
		}
		if (out->odd_count < VAULT_PROBE_ODD_MAX) {
			char *to = out->odd_names[out->odd_count];
			size_t n = strnlen(e->d_name, VAULT_PROBE_NAME_MAX - 1);
			memcpy(to, e->d_name, n);
			to[n] = '\0';
		}
		out->odd_count++;
	}
	closedir(d);
}

enum vault_status vault_probe(const char *dir, struct vault_probe *out)
{
	memset(out, 0, sizeof(*out));
	out->header = VAULT_E_NO_VAULT;
	out->prev_header = VAULT_E_NO_VAULT;
	int dirfd = vault_io_open_dir(dir, false);
	if (dirfd < 0) {
		return dirfd == -ENOENT || dirfd == -ENOTDIR ? VAULT_OK : VAULT_E_READ;
	}
	out->dir_exists = true;
	out->in_use = vault_lock_in_use(dirfd);
	out->exists = probe_file(dirfd, VAULT_FILE_NAME, &out->saved_at, &out->size, &out->header,
	                         &out->has_recovery);
	out->prev_exists =
	    probe_file(dirfd, VAULT_PREV_NAME, &out->prev_saved_at, NULL, &out->prev_header, NULL);
	out->inbox_pending = inbox_pending(dirfd);
	struct stat st;
	out->inbox_pub = fstatat(dirfd, INBOX_PUB_NAME, &st, AT_SYMLINK_NOFOLLOW) == 0;
	find_odd(dirfd, out);
	close(dirfd);
	return VAULT_OK;
}
