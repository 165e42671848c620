#include "crypto/vault_lock.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

/* Takes op (LOCK_EX or LOCK_SH) on fd without waiting: fd, or -errno
 * with fd closed. */
static int take(int fd, int op)
{
	if (fd < 0) {
		return -errno;
	}
	while (flock(fd, op | LOCK_NB) != 0) {
		if (errno == EINTR) {
			continue;
		}
		int err = errno == EWOULDBLOCK ? EWOULDBLOCK : errno;
		close(fd);
		return -err;
	}
	return fd;
}

int vault_lock_acquire(const struct vault_io *io, int dirfd)
{
	return take(io->openat(io->ctx, dirfd, VAULT_LOCK_NAME,
	                       O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600),
	            LOCK_EX);
}

int vault_lock_acquire_shared(const struct vault_io *io, int dirfd)
{
	return take(io->openat(io->ctx, dirfd, VAULT_LOCK_NAME,
	                       O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0),
	            LOCK_SH);
}

void vault_lock_release(int fd)
{
	if (fd >= 0) {
		close(fd); /* closing the last descriptor drops the flock */
	}
}

bool vault_lock_in_use(int dirfd)
{
	int fd = openat(dirfd, VAULT_LOCK_NAME, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
	if (fd < 0) {
		return false;
	}
	/* A shared lock conflicts only with a holder's exclusive one, and is
	 * dropped at once, so a probe never blocks a starting instance for
	 * more than a moment. */
	bool busy = false;
	while (flock(fd, LOCK_SH | LOCK_NB) != 0) {
		if (errno == EINTR) {
			continue;
		}
		busy = errno == EWOULDBLOCK;
		break;
	}
	close(fd);
	return busy;
}
