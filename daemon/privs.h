/*
 * privs.h -- giving up root.  Started as root (outside systemd), supportd
 * opens what it needs -- config, secret, store -- and then runs as the
 * desk's own user before it reads any mail.
 */
#ifndef PRIVS_H
#define PRIVS_H

#include "desk.h"

#define PRIVS_DEFAULT_USER	"supportd"

/*
 * Make the desk's own files (store with -wal and -shm, secret) private:
 * ones that an older version created readable by others lose those bits.
 * Then, when running as root: hand them to the configured user (default
 * PRIVS_DEFAULT_USER) and become that user, for good.  -1 and *cause when
 * the user does not exist or the switch fails: the caller must not go on
 * as root.
 */
int	 privs_desk(struct desk *, const char *conffile, char **cause);

#endif
